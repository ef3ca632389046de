"""A complete exam attempt by mouse, every answer checked in the database as it is given."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.domain.session import AttemptState, Mode
from quizapp.services import attempts
from quizapp.storage.database import Database
from quizapp.ui.main_window import MainWindow
from quizapp.ui.trainee.models import DESCRIPTION_ROLE, RECORD_ROLE
from quizapp.ui.trainee.quiz.finish_dialog import WARNING
from tests.fakes import FakeClock
from tests.ui.drive import (
    add_trainee,
    choice_button,
    click,
    finish_dialog,
    right_choice_numbers,
    start_quiz,
    wrong_choice_number,
)


def test_exam_by_mouse(window: MainWindow, qtbot: QtBot, db: Database, clock: FakeClock) -> None:
    add_trainee(window, qtbot, "  Ann  ")
    assert window.windowTitle().endswith("Ann")
    sets = window.trainee_area.start_page.sets_model
    first = sets.index(0, 0)
    assert [first.data(role) for role in (Qt.ItemDataRole.DisplayRole, DESCRIPTION_ROLE)] == [
        "Fire drill briefing",
        "5 questions: 3 choose-one, 1 choose-several, 1 typed answer"
        " · quotes “Fire drill briefing”",
    ]
    assert first.data(RECORD_ROLE) == "Not taken yet"
    assert window.trainee_area.start_page.count_box.maximum() == 5
    assert window.trainee_area.start_page.count_box.value() == 5

    start_quiz(window, qtbot, minutes=10)
    page = window.trainee_area.quiz_page
    attempt = page.attempt
    assert attempt is not None and attempt.session.mode is Mode.EXAM
    assert attempt.session.deadline == clock.now() + timedelta(minutes=10)
    assert page.countdown.accessibleName() == "Time left: 10:00"
    assert not page.check_button.isVisible()

    keys_in_order = [item.question.key for item in attempt.session.items]
    for position, key in enumerate(keys_in_order):
        item = page.current_item
        assert item.position == position and item.question.key == key
        clock.advance(timedelta(seconds=20))
        if item.question.type == "short":
            click(qtbot, page.question_view.answer_field)
            qtbot.keyClicks(page.question_view.answer_field, "Carbon dioxide")
            # Written after a short pause in typing, without leaving the field.
            qtbot.waitUntil(
                lambda at=position: (
                    attempts.load_attempt(db, attempt.uuid, clock=clock).session.items[at].response
                    == "Carbon dioxide"
                ),
                timeout=2000,
            )
        elif key == "wardens":
            click(qtbot, choice_button(window, wrong_choice_number(item)))
        else:
            for number in right_choice_numbers(item):
                # Click the text of the choice: the whole row answers, not only its key.
                click(qtbot, choice_button(window, number).text_label)
        if key == "assembly":
            click(qtbot, page.flag_button)
        if item.question.type != "short":
            stored = attempts.load_attempt(db, attempt.uuid, clock=clock).session.items[position]
            assert stored.response == item.response is not None  # written at once
        if position < len(keys_in_order) - 1:
            click(qtbot, page.next_button)

    stored = attempts.load_attempt(db, attempt.uuid, clock=clock).session
    assert [item.flagged for item in stored.items] == [k == "assembly" for k in keys_in_order]
    assert stored.current == len(keys_in_order) - 1
    assert stored.items[0].seconds_spent == 20

    # The strip shows answered / flagged / current, and jumps.
    strip = page.nav_strip
    flagged_at = keys_in_order.index("assembly")
    assert "flagged" in strip.button(flagged_at).accessibleName()
    other = 1 if flagged_at == 0 else 0
    assert strip.button(other).accessibleName() == f"Question {other + 1}: answered"
    click(qtbot, strip.button(flagged_at))
    assert page.current_item.position == flagged_at
    assert page.flag_button.isChecked()
    assert "current" in strip.button(flagged_at).accessibleName()

    click(qtbot, page.finish_button)
    dialog = finish_dialog(window, qtbot)
    summary = dialog.summary_label.text()
    assert "Answered: 5 of 5" in summary
    assert "Unanswered: 0" in summary
    assert "Flagged for review: 1" in summary
    assert [link.accessibleName() for link in dialog.links] == [f"Go to question {flagged_at + 1}"]
    assert WARNING in dialog.warning_label.text()
    click(qtbot, dialog.back_button)
    assert window.trainee_area.currentWidget() is page  # nothing submitted

    click(qtbot, page.finish_button)
    on_screen = page.current_item.position
    before = attempts.load_attempt(db, attempt.uuid, clock=clock).session
    clock.advance(timedelta(seconds=42))  # time on the last question, left by submitting
    click(qtbot, finish_dialog(window, qtbot).submit_button)
    assert window.trainee_area.currentWidget() is window.trainee_area.results_page
    final = attempts.load_attempt(db, attempt.uuid, clock=clock).session
    assert final.state is AttemptState.SUBMITTED
    spent = final.items[on_screen].seconds_spent - before.items[on_screen].seconds_spent
    assert spent >= 42  # and any time on it before the clock moved here
    assert final.points == 4
    results = window.trainee_area.results_page
    assert results.score_label.accessibleName() == "Score: 4 of 5 points, 80 %"
    assert results.time_label.text() == "Time taken: 2 min 22 s"

    click(qtbot, results.done_button)
    assert window.trainee_area.currentWidget() is window.trainee_area.start_page
    row = window.trainee_area.start_page.sets_model.rows[0]
    assert row.best_score == 0.8 and row.last_taken == attempt.session.started_at
