"""Starting the desktop app: the QApplication, the crash dialog, the database, the window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from quizapp import APP_NAME
from quizapp.domain.session import Clock, SystemClock
from quizapp.logs import configure_logging
from quizapp.storage.database import Database
from quizapp.storage.schema import SchemaError, prepare
from quizapp.ui.errors import install_crash_dialog, show_error
from quizapp.ui.main_window import MainWindow

ORGANIZATION = "QuizApp"


def application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    return app


def open_main_window(db: Database, clock: Clock, settings: QSettings) -> MainWindow | None:
    """The window on a database brought to the current schema; None (after telling the user
    why, in a dialog rather than a traceback) when the database cannot be used."""
    try:
        backup = prepare(db)
    except SchemaError as error:
        show_error(None, f"{APP_NAME} cannot use its database", str(error))
        return None
    notice = (
        f"Your data was upgraded to this version of {APP_NAME}; a copy of it as it was is "
        f"kept at {backup}."
        if backup
        else ""
    )
    return MainWindow(db, clock, settings, notice=notice)


def run(database_url: str) -> int:
    """Run the GUI on `database_url` until the window closes; returns the exit code."""
    configure_logging()
    app = application()
    install_crash_dialog()
    db = Database(database_url)
    try:
        window = open_main_window(db, SystemClock(), QSettings())
        if window is None:
            return 1
        window.show()
        return app.exec()
    finally:
        db.dispose()
