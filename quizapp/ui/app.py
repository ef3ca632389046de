"""Starting the desktop app: the QApplication, the crash dialog, the backend, the window.

The backend, the one bound services facade every page gets, is made here once, with the
database it opens (through the start-up service) and the clock. Only Qt and the window's own
modules are imported before the first frame; the trainee list (read without SQLAlchemy when
it can be), then the database, logging to the file and the font check come right after it,
when the window asks for them (see main_window).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from quizapp import APP_NAME, STARTED, __version__, collector
from quizapp.domain.clock import Clock, SystemClock
from quizapp.services import start_up
from quizapp.ui.backend import Backend
from quizapp.ui.errors import install_crash_dialog
from quizapp.ui.main_window import MainWindow
from quizapp.ui.platform_check import platform_problem

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


def make_backend(option: str | None, clock: Clock | None = None) -> Backend:
    """The backend on `--database URL`, else $QUIZAPP_DATABASE_URL, else the user's SQLite
    file. Nothing is resolved yet: finding the user's data folder is not free, so the first
    look and the opening happen after the first paint, when the window asks."""
    return Backend(
        partial(start_up.open_database, option),
        clock or SystemClock(),
        first_look=partial(start_up.first_look, option),
    )


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


def _log_start_up(window: MainWindow) -> None:
    """The start-up figures, for the log once the app is ready (the log file is opened only
    after the names are on screen): what a support person compares across machines."""
    marks: dict[str, float] = {}

    def mark(name: str) -> None:
        marks.setdefault(name, (time.monotonic() - STARTED) * 1000)

    def ready() -> None:
        import logging
        import platform

        from PySide6.QtCore import qVersion

        mark("ready")
        logging.getLogger(__name__).info(
            "Start-up: window shown at %.0f ms, trainees listed at %.0f ms, ready at %.0f ms "
            "(QuizApp %s, Python %s, Qt %s, %s)",
            marks.get("shown", 0.0),
            marks.get("listed", marks["ready"]),
            marks["ready"],
            __version__,
            platform.python_version(),
            qVersion(),
            platform.platform(terse=True),
        )

    window.starting.connect(partial(mark, "shown"))
    window.listed.connect(partial(mark, "listed"))
    window.ready.connect(ready)


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
        area = window.trainee_area
        if area.trainee_page.continue_button.isHidden():  # nobody to pick
            app.quit()
            return
        area.start_page.refreshed.connect(partial(after_paint, sets_listed))
        area.trainee_page.continue_button.click()

    def sets_listed() -> None:
        mark("sets")
        app.quit()

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
    backend = make_backend(database)
    window = MainWindow(backend, QSettings())
    if os.environ.get(TRACE_ENV):
        _trace(window, app)  # first: slots run in the order they were connected
    window.loading.connect(_before_loading)
    _log_start_up(window)
    # Spaced out by the command line (cli.py) until the start-up has finished, either way.
    window.ready.connect(collector.settle)
    window.failed.connect(collector.settle)
    window.failed.connect(lambda: app.exit(1))
    window.show()
    try:
        return app.exec()
    finally:
        backend.close()
