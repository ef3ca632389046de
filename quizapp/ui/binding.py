"""Working around what the Qt binding costs us, each with the reason and a test that watches it.

PySide6 replaces `__import__` to support `from __feature__ import snake_case` and, after
every later import, reads the new module's whole source to see whether it mentions
"PySide6". This app never opts into those features, yet the scan adds about 100 ms to the
import of SQLAlchemy alone, right when the first list is waiting for the database (a known
upstream cost, reported by napari and others). A module's name says as much here: only the
binding itself and this package use Qt.
"""

from __future__ import annotations

import logging
from types import ModuleType

log = logging.getLogger(__name__)

_USES_QT = ("PySide6", "shiboken6", "quizapp.ui")


def _uses_qt(module: ModuleType) -> bool:
    name = getattr(module, "__name__", "")
    return any(name == prefix or name.startswith(prefix + ".") for prefix in _USES_QT)


def skip_feature_source_scan() -> bool:
    """Answer the binding's per-import question from the module's name; True when in place."""
    import PySide6.QtCore  # noqa: F401  # installs the hook and its `shibokensupport` module

    try:
        from shibokensupport import feature
    except ImportError:
        log.debug("PySide6's feature support is not where expected; its import scan stays")
        return False
    if not callable(getattr(feature, "_mod_uses_pyside", None)):
        log.debug("PySide6's feature support changed; its import scan stays")
        return False
    feature._mod_uses_pyside = _uses_qt
    return True
