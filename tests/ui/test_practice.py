"""Practice: untimed, each answer checked, locked and explained right after it is given."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from quizapp.domain.review import Verdict
from quizapp.domain.session import Mode
from quizapp.services import attempts
from quizapp.storage.database import Database
from quizapp.ui.main_window import MainWindow
from quizapp.ui.reader_dialog import ReaderDialog
from tests.fakes import FakeClock
from tests.ui.drive import (
    add_trainee,
    choice_button,
    click,
    right_choice_numbers,
    settle,
    start_quiz,
)


def test_practice_checks_and_explains_each_answer(
    window: MainWindow, qtbot: QtBot, db: Database, clock: FakeClock
) -> None:
    add_trainee(window, qtbot, "Dan")
    click(qtbot, window.trainee_area.start_page.practice_radio)
    assert not window.trainee_area.start_page.time_box.isEnabled()  # practice is untimed
    start_quiz(window, qtbot, practice=True)
    page = window.trainee_area.quiz_page
    attempt = page.attempt
    assert attempt is not None and attempt.session.mode is Mode.PRACTICE
    assert attempt.session.deadline is None
    assert page.countdown.text() == "No time limit"
    assert page.check_button.isVisible()

    multiple = next(i for i in attempt.session.items if i.question.type == "multiple")
    click(qtbot, page.nav_strip.button(multiple.position))
    click(qtbot, page.check_button)  # nothing chosen yet: nothing to check
    assert not page.current_item.checked
    assert "Answer the question first" in page.status_label.text()

    click(qtbot, choice_button(window, right_choice_numbers(multiple)[0]))  # half of it
    click(qtbot, page.check_button)
    panel = page.question_area.feedback
    assert panel is not None and panel.isVisible()
    assert panel.outcome.verdict is Verdict.PARTLY
    assert "Partly right (0.5 of 1 point)" in panel.verdict_label.text()
    assert "Lifts can stop between floors" in panel.explanation_label.text()
    assert panel.highlighted_words == "never use the lifts"
    assert "never use the lifts</span>" in panel.quote_label.text()
    assert all(not button.isEnabled() for button in page.question_view.buttons)
    assert not page.check_button.isEnabled()

    stored = attempts.load_attempt(db, attempt.uuid, clock=clock).session.items
    assert stored[multiple.position].checked and stored[multiple.position].score == 0.5
    strip_button = page.nav_strip.button(multiple.position)
    assert strip_button.marks == "◑"
    assert "checked: partly right" in strip_button.accessibleName()

    assert panel.source_button is not None
    click(qtbot, panel.source_button)
    assert isinstance(window.trainee_area.reader, ReaderDialog)
    assert window.trainee_area.reader.highlighted_text() == "never use the lifts"
    window.trainee_area.reader.close()

    # Leaving and coming back shows the checked answer, locked, with its explanation.
    page.go_to((multiple.position + 1) % len(attempt.session.items))
    settle(qtbot)
    assert page.question_area.feedback is None or not page.current_item.checked
    page.go_to(multiple.position)
    settle(qtbot)
    feedback = page.question_area.feedback
    assert feedback is not None and feedback.outcome.verdict is Verdict.PARTLY
