"""The app's picture (resources/quizapp.svg) for its windows, the About box and the task bar.

One SVG serves every size; the frozen app carries Qt's SVG plugins to draw it, and the
Windows and macOS builds get their .ico/.icns rendered from it by build.spec.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

from quizapp.paths import resources_dir

ICON_FILE = "quizapp.svg"


def app_icon() -> QIcon:
    return QIcon(str(resources_dir() / ICON_FILE))
