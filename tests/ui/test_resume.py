"""Nothing is lost when the window goes away mid-quiz: the next window offers to resume at
the same question with the same order and answers, and the clock kept running meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import shiboken6
from pytestqt.qtbot import QtBot

from quizapp.domain.session import AttemptState
from quizapp.services import attempts
from quizapp.storage.database import Database
from quizapp.ui.main_window import MainWindow
from tests.fakes import FakeClock
from tests.ui.drive import (
    add_trainee,
    answer_current,
    choice_button,
    click,
    reply_to_message_box,
    right_choice_numbers,
    settle,
    start_quiz,
)


def _pick_trainee(window: MainWindow, qtbot: QtBot, name: str) -> None:
    page = window.trainee_area.trainee_page
    row = next(r for r in range(page.model.rowCount()) if page.model.item(r).text() == name)
    page.list_view.setCurrentIndex(page.model.index(row, 0))
    click(qtbot, page.continue_button)


def _destroy(window: MainWindow, qtbot: QtBot) -> None:
    """Close the window as a trainee would (it goes once what is on screen is written),
    then destroy it."""
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
    window.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))


def test_resume_after_the_window_is_destroyed_mid_quiz(
    make_window: Callable[[], MainWindow], qtbot: QtBot, db: Database, clock: FakeClock
) -> None:
    window = make_window()
    add_trainee(window, qtbot, "Gus")
    start_quiz(window, qtbot, minutes=10)
    page = window.trainee_area.quiz_page
    before = page.attempt
    assert before is not None
    answer_current(window, qtbot)
    click(qtbot, page.next_button)
    click(qtbot, page.flag_button)
    click(qtbot, page.next_button)
    short = page.current_item.question.type == "short"
    if short:
        qtbot.keyClicks(page.question_view.answer_field, "CO2")  # closing writes it
    else:
        for number in right_choice_numbers(page.current_item):
            click(qtbot, choice_button(window, number))
    order = [(item.question.key, item.choice_order) for item in before.session.items]
    clock.advance(timedelta(minutes=2))
    _destroy(window, qtbot)
    responses = [item.response for item in before.session.items]
    assert sum(r is not None for r in responses) == 2

    clock.advance(timedelta(minutes=1))  # the app is closed; the deadline does not wait
    window = make_window()
    _pick_trainee(window, qtbot, "Gus")
    start = window.trainee_area.start_page
    assert start.resume_panel.isVisible()
    assert "question 3 of 5" in start.resume_label.text()
    assert "7:00 left" in start.resume_label.text()
    click(qtbot, start.resume_button)

    page = window.trainee_area.quiz_page
    assert window.trainee_area.currentWidget() is page
    after = page.attempt
    assert after is not None and after.uuid == before.uuid
    assert page.current_item.position == 2
    assert [(item.question.key, item.choice_order) for item in after.session.items] == order
    assert [item.response for item in after.session.items] == responses
    assert after.session.items[1].flagged and page.nav_strip.button(1).marks == "⚑"
    assert page.countdown.accessibleName() == "Time left: 7:00"
    if short:
        assert page.question_view.answer_field.text() == "CO2"
    else:
        checked = [b.isChecked() for b in page.question_view.buttons]
        numbers = right_choice_numbers(page.current_item)
        assert checked == [n + 1 in numbers for n in range(len(checked))]


def test_attempt_whose_deadline_passed_while_closed_is_submitted_on_start(
    make_window: Callable[[], MainWindow], qtbot: QtBot, db: Database, clock: FakeClock
) -> None:
    window = make_window()
    add_trainee(window, qtbot, "Hal")
    start_quiz(window, qtbot, minutes=10)
    attempt = window.trainee_area.quiz_page.attempt
    assert attempt is not None
    answer_current(window, qtbot)
    _destroy(window, qtbot)

    clock.advance(timedelta(minutes=11))
    window = make_window()
    notice = window.notice.text()
    assert "Time ran out on 1 quiz while QuizApp was closed" in notice
    assert "• Hal: Fire drill briefing" in notice and "%" not in notice, "no score for all to see"
    stored = attempts.load_attempt(db, attempt.uuid, clock=clock).session
    assert stored.state is AttemptState.EXPIRED and stored.points == 1

    _pick_trainee(window, qtbot, "Hal")
    start = window.trainee_area.start_page
    assert not start.resume_panel.isVisible()
    history = start.history_model
    assert [history.cell(history.rows[0], c) for c in (0, 2, 3, 4)] == [
        "Fire drill briefing",
        "Exam",
        "Time ran out",
        "20 %",
    ]
    start.history_view.activated.emit(history.index(0, 0))
    settle(qtbot)
    assert window.trainee_area.currentWidget() is window.trainee_area.results_page
    assert window.trainee_area.results_page.attempt is not None
    assert window.trainee_area.results_page.attempt.uuid == attempt.uuid


def test_discarding_the_unfinished_quiz_asks_first_then_abandons_it(
    make_window: Callable[[], MainWindow], qtbot: QtBot, db: Database, clock: FakeClock
) -> None:
    window = make_window()
    add_trainee(window, qtbot, "Ivy")
    start_quiz(window, qtbot, minutes=10)
    attempt = window.trainee_area.quiz_page.attempt
    assert attempt is not None
    answer_current(window, qtbot)
    _destroy(window, qtbot)

    window = make_window()
    _pick_trainee(window, qtbot, "Ivy")
    start = window.trainee_area.start_page
    assert start.resume_panel.isVisible()

    asked = reply_to_message_box(qtbot, "Keep it")
    click(qtbot, start.discard_button)
    assert asked == [
        "Discard your unfinished quiz “Fire drill briefing”? It will not be scored and cannot "
        "be resumed; it stays in your list of quizzes as abandoned."
    ]
    assert start.resume_panel.isVisible()
    assert attempts.load_attempt(db, attempt.uuid, clock=clock).session.state is (
        AttemptState.IN_PROGRESS
    )

    reply_to_message_box(qtbot, "Discard")
    click(qtbot, start.discard_button)
    assert not start.resume_panel.isVisible()
    stored = attempts.load_attempt(db, attempt.uuid, clock=clock).session
    assert stored.state is AttemptState.ABANDONED and stored.score is None
    history = start.history_model
    assert [history.cell(history.rows[0], c) for c in (0, 2, 3, 4)] == [
        "Fire drill briefing",
        "Exam",
        "Abandoned",
        "—",
    ]

    # From the history: no review of its right answers.
    window.trainee_area.open_attempt(attempt.uuid)
    settle(qtbot)
    assert window.trainee_area.currentWidget() is start
    assert window.notice.text() == (
        "That quiz was discarded before it was finished: it has no results to review."
    )

    _destroy(window, qtbot)
    window = make_window()  # and it is not offered again
    _pick_trainee(window, qtbot, "Ivy")
    assert not window.trainee_area.start_page.resume_panel.isVisible()


def test_a_move_is_written_just_after_the_next_question_is_shown(
    window: MainWindow, qtbot: QtBot, db: Database, clock: FakeClock
) -> None:
    add_trainee(window, qtbot, "Jay")
    start_quiz(window, qtbot, minutes=10)
    page = window.trainee_area.quiz_page
    attempt = page.attempt
    assert attempt is not None
    click(qtbot, page.next_button)
    assert page.current_item.position == 1  # on screen at once
    qtbot.waitUntil(lambda: page.saver.pending == 0, timeout=1000)
    assert attempts.load_attempt(db, attempt.uuid, clock=clock).session.current == 1
