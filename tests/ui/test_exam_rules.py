"""The exam rules as a trainee meets them in the window, each held by the services too: Enter
goes through Resume/Discard, a second exam is refused, quitting asks, a quiz can be left to
resume, practice is no best score, and the last settings come back for each trainee."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.domain.session import AttemptState, Mode
from quizapp.services import attempts
from quizapp.storage.database import Database
from quizapp.ui.main_window import MainWindow
from quizapp.ui.shortcuts import Command
from quizapp.ui.trainee.models import RECORD_ROLE
from quizapp.ui.widgets import NoticeKind
from tests.fakes import FakeClock
from tests.ui.drive import (
    add_trainee,
    answer_current,
    click,
    finish_dialog,
    reply_to_message_box,
    settle,
    start_quiz,
)


def _held_enter(window: MainWindow, qtbot: QtBot) -> None:
    """What a held Enter key sends after its first press: presses marked as repeats, to the
    window (which hands them to the focused widget)."""
    for _ in range(5):
        repeat = QKeyEvent(
            QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r", True
        )
        QApplication.sendEvent(window.windowHandle(), repeat)
        settle(qtbot)


def _leave_an_exam_open(window: MainWindow, qtbot: QtBot, name: str) -> str:
    add_trainee(window, qtbot, name)
    start_quiz(window, qtbot, minutes=10)
    page = window.trainee_area.quiz_page
    attempt = page.attempt
    assert attempt is not None
    answer_current(window, qtbot)
    click(qtbot, page.header.leave_button)
    return attempt.uuid


def test_enter_on_a_name_goes_through_resume_or_discard(
    window: MainWindow, qtbot: QtBot, db: Database, clock: FakeClock
) -> None:
    """Click a name, then Enter (held, as a hand holds it): the exam opened straight away,
    skipping Resume/Discard, and its questions flew past (3 of 3 tries)."""
    uuid = _leave_an_exam_open(window, qtbot, "Eve")
    area = window.trainee_area
    assert area.currentWidget() is area.start_page and area.start_page.resume_panel.isVisible()
    click(qtbot, area.start_page.change_button)
    names = area.trainee_page.list_view
    qtbot.mouseClick(
        names.viewport(),
        Qt.MouseButton.LeftButton,
        pos=names.visualRect(names.model().index(0, 0)).center(),
    )
    qtbot.keyClick(names, Qt.Key.Key_Return)
    settle(qtbot)
    _held_enter(window, qtbot)
    assert area.currentWidget() is area.start_page  # the same page a click on Continue shows
    assert area.start_page.resume_panel.isVisible()
    assert QApplication.focusWidget() is area.start_page.resume_button
    assert attempts.load_attempt(db, uuid, clock=clock).session.current == 0  # nothing moved

    qtbot.keyClick(area.start_page.resume_button, Qt.Key.Key_Return)  # a new press: Resume
    settle(qtbot)
    assert area.currentWidget() is area.quiz_page
    assert area.quiz_page.attempt is not None and area.quiz_page.attempt.uuid == uuid
    assert area.quiz_page.current_item.position == 0


def test_a_second_exam_on_a_set_is_refused_whatever_the_window_shows(
    make_window: Callable[[], MainWindow], qtbot: QtBot, db: Database, clock: FakeClock
) -> None:
    """Two windows on one database: the one that did not see the first exam start still
    offers Start; the services refuse it and the window offers to resume the first."""
    first, second = make_window(), make_window()
    add_trainee(first, qtbot, "Fay")
    second.trainee_area.show_trainees()
    settle(qtbot)
    click(qtbot, second.trainee_area.trainee_page.continue_button)
    late = second.trainee_area.start_page
    assert late.start_button.isEnabled()  # nothing unfinished when it looked

    start_quiz(first, qtbot, minutes=10)
    running = first.trainee_area.quiz_page.attempt
    assert running is not None
    click(qtbot, late.start_button)
    assert second.trainee_area.currentWidget() is late  # no second exam
    assert second.notice.kind is NoticeKind.ERROR
    assert "You have an unfinished exam on “Fire drill briefing”" in second.notice.text()
    stored = attempts.list_attempts(db, running.trainee_uuid)
    assert [(a.uuid, a.state) for a in stored] == [(running.uuid, AttemptState.IN_PROGRESS)]
    # The refusal's page now shows the exam, and Start says why it does not act.
    assert late.resume_panel.isVisible() and not late.start_button.isEnabled()
    assert "not finished" in late.settings_panel.blocked_label.text()

    click(qtbot, second.notice.action_button)  # "Resume it"
    page = second.trainee_area.quiz_page
    assert second.trainee_area.currentWidget() is page
    assert page.attempt is not None and page.attempt.uuid == running.uuid


def test_quitting_during_an_exam_asks_and_says_the_clock_keeps_running(
    window: MainWindow, qtbot: QtBot, db: Database, clock: FakeClock
) -> None:
    add_trainee(window, qtbot, "Gil")
    start_quiz(window, qtbot, minutes=10)
    attempt = window.trainee_area.quiz_page.attempt
    assert attempt is not None
    clock.advance(timedelta(minutes=1, seconds=30))
    window.trainee_area.quiz_page.tick()

    asked = reply_to_message_box(qtbot, "Back to the exam")
    # Quit, as its key (Ctrl+Q on Linux; the offscreen platform has no Quit key) triggers it.
    window.actions_by_command[Command.QUIT].trigger()
    assert len(asked) == 1
    assert "its clock keeps running while QuizApp is closed: 8:30 left" in asked[0]
    assert "open QuizApp again to resume the exam" in asked[0]
    assert window.isVisible() and window.trainee_area.currentWidget() is (
        window.trainee_area.quiz_page
    )

    reply_to_message_box(qtbot, "Quit")
    window.actions_by_command[Command.QUIT].trigger()
    qtbot.waitUntil(lambda: not window.isVisible())
    stored = attempts.load_attempt(db, attempt.uuid, clock=clock).session
    assert stored.state is AttemptState.IN_PROGRESS  # to resume; the clock runs on


def test_quitting_a_practice_or_the_start_page_asks_nothing(
    make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    for practice in (True, False):
        window = make_window()
        add_trainee(window, qtbot, f"Hal {practice}")
        if practice:
            start_quiz(window, qtbot, practice=True)
        window.actions_by_command[Command.QUIT].trigger()  # a box would wait: none comes
        qtbot.waitUntil(lambda w=window: not w.isVisible())


def test_a_quiz_can_be_left_for_the_start_page_and_resumed(
    window: MainWindow, qtbot: QtBot, db: Database, clock: FakeClock
) -> None:
    add_trainee(window, qtbot, "Ida")
    area = window.trainee_area
    assert not window.actions_by_command[Command.LEAVE].isEnabled()
    start_quiz(window, qtbot, minutes=10)
    page = area.quiz_page
    attempt = page.attempt
    assert attempt is not None and window.actions_by_command[Command.LEAVE].isEnabled()
    short = next(i for i in attempt.session.items if i.question.type == "short")
    click(qtbot, page.nav_strip.button(short.position))
    qtbot.keyClicks(page.question_view.answer_field, "CO2")  # still within its typing pause

    window.actions_by_command[Command.LEAVE].trigger()
    settle(qtbot)
    assert area.currentWidget() is area.start_page
    assert not window.actions_by_command[Command.LEAVE].isEnabled()
    stored = attempts.load_attempt(db, attempt.uuid, clock=clock).session
    assert stored.state is AttemptState.IN_PROGRESS
    assert stored.items[short.position].response == "CO2" and stored.current == short.position
    start = area.start_page
    assert start.resume_panel.isVisible()
    assert "10:00 left, and its clock keeps running" in start.resume_label.text()

    click(qtbot, start.resume_button)
    assert area.currentWidget() is page and page.current_item.position == short.position
    assert page.question_view.answer_field.text() == "CO2"


def test_practice_is_never_the_best_score(window: MainWindow, qtbot: QtBot, db: Database) -> None:
    """60 % from a 5-question practice stood as 'Best score' beside a 38 % exam."""
    add_trainee(window, qtbot, "Jo")
    start_quiz(window, qtbot, practice=True)
    page = window.trainee_area.quiz_page
    assert page.attempt is not None
    for item in page.attempt.session.items:
        click(qtbot, page.nav_strip.button(item.position))
        answer_current(window, qtbot)
    click(qtbot, page.finish_button)
    click(qtbot, finish_dialog(window, qtbot).submit_button)
    results = window.trainee_area.results_page
    assert "a practice, not an exam score" in results.score_label.text()
    click(qtbot, results.done_button)
    start = window.trainee_area.start_page
    row = start.sets_model.index(0, 0)
    assert start.sets_model.rows[0].best_score is None
    assert row.data(RECORD_ROLE).endswith("· no exam score yet")
    history = start.history_model
    assert [history.cell(history.rows[0], c) for c in (2, 3, 4)] == [
        "Practice",
        "Submitted",
        "100 %",
    ]


def test_the_last_count_and_time_limit_come_back_for_each_trainee(
    make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    """They went back to 20 questions and 20 minutes after every quiz."""
    window = make_window()
    add_trainee(window, qtbot, "Kim")
    start = window.trainee_area.start_page
    start.count_box.setValue(3)
    start_quiz(window, qtbot, minutes=45)
    click(qtbot, window.trainee_area.quiz_page.finish_button)
    click(qtbot, finish_dialog(window, qtbot).submit_button)
    click(qtbot, window.trainee_area.results_page.done_button)
    chosen = start.settings_panel.settings()
    assert (chosen.count, chosen.time_limit, chosen.mode) == (3, timedelta(minutes=45), Mode.EXAM)

    click(qtbot, start.change_button)
    add_trainee(window, qtbot, "Lou")  # someone else: the defaults, the set's 5 at most
    chosen = start.settings_panel.settings()
    assert (chosen.count, chosen.time_limit) == (5, timedelta(minutes=20))

    window.close()
    again = make_window()  # and after a restart, for Kim
    page = again.trainee_area.trainee_page
    page.list_view.setCurrentIndex(page.model.index(0, 0))
    click(qtbot, page.continue_button)
    assert again.trainee_area.trainee is not None and again.trainee_area.trainee.name == "Kim"
    chosen = again.trainee_area.start_page.settings_panel.settings()
    assert (chosen.count, chosen.time_limit) == (3, timedelta(minutes=45))


def test_the_finish_summary_links_to_unanswered_and_flagged_questions(
    window: MainWindow, qtbot: QtBot, db: Database, clock: FakeClock
) -> None:
    add_trainee(window, qtbot, "Mo")
    start_quiz(window, qtbot, minutes=10)
    page = window.trainee_area.quiz_page
    assert page.attempt is not None
    answer_current(window, qtbot)
    click(qtbot, page.next_button)
    click(qtbot, page.flag_button)
    click(qtbot, page.finish_button)
    dialog = finish_dialog(window, qtbot)
    assert [link.accessibleName() for link in dialog.links] == [
        *(f"Go to question {n}" for n in (2, 3, 4, 5)),  # not answered yet
        "Go to question 2",  # flagged
    ]
    prompt = page.attempt.session.items[3].question.prompt
    assert dialog.links[2].text().startswith(f"Question 4: {prompt[:20]}")

    click(qtbot, dialog.links[2])
    qtbot.waitUntil(lambda: page.finishing.dialog is None)  # closed, nothing submitted
    assert page.current_item.position == 3 and window.trainee_area.currentWidget() is page
    stored = attempts.load_attempt(db, page.attempt.uuid, clock=clock).session
    assert stored.state is AttemptState.IN_PROGRESS and stored.current == 3
