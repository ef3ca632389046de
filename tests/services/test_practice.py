"""Practice of weak questions: drawn from wrong and unseen questions, scheduled by FSRS, the
schedule moved by the session's answers; a fake clock stands in for the days between."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path

import pytest

from quizapp.domain.session import Attempt, Mode, QuizSettings
from quizapp.services import attempts, practice, trainees
from quizapp.services.errors import ExamUnfinished, NotFound
from quizapp.services.practice import NothingToPractise
from quizapp.storage import practice as card_store
from quizapp.storage.database import Database
from tests.fakes import FakeClock
from tests.score_data import RIGHT, WRONG, at, import_topics_set


@pytest.fixture
def gear(database: Database, tmp_path: Path) -> Database:
    import_topics_set(database, tmp_path)
    return database


def answer_all(db: Database, clock: FakeClock, attempt: Attempt, answers: dict) -> None:
    """Answer and check each question in turn, as practice mode does."""
    for item in attempt.session.items:
        key = item.question.key
        if key in answers:
            attempts.answer(
                db,
                attempt.uuid,
                item.position,
                answers[key],
                trainee_uuid=attempt.trainee_uuid,
                clock=clock,
            )
        attempts.check(
            db, attempt.uuid, item.position, trainee_uuid=attempt.trainee_uuid, clock=clock
        )
    attempts.submit(db, attempt.uuid, trainee_uuid=attempt.trainee_uuid, clock=clock)


def keys_of(attempt: Attempt) -> list[str]:
    return [item.question.key for item in attempt.session.items]


def due_of(db: Database, trainee_uuid: str) -> dict:
    with db.transaction() as session:
        return {
            key: card.due
            for key, (card, _) in card_store.cards(session, trainee_uuid, "gear").items()
        }


def test_a_weak_practice_session_is_drawn_scheduled_and_moves_the_schedule(gear: Database) -> None:
    clock = FakeClock(at(1))
    ann = trainees.add_trainee(gear, "Ann")
    # An exam of the first three questions: the helmet right, boots wrong, the kit half right.
    exam = attempts.start_attempt(
        gear,
        ann.uuid,
        "gear",
        QuizSettings(count=3, shuffle_questions=False),
        attempt_uuid=str(uuid.uuid4()),
        clock=clock,
        seed=1,
    )
    for item in exam.session.items:
        key = item.question.key
        response = RIGHT[key] if key == "g-helmet" else WRONG[key]
        attempts.answer(
            gear, exam.uuid, item.position, response, trainee_uuid=exam.trainee_uuid, clock=clock
        )
    attempts.submit(gear, exam.uuid, trainee_uuid=exam.trainee_uuid, clock=clock)
    assert practice.outlook(gear, ann.uuid, "gear", clock=clock) == practice.Outlook(0, 2, 2, None)

    session = practice.start_weak_practice(gear, ann.uuid, "gear", clock=clock, seed=3)
    assert session.session.mode is Mode.PRACTICE and session.session.deadline is None
    drawn = keys_of(session)
    assert set(drawn[:2]) == {"g-boots", "g-kit"}  # last answered wrong, first
    assert set(drawn[2:]) == {"n-hurt", "n-days"}  # never asked, after them
    # Everything right but the number of people hurt.
    answer_all(gear, clock, session, {**RIGHT, "n-hurt": "five"})
    assert practice.update_schedule(gear, session.uuid, clock=clock) == 4
    assert practice.update_schedule(gear, session.uuid, clock=clock) == 0, "recorded once"
    due = due_of(gear, ann.uuid)
    assert due["n-hurt"] == at(1) + timedelta(minutes=1)  # wrong: back within a minute
    assert due["g-boots"] == at(1) + timedelta(minutes=10)  # right once: a learning step on

    with pytest.raises(NothingToPractise, match="Nothing in 'Site gear' needs practice") as nothing:
        practice.start_weak_practice(gear, ann.uuid, "gear", clock=clock)
    assert nothing.value.due == at(1) + timedelta(minutes=1)

    clock.advance(timedelta(minutes=2))
    again = practice.start_weak_practice(gear, ann.uuid, "gear", clock=clock)
    assert keys_of(again) == ["n-hurt"]
    answer_all(gear, clock, again, RIGHT)
    practice.update_schedule(gear, again.uuid, clock=clock)

    clock.advance(timedelta(minutes=15))
    third = practice.start_weak_practice(gear, ann.uuid, "gear", clock=clock)
    assert sorted(keys_of(third)) == ["g-boots", "g-kit", "n-days", "n-hurt"]
    answer_all(gear, clock, third, RIGHT)
    assert practice.update_schedule(gear, third.uuid, clock=clock) == 4
    # Right twice: they graduate, and come back only after days.
    assert all(d >= clock.now() + timedelta(days=1) for d in due_of(gear, ann.uuid).values())
    look = practice.outlook(gear, ann.uuid, "gear", clock=clock)
    assert (look.due, look.wrong, look.unseen) == (0, 0, 0)
    assert look.next_due == min(due_of(gear, ann.uuid).values())

    clock.advance(timedelta(days=60))  # long after: all of them due again, longest overdue first
    fourth = practice.start_weak_practice(gear, ann.uuid, "gear", count=2, clock=clock)
    assert len(keys_of(fourth)) == 2
    answer_all(gear, clock, fourth, WRONG)  # forgotten: relearnt within minutes
    practice.update_schedule(gear, fourth.uuid, clock=clock)
    for key in keys_of(fourth):
        assert due_of(gear, ann.uuid)[key] == clock.now() + timedelta(minutes=10)


def test_a_retried_start_gives_back_the_first_and_unknowns_are_refused(gear: Database) -> None:
    clock = FakeClock(at(1))
    ann = trainees.add_trainee(gear, "Ann")
    first = practice.start_weak_practice(gear, ann.uuid, "gear", clock=clock, attempt_uuid="a-1")
    again = practice.start_weak_practice(gear, ann.uuid, "gear", clock=clock, attempt_uuid="a-1")
    assert again.uuid == first.uuid == "a-1" and keys_of(again) == keys_of(first)
    assert len(keys_of(first)) == 5  # all unseen
    with pytest.raises(NotFound, match="no set 'nope'"):
        practice.start_weak_practice(gear, ann.uuid, "nope", clock=clock)
    with pytest.raises(NotFound, match="no longer exists"):
        practice.update_schedule(gear, "no-such-attempt", clock=clock)


def test_weak_practice_waits_while_an_exam_on_the_set_runs(gear: Database) -> None:
    """Practice shows right answers: not while the same set's exam is still open."""
    clock = FakeClock(at(1))
    ann = trainees.add_trainee(gear, "Ann")
    exam = attempts.start_attempt(
        gear,
        ann.uuid,
        "gear",
        QuizSettings(count=3, time_limit=timedelta(minutes=10)),
        attempt_uuid=str(uuid.uuid4()),
        clock=clock,
    )
    with pytest.raises(ExamUnfinished):
        practice.start_weak_practice(gear, ann.uuid, "gear", clock=clock)
    attempts.submit(gear, exam.uuid, trainee_uuid=ann.uuid, clock=clock)
    started = practice.start_weak_practice(gear, ann.uuid, "gear", clock=clock)
    assert started.session.mode is Mode.PRACTICE
