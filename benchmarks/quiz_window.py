"""The real main window, offscreen, on a quiz of a set: what the UI benchmarks time."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings
from PySide6.QtWidgets import QApplication

from quizapp.domain.clock import SystemClock
from quizapp.services import start_up, trainees
from quizapp.storage.database import Database
from quizapp.ui.backend import Backend
from quizapp.ui.main_window import MainWindow
from quizapp.ui.trainee.quiz.page import QuizPage


def until(app: QApplication, done: Callable[[], bool]) -> None:
    """Process events until `done()`: the app's database calls answer on the UI thread.
    Waiting for each event, not spinning: a spinning UI thread would hold the lock the
    worker needs to run Python."""
    while not done():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)


@dataclass
class QuizWindow:
    app: QApplication
    window: MainWindow
    page: QuizPage
    _backend: Backend
    _settings: QSettings

    def close(self) -> None:
        self.window.close()
        until(self.app, lambda: not self.window.isVisible())
        self._backend.close()
        self._settings.sync()  # now, not when Qt tears down after the scratch folder is gone


def open_quiz(db: Database, folder: Path, set_slug: str, count: int) -> QuizWindow:
    """A window at 1024x768, a trainee, and an exam of `count` questions of `set_slug`,
    started through the start page as a click on Start would."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication(sys.argv)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    backend = Backend(lambda: start_up.prepared(db), SystemClock())
    window = MainWindow(backend, settings)
    window.resize(1024, 768)
    loop = QEventLoop()
    window.ready.connect(loop.quit)
    window.show()
    loop.exec()
    area = window.trainee_area
    area.choose_trainee(trainees.add_trainee(db, "Bench"))
    start = area.start_page
    until(app, lambda: any(s.slug == set_slug for s in start.sets_model.rows))
    start.sets_view.select_row(
        next(i for i, s in enumerate(start.sets_model.rows) if s.slug == set_slug)
    )
    start.count_box.setValue(count)
    start.start()
    page = area.quiz_page
    until(app, lambda: area.currentWidget() is page)
    assert page.attempt is not None and len(page.attempt.session.items) == count
    return QuizWindow(app, window, page, backend, settings)
