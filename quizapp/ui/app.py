"""Starting the desktop app: the QApplication, the crash dialog, the window, then the rest.

Only Qt and the window's own modules are imported before the first frame; the trainee list
(read without SQLAlchemy when it can be), then the database, logging to the file and the font
check come right after it, when the window asks for them (see main_window).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from quizapp import APP_NAME, collector
from quizapp.ui.errors import install_crash_dialog
from quizapp.ui.main_window import MainWindow
from quizapp.ui.platform_check import platform_problem

if TYPE_CHECKING:
    from quizapp.domain.trainees import Trainee
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
    """`--database URL`, else $QUIZAPP_DATABASE_URL, else the user's SQLite file.

    Like first_look, it resolves the URL only when called, after the first paint: finding
    the user's data folder is not free.
    """
    from quizapp.paths import resolve_database_url
    from quizapp.storage.database import Database, DatabaseError

    try:
        url = resolve_database_url(option)
    except OSError as error:
        raise DatabaseError(f"QuizApp's data folder cannot be made: {error}") from error
    return Database(url)


def first_look(option: str | None) -> list[Trainee] | None:
    """The trainees in the database open_database opens, read without waiting for
    SQLAlchemy when that can be done (see storage/first_look.py); None otherwise."""
    from quizapp.paths import resolve_database_url
    from quizapp.storage.first_look import trainees_at_head

    try:
        url = resolve_database_url(option)
    except OSError:  # no data folder: open_database says so, in a dialog
        return None
    return trainees_at_head(url)


def _before_loading() -> None:
    """What the process needs but the first screen does not: the log file, the font check.

    Together they cost about a quarter of the floor, so they wait until the names are on
    screen, and come before the database work whose steps the log records. Until then a
    crash still reaches the crash dialog and stderr.
    """
    from quizapp.logs import configure_logging
    from quizapp.ui.fonts import warn_if_no_fonts

    configure_logging()
    warn_if_no_fonts(QApplication.font())


def _trace(window: MainWindow, app: QApplication) -> None:
    """Each mark once the frame that shows it is painted: the first frame has been when
    `starting` comes; the names and the ready page are, one zero timer later. Once ready,
    the selected name is picked, as a click on Continue would, to time the set list."""

    def mark(name: str) -> None:
        print(name, time.monotonic(), flush=True)

    def after_paint(then: Callable[[], object]) -> None:
        QTimer.singleShot(0, then)

    def ready_then_pick() -> None:
        mark("ready")
        if not window.trainee_page.continue_button.isEnabled():  # nobody to pick
            app.quit()
            return
        window.trainee_page.continue_button.click()
        after_paint(lambda: (mark("sets"), app.quit()))

    window.starting.connect(partial(mark, "shown"))
    window.listed.connect(partial(after_paint, partial(mark, "listed")))
    window.ready.connect(partial(after_paint, ready_then_pick))


def run(database: str | None) -> int:
    """Run the GUI on `--database URL`, else $QUIZAPP_DATABASE_URL, else the user's SQLite
    file, until the window closes; returns the exit code (1 when the window or the database
    cannot be had)."""
    problem = platform_problem()
    if problem is not None:
        print(f"quizapp: the window cannot open: {problem}", file=sys.stderr)
        return 1
    app = application()
    install_crash_dialog()
    window = MainWindow(
        partial(open_database, database), QSettings(), first_look=partial(first_look, database)
    )
    if os.environ.get(TRACE_ENV):
        _trace(window, app)  # first: slots run in the order they were connected
    window.loading.connect(_before_loading)
    # Spaced out by the command line (cli.py) until the start-up has finished, either way.
    window.ready.connect(collector.settle)
    window.failed.connect(collector.settle)
    window.failed.connect(lambda: app.exit(1))
    window.show()
    try:
        return app.exec()
    finally:
        if window.started:
            window.database.dispose()
