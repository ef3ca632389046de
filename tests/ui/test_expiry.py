"""The countdown comes from the stored deadline and the clock; at the deadline the attempt is
submitted with what was answered. The fake clock moves; the test never sleeps."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.domain.session import AttemptState
from quizapp.services import attempts
from quizapp.storage.database import Database
from quizapp.ui.main_window import MainWindow
from quizapp.ui.theme import current_colours
from quizapp.ui.trainee.quiz.finish_dialog import FinishDialog
from quizapp.ui.widgets import NoticeKind
from tests.fakes import FakeClock
from tests.ui.colours import background
from tests.ui.drive import add_trainee, answer_current, click, settle, start_quiz


def test_warning_in_the_last_minute_then_submitted_at_the_deadline(
    window: MainWindow, qtbot: QtBot, db: Database, clock: FakeClock
) -> None:
    add_trainee(window, qtbot, "Eve")
    start_quiz(window, qtbot, minutes=10)
    page = window.trainee_area.quiz_page
    attempt = page.attempt
    assert attempt is not None
    answer_current(window, qtbot)
    click(qtbot, page.next_button)

    clock.advance(timedelta(minutes=8, seconds=59))
    page.tick()
    settle(qtbot)
    assert page.countdown.accessibleName() == "Time left: 1:01"
    assert not page.countdown.warning

    clock.advance(timedelta(seconds=2))
    page.tick()
    settle(qtbot)
    assert page.countdown.warning
    assert page.countdown.accessibleName() == "Time left: 0:59, less than a minute"
    assert "⚠ 0:59 left" in page.countdown.text()
    assert background(page.countdown) == QColor(current_colours().warning)

    click(qtbot, page.finish_button)  # the deadline passes while the trainee hesitates
    assert page.findChild(FinishDialog) is not None
    clock.advance(timedelta(seconds=59))
    page.tick()
    settle(qtbot)
    QApplication.processEvents()

    assert window.trainee_area.currentWidget() is window.trainee_area.results_page
    assert page.findChild(FinishDialog) is None or not page.findChild(FinishDialog).isVisible()
    assert window.notice.kind is NoticeKind.INFO
    assert "Time is up. Your quiz was submitted automatically" in window.notice.text()
    stored = attempts.load_attempt(db, attempt.uuid, clock=clock).session
    assert stored.state is AttemptState.EXPIRED
    assert stored.submitted_at == stored.deadline
    assert stored.points == 1 and stored.summary().answered == 1
    assert "(time ran out)" in window.trainee_area.results_page.time_label.text()
    assert window.trainee_area.results_page.time_label.text().startswith("Time taken: 10 min")


def test_an_answer_after_the_deadline_is_refused_and_the_quiz_closes(
    window: MainWindow, qtbot: QtBot, db: Database, clock: FakeClock
) -> None:
    add_trainee(window, qtbot, "Fay")
    start_quiz(window, qtbot, minutes=10)
    page = window.trainee_area.quiz_page
    attempt = page.attempt
    assert attempt is not None
    clock.advance(timedelta(minutes=10))  # before the timer has ticked
    if page.question_view.buttons:
        click(qtbot, page.question_view.buttons[0])
    else:
        qtbot.keyClicks(page.question_view.answer_field, "gas")
        page.question_view.commit_text()
        settle(qtbot)
    assert window.trainee_area.currentWidget() is window.trainee_area.results_page
    stored = attempts.load_attempt(db, attempt.uuid, clock=clock).session
    assert stored.state is AttemptState.EXPIRED and stored.summary().answered == 0


def test_text_typed_up_to_the_deadline_is_saved_and_graded(
    window: MainWindow, qtbot: QtBot, db: Database, clock: FakeClock
) -> None:
    """A trainee who types without pausing until the end still has the answer graded."""
    add_trainee(window, qtbot, "Gus")
    start_quiz(window, qtbot, minutes=10)
    page = window.trainee_area.quiz_page
    attempt = page.attempt
    assert attempt is not None
    position = next(i.position for i in attempt.session.items if i.question.type == "short")
    click(qtbot, page.nav_strip.button(position))
    clock.advance(timedelta(minutes=9, seconds=58, milliseconds=800))
    qtbot.keyClicks(page.question_view.answer_field, "still typ")  # the typing pause restarts
    assert page.question_view.typing_pending
    page.tick()  # 1.2 s before the deadline
    settle(qtbot)
    stored = attempts.load_attempt(db, attempt.uuid, clock=clock).session
    assert stored.items[position].response == "still typ"
    clock.advance(timedelta(seconds=1))
    qtbot.keyClicks(page.question_view.answer_field, "ing")  # no tick between key and end
    assert not page.question_view.typing_pending
    settle(qtbot)  # each keystroke written, milliseconds later, still before the deadline

    clock.advance(timedelta(milliseconds=200))
    page.tick()
    settle(qtbot)
    assert window.trainee_area.currentWidget() is window.trainee_area.results_page
    stored = attempts.load_attempt(db, attempt.uuid, clock=clock).session
    assert stored.state is AttemptState.EXPIRED
    assert stored.items[position].response == "still typing"
