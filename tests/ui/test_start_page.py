"""The start page shows one trainee's own things, whatever the names and titles hold."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from quizapp.formats.base import ReadResult
from quizapp.services import attempts, question_sets
from quizapp.services.errors import StorageFailure
from quizapp.storage.database import Database
from quizapp.ui.main_window import MainWindow
from quizapp.ui.widgets import NoticeKind
from tests.ui.drive import add_trainee, click, settle, start_quiz
from tests.ui.sample_set import sample_set


def _leave_a_quiz_open(window: MainWindow, qtbot: QtBot, name: str) -> None:
    add_trainee(window, qtbot, name)
    start_quiz(window, qtbot, practice=True)
    window.trainee_area.show_start()
    settle(qtbot)
    assert window.trainee_area.start_page.resume_panel.isVisible()


def test_a_failed_refresh_leaves_nothing_of_the_trainee_before(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Resume would have opened Ann's quiz for Bob (seen with the database locked)."""
    _leave_a_quiz_open(window, qtbot, "Ann")
    click(qtbot, window.trainee_area.start_page.change_button)

    def locked(*_args: object, **_kwargs: object) -> list[object]:
        raise StorageFailure("the database is locked")

    monkeypatch.setattr(attempts, "open_attempts", locked)
    add_trainee(window, qtbot, "Bob")
    page = window.trainee_area.start_page
    assert not page.resume_panel.isVisible()
    assert not page.start_button.isVisible() and not page.sets_view.isVisible()
    assert not page.history_view.isVisible() and not page.empty_label.isVisible()
    assert window.notice.kind is NoticeKind.ERROR and "locked" in window.notice.text()


def _quiz_on_a_set_titled(
    title: str, window: MainWindow, qtbot: QtBot, db: Database, *, practice: bool = False
) -> None:
    question_sets.import_result(
        db,
        ReadResult(replace(sample_set(), id="markup", title=title), "native"),
        file="markup.yaml",
    )
    add_trainee(window, qtbot, "Cy")
    page = window.trainee_area.start_page
    row = next(i for i, s in enumerate(page.sets_model.rows) if s.slug == "markup")
    page.sets_view.select_row(row)
    start_quiz(window, qtbot, practice=practice)


def test_a_title_with_markup_characters_is_shown_as_written(
    window: MainWindow, qtbot: QtBot, db: Database
) -> None:
    _quiz_on_a_set_titled("Q&A <basics> & more", window, qtbot, db, practice=True)
    page = window.trainee_area.start_page
    window.trainee_area.show_start()
    settle(qtbot)
    assert "Q&amp;A &lt;basics&gt; &amp; more" in page.resume_label.text()
    assert "<basics>" not in page.resume_label.text()


def test_the_quiz_header_shows_a_title_as_written(
    window: MainWindow, qtbot: QtBot, db: Database
) -> None:
    """Read as markup, "Safety <rules> & A<B" showed as "Safety & A"."""
    _quiz_on_a_set_titled("Safety <rules> & A<B", window, qtbot, db)
    header = window.trainee_area.quiz_page.title_label
    shown = QTextDocument()
    shown.setHtml(header.text())  # what the label draws: its text as Qt reads it
    assert shown.toPlainText() == "Safety <rules> & A<B — Exam"
    assert header.accessibleName() == "Safety <rules> & A<B — Exam"


def test_a_long_name_does_not_widen_the_window_past_the_screen(
    window: MainWindow, qtbot: QtBot
) -> None:
    add_trainee(window, qtbot, "W" * 60)
    assert window.minimumSizeHint().width() <= 1024


def test_the_discard_question_shows_a_title_as_written(
    window: MainWindow, qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    question_sets.import_result(
        db,
        ReadResult(replace(sample_set(), id="markup", title="<b>Bold</b> & co"), "native"),
        file="markup.yaml",
    )
    add_trainee(window, qtbot, "Di")
    page = window.trainee_area.start_page
    page.sets_view.select_row(
        next(i for i, s in enumerate(page.sets_model.rows) if s.slug == "markup")
    )
    start_quiz(window, qtbot, practice=True)
    window.trainee_area.show_start()
    settle(qtbot)
    asked: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box) or 0)
    click(qtbot, page.discard_button)
    assert asked and asked[0].textFormat() is Qt.TextFormat.PlainText
    assert "“<b>Bold</b> & co”" in asked[0].text()


def test_a_set_imported_while_the_page_shows_appears_without_leaving_it(
    window: MainWindow, qtbot: QtBot, db: Database
) -> None:
    """It showed only after leaving the start page and coming back."""
    add_trainee(window, qtbot, "Eli")
    page = window.trainee_area.start_page
    page.count_box.setValue(3)  # the trainee's own choice, which a new look must keep
    assert [s.slug for s in page.sets_model.rows] == ["fire-drill"]
    question_sets.import_result(  # as `quizapp import` in a terminal would
        db,
        ReadResult(replace(sample_set(), id="another", title="Another drill"), "native"),
        file="another.yaml",
    )
    assert page.look_again.isActive()
    page.look_again.timeout.emit()  # the next look, not waited for
    settle(qtbot)
    assert [s.slug for s in page.sets_model.rows] == ["another", "fire-drill"]
    assert page.chosen_set() is not None and page.chosen_set().slug == "fire-drill"
    assert page.count_box.value() == 3
    window.trainee_area.show_trainees()
    settle(qtbot)
    assert not page.look_again.isActive()  # no looking while the page is not on screen
