"""Attempts through the services: every change is in the database the moment it returns."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event

from quizapp.domain.session import AttemptClosed, AttemptState, Mode, QuizSettings
from quizapp.formats import native
from quizapp.services import attempts, trainees
from quizapp.services.errors import InvalidInput, NotFound, StorageFailure
from quizapp.services.question_sets import import_result, list_sets
from quizapp.storage.database import Database
from tests.fakes import FakeClock
from tests.sample_sets import write_sample_set

T0 = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
TEN_MINUTES = QuizSettings(count=4, time_limit=timedelta(minutes=10))


@pytest.fixture
def filled(database: Database, tmp_path: Path) -> Database:
    path = write_sample_set(tmp_path)
    import_result(database, native.read_file(path), file=str(path))
    return database


def reopen(db: Database) -> Database:
    """A second engine on the same file: what a restarted app would see."""
    return Database(db.url.render_as_string(hide_password=False))


def position_of(attempt, key: str) -> int:
    return next(i.position for i in attempt.session.items if i.question.key == key)


def test_trainee_names_are_trimmed_unique_and_bounded(database: Database) -> None:
    ann = trainees.add_trainee(database, "  Ann   Lee ")
    assert ann.name == "Ann Lee"
    with pytest.raises(InvalidInput, match="already a trainee called 'Ann Lee'"):
        trainees.add_trainee(database, "ann lee")
    with pytest.raises(InvalidInput, match="type a name"):
        trainees.add_trainee(database, "   ")
    with pytest.raises(InvalidInput, match="at most 60"):
        trainees.add_trainee(database, "x" * 61)
    trainees.add_trainee(database, "bob")
    assert [t.name for t in trainees.list_trainees(database)] == ["Ann Lee", "bob"]


def test_every_change_is_saved_and_survives_a_restart(filled: Database) -> None:
    clock = FakeClock(T0)
    ann = trainees.add_trainee(filled, "Ann")
    started = attempts.start_attempt(
        filled, ann.uuid, "safety", TEN_MINUTES, attempt_uuid=str(uuid.uuid4()), clock=clock, seed=3
    )
    helmet, count = position_of(started, "q-helmet"), position_of(started, "q-count")
    attempts.answer(filled, started.uuid, helmet, 0, trainee_uuid=started.trainee_uuid, clock=clock)
    attempts.answer(
        filled, started.uuid, count, "Six", trainee_uuid=started.trainee_uuid, clock=clock
    )
    attempts.set_flag(
        filled, started.uuid, count, True, trainee_uuid=started.trainee_uuid, clock=clock
    )
    attempts.go_to(
        filled,
        started.uuid,
        count,
        seconds_on_current=12.5,
        move_uuid="m1",
        trainee_uuid=started.trainee_uuid,
        clock=clock,
    )

    restarted = reopen(filled)
    resumed = attempts.open_attempts(restarted, ann.uuid, clock=clock)
    assert [a.uuid for a in resumed] == [started.uuid]
    quiz = resumed[0].session
    assert quiz.current == count and quiz.deadline == T0 + timedelta(minutes=10)
    assert [i.question.key for i in quiz.items] == [i.question.key for i in started.session.items]
    assert [i.choice_order for i in quiz.items] == [i.choice_order for i in started.session.items]
    assert quiz.items[helmet].response == 0 and quiz.items[count].response == "Six"
    assert quiz.items[count].flagged and quiz.items[0].seconds_spent == 12.5
    assert resumed[0].has_source


def test_submit_scores_and_lists_history(filled: Database) -> None:
    clock = FakeClock(T0)
    ann = trainees.add_trainee(filled, "Ann")
    started = attempts.start_attempt(
        filled, ann.uuid, "safety", TEN_MINUTES, attempt_uuid=str(uuid.uuid4()), clock=clock, seed=1
    )
    attempts.answer(
        filled,
        started.uuid,
        position_of(started, "q-helmet"),
        0,
        trainee_uuid=started.trainee_uuid,
        clock=clock,
    )
    attempts.answer(
        filled,
        started.uuid,
        position_of(started, "q-which"),
        frozenset({0, 2}),
        trainee_uuid=started.trainee_uuid,
        clock=clock,
    )
    clock.advance(timedelta(minutes=3))
    done = attempts.submit(filled, started.uuid, trainee_uuid=started.trainee_uuid, clock=clock)
    assert done.session.state is AttemptState.SUBMITTED
    assert done.session.points == pytest.approx(1.0)  # 1 + (0.5 - 0.5)
    assert done.session.score == pytest.approx(0.25)
    history = attempts.list_attempts(filled, ann.uuid)
    assert [(h.state, h.score, h.set_title) for h in history] == [
        (AttemptState.SUBMITTED, pytest.approx(0.25), "Site safety")
    ]
    summary = list_sets(filled, ann.uuid)[0]
    assert summary.best_score == pytest.approx(0.25) and summary.last_taken == T0
    with pytest.raises(AttemptClosed):
        attempts.answer(
            filled, started.uuid, 0, None, trainee_uuid=started.trainee_uuid, clock=clock
        )


def test_deadline_passed_while_closed_is_submitted_with_saved_answers(filled: Database) -> None:
    clock = FakeClock(T0)
    ann = trainees.add_trainee(filled, "Ann")
    started = attempts.start_attempt(
        filled, ann.uuid, "safety", TEN_MINUTES, attempt_uuid=str(uuid.uuid4()), clock=clock, seed=2
    )
    attempts.answer(
        filled,
        started.uuid,
        position_of(started, "q-count"),
        "6",
        trainee_uuid=started.trainee_uuid,
        clock=clock,
    )
    clock.advance(timedelta(hours=1))
    expired = attempts.expire_overdue(reopen(filled), clock=clock)
    assert [a.uuid for a in expired] == [started.uuid]
    quiz = expired[0].session
    assert quiz.state is AttemptState.EXPIRED and quiz.submitted_at == T0 + timedelta(minutes=10)
    assert quiz.points == 1.0
    assert attempts.expire_overdue(filled, clock=clock) == []
    assert attempts.open_attempts(filled, ann.uuid, clock=clock) == []


def test_an_answer_after_the_deadline_expires_the_attempt_and_is_refused(filled: Database) -> None:
    clock = FakeClock(T0)
    ann = trainees.add_trainee(filled, "Ann")
    started = attempts.start_attempt(
        filled, ann.uuid, "safety", TEN_MINUTES, attempt_uuid=str(uuid.uuid4()), clock=clock, seed=2
    )
    clock.advance(timedelta(minutes=11))
    with pytest.raises(AttemptClosed):
        attempts.answer(filled, started.uuid, 0, 0, trainee_uuid=started.trainee_uuid, clock=clock)
    stored = attempts.load_attempt(filled, started.uuid, clock=clock)
    assert stored.session.state is AttemptState.EXPIRED
    assert stored.session.items[0].response is None


def test_practice_check_is_saved(filled: Database) -> None:
    clock = FakeClock(T0)
    ann = trainees.add_trainee(filled, "Ann")
    practice = QuizSettings(count=4, mode=Mode.PRACTICE)
    started = attempts.start_attempt(
        filled, ann.uuid, "safety", practice, attempt_uuid=str(uuid.uuid4()), clock=clock, seed=5
    )
    count = position_of(started, "q-count")
    attempts.answer(
        filled, started.uuid, count, "seven", trainee_uuid=started.trainee_uuid, clock=clock
    )
    attempts.check(filled, started.uuid, count, trainee_uuid=started.trainee_uuid, clock=clock)
    item = attempts.load_attempt(reopen(filled), started.uuid, clock=clock).session.items[count]
    assert item.checked and item.score == 0.0


def test_a_read_only_database_fails_loudly_and_keeps_the_old_answer(filled: Database) -> None:
    clock = FakeClock(T0)
    ann = trainees.add_trainee(filled, "Ann")
    started = attempts.start_attempt(
        filled, ann.uuid, "safety", TEN_MINUTES, attempt_uuid=str(uuid.uuid4()), clock=clock, seed=4
    )
    attempts.answer(filled, started.uuid, 0, None, trainee_uuid=started.trainee_uuid, clock=clock)
    # Root ignores file permissions, so the failure is injected: every new connection is
    # made read-only, as a file on a full or read-only disk would be.
    event.listen(filled.engine, "connect", lambda conn, _: conn.execute("PRAGMA query_only=ON"))
    filled.engine.pool.dispose()
    assert (
        attempts.load_attempt(filled, started.uuid, clock=clock).session.items[0].response is None
    )
    with pytest.raises(StorageFailure, match="failed: attempt to write a readonly database"):
        attempts.answer(
            filled,
            started.uuid,
            position_of(started, "q-count"),
            "six",
            trainee_uuid=started.trainee_uuid,
            clock=clock,
        )
    stored = attempts.load_attempt(reopen(filled), started.uuid, clock=clock)
    assert stored.session.items[position_of(started, "q-count")].response is None


def test_unknown_attempt_and_set(filled: Database) -> None:
    clock = FakeClock(T0)
    ann = trainees.add_trainee(filled, "Ann")
    with pytest.raises(NotFound):
        attempts.load_attempt(filled, "no-such-uuid", clock=clock)
    with pytest.raises(NotFound, match="no set 'nope'"):
        attempts.start_attempt(
            filled, ann.uuid, "nope", TEN_MINUTES, attempt_uuid=str(uuid.uuid4()), clock=clock
        )


def test_an_abandoned_attempt_is_no_longer_offered_and_not_scored(filled: Database) -> None:
    clock = FakeClock(T0)
    ann = trainees.add_trainee(filled, "Ann")
    started = attempts.start_attempt(
        filled, ann.uuid, "safety", TEN_MINUTES, attempt_uuid=str(uuid.uuid4()), clock=clock, seed=2
    )
    attempts.answer(
        filled,
        started.uuid,
        position_of(started, "q-count"),
        "6",
        trainee_uuid=started.trainee_uuid,
        clock=clock,
    )
    dropped = attempts.abandon(filled, started.uuid, trainee_uuid=started.trainee_uuid, clock=clock)
    assert dropped.session.state is AttemptState.ABANDONED and dropped.session.score is None
    assert attempts.open_attempts(filled, ann.uuid, clock=clock) == []
    assert list_sets(filled, ann.uuid)[0].best_score is None
    with pytest.raises(AttemptClosed):
        attempts.answer(filled, started.uuid, 0, 0, trainee_uuid=started.trainee_uuid, clock=clock)


def test_names_are_unique_whatever_their_alphabet_and_case(database: Database) -> None:
    trainees.add_trainee(database, "Иван")
    with pytest.raises(InvalidInput, match="already a trainee called 'Иван'"):
        trainees.add_trainee(database, "иван")
    trainees.add_trainee(database, "Ärzte")
    trainees.add_trainee(database, "anna")
    assert [t.name for t in trainees.list_trainees(database)] == ["anna", "Ärzte", "Иван"]


@pytest.mark.parametrize(("matching", "points"), [("lenient", 1.0), ("strict", 0.0)])
def test_a_sets_answer_matching_is_stored_and_grades_its_attempts(
    database: Database, tmp_path: Path, matching: str, points: float
) -> None:
    """The stored set, not the file, grades: "6 people" for "six" is right unless the
    trainer's file asked for Moodle's strict comparison."""
    path = write_sample_set(tmp_path)
    body = path.read_text(encoding="utf-8")
    path.write_text(body.replace("source:", f"grading: {{matching: {matching}}}\nsource:"))
    import_result(database, native.read_file(path), file=str(path))
    clock = FakeClock(T0)
    ann = trainees.add_trainee(database, "Ann")
    everything = QuizSettings(count=4, time_limit=None)
    started = attempts.start_attempt(
        database, ann.uuid, "safety", everything, attempt_uuid=str(uuid.uuid4()), clock=clock
    )
    attempts.answer(
        database,
        started.uuid,
        position_of(started, "q-count"),
        "6 people",
        trainee_uuid=started.trainee_uuid,
        clock=clock,
    )
    done = attempts.submit(
        reopen(database), started.uuid, trainee_uuid=started.trainee_uuid, clock=clock
    )
    assert done.session.points == pytest.approx(points)
