"""Trainer mode below the UI: the passphrase and its waits, the key every trainer service
asks for, ownership of attempts, PINs, exams, and the trainer's work on sets and trainees."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quizapp.domain.exams import ExamSettings, ShowAnswers
from quizapp.domain.session import AttemptState, Mode, QuizSettings
from quizapp.formats import native
from quizapp.services import (
    attempts,
    exams,
    question_sets,
    set_admin,
    trainee_admin,
    trainees,
    trainer,
)
from quizapp.services.errors import (
    InvalidInput,
    NotAllowed,
    NotYours,
    SecretRequired,
    TooSoon,
    TrainerLocked,
    WrongSecret,
)
from quizapp.services.facade import Services
from quizapp.services.question_sets import import_result
from quizapp.storage.database import Database
from tests.fakes import FakeClock
from tests.sample_sets import write_sample_set

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
PASSPHRASE = "lantern-orchard-42"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def filled(database: Database, tmp_path: Path) -> Database:
    path = write_sample_set(tmp_path)
    import_result(database, native.read_file(path), file=str(path))
    return database


@pytest.fixture
def key(filled: Database, clock: FakeClock) -> trainer.TrainerKey:
    trainer.set_passphrase(filled, PASSPHRASE, clock=clock, first=True)
    return trainer.unlock(filled, PASSPHRASE, clock=clock)


def start(db: Database, trainee_uuid: str, clock: FakeClock, **settings: object):
    return attempts.start_attempt(
        db,
        trainee_uuid,
        "safety",
        QuizSettings(**settings),  # type: ignore[arg-type]
        attempt_uuid=str(uuid.uuid4()),
        clock=clock,
        seed=1,
    )


# -- the passphrase ---------------------------------------------------------------------------


def test_wrong_passphrases_wait_longer_each_time_and_the_right_one_opens(
    database: Database, clock: FakeClock
) -> None:
    assert not trainer.has_passphrase(database)
    with pytest.raises(InvalidInput, match="at least 8"):
        trainer.set_passphrase(database, "short", clock=clock, first=True)
    trainer.set_passphrase(database, PASSPHRASE, clock=clock, first=True)
    assert trainer.has_passphrase(database)
    with pytest.raises(NotAllowed, match="quizapp trainer set-passphrase"):
        trainer.set_passphrase(database, "another-passphrase", clock=clock, first=True)

    with pytest.raises(WrongSecret, match="try again in 1 second") as first:
        trainer.unlock(database, "lantern", clock=clock)
    assert first.value.wait == timedelta(seconds=1)
    # Even the right passphrase is not looked at before the wait is over.
    with pytest.raises(TooSoon, match="try again in 1 second"):
        trainer.unlock(database, PASSPHRASE, clock=clock)
    clock.advance(timedelta(seconds=1))
    with pytest.raises(WrongSecret, match="try again in 2 seconds"):
        trainer.unlock(database, "orchard", clock=clock)
    clock.advance(timedelta(seconds=1))
    with pytest.raises(TooSoon, match="try again in 1 second"):
        trainer.unlock(database, PASSPHRASE, clock=clock)
    clock.advance(timedelta(seconds=1))
    with pytest.raises(WrongSecret, match="try again in 4 seconds"):
        trainer.unlock(database, "42", clock=clock)
    clock.advance(timedelta(seconds=4))
    key = trainer.unlock(database, PASSPHRASE, clock=clock)
    set_admin.trainer_sets(database, key, clock=clock)
    # Counting starts again after the right one.
    with pytest.raises(WrongSecret, match="try again in 1 second"):
        trainer.unlock(database, "nope", clock=clock)


def test_the_command_lines_reset_replaces_the_passphrase(
    database: Database, clock: FakeClock
) -> None:
    trainer.set_passphrase(database, PASSPHRASE, clock=clock, first=True)
    trainer.set_passphrase(database, "a-new-passphrase", clock=clock, first=False)
    with pytest.raises(WrongSecret):
        trainer.unlock(database, PASSPHRASE, clock=clock)
    clock.advance(timedelta(seconds=1))
    trainer.unlock(database, "a-new-passphrase", clock=clock)


def test_trainer_services_refuse_without_an_open_key(
    filled: Database, clock: FakeClock, key: trainer.TrainerKey, tmp_path: Path
) -> None:
    ann = trainees.add_trainee(filled, "Ann")
    forged = trainer.TrainerKey("made-up")
    refused = [
        lambda k: set_admin.trainer_sets(filled, k, clock=clock),
        lambda k: set_admin.retire(filled, k, "safety", retired=True, clock=clock),
        lambda k: exams.save_exam(filled, k, "safety", ExamSettings(2), clock=clock),
        lambda k: trainee_admin.delete(filled, k, ann.uuid, clock=clock),
        lambda k: trainee_admin.set_pin(filled, k, ann.uuid, "1234", clock=clock),
        lambda k: set_admin.preview_file(filled, k, tmp_path / "safety.yaml", clock=clock),
    ]
    for call in refused:
        with pytest.raises(TrainerLocked):
            call(forged)
        with pytest.raises(TrainerLocked):
            call(None)
    assert [t.name for t in trainees.list_trainees(filled)] == ["Ann"]
    assert question_sets.list_sets(filled)[0].slug == "safety"

    clock.advance(timedelta(minutes=9))
    set_admin.trainer_sets(filled, key, clock=clock)  # a use: idle time starts again
    clock.advance(timedelta(minutes=9, seconds=59))
    set_admin.trainer_sets(filled, key, clock=clock)
    clock.advance(timedelta(minutes=10))
    with pytest.raises(TrainerLocked, match="10 minutes"):
        set_admin.trainer_sets(filled, key, clock=clock)
    with pytest.raises(TrainerLocked):  # and it stays locked
        set_admin.trainer_sets(filled, key, clock=clock)

    again = trainer.unlock(filled, PASSPHRASE, clock=clock)
    trainer.lock(again)
    with pytest.raises(TrainerLocked):
        set_admin.trainer_sets(filled, again, clock=clock)


# -- who changes an attempt -------------------------------------------------------------------


def test_a_change_to_another_trainees_attempt_is_refused(
    filled: Database, clock: FakeClock
) -> None:
    ann = trainees.add_trainee(filled, "Ann")
    bob = trainees.add_trainee(filled, "Bob")
    theirs = start(filled, ann.uuid, clock, count=4)
    changes = [
        lambda who: attempts.answer(filled, theirs.uuid, 0, None, trainee_uuid=who, clock=clock),
        lambda who: attempts.set_flag(filled, theirs.uuid, 0, True, trainee_uuid=who, clock=clock),
        lambda who: attempts.go_to(
            filled,
            theirs.uuid,
            1,
            seconds_on_current=1,
            move_uuid="m",
            trainee_uuid=who,
            clock=clock,
        ),
        lambda who: attempts.submit(filled, theirs.uuid, trainee_uuid=who, clock=clock),
        lambda who: attempts.abandon(filled, theirs.uuid, trainee_uuid=who, clock=clock),
    ]
    for change in changes:
        with pytest.raises(NotYours, match="another trainee"):
            change(bob.uuid)
    stored = attempts.load_attempt(filled, theirs.uuid, clock=clock)
    assert stored.session.state is AttemptState.IN_PROGRESS
    assert stored.session.current == 0 and not stored.session.items[0].flagged

    # Through the facade, the seat acts as whoever signed in there.
    seat = Services(filled, clock)
    with pytest.raises(NotYours, match="Pick your name"):
        seat.submit(theirs.uuid)
    seat.sign_in(bob.uuid)
    with pytest.raises(NotYours):
        seat.submit(theirs.uuid)
    with pytest.raises(NotYours):
        seat.start_attempt(ann.uuid, "safety", QuizSettings(count=1), attempt_uuid="x")
    with pytest.raises(NotYours, match="cannot be opened here"):  # nor read: her answers
        seat.load_attempt(theirs.uuid)
    with pytest.raises(NotYours):
        attempts.own_attempt(filled, theirs.uuid, trainee_uuid=bob.uuid, clock=clock)
    seat.sign_in(ann.uuid)
    assert seat.load_attempt(theirs.uuid).uuid == theirs.uuid
    assert seat.submit(theirs.uuid).session.state is AttemptState.SUBMITTED


def test_a_pin_is_asked_refused_slowed_and_accepted(
    filled: Database, clock: FakeClock, key: trainer.TrainerKey
) -> None:
    ann = trainees.add_trainee(filled, "Ann")
    assert trainees.sign_in(filled, ann.uuid, None, clock=clock) == ann
    with pytest.raises(InvalidInput, match="4 digits"):
        trainee_admin.set_pin(filled, key, ann.uuid, "12a4", clock=clock)
    trainee_admin.set_pin(filled, key, ann.uuid, "2468", clock=clock)
    with pytest.raises(SecretRequired, match="Ann has a PIN"):
        trainees.sign_in(filled, ann.uuid, None, clock=clock)
    with pytest.raises(WrongSecret, match="not Ann's PIN; try again in 1 second"):
        trainees.sign_in(filled, ann.uuid, "1111", clock=clock)
    with pytest.raises(TooSoon):
        trainees.sign_in(filled, ann.uuid, "2468", clock=clock)
    clock.advance(timedelta(seconds=1))
    with pytest.raises(WrongSecret, match="2 seconds"):
        trainees.sign_in(filled, ann.uuid, "1112", clock=clock)
    clock.advance(timedelta(seconds=2))
    assert trainees.sign_in(filled, ann.uuid, "2468", clock=clock) == ann
    trainee_admin.set_pin(filled, key, ann.uuid, None, clock=clock)
    assert trainees.sign_in(filled, ann.uuid, None, clock=clock) == ann


def test_the_passphrase_and_pins_are_never_stored_or_logged_in_clear(
    filled: Database, clock: FakeClock, key: trainer.TrainerKey, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG")
    ann = trainees.add_trainee(filled, "Ann")
    trainee_admin.set_pin(filled, key, ann.uuid, "97315", clock=clock)
    with pytest.raises(WrongSecret):
        trainer.unlock(filled, "wrong-passphrase-typed", clock=clock)
    with pytest.raises(WrongSecret):
        trainees.sign_in(filled, ann.uuid, "13579", clock=clock)
    filled.dispose()
    path = filled.sqlite_path
    assert path is not None
    stored = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    for secret in (PASSPHRASE, "wrong-passphrase-typed", "97315", "13579"):
        assert secret.encode() not in stored
        assert secret not in caplog.text
    assert b"scrypt$" in stored  # the hashes are there


# -- exams ------------------------------------------------------------------------------------


def test_an_exam_fixes_what_is_taken_says_passed_and_shows_answers_once_released(
    filled: Database, clock: FakeClock, key: trainer.TrainerKey
) -> None:
    ann = trainees.add_trainee(filled, "Ann")
    with pytest.raises(InvalidInput, match="pass mark"):
        exams.save_exam(filled, key, "safety", ExamSettings(2, pass_mark=1.5), clock=clock)
    settings = ExamSettings(
        question_count=4,
        time_limit=timedelta(minutes=15),
        pass_mark=0.5,
        attempts_allowed=2,
        practice_open=False,
        show_answers=ShowAnswers.ON_RELEASE,
    )
    exam = exams.save_exam(filled, key, "safety", settings, clock=clock)
    assert exam.settings.title == "Site safety"
    offered = question_sets.list_sets(filled, ann.uuid)[0]
    assert offered.exam == exam and offered.exam_attempts_used == 0

    with pytest.raises(InvalidInput, match="start the exam"):
        start(filled, ann.uuid, clock, count=2)
    with pytest.raises(NotAllowed, match="closed practice"):
        start(filled, ann.uuid, clock, count=2, mode=Mode.PRACTICE)

    taken = attempts.start_exam(
        filled, ann.uuid, "safety", attempt_uuid=str(uuid.uuid4()), clock=clock, seed=2
    )
    assert len(taken.session.items) == 4
    assert taken.session.deadline == T0 + timedelta(minutes=15)
    for item in taken.session.items:
        if item.question.type == "single":
            right = next(i for i, c in enumerate(item.question.choices) if c.fraction == 1)
            attempts.answer(
                filled, taken.uuid, item.position, right, trainee_uuid=ann.uuid, clock=clock
            )
    done = attempts.submit(filled, taken.uuid, trainee_uuid=ann.uuid, clock=clock)
    assert done.session.score == pytest.approx(0.5)
    assert done.passed is True and not done.answers_shown
    # Withheld by the service, not left to a window to hide: the marks and responses stay.
    for before, after in zip(taken.session.items, done.session.items, strict=True):
        question = after.question
        assert (question.key, question.prompt) == (before.question.key, before.question.prompt)
        assert [c.text for c in question.choices] == [c.text for c in before.question.choices]
        assert not any(c.fraction or c.feedback for c in question.choices)
        assert not (question.answers or question.explanation or question.quote or question.span)
    assert [i.score for i in done.session.items] == [
        i.score for i in attempts.load_attempt(filled, taken.uuid, clock=clock).session.items
    ]
    assert attempts.load_attempt(filled, taken.uuid, clock=clock).session.items == (
        done.session.items
    )

    exams.release_answers(filled, key, "safety", clock=clock)
    reviewed = attempts.load_attempt(filled, taken.uuid, clock=clock)
    assert reviewed.passed is True and reviewed.answers_shown
    assert [i.question for i in reviewed.session.items] == [i.question for i in taken.session.items]
    # Never: withheld however long after.
    exams.save_exam(
        filled, key, "safety", replace(settings, show_answers=ShowAnswers.NEVER), clock=clock
    )

    second = attempts.start_exam(filled, ann.uuid, "safety", attempt_uuid="a2", clock=clock)
    attempts.submit(filled, second.uuid, trainee_uuid=ann.uuid, clock=clock)
    never = attempts.load_attempt(filled, second.uuid, clock=clock)
    assert never.passed is False and never.exam is not None and never.exam.released
    assert not never.answers_shown and not never.session.items[0].question.explanation
    with pytest.raises(NotAllowed, match="all 2 attempts"):
        attempts.start_exam(filled, ann.uuid, "safety", attempt_uuid="a3", clock=clock)
    assert question_sets.list_sets(filled, ann.uuid)[0].exam_attempts_used == 2

    # Removing the exam leaves its results, and frees the settings.
    exams.remove_exam(filled, key, "safety", clock=clock)
    assert attempts.load_attempt(filled, taken.uuid, clock=clock).passed is True
    start(filled, ann.uuid, clock, count=2)


def test_an_exam_a_trainer_fixed_is_not_remembered_as_the_trainees_own_choice(
    filled: Database, clock: FakeClock, key: trainer.TrainerKey
) -> None:
    ann = trainees.add_trainee(filled, "Ann")
    own = start(filled, ann.uuid, clock, count=3, time_limit=timedelta(minutes=45))
    attempts.submit(filled, own.uuid, trainee_uuid=ann.uuid, clock=clock)
    exams.save_exam(
        filled, key, "safety", ExamSettings(2, time_limit=timedelta(minutes=5)), clock=clock
    )
    clock.advance(timedelta(minutes=1))
    attempts.start_exam(filled, ann.uuid, "safety", attempt_uuid="fixed", clock=clock)
    remembered = attempts.last_choice(filled, ann.uuid)
    assert remembered == attempts.LastChoice(
        "safety", QuizSettings(count=3, time_limit=timedelta(minutes=45))
    )
    bob = trainees.add_trainee(filled, "Bob")
    attempts.start_exam(filled, bob.uuid, "safety", attempt_uuid="bobs", clock=clock)
    assert attempts.last_choice(filled, bob.uuid) == attempts.LastChoice("safety", None)


def test_an_exam_per_section_draws_from_every_section(
    database: Database, clock: FakeClock, tmp_path: Path
) -> None:
    path = write_sample_set(tmp_path)
    qset = native.read_file(path).question_set
    sectioned = replace(
        qset,
        questions=tuple(
            replace(q, section="Helmets" if i < 3 else "Injuries")
            for i, q in enumerate(qset.questions)
        ),
    )
    import_result(database, question_sets.ReadResult(sectioned, "native"), file="s")
    trainer.set_passphrase(database, PASSPHRASE, clock=clock, first=True)
    key = trainer.unlock(database, PASSPHRASE, clock=clock)
    exams.save_exam(database, key, "safety", ExamSettings(1, per_section=True), clock=clock)
    ann = trainees.add_trainee(database, "Ann")
    for n in range(5):
        taken = attempts.start_exam(
            database, ann.uuid, "safety", attempt_uuid=f"s{n}", clock=clock, seed=n
        )
        assert sorted(i.question.section for i in taken.session.items) == ["Helmets", "Injuries"]
        attempts.submit(database, taken.uuid, trainee_uuid=ann.uuid, clock=clock)


# -- sets --------------------------------------------------------------------------------------


def test_editing_a_question_makes_a_version_and_old_attempts_keep_their_text(
    filled: Database, clock: FakeClock, key: trainer.TrainerKey
) -> None:
    ann = trainees.add_trainee(filled, "Ann")
    old = start(filled, ann.uuid, clock, count=4)
    attempts.submit(filled, old.uuid, trainee_uuid=ann.uuid, clock=clock)
    questions = set_admin.browse(filled, key, "safety", clock=clock).questions
    helmet = next(q for q in questions if q.key == "q-helmet")
    with pytest.raises(InvalidInput, match="no text"):
        set_admin.edit_question(filled, key, "safety", replace(helmet, prompt=" "), clock=clock)
    report = set_admin.edit_question(
        filled,
        key,
        "safety",
        replace(helmet, prompt="What goes on your head on site?"),
        clock=clock,
    )
    assert report.version == 2 and report.changes is not None
    assert report.changes.edited == ("q-helmet",) and not report.changes.added
    listed = set_admin.trainer_sets(filled, key, clock=clock)[0]
    assert (listed.version, listed.versions, listed.origin) == (2, 2, "edited")
    kept = attempts.load_attempt(filled, old.uuid, clock=clock)
    assert {i.question.prompt for i in kept.session.items} >= {"What do you wear on site?"}
    new = start(filled, ann.uuid, clock, count=4)
    assert "What goes on your head on site?" in {i.question.prompt for i in new.session.items}


def test_a_shipped_file_never_replaces_the_trainers_edit(
    filled: Database, clock: FakeClock, key: trainer.TrainerKey, tmp_path: Path
) -> None:
    questions = set_admin.browse(filled, key, "safety", clock=clock).questions
    set_admin.edit_question(
        filled,
        key,
        "safety",
        replace(questions[1], prompt="Where is the helmet worn?"),
        clock=clock,
    )
    regenerated = tmp_path / "safety.yaml"
    regenerated.write_text(regenerated.read_text().replace("Sandals", "Slippers"), encoding="utf-8")
    report = question_sets.import_file(filled, regenerated, origin="shipped")
    assert report.kept_trainer_version and not report.created
    assert "the trainer's own" in report.outcome_line()
    assert set_admin.trainer_sets(filled, key, clock=clock)[0].version == 2
    # The generator's save asks before it replaces a set.
    qset = set_admin.browse(filled, key, "safety", clock=clock)
    with pytest.raises(set_admin.SetExists, match="version 3"):
        set_admin.save_set(
            filled, key, qset, replace_existing=False, origin="generator", clock=clock
        )


def test_a_retired_set_is_not_offered_nor_started_and_its_scores_stay(
    filled: Database, clock: FakeClock, key: trainer.TrainerKey
) -> None:
    ann = trainees.add_trainee(filled, "Ann")
    done = start(filled, ann.uuid, clock, count=4)
    attempts.submit(filled, done.uuid, trainee_uuid=ann.uuid, clock=clock)
    set_admin.retire(filled, key, "safety", retired=True, clock=clock)
    assert question_sets.list_sets(filled, ann.uuid) == []
    assert set_admin.trainer_sets(filled, key, clock=clock)[0].retired
    with pytest.raises(Exception, match="no set 'safety' to take"):
        start(filled, ann.uuid, clock, count=4)
    assert [a.uuid for a in attempts.list_attempts(filled, ann.uuid)] == [done.uuid]
    set_admin.retire(filled, key, "safety", retired=False, clock=clock)
    assert question_sets.list_sets(filled, ann.uuid)[0].best_score == 0.0


class StopAfter:
    """Steps that ask to stop once `after` questions are written."""

    def __init__(self, after: int) -> None:
        self.after = after
        self.seen: list[int] = []

    def report(self, done: int, total: int, text: str = "") -> None:
        self.seen.append(done)

    def check(self) -> None:
        if self.seen and self.seen[-1] >= self.after:
            raise KeyboardInterrupt("stop")


def big_gift(path: Path, count: int, *, broken_at: int | None = None) -> Path:
    lines = []
    for n in range(count):
        answers = "{~wrong ~also wrong}" if n == broken_at else "{=right ~wrong}"
        lines.append(f"::q{n}:: Question number {n}? {answers}\n")
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_a_load_is_previewed_and_a_cancelled_one_writes_nothing(
    filled: Database, clock: FakeClock, key: trainer.TrainerKey, tmp_path: Path
) -> None:
    broken = set_admin.preview_file(
        filled, key, big_gift(tmp_path / "broken.gift", 5, broken_at=2), clock=clock
    )
    assert broken.report.refused and broken.loadable
    assert broken.report.problem_lines() == [str(p) for p in broken.report.errors]
    assert any(":5:" in line for line in broken.report.problem_lines())
    assert set_admin.load_preview(filled, key, broken, clock=clock).refused
    assert [s.slug for s in question_sets.list_sets(filled)] == ["safety"]
    skipped = set_admin.load_preview(filled, key, broken, skip_invalid=True, clock=clock)
    assert skipped.created and skipped.questions == 4

    big = set_admin.preview_file(filled, key, big_gift(tmp_path / "big.gift", 2000), clock=clock)
    assert big.report.by_type == {"single": 2000} and not big.exists
    steps = StopAfter(1000)
    with pytest.raises(KeyboardInterrupt):
        set_admin.load_preview(filled, key, big, clock=clock, steps=steps)
    assert steps.seen == [500, 1000]
    assert "big" not in {s.slug for s in question_sets.list_sets(filled)}


def test_a_new_version_says_what_changed(
    filled: Database, clock: FakeClock, key: trainer.TrainerKey, tmp_path: Path
) -> None:
    path = tmp_path / "safety.yaml"
    text = path.read_text()
    text = text.replace("What do you wear on site?", "What do you wear at work?")
    head, _, rest = text.partition("  - id: q-where")
    text = head + "  - id: q-new" + rest.replace("Where do you wear", "Where must you wear", 1)
    path.write_text(text, encoding="utf-8")
    preview = set_admin.preview_file(filled, key, path, clock=clock)
    assert preview.exists and preview.changes is not None
    assert preview.changes.describe() == "1 added, 1 removed, 1 edited"
    report = set_admin.load_preview(filled, key, preview, clock=clock)
    assert report.version == 2
    assert report.outcome_line().endswith("version 2 (1 added, 1 removed, 1 edited)")


# -- trainees ----------------------------------------------------------------------------------


def test_trainees_are_renamed_merged_deleted_and_read_from_a_class_list(
    filled: Database, clock: FakeClock, key: trainer.TrainerKey, tmp_path: Path
) -> None:
    ann = trainees.add_trainee(filled, "Ann")
    anne = trainees.add_trainee(filled, "Anne L.")
    for who in (ann, anne, anne):  # practices: two unfinished exams on a set are refused
        start(filled, who.uuid, clock, count=2, mode=Mode.PRACTICE)
    with pytest.raises(InvalidInput, match="merge the two"):
        trainee_admin.rename(filled, key, anne.uuid, "ann", clock=clock)
    trainee_admin.rename(filled, key, ann.uuid, "Ann Lee", clock=clock)
    assert trainee_admin.merge(filled, key, ann.uuid, anne.uuid, clock=clock) == 2
    listed = trainee_admin.overview(filled, key, clock=clock)
    assert [(t.name, t.attempts) for t in listed] == [("Ann Lee", 3)]
    assert len(attempts.list_attempts(filled, ann.uuid)) == 3

    class_list = tmp_path / "class.csv"
    class_list.write_text("name;group\nBea;A\nann lee;A\n;B\nCai;B\nbea;A\n", encoding="utf-8")
    report = trainee_admin.import_class_list(filled, key, class_list, clock=clock)
    assert report.added == ["Bea", "Cai"] and report.known == ["Ann Lee"]
    assert [(p.line, p.message) for p in report.problems] == [(4, "no name in this line")]

    assert trainee_admin.attempt_count(filled, key, ann.uuid, clock=clock) == 3
    assert trainee_admin.delete(filled, key, ann.uuid, clock=clock) == 3
    assert attempts.list_attempts(filled) == []
    assert [t.name for t in trainees.list_trainees(filled)] == ["Bea", "Cai"]
