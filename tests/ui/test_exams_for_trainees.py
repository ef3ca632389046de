"""A trainer's exam from the trainee's side, through the real widgets: the exam card in place
of the trainee's own settings, Start, passed or not against the pass mark, the right answers
withheld until the trainer releases them (and then shown), attempts used up, practice closed
or open; and a seat refused another trainee's attempt."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.domain.exams import ExamSettings, ShowAnswers
from quizapp.domain.session import AttemptState, Mode, QuizSettings
from quizapp.formats.base import ReadResult
from quizapp.services import attempts, exams, question_sets, trainees, trainer
from quizapp.services.errors import NotYours
from quizapp.storage.database import Database
from quizapp.ui.main_window import MainWindow
from quizapp.ui.trainee.models import RECORD_ROLE
from quizapp.ui.trainee.results_page import ReviewCard
from tests.fakes import FakeClock
from tests.ui.drive import (
    add_trainee,
    answer_current,
    click,
    finish_dialog,
    open_from_history,
    settle,
    sign_in_as,
)
from tests.ui.sample_set import SET_ID, sample_set
from tests.ui.trainer_steps import PASSPHRASE, open_trainer

TERMS = ExamSettings(
    question_count=5,
    time_limit=timedelta(minutes=15),
    pass_mark=0.6,
    attempts_allowed=2,
    practice_open=False,
    show_answers=ShowAnswers.ON_RELEASE,
)
# The explanation and the right answer of the question answered wrong below ("wardens").
EXPLANATION = "The briefing names two wardens for each floor."


@pytest.fixture
def key(db: Database, clock: FakeClock) -> trainer.TrainerKey:
    trainer.set_passphrase(db, PASSPHRASE, clock=clock, first=True)
    return trainer.unlock(db, PASSPHRASE, clock=clock)


def take_exam(window: MainWindow, qtbot: QtBot, *, wrong: set[str]) -> None:
    """Answer every question on screen, those keyed in `wrong` wrongly, and submit."""
    page = window.trainee_area.quiz_page
    for position in range(len(page.attempt.session.items)):  # type: ignore[union-attr]
        answer_current(window, qtbot, right=page.current_item.question.key not in wrong)
        if position < len(page.attempt.session.items) - 1:  # type: ignore[union-attr]
            click(qtbot, page.next_button)
    click(qtbot, page.finish_button)
    click(qtbot, finish_dialog(window, qtbot).submit_button)
    assert window.trainee_area.currentWidget() is window.trainee_area.results_page


def card_of(window: MainWindow, key: str) -> ReviewCard:
    results = window.trainee_area.results_page
    return next(c for c in results.cards if c.feedback.item.question.key == key)


def test_an_exam_with_a_pass_mark_shows_its_answers_only_once_released(
    window: MainWindow, qtbot: QtBot, db: Database, clock: FakeClock, key: trainer.TrainerKey
) -> None:
    exams.save_exam(db, key, SET_ID, TERMS, clock=clock)
    add_trainee(window, qtbot, "Ola")
    page = window.trainee_area.start_page
    card = page.exam_card
    assert page.cards.currentWidget() is card and card.isVisible()
    assert not page.count_box.isVisible() and not page.practice_radio.isVisible()
    assert {name: label.text() for name, label in card.values.items()} == {
        "Questions": "5 questions",
        "Time limit": "15 minutes",
        "Pass mark": "60 %",
        "Attempts": "0 of 2 used",
        "Answers shown": "Once the trainer releases them",
    }
    record = page.sets_model.index(0, 0).data(RECORD_ROLE)
    assert record == "Exam set by your trainer · Not taken yet"
    assert card.practice_label.text() == "Your trainer has closed practice on this set."
    assert not card.practice_button.isVisible()

    click(qtbot, card.start_button)
    attempt = window.trainee_area.quiz_page.attempt
    assert attempt is not None and attempt.session.mode is Mode.EXAM
    assert attempt.session.deadline == clock.now() + timedelta(minutes=15)
    assert len(attempt.session.items) == 5
    take_exam(window, qtbot, wrong={"wardens"})

    results = window.trainee_area.results_page
    assert results.passed_label.isVisible() and results.passed_label.text() == "Passed"
    assert "4 of 5 points (80 %)" in results.score_label.text()
    assert "pass mark 60 %" in results.score_label.text()
    assert results.answers_note.isVisible()
    assert "Your trainer will release the answers" in results.answers_note.text()
    wardens = card_of(window, "wardens").feedback
    assert wardens.verdict_label.text().startswith("✘ Wrong")
    assert "Your answer" in wardens.answers_label.text()
    assert "Right answer" not in wardens.answers_label.text()
    assert not wardens.explanation_label.isVisible() and not wardens.quote_label.isVisible()
    assert wardens.source_button is None
    # Not hidden by the window: the services never handed the answers over.
    assert results.attempt is not None
    for item in results.attempt.session.items:
        question = item.question
        assert not question.explanation and not question.quote and not question.answers
        assert all(choice.fraction == 0 and not choice.feedback for choice in question.choices)
    assert "✔ Right" in card_of(window, "safe").feedback.verdict_label.text()

    # The trainer releases the answers in trainer mode.
    click(qtbot, results.done_button)
    area = open_trainer(window, qtbot)
    click(qtbot, area.sets_page.release_button)
    click(qtbot, area.leave_button)

    sign_in_as(window, qtbot, "Ola")
    assert card.values["Attempts"].text() == "1 of 2 used" and card.start_button.isVisible()
    history = page.history_model
    assert history.data(history.index(0, 4)) == "80 % · passed"
    open_from_history(window, qtbot)
    assert window.trainee_area.currentWidget() is results
    assert results.passed_label.text() == "Passed" and not results.answers_note.isVisible()
    wardens = card_of(window, "wardens").feedback
    assert "Right answer" in wardens.answers_label.text() and "Two" in wardens.answers_label.text()
    assert wardens.explanation_label.isVisible()
    assert EXPLANATION in wardens.explanation_label.text()
    assert wardens.quote_label.isVisible() and wardens.source_button is not None


def test_all_attempts_used_leave_nothing_to_start(
    window: MainWindow, qtbot: QtBot, db: Database, clock: FakeClock, key: trainer.TrainerKey
) -> None:
    terms = replace(TERMS, attempts_allowed=1, show_answers=ShowAnswers.NEVER)
    exams.save_exam(db, key, SET_ID, terms, clock=clock)
    add_trainee(window, qtbot, "Ola")
    page = window.trainee_area.start_page
    click(qtbot, page.exam_card.start_button)
    take_exam(window, qtbot, wrong={"wardens", "assembly", "co2"})

    results = window.trainee_area.results_page
    assert results.passed_label.text() == "Not passed"
    assert "not shown: your trainer keeps them" in results.answers_note.text()
    assert all("Right answer" not in c.feedback.answers_label.text() for c in results.cards)

    click(qtbot, results.done_button)
    assert page.history_model.data(page.history_model.index(0, 4)) == "40 % · not passed"
    card = page.exam_card
    assert card.values["Attempts"].text() == "1 of 1 used"
    assert card.blocked_label.isVisible()
    assert card.blocked_label.text() == (
        "You have used all 1 attempt at this exam. Ask your trainer if you need another."
    )
    assert not card.start_button.isVisible() and not card.practice_button.isVisible()
    assert card.practice_label.text() == "Your trainer has closed practice on this set."
    page.sets_view.setFocus()
    qtbot.keyClick(page.sets_view, Qt.Key.Key_Return)  # Enter on the set starts nothing
    settle(qtbot)
    assert window.trainee_area.currentWidget() is page
    assert len(attempts.list_attempts(db)) == 1


def test_practice_is_offered_only_while_the_trainer_keeps_it_open(
    window: MainWindow, qtbot: QtBot, db: Database, clock: FakeClock, key: trainer.TrainerKey
) -> None:
    other = replace(sample_set(), id="free-set", title="A set without an exam")
    question_sets.import_result(db, ReadResult(other, "native"), file="free-set.yaml")
    exams.save_exam(db, key, SET_ID, replace(TERMS, practice_open=True), clock=clock)
    add_trainee(window, qtbot, "Ola")
    page = window.trainee_area.start_page
    titles = [row.title for row in page.sets_model.rows]
    page.sets_view.select_row(titles.index("A set without an exam"))
    assert page.cards.currentWidget() is page.settings_panel and page.count_box.isVisible()
    page.count_box.setValue(3)

    page.sets_view.select_row(titles.index("Fire drill briefing"))
    card = page.exam_card
    assert page.cards.currentWidget() is card
    assert card.practice_label.text().startswith("Practice: 3 questions, untimed")
    click(qtbot, card.practice_button)
    attempt = window.trainee_area.quiz_page.attempt
    assert attempt is not None and attempt.session.mode is Mode.PRACTICE
    assert len(attempt.session.items) == 3 and attempt.exam is None
    window.trainee_area.leave_quiz()
    settle(qtbot)

    # The trainer closes practice while the page is on screen: its next look follows.
    exams.save_exam(db, key, SET_ID, TERMS, clock=clock)
    page.refresh()
    settle(qtbot)
    assert not card.practice_button.isVisible()
    assert card.practice_label.text() == "Your trainer has closed practice on this set."


def test_a_seat_is_refused_another_trainees_attempt(
    window: MainWindow, qtbot: QtBot, db: Database, clock: FakeClock
) -> None:
    ann = trainees.add_trainee(db, "Ann")
    hers = attempts.start_attempt(
        db,
        ann.uuid,
        SET_ID,
        QuizSettings(count=2),
        attempt_uuid=str(uuid.uuid4()),
        clock=clock,
    )
    add_trainee(window, qtbot, "Bob")
    refused: list[Exception] = []
    for call in (
        lambda s: s.load_attempt(hers.uuid),
        lambda s: s.answer(hers.uuid, 0, 0),
        lambda s: s.submit(hers.uuid),
        lambda s: s.abandon(hers.uuid),
    ):
        window.backend.call(call, lambda _: None, refused.append)
        settle(qtbot)
    assert len(refused) == 4 and all(isinstance(e, NotYours) for e in refused), refused
    assert "another trainee" in str(refused[0])
    stored = attempts.load_attempt(db, hers.uuid, clock=clock)
    assert stored.session.state is AttemptState.IN_PROGRESS and not stored.session.items[0].answered


def test_an_unfinished_exam_blocks_its_set_until_resumed(
    window: MainWindow, qtbot: QtBot, db: Database, clock: FakeClock, key: trainer.TrainerKey
) -> None:
    """Issue 15's rule holds for a trainer's exam too: one unfinished exam per set."""
    exams.save_exam(db, key, SET_ID, replace(TERMS, practice_open=True), clock=clock)
    add_trainee(window, qtbot, "Ola")
    page = window.trainee_area.start_page
    click(qtbot, page.exam_card.start_button)
    running = window.trainee_area.quiz_page.attempt
    assert running is not None
    window.trainee_area.leave_quiz()
    settle(qtbot)
    assert window.trainee_area.currentWidget() is page and page.resume_panel.isVisible()
    card = page.exam_card
    assert card.blocked_label.text().startswith("Your exam on this set is not finished")
    assert not card.start_button.isVisible() and not card.practice_button.isVisible()
    assert card.values["Attempts"].text() == "1 of 2 used"
    click(qtbot, page.resume_button)
    assert window.trainee_area.quiz_page.attempt is not None
    assert window.trainee_area.quiz_page.attempt.uuid == running.uuid
    window.trainee_area.leave_quiz()  # nothing left writing when the window closes
    settle(qtbot)
