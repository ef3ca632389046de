"""Who is training, the start page, and what the app does when it starts: shipped sets come
in after the first paint, an empty database gets a helpful word, and a database the app
cannot use, or a bug, ends in a dialog rather than a traceback."""

from __future__ import annotations

import logging
import subprocess
import sys
import uuid
from collections.abc import Callable
from datetime import timedelta
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from quizapp.domain.session import Mode, QuizSettings
from quizapp.domain.trainees import Trainee
from quizapp.logs import log_file
from quizapp.services import attempts, question_sets, start_up, trainees
from quizapp.services.errors import DatabaseUnusable
from quizapp.storage.database import Database
from quizapp.storage.schema import prepare
from quizapp.ui import errors, main_window
from quizapp.ui.app import make_backend as app_backend
from quizapp.ui.backend import Backend, StartUp
from quizapp.ui.main_window import MainWindow
from quizapp.ui.widgets import NoticeKind
from tests.conftest import REPO_ROOT as REPO
from tests.fakes import FakeClock
from tests.sample_sets import write_sample_set
from tests.ui.drive import add_trainee, click, settle
from tests.ui.sample_set import SET_ID

MakeBackend = Callable[..., Backend]


def test_names_are_checked_and_picked_from_the_list(
    window: MainWindow, qtbot: QtBot, db: Database
) -> None:
    page = window.trainee_area.trainee_page
    assert page.empty_label.isVisible() and page.continue_button.isHidden()
    qtbot.keyClicks(page.name_field, "   ")
    click(qtbot, page.add_button)
    assert page.error_label.isVisible() and page.error_label.text() == "Please type a name."
    assert window.trainee_area.currentWidget() is page

    trainees.add_trainee(db, "Nia")
    window.trainee_area.show_trainees()
    settle(qtbot)
    qtbot.keyClicks(page.name_field, "  nia ")
    click(qtbot, page.add_button)
    assert "There is already a trainee called 'Nia'" in page.error_label.text()
    assert window.trainee_area.currentWidget() is page

    page.name_field.clear()
    add_trainee(window, qtbot, "Oli")
    click(qtbot, window.trainee_area.start_page.change_button)
    assert window.trainee_area.currentWidget() is page
    assert [page.model.item(r).text() for r in range(page.model.rowCount())] == ["Nia", "Oli"]
    click(qtbot, page.continue_button)  # the first one is selected
    assert window.trainee_area.trainee is not None and window.trainee_area.trainee.name == "Nia"


def test_start_page_settings(window: MainWindow, qtbot: QtBot) -> None:
    add_trainee(window, qtbot, "Pat")
    page = window.trainee_area.start_page
    presets = [page.time_box.itemText(i) for i in range(page.time_box.count())]
    assert presets == [
        "10 minutes",
        "20 minutes",
        "30 minutes",
        "45 minutes",
        "60 minutes",
        "Untimed",
    ]
    assert page.time_box.currentText() == "20 minutes"
    page.count_box.setValue(99)
    assert page.count_box.value() == 5  # at most the set's size
    page.count_box.setValue(3)
    page.time_box.setCurrentIndex(page.time_box.findText("Untimed"))
    settings = page.settings_panel.settings()
    assert settings.count == 3 and settings.time_limit is None and settings.mode is Mode.EXAM
    page.time_box.setCurrentIndex(page.time_box.findText("45 minutes"))
    assert page.settings_panel.settings().time_limit == timedelta(minutes=45)
    click(qtbot, page.practice_radio)
    chosen = page.settings_panel.settings()
    assert chosen.time_limit is None and chosen.mode is Mode.PRACTICE
    click(qtbot, page.start_button)
    assert window.trainee_area.quiz_page.attempt is not None
    assert len(window.trainee_area.quiz_page.attempt.session.items) == 3


def test_no_sets_shows_a_helpful_empty_state(
    qtbot: QtBot,
    tmp_path: Path,
    clock: FakeClock,
    settings: QSettings,
    make_backend: MakeBackend,
) -> None:
    empty = Database(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    prepare(empty)
    window = MainWindow(make_backend(empty, clock), settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready):
        window.show()
    add_trainee(window, qtbot, "Quinn")
    page = window.trainee_area.start_page
    assert page.empty_label.isVisible() and "no question sets yet" in page.empty_label.text()
    assert not page.sets_view.isVisible() and not page.start_button.isVisible()
    empty.dispose()


def test_shipped_sets_are_imported_after_the_first_paint(
    make_window: Callable[[], MainWindow], shipped_questions: Path, qtbot: QtBot
) -> None:
    write_sample_set(shipped_questions)
    window = make_window()
    add_trainee(window, qtbot, "Ray")
    titles = [row.title for row in window.trainee_area.start_page.sets_model.rows]
    assert titles == ["Fire drill briefing", "Site safety"]


def test_a_broken_shipped_set_is_reported_and_the_rest_works(
    make_window: Callable[[], MainWindow], shipped_questions: Path
) -> None:
    (shipped_questions / "broken.yaml").write_text("format: quizapp-set/1\nid: [", "utf-8")
    window = make_window()
    assert "could not be loaded" in window.notice.text()
    assert "broken.yaml" in window.notice.text()


def test_every_start_up_message_is_in_the_banner_errors_first(
    make_window: Callable[[], MainWindow], shipped_questions: Path, db: Database, clock: FakeClock
) -> None:
    """One message used to replace the other; and a room's worth of names pushed the page
    off the screen."""
    (shipped_questions / "broken.yaml").write_text("format: quizapp-set/1\nid: [", "utf-8")
    settings = QuizSettings(count=2, time_limit=timedelta(minutes=10))
    for n in range(7):
        person = trainees.add_trainee(db, f"Trainee {n}")
        attempts.start_attempt(
            db, person.uuid, SET_ID, settings, attempt_uuid=str(uuid.uuid4()), clock=clock
        )
    clock.advance(timedelta(minutes=11))
    window = make_window()
    text = window.notice.text()
    assert window.notice.kind is NoticeKind.ERROR
    assert text.index("could not be loaded") < text.index("Time ran out on 7 quizzes")
    assert text.count("• ") == 6 and text.endswith("• and 2 more")


def test_a_database_the_app_cannot_use_is_explained_in_a_dialog(
    qtbot: QtBot,
    tmp_path: Path,
    clock: FakeClock,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    make_backend: MakeBackend,
) -> None:
    foreign = Database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    with foreign.engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id INTEGER PRIMARY KEY)"))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(main_window, "show_error", lambda _p, t, m: shown.append((t, m)))
    window = MainWindow(make_backend(foreign, clock), settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.failed):
        window.show()
    assert shown == [
        (
            "QuizApp cannot use its database",
            f"{foreign.display_name} holds other tables but no QuizApp schema; "
            "choose another database file",
        )
    ]
    assert not window.started
    foreign.dispose()


def test_a_database_url_that_cannot_work_is_explained_in_a_dialog(
    qtbot: QtBot, clock: FakeClock, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(main_window, "show_error", lambda _p, t, m: shown.append((t, m)))
    backend = app_backend("nonsense://", clock)
    window = MainWindow(backend, settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.failed):
        window.show()
    assert len(shown) == 1 and shown[0][1].startswith("'nonsense://' is not a database URL")
    assert not window.started
    backend.close()


def _opening(db: Database, events: list[str]) -> Callable[[], start_up.Opened]:
    def opened() -> start_up.Opened:
        events.append("opened")
        return start_up.prepared(db)

    return opened


def test_the_window_is_painted_before_the_database_is_opened(
    qtbot: QtBot, db: Database, clock: FakeClock, settings: QSettings, make_backend: MakeBackend
) -> None:
    """The first frame must not wait for the database (nor for SQLAlchemy to load)."""
    events: list[str] = []
    window = MainWindow(make_backend(_opening(db, events), clock), settings)
    qtbot.addWidget(window)
    window.starting.connect(lambda: events.append(f"starting, placeholder {placeholder()}"))

    def placeholder() -> str:
        label = window.stack.currentWidget()
        assert isinstance(label, QLabel)
        return label.text()

    with qtbot.waitSignal(window.ready):
        window.show()
    assert events == ["starting, placeholder Opening QuizApp…", "opened"]
    assert window.stack.currentWidget() is window.trainee_area
    assert window.trainee_area.currentWidget() is window.trainee_area.trainee_page
    assert not window.windowIcon().isNull()


def _names(window: MainWindow) -> str:
    model = window.trainee_area.trainee_page.model
    return ", ".join(model.item(row).text() for row in range(model.rowCount()))


def _first_look_at(db: Database) -> Callable[[], list[Trainee] | None]:
    return partial(start_up.first_look, db.url.render_as_string(hide_password=False))


def test_the_names_are_listed_before_the_database_is_opened(
    qtbot: QtBot, db: Database, clock: FakeClock, settings: QSettings, make_backend: MakeBackend
) -> None:
    """The first look needs no SQLAlchemy; the full start-up follows and lists them again."""
    trainees.add_trainee(db, "Uma")
    trainees.add_trainee(db, "Tom")
    events: list[str] = []
    look = _first_look_at(db)

    def looked() -> list[Trainee] | None:
        events.append("looked")
        return look()

    window = MainWindow(make_backend(_opening(db, events), clock, looked), settings)
    qtbot.addWidget(window)
    window.listed.connect(lambda: events.append(f"listed {_names(window)}"))
    with qtbot.waitSignal(window.ready):
        window.show()
    assert events == ["looked", "listed Tom, Uma", "opened", "listed Tom, Uma"]
    assert window.trainee_area.currentWidget() is window.trainee_area.trainee_page


def test_a_name_picked_before_the_rest_is_loaded_is_answered_once_it_is(
    qtbot: QtBot, db: Database, clock: FakeClock, settings: QSettings, make_backend: MakeBackend
) -> None:
    trainees.add_trainee(db, "Uma")
    trainees.add_trainee(db, "Vic")
    window = MainWindow(make_backend(db, clock, _first_look_at(db)), settings)
    qtbot.addWidget(window)
    loaded_when_picked: list[bool] = []

    def pick_vic() -> None:  # on the first list, before the queued start-up runs
        if not loaded_when_picked:
            loaded_when_picked.append(window.started)
            page = window.trainee_area.trainee_page
            page.list_view.setCurrentIndex(page.model.index(1, 0))
            click(qtbot, page.continue_button)

    window.listed.connect(pick_vic)
    with qtbot.waitSignal(window.ready):
        window.show()
    assert loaded_when_picked == [False]
    settle(qtbot)  # the seat signs in as the name picked
    assert window.trainee_area.trainee is not None and window.trainee_area.trainee.name == "Vic"
    assert window.trainee_area.currentWidget() is window.trainee_area.start_page


def test_a_database_that_fails_after_the_names_are_shown_is_tried_once(
    qtbot: QtBot,
    db: Database,
    clock: FakeClock,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    make_backend: MakeBackend,
) -> None:
    """One dialog, one `failed`; a later click neither opens it again nor shows the pages."""
    trainees.add_trainee(db, "Uma")
    dialogs: list[str] = []
    monkeypatch.setattr(main_window, "show_error", lambda _p, title, _m: dialogs.append(title))
    opened: list[bool] = []

    def broken() -> start_up.Opened:
        opened.append(True)
        raise DatabaseUnusable("the disk holding it is gone")

    window = MainWindow(make_backend(broken, clock, _first_look_at(db)), settings)
    qtbot.addWidget(window)
    failures: list[bool] = []
    window.failed.connect(lambda: failures.append(True))
    with qtbot.waitSignal(window.failed):
        window.show()
    click(qtbot, window.trainee_area.trainee_page.continue_button)
    assert opened == [True] and failures == [True]
    assert dialogs == ["QuizApp cannot use its database"]
    assert window.backend.state is StartUp.FAILED and window.trainee_area.trainee is None


def test_a_bug_while_loading_is_shown_and_closes_the_app_rather_than_hang(
    qtbot: QtBot,
    db: Database,
    clock: FakeClock,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    make_backend: MakeBackend,
) -> None:
    trainees.add_trainee(db, "Uma")
    crashes: list[str] = []
    monkeypatch.setattr(main_window, "report_crash", lambda _k, e, _t: crashes.append(str(e)))

    def broken(_db: Database) -> list[object]:
        raise PermissionError("questions/ cannot be read")

    monkeypatch.setattr(question_sets, "import_shipped_sets", broken)
    window = MainWindow(make_backend(db, clock, _first_look_at(db)), settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.failed):
        window.show()
    assert crashes == ["questions/ cannot be read"]
    assert window.backend.state is StartUp.FAILED
    assert QApplication.overrideCursor() is None


def test_a_data_folder_that_cannot_be_made_is_explained_not_a_hang(
    qtbot: QtBot,
    tmp_path: Path,
    clock: FakeClock,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A file where the folder should be (a read-only home does the same): the window sat on
    "Opening QuizApp…" for good, and the crash dialog itself failed."""
    from quizapp.logs import configure_logging

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    monkeypatch.delenv("QUIZAPP_DATABASE_URL", raising=False)
    dialogs: list[str] = []
    monkeypatch.setattr(main_window, "show_error", lambda _p, _t, message: dialogs.append(message))
    backend = app_backend(None, clock)
    window = MainWindow(backend, settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.failed):
        window.show()
    backend.close()
    assert len(dialogs) == 1 and dialogs[0].startswith("QuizApp's data folder cannot be made")
    assert log_file() is None and configure_logging() is None


def test_reloading_the_list_keeps_the_selection_and_the_name_being_typed(
    qtbot: QtBot, db: Database, clock: FakeClock, settings: QSettings, make_backend: MakeBackend
) -> None:
    trainees.add_trainee(db, "Uma")
    trainees.add_trainee(db, "Vic")
    window = MainWindow(make_backend(db, clock, _first_look_at(db)), settings)
    qtbot.addWidget(window)
    page_seen: list[bool] = []

    def move_and_type() -> None:
        if not page_seen:
            page_seen.append(True)
            page = window.trainee_area.trainee_page
            page.list_view.setCurrentIndex(page.model.index(1, 0))
            page.name_field.setFocus()
            qtbot.keyClicks(page.name_field, "Wen")

    window.listed.connect(move_and_type)
    with qtbot.waitSignal(window.ready):
        window.show()
    page = window.trainee_area.trainee_page
    assert page.list_view.currentIndex().data() == "Vic"
    assert page.name_field.text() == "Wen" and page.name_field.hasFocus()


def test_the_start_up_imports_nothing_heavy_before_the_names_are_listed() -> None:
    """SQLAlchemy, Alembic, YAML and the generator load after the first list is on screen."""
    script = (
        "import sys; import quizapp.cli, quizapp.ui.app, quizapp.ui.trainee.area;"
        "import quizapp.storage.first_look;"
        "print(' '.join(m for m in ('sqlalchemy', 'alembic', 'yaml', 'quizapp.generate',"
        " 'quizapp.services.facade', 'quizapp.storage.database', 'rapidfuzz',"
        " 'quizapp.domain.session') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert done.stdout.strip() == ""


def test_an_unexpected_error_is_logged_and_shown_naming_the_log_file(
    qapp: object, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)
    try:
        raise RuntimeError("a bug")
    except RuntimeError as error:
        with caplog.at_level(logging.ERROR):
            errors.report_crash(RuntimeError, error, error.__traceback__)
    assert "Unexpected error" in caplog.text and "a bug" in caplog.text
    (box,) = boxes
    assert "RuntimeError: a bug" in box.informativeText()
    assert str(log_file()) in box.informativeText()
    assert "Traceback" in box.detailedText()
