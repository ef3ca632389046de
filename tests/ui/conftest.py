"""Fixtures for driving the real widgets: a fresh prepared database per test holding our own
small set, a fake clock, settings in the test's folder, the backend on the first two (made
as ui/app.py makes it) and the main window on all of them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.domain.trainees import Trainee
from quizapp.services import question_sets, start_up
from quizapp.storage.database import Database
from quizapp.storage.schema import prepare
from quizapp.ui.backend import Backend
from quizapp.ui.main_window import MainWindow
from tests.fakes import FakeClock
from tests.ui.sample_set import import_sample_set

START = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(f"sqlite:///{tmp_path / 'quiz.sqlite3'}")
    prepare(database)
    import_sample_set(database)
    yield database
    database.dispose()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def shipped_questions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty shipped questions/ folder, so the real shipped sets never slow or skew a test;
    a test that wants shipped sets writes them here."""
    folder = tmp_path / "shipped-questions"
    folder.mkdir()
    monkeypatch.setattr(question_sets, "questions_dir", lambda: folder)
    return folder


@pytest.fixture(autouse=True)
def _restore_application_look(qapp: QApplication) -> Iterator[None]:
    """The theme and text size are application-wide; put them back for the next test."""
    font, palette = qapp.font(), qapp.palette()
    yield
    qapp.setFont(font)
    qapp.setPalette(palette)


@pytest.fixture
def make_backend(qapp: QApplication) -> Iterator[Callable[..., Backend]]:
    """Backends as ui/app.py makes them, on a database already made (opened and checked by
    the start-up service all the same); each is closed, its worker stopped, after the test."""
    made: list[Backend] = []

    def make(
        database: Database | Callable[[], start_up.Opened],
        clock: FakeClock,
        first_look: Callable[[], list[Trainee] | None] | None = None,
    ) -> Backend:
        opener = database if callable(database) else partial(start_up.prepared, database)
        backend = Backend(opener, clock, first_look=first_look)
        made.append(backend)
        return backend

    yield make
    for backend in made:
        backend.close()


def _no_question_at_close(window: MainWindow) -> None:
    """A test that failed mid-way may leave answers the database refused: closing then asks
    (a modal box) and, unanswered, would hang the whole suite. Answer it No instead, so the
    test's own failure is what gets reported."""

    def decline() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.parentWidget() is window:
            modal.close()

    QTimer.singleShot(0, window, decline)


@pytest.fixture
def make_window(
    qtbot: QtBot,
    make_backend: Callable[..., Backend],
    db: Database,
    clock: FakeClock,
    settings: QSettings,
) -> Callable[[], MainWindow]:
    """Builds a main window the way the app does, waiting for its start-up work."""

    def make() -> MainWindow:
        window = MainWindow(make_backend(db, clock), settings)
        qtbot.addWidget(window, before_close_func=_no_question_at_close)
        window.resize(1024, 768)
        with qtbot.waitSignal(window.ready):
            window.show()
        return window

    return make


@pytest.fixture
def window(make_window: Callable[[], MainWindow]) -> MainWindow:
    return make_window()
