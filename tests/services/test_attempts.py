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
from quizapp.services.errors import ExamUnfinished, InvalidInput, NotFound, StorageFailure
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


def test_one_unfinished_exam_per_trainee_and_set(filled: Database) -> None:
    """Two clocks on one set let a trainee read the questions in one exam and answer them in
    the other: the services refuse the second, whichever window or seat asks."""
    clock = FakeClock(T0)
    ann, bob = trainees.add_trainee(filled, "Ann"), trainees.add_trainee(filled, "Bob")
    first = attempts.start_attempt(
        filled, ann.uuid, "safety", TEN_MINUTES, clock=clock, attempt_uuid=str(uuid.uuid4())
    )
    for settings in (TEN_MINUTES, QuizSettings(count=2, mode=Mode.PRACTICE)):
        with pytest.raises(ExamUnfinished, match="unfinished exam on “Site safety”") as refused:
            attempts.start_attempt(
                reopen(filled),
                ann.uuid,
                "safety",
                settings,
                clock=clock,
                attempt_uuid=str(uuid.uuid4()),
            )
        assert refused.value.attempt_uuid == first.uuid
    assert [a.uuid for a in attempts.open_attempts(filled, ann.uuid, clock=clock)] == [first.uuid]
    attempts.start_attempt(
        filled, bob.uuid, "safety", TEN_MINUTES, clock=clock, attempt_uuid=str(uuid.uuid4())
    )  # his own

    # Finished: the next may start.
    attempts.submit(filled, first.uuid, trainee_uuid=ann.uuid, clock=clock)
    second = attempts.start_attempt(
        filled, ann.uuid, "safety", TEN_MINUTES, clock=clock, attempt_uuid=str(uuid.uuid4())
    )
    # Discarded: so may the next.
    attempts.abandon(filled, second.uuid, trainee_uuid=ann.uuid, clock=clock)
    third = attempts.start_attempt(
        filled, ann.uuid, "safety", TEN_MINUTES, clock=clock, attempt_uuid=str(uuid.uuid4())
    )
    clock.advance(timedelta(minutes=10))  # its time is up, though nobody has looked yet
    attempts.start_attempt(
        filled, ann.uuid, "safety", TEN_MINUTES, clock=clock, attempt_uuid=str(uuid.uuid4())
    )
    assert attempts.load_attempt(filled, third.uuid, clock=clock).session.state is (
        AttemptState.EXPIRED
    )


def test_practice_attempts_run_side_by_side_and_an_unknown_trainee_is_refused(
    filled: Database,
) -> None:
    clock = FakeClock(T0)
    ann = trainees.add_trainee(filled, "Ann")
    practice = QuizSettings(count=2, mode=Mode.PRACTICE)
    one = attempts.start_attempt(
        filled, ann.uuid, "safety", practice, clock=clock, attempt_uuid=str(uuid.uuid4())
    )
    two = attempts.start_attempt(
        filled, ann.uuid, "safety", practice, clock=clock, attempt_uuid=str(uuid.uuid4())
    )
    exam = attempts.start_attempt(
        filled, ann.uuid, "safety", TEN_MINUTES, clock=clock, attempt_uuid=str(uuid.uuid4())
    )
    assert len({one.uuid, two.uuid, exam.uuid}) == 3
    with pytest.raises(NotFound, match="trainee no longer exists"):
        attempts.start_attempt(
            filled,
            "no-such-trainee",
            "safety",
            practice,
            clock=clock,
            attempt_uuid=str(uuid.uuid4()),
        )


def test_practice_never_counts_as_the_best_score(filled: Database) -> None:
    """60 % from a practice stood as 'Best score' beside a 38 % exam."""
    clock = FakeClock(T0)
    ann = trainees.add_trainee(filled, "Ann")
    practice = QuizSettings(count=4, mode=Mode.PRACTICE)
    done = attempts.start_attempt(
        filled, ann.uuid, "safety", practice, clock=clock, attempt_uuid=str(uuid.uuid4())
    )
    for key in ("q-helmet", "q-where"):  # the first choice is the right one in both
        attempts.answer(
            filled, done.uuid, position_of(done, key), 0, trainee_uuid=ann.uuid, clock=clock
        )
    submitted = attempts.submit(filled, done.uuid, trainee_uuid=ann.uuid, clock=clock)
    assert submitted.session.score == pytest.approx(0.5)
    summary = list_sets(filled, ann.uuid)[0]
    assert summary.best_score is None and summary.last_taken == T0

    clock.advance(timedelta(hours=1))
    exam = attempts.start_attempt(
        filled, ann.uuid, "safety", TEN_MINUTES, clock=clock, attempt_uuid=str(uuid.uuid4())
    )
    helmet = position_of(exam, "q-helmet")
    attempts.answer(filled, exam.uuid, helmet, 0, trainee_uuid=ann.uuid, clock=clock)
    attempts.submit(filled, exam.uuid, trainee_uuid=ann.uuid, clock=clock)
    summary = list_sets(filled, ann.uuid)[0]
    assert summary.best_score == pytest.approx(0.25) and summary.last_taken == clock.now()
    assert [h.mode for h in attempts.list_attempts(filled, ann.uuid)] == [Mode.EXAM, Mode.PRACTICE]


def test_the_last_count_and_time_limit_are_remembered_per_trainee(filled: Database) -> None:
    clock = FakeClock(T0)
    ann, bob = trainees.add_trainee(filled, "Ann"), trainees.add_trainee(filled, "Bob")
    assert attempts.last_choice(filled, ann.uuid) is None
    exam = QuizSettings(count=3, time_limit=timedelta(minutes=45))
    attempts.abandon(
        filled,
        attempts.start_attempt(
            filled, ann.uuid, "safety", exam, clock=clock, attempt_uuid=str(uuid.uuid4())
        ).uuid,
        trainee_uuid=ann.uuid,
        clock=clock,
    )
    clock.advance(timedelta(minutes=1))
    attempts.start_attempt(
        filled,
        ann.uuid,
        "safety",
        QuizSettings(count=2, mode=Mode.PRACTICE),
        clock=clock,
        attempt_uuid=str(uuid.uuid4()),
    )
    attempts.start_attempt(
        filled, bob.uuid, "safety", TEN_MINUTES, clock=clock, attempt_uuid=str(uuid.uuid4())
    )

    remembered = attempts.last_choice(reopen(filled), ann.uuid)
    assert remembered is not None and remembered.set_slug == "safety"
    # The practice's count and mode; the time limit of the exam before it (practice has none).
    assert remembered.settings == QuizSettings(
        count=2, time_limit=timedelta(minutes=45), mode=Mode.PRACTICE
    )
    theirs = attempts.last_choice(filled, bob.uuid)
    assert theirs is not None and theirs.settings == QuizSettings(
        count=4, time_limit=timedelta(minutes=10)
    )


def test_the_log_follows_attempts_by_id_without_names_or_answers(
    filled: Database, caplog: pytest.LogCaptureFixture
) -> None:
    clock = FakeClock(T0)
    ann = trainees.add_trainee(filled, "Annabel Secret")
    caplog.set_level("INFO", logger="quizapp.services.attempts")
    started = attempts.start_attempt(
        filled, ann.uuid, "safety", TEN_MINUTES, clock=clock, attempt_uuid=str(uuid.uuid4())
    )
    attempts.answer(
        filled,
        started.uuid,
        position_of(started, "q-count"),
        "seventeen",
        trainee_uuid=ann.uuid,
        clock=clock,
    )
    attempts.submit(filled, started.uuid, trainee_uuid=ann.uuid, clock=clock)
    other = attempts.start_attempt(
        filled, ann.uuid, "safety", TEN_MINUTES, clock=clock, attempt_uuid=str(uuid.uuid4())
    )
    clock.advance(timedelta(minutes=11))
    attempts.load_attempt(filled, other.uuid, clock=clock)
    lines = [record.getMessage() for record in caplog.records]
    assert lines == [
        f"Attempt {started.uuid} started: trainee {ann.uuid}, set safety version 1, exam, "
        "4 questions, 0:10:00",
        f"Attempt {started.uuid} submitted: 1 of 4 questions answered",
        f"Attempt {other.uuid} started: trainee {ann.uuid}, set safety version 1, exam, "
        "4 questions, 0:10:00",
        f"Attempt {other.uuid} expired at its deadline: 0 of 4 questions answered",
    ]
    assert not any("Annabel" in line or "seventeen" in line for line in lines)
