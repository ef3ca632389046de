"""The attempt on screen changes under the page: its deadline passes while an answer is being
written, or another window on the same database submits, discards or checks it. The page
shows what is stored and says why; it never ends in the crash dialog or a wrong message."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from quizapp.domain.session import AttemptState
from quizapp.services import attempts
from quizapp.services.errors import StorageFailure
from quizapp.storage.database import Database
from quizapp.ui.main_window import MainWindow
from tests.fakes import FakeClock
from tests.ui.drive import (
    add_trainee,
    answer_current,
    choice_button,
    click,
    finish_dialog,
    settle,
    start_quiz,
)
from tests.ui.test_storage_failure import read_only


def _one_change(window: MainWindow, qtbot: QtBot) -> None:
    """One answer given, whatever the question on screen (the draw is random)."""
    view = window.trainee_area.quiz_page.question_view
    if window.trainee_area.quiz_page.current_item.question.type == "short":
        qtbot.keyClicks(view.answer_field, "x")
        view.commit_text()
        settle(qtbot)
    else:
        click(qtbot, choice_button(window, 1))


def _exam(window: MainWindow, qtbot: QtBot) -> str:
    add_trainee(window, qtbot, "Ola")
    start_quiz(window, qtbot, minutes=10)
    attempt = window.trainee_area.quiz_page.attempt
    assert attempt is not None
    return attempt.uuid


def test_the_deadline_passing_while_an_answer_is_written_ends_in_the_results(
    window: MainWindow,
    qtbot: QtBot,
    db: Database,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _exam(window, qtbot)
    clock.advance(timedelta(minutes=9, seconds=59, milliseconds=997))
    real_answer = attempts.answer

    def slow_answer(*args: object, **kwargs: object) -> object:
        clock.advance(timedelta(milliseconds=5))  # the write lands after the deadline
        return real_answer(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(attempts, "answer", slow_answer)
    _one_change(window, qtbot)
    assert window.trainee_area.currentWidget() is window.trainee_area.results_page
    assert window.notice.text().startswith("Time is up.")


@pytest.mark.parametrize(
    ("close_elsewhere", "page", "notice"),
    [
        (attempts.submit, "results_page", "This quiz was submitted in another window."),
        (attempts.abandon, "start_page", "This quiz was discarded in another window"),
    ],
)
def test_a_quiz_closed_in_another_window_is_shown_as_it_was_closed(
    close_elsewhere: Callable[..., object],
    page: str,
    notice: str,
    window: MainWindow,
    qtbot: QtBot,
    db: Database,
    clock: FakeClock,
) -> None:
    uuid = _exam(window, qtbot)
    assert window.trainee_area.trainee is not None
    close_elsewhere(db, uuid, trainee_uuid=window.trainee_area.trainee.uuid, clock=clock)
    _one_change(window, qtbot)
    assert window.trainee_area.currentWidget() is getattr(window.trainee_area, page)
    assert window.notice.text().startswith(notice)
    assert "Time is up" not in window.notice.text()


def test_a_practice_answer_checked_in_another_window_is_shown_as_stored(
    window: MainWindow, qtbot: QtBot, db: Database, clock: FakeClock
) -> None:
    add_trainee(window, qtbot, "Pia")
    start_quiz(window, qtbot, practice=True)
    quiz = window.trainee_area.quiz_page
    attempt = quiz.attempt
    assert attempt is not None
    position = quiz.current_item.position
    stored_response: object = {"short": "elsewhere", "single": 0, "multiple": frozenset({0})}[
        quiz.current_item.question.type
    ]
    attempts.answer(
        db, attempt.uuid, position, stored_response, trainee_uuid=attempt.trainee_uuid, clock=clock
    )
    attempts.check(db, attempt.uuid, position, trainee_uuid=attempt.trainee_uuid, clock=clock)

    _one_change(window, qtbot)  # this window still thinks the question is open
    assert window.trainee_area.currentWidget() is quiz
    assert quiz.current_item.checked
    assert quiz.current_item.response == stored_response
    assert quiz.status_label.text().startswith("✘ Not changed: question 1 was already checked")


def test_a_refused_submit_says_so_and_submitting_again_works(
    window: MainWindow,
    qtbot: QtBot,
    db: Database,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    uuid = _exam(window, qtbot)
    answer_current(window, qtbot)
    real_submit = attempts.submit
    monkeypatch.setattr(
        attempts, "submit", lambda *_a, **_k: (_ for _ in ()).throw(StorageFailure("locked"))
    )
    quiz = window.trainee_area.quiz_page
    click(qtbot, quiz.finish_button)
    click(qtbot, finish_dialog(window, qtbot).submit_button)
    assert window.trainee_area.currentWidget() is quiz
    assert "Not submitted: locked" in quiz.status_label.text()
    assert "keeps trying" not in window.notice.text()

    monkeypatch.setattr(attempts, "submit", real_submit)
    click(qtbot, quiz.finish_button)
    click(qtbot, finish_dialog(window, qtbot).submit_button)
    assert window.trainee_area.currentWidget() is window.trainee_area.results_page
    assert attempts.load_attempt(db, uuid, clock=clock).session.state is (AttemptState.SUBMITTED)


def test_enter_on_a_focused_button_presses_that_button(window: MainWindow, qtbot: QtBot) -> None:
    _exam(window, qtbot)
    quiz = window.trainee_area.quiz_page
    click(qtbot, quiz.next_button)
    assert quiz.current_item.position == 1
    quiz.previous_button.setFocus()
    qtbot.keyClick(quiz.previous_button, "\r")
    settle(qtbot)
    assert quiz.current_item.position == 0
    quiz.flag_button.setFocus()
    qtbot.keyClick(quiz.flag_button, "\r")
    settle(qtbot)
    assert quiz.current_item.flagged and quiz.current_item.position == 0


def test_enter_on_a_focused_button_of_the_other_pages_presses_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Outside the quiz no shortcut takes Enter, but a push button ignores it outside dialogs."""
    add_trainee(window, qtbot, "Ned")
    start_quiz(window, qtbot, practice=True)
    window.trainee_area.show_start()  # the practice quiz is left open: Resume is offered
    settle(qtbot)
    resume = window.trainee_area.start_page.resume_button
    resume.setFocus()
    qtbot.keyClick(resume, "\r")
    settle(qtbot)
    assert window.trainee_area.currentWidget() is window.trainee_area.quiz_page


def test_text_typed_into_a_question_checked_elsewhere_is_refused_not_a_crash(
    window: MainWindow, qtbot: QtBot, db: Database, clock: FakeClock
) -> None:
    """The trainee's write waits for a locked database while another window checks the same
    question; the trainee types on; the retry is refused and the stored answer shown."""
    add_trainee(window, qtbot, "Rae")
    start_quiz(window, qtbot, practice=True)
    quiz = window.trainee_area.quiz_page
    attempt = quiz.attempt
    assert attempt is not None
    short = next(i for i in attempt.session.items if i.question.type == "short")
    quiz.go_to(short.position)
    settle(qtbot)
    field = quiz.question_view.answer_field
    elsewhere = Database(db.url.render_as_string(hide_password=False))
    with read_only(db):
        qtbot.keyClicks(field, "first")
        quiz.question_view.commit_text()  # refused by the database: waits for a retry
        settle(qtbot)
        assert quiz.saver.pending >= 1
        attempts.answer(
            elsewhere,
            attempt.uuid,
            short.position,
            "theirs",
            trainee_uuid=attempt.trainee_uuid,
            clock=clock,
        )
        attempts.check(
            elsewhere, attempt.uuid, short.position, trainee_uuid=attempt.trainee_uuid, clock=clock
        )
        qtbot.keyClicks(field, " and more")  # waits for the typing pause
    elsewhere.dispose()
    quiz.saver.flush()  # the retry: refused, and the stored copy shown
    settle(qtbot)
    assert quiz.current_item.checked and quiz.current_item.response == "theirs"
    assert quiz.status_label.text().startswith("✘ Not changed:")


def test_enter_after_a_checked_question_goes_on_not_back(window: MainWindow, qtbot: QtBot) -> None:
    """Hiding the focused choice of the last question handed the focus to Previous."""
    add_trainee(window, qtbot, "Sol")
    start_quiz(window, qtbot, practice=True)
    quiz = window.trainee_area.quiz_page
    attempt = quiz.attempt
    assert attempt is not None
    choices = [i for i in attempt.session.items[:-1] if i.question.type != "short"]
    checked, other = choices[0], choices[-1]
    quiz.go_to(checked.position)
    settle(qtbot)
    click(qtbot, choice_button(window, 1))
    click(qtbot, quiz.check_button)
    quiz.go_to(other.position)
    settle(qtbot)
    choice_button(window, 1).setFocus()
    quiz.go_to(checked.position)  # its choices are locked: none can take the focus
    settle(qtbot)
    assert not isinstance(QApplication.focusWidget(), QPushButton)
    qtbot.keyClick(quiz, Qt.Key.Key_Return)
    settle(qtbot)
    assert quiz.current_item.position == checked.position + 1


def test_enter_after_clicking_flag_still_goes_on(window: MainWindow, qtbot: QtBot) -> None:
    _exam(window, qtbot)
    quiz = window.trainee_area.quiz_page
    click(qtbot, quiz.flag_button)
    assert quiz.current_item.flagged
    qtbot.keyClick(quiz, Qt.Key.Key_Return)
    settle(qtbot)
    assert quiz.current_item.position == 1
    assert quiz.attempt is not None and quiz.attempt.session.items[0].flagged
