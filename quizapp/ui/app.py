"""Starting the desktop app: the QApplication, the crash dialog, the window, then the rest.

Only Qt and the window's own modules are imported before the first frame; the database (and
with it SQLAlchemy), logging to the file and the font check come right after it, when the
window asks for them (see main_window).
"""

from __future__ import annotations

import os
import sys
import time
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from quizapp import APP_NAME
from quizapp.ui.errors import install_crash_dialog
from quizapp.ui.fonts import warn_if_no_fonts
from quizapp.ui.main_window import MainWindow
from quizapp.ui.platform_check import platform_problem

if TYPE_CHECKING:
    from quizapp.storage.database import Database

ORGANIZATION = "QuizApp"
DESKTOP_FILE = "quizapp"  # resources/quizapp.desktop, so the desktop shows the right icon
# benchmarks/bench_startup.py sets this: print when the window is shown and when it is ready
# (time.monotonic(), comparable across processes), then quit.
TRACE_ENV = "QUIZAPP_TRACE_START_UP"


def application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName(DESKTOP_FILE)
    return app


def open_database(option: str | None) -> Database:
    """`--database URL`, else $QUIZAPP_DATABASE_URL, else the user's SQLite file."""
    from quizapp.paths import resolve_database_url
    from quizapp.storage.database import Database

    return Database(resolve_database_url(option))


def _after_first_paint() -> None:
    """What the process needs but the first frame does not: the log file, the font check.

    `logging.handlers` alone costs about a tenth of the floor; until it is set up, a crash
    still reaches the crash dialog and stderr.
    """
    from quizapp.logs import configure_logging

    configure_logging()
    warn_if_no_fonts(QApplication.font())


def _trace(window: MainWindow, app: QApplication) -> None:
    window.starting.connect(lambda: print("shown", time.monotonic(), flush=True))
    window.ready.connect(lambda: print("ready", time.monotonic(), flush=True))
    window.ready.connect(app.quit)


def run(database: str | None) -> int:
    """Run the GUI on the database `database` names (see open_database) until the window
    closes; returns the exit code (1 when the window or the database cannot be had)."""
    problem = platform_problem()
    if problem is not None:
        print(f"quizapp: the window cannot open: {problem}", file=sys.stderr)
        return 1
    app = application()
    install_crash_dialog()
    window = MainWindow(partial(open_database, database), QSettings())
    if os.environ.get(TRACE_ENV):
        _trace(window, app)  # first: slots run in the order they were connected
    window.starting.connect(_after_first_paint)
    window.failed.connect(lambda: app.exit(1))
    window.show()
    try:
        return app.exec()
    finally:
        if window.started:
            window.database.dispose()
