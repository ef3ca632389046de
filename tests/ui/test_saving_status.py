"""The status line says "saved" only when the database has everything on screen: a keystroke
waiting for its pause in typing is not saved, whatever was written just before it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from quizapp.domain.session import Attempt, AttemptItem
from quizapp.services import attempts
from quizapp.storage.database import Database
from quizapp.ui.main_window import MainWindow
from quizapp.ui.trainee.quiz.controls import SAVED
from quizapp.ui.trainee.quiz.page import QuizPage
from tests.fakes import FakeClock
from tests.ui.drive import add_trainee, settle, start_quiz


def _typing_in_a_short_answer(
    window: MainWindow, qtbot: QtBot
) -> tuple[QuizPage, Attempt, AttemptItem]:
    """A quiz open on its first short-answer question, with "CO" typed into it just after the
    move there: the move is written a moment later, while the text waits for its pause."""
    add_trainee(window, qtbot, "Quin")
    start_quiz(window, qtbot, minutes=10)
    page = window.trainee_area.quiz_page
    attempt = page.attempt
    assert attempt is not None
    short = next(i for i in attempt.session.items if i.question.type == "short")
    # A pause in typing longer than these tests: when the text goes is the test's to say (the
    # kill test times the real pause).
    page.question_view._typing_pause.setInterval(60_000)
    page.go_to(short.position)
    qtbot.keyClicks(page.question_view.answer_field, "CO")
    return page, attempt, short


def test_saved_only_once_the_typed_text_is_in_the_database(
    window: MainWindow, qtbot: QtBot, db: Database, clock: FakeClock
) -> None:
    """Text typed 0.2 s before a kill was lost while the status said "All answers saved"."""
    page, attempt, short = _typing_in_a_short_answer(window, qtbot)
    assert page.status_label.text() == "Saving…"
    qtbot.waitUntil(lambda: page.saver.pending == 0 and not page.saver.soon_timer.isActive())
    assert page.question_view.typing_pending  # the move is in; the text waits for its pause
    assert page.status_label.text() == "Saving…"
    stored = attempts.load_attempt(db, attempt.uuid, clock=clock).session
    assert stored.current == short.position and stored.items[short.position].response is None

    page.question_view._typing_pause.timeout.emit()  # the pause is over
    qtbot.waitUntil(lambda: page.status_label.text() == SAVED, timeout=2000)
    stored = attempts.load_attempt(db, attempt.uuid, clock=clock).session
    assert stored.items[short.position].response == "CO"
    settle(qtbot)


def test_a_slow_write_that_ends_while_text_waits_says_saving_again(
    window: MainWindow, qtbot: QtBot
) -> None:
    """CI saw "Waiting for the database ..." stay after the slow write had ended, while the
    typed text still waited for its pause: the database was keeping nothing waiting then."""
    page, _, _ = _typing_in_a_short_answer(window, qtbot)
    qtbot.waitUntil(lambda: page.saver.pending == 0 and not page.saver.soon_timer.isActive())
    # The signals a slow write sends, in their order, sent here by hand: the real write may
    # end before a test could say it was slow (an earlier version of this test raced it).
    page.saver.waiting.emit()  # as the worker does when a write takes longer than SLOW_MS
    assert page.status_label.text().startswith("Waiting for the database")
    page.saver.saved.emit()  # the slow write is in
    assert page.question_view.typing_pending
    assert page.status_label.text() == "Saving…"
    page.question_view._typing_pause.timeout.emit()
    qtbot.waitUntil(lambda: page.status_label.text() == SAVED, timeout=2000)
    settle(qtbot)
