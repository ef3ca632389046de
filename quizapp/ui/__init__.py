"""The desktop app: Qt widgets over the services. The only layer that imports Qt.

The binding's per-import source scan is switched off here, before any of this package's
modules is imported (see binding.py): importing them is part of every start-up.
"""

from quizapp.ui.binding import skip_feature_source_scan

skip_feature_source_scan()
