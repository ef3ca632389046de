"""Taking a quiz: start, answer, flag, move, check, submit, resume; each call one transaction.

Every change is written the moment it is made, so a killed process loses nothing that was
acknowledged. Each change reads the attempt locked, in the transaction that writes it, and
asks the domain session whether the change is allowed (the deadline is checked against the
clock every time): another window or seat answering while a submit runs waits for it and is
then refused, and an attempt whose time ran out while the app was closed is submitted the
next time anyone looks.

A retry never doubles: a new attempt carries the UUID its caller made, and a move the UUID of
the move, so a call repeated after a reply was lost (committed, then the connection dropped)
finds the first one's work instead of doing it again.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from quizapp.domain.exams import Exam, choose_by_section
from quizapp.domain.grading import Response
from quizapp.domain.questions import SourceDocument
from quizapp.domain.review import withhold_answers
from quizapp.domain.session import (
    Attempt,
    AttemptClosed,
    AttemptState,
    Clock,
    Mode,
    QuizSession,
    QuizSettings,
    choose_questions,
    settings_from_record,
    settings_record,
)
from quizapp.services.errors import (
    ExamUnfinished,
    InvalidInput,
    NotAllowed,
    NotFound,
    NotYours,
    once_more_on_conflict,
    unit_of_work,
)
from quizapp.storage import attempts as store
from quizapp.storage import exams as exam_store
from quizapp.storage import question_sets as set_store
from quizapp.storage import trainees as trainee_store
from quizapp.storage import trainer as trainer_store
from quizapp.storage.database import Database
from quizapp.storage.question_sets import grading_options

# What a support person needs to follow an attempt: ids, modes, counts. Never a name (the
# trainee is their uuid) and never an answer.
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AttemptSummary:
    """One line of a trainee's history."""

    uuid: str
    trainee_name: str
    set_title: str
    started_at: datetime
    submitted_at: datetime | None
    state: AttemptState
    score: float | None
    mode: Mode
    passed: bool | None = None  # a graded exam with a pass mark: did it pass


def start_attempt(
    db: Database,
    trainee_uuid: str,
    set_slug: str,
    settings: QuizSettings,
    *,
    attempt_uuid: str,
    clock: Clock,
    seed: int | None = None,
) -> Attempt:
    """Draw the questions of the set's newest version and store the attempt and its order.

    The trainee's own settings: refused for an exam on a set whose trainer fixed its exam
    (start_exam takes it), and for practice the trainer closed. `attempt_uuid` is made by the
    caller, once per start the trainee asked for: a start repeated after a failure that was
    in fact stored gives back the attempt it stored. Refused with ExamUnfinished while the
    trainee has an exam on the set that is still running, whichever mode is asked for now:
    a practice shows the right answers.
    """
    return _start(db, trainee_uuid, set_slug, settings, attempt_uuid, clock, seed)


def start_exam(
    db: Database,
    trainee_uuid: str,
    set_slug: str,
    *,
    attempt_uuid: str,
    clock: Clock,
    seed: int | None = None,
) -> Attempt:
    """Start the set's exam as its trainer fixed it, while the trainee has attempts left."""
    return _start(db, trainee_uuid, set_slug, None, attempt_uuid, clock, seed)


def _start(
    db: Database,
    trainee_uuid: str,
    set_slug: str,
    chosen_settings: QuizSettings | None,
    attempt_uuid: str,
    clock: Clock,
    seed: int | None,
) -> Attempt:
    """One start, free (`chosen_settings`) or the set's exam (None); one write transaction."""

    def start() -> Attempt | None:
        with unit_of_work(db, writes=True) as session:
            stored = store.attempt_owner(session, attempt_uuid)
            if stored is not None:
                if stored != (trainee_uuid, set_slug):
                    raise InvalidInput("That attempt was started for another trainee or set.")
                return None
            if not trainee_store.lock_trainee(session, trainee_uuid):
                raise NotFound("That trainee no longer exists.")
            set_row = set_store.newest_version(session, set_slug)
            if set_row is None or set_slug in trainer_store.retired_slugs(session):
                raise NotFound(f"There is no set {set_slug!r} to take (any more).")
            running = store.unfinished_exam(session, trainee_uuid, set_slug, clock.now())
            if running is not None:
                raise ExamUnfinished(*running)
            keys = set_store.question_keys(session, set_row.id)
            rng = random.Random(
                seed if seed is not None else random.SystemRandom().randrange(2**31)
            )
            found = exam_store.exam(session, set_slug)
            exam_id: int | None = None
            if chosen_settings is not None:
                settings = chosen_settings
                _check_free_start(found[1] if found else None, settings)
                order = choose_questions(len(keys), settings, rng)
            else:
                if found is None:
                    raise NotFound("This set has no exam any more: choose it again.")
                exam_id, exam = found
                used = exam_store.attempts_used(session, exam_id, trainee_uuid)
                allowed = exam.settings.attempts_allowed
                if allowed is not None and used >= allowed:
                    raise NotAllowed(
                        f"You have used all {allowed} attempt{'s' * (allowed != 1)} at this "
                        "exam. Ask your trainer if you need another."
                    )
                settings = QuizSettings(
                    count=exam.settings.question_count,
                    time_limit=exam.settings.time_limit,
                    mode=Mode.EXAM,
                )
                if exam.settings.per_section:
                    sections = exam_store.question_sections(session, set_row.id)
                    order = choose_by_section(sections, settings.count, rng)
                else:
                    order = choose_questions(len(keys), settings, rng)
            chosen_ids = [keys[i][1] for i in order]
            questions = set_store.load_questions(session, chosen_ids)
            quiz = QuizSession.start_with(
                [questions[qid] for qid in chosen_ids],
                settings,
                clock,
                rng,
                grading=grading_options(set_row.typo_tolerance, set_row.answer_matching),
            )
            recorded = settings_record(settings)
            terms = None
            if exam_id is not None and found is not None:
                exam_settings = found[1].settings
                recorded[store.EXAM_KEY] = store.exam_settings_json(
                    exam_settings.pass_mark, exam_settings.show_answers
                )
                terms = store.exam_terms(recorded, exam_id, found[1].released_at)
            store.insert_attempt(
                session,
                uuid=attempt_uuid,
                trainee_uuid=trainee_uuid,
                set_pk=set_row.id,
                quiz=quiz,
                question_ids=dict(keys),
                settings=recorded,
                exam_id=exam_id,
            )
        log.info(
            "Attempt %s started: trainee %s, set %s version %d, %s, %d questions, %s",
            attempt_uuid,
            trainee_uuid,
            set_row.slug,
            set_row.version,
            settings.mode.value,
            len(quiz.items),
            settings.time_limit or "untimed",
        )
        return Attempt(
            attempt_uuid,
            trainee_uuid,
            set_row.slug,
            set_row.version,
            set_row.title,
            set_row.document_id is not None,
            quiz,
            terms,
        )

    started = once_more_on_conflict(start)
    return started if started is not None else load_attempt(db, attempt_uuid, clock=clock)


def _check_free_start(exam: Exam | None, settings: QuizSettings) -> None:
    """A set with an exam is taken as its exam; practice only while the trainer keeps it open."""
    if exam is None:
        return
    if settings.mode is Mode.EXAM:
        raise InvalidInput("Your trainer has set the exam of this set: start the exam instead.")
    if not exam.settings.practice_open:
        raise NotAllowed("Your trainer has closed practice on this set.")


def _change(
    db: Database,
    attempt_uuid: str,
    clock: Clock,
    apply: Callable[[QuizSession], list[int]] | None,
    *,
    trainee_uuid: str | None,
    move_uuid: str | None = None,
) -> Attempt:
    """Read locked, expire if overdue, apply one change, write back what changed; one
    transaction, so what the domain decided on is what is there when its decision is written.

    If the deadline has passed, the expiry is committed and then the change is refused with
    AttemptClosed, so the trainee's saved answers are graded exactly once, as Moodle does. A
    change named by `move_uuid` that was already made is not made again. A change is made by
    `trainee_uuid` and refused (NotYours) on another trainee's attempt; only the expiry of an
    overdue attempt, which is nobody's doing, names nobody (None).
    """
    with unit_of_work(db, writes=True) as session:
        attempt = store.load_attempt(session, attempt_uuid, clock, lock=True)
        if attempt is None:
            raise NotFound("That attempt no longer exists.")
        if apply is not None and attempt.trainee_uuid != trainee_uuid:
            raise NotYours("That quiz belongs to another trainee: it was not changed.")
        quiz = attempt.session
        expired = quiz.refresh()
        if expired:
            changed = list(range(len(quiz.items)))
        elif apply is None or (move_uuid is not None and store.move_counted(session, move_uuid)):
            changed = None
        else:
            changed = apply(quiz)
            if move_uuid is not None:
                store.count_move(session, attempt_uuid, move_uuid)
        if changed is not None:
            store.save_items(session, attempt, changed)
            store.save_attempt(session, attempt)
    if expired:
        _log_closed(attempt, "expired at its deadline")
    if expired and apply is not None:
        raise AttemptClosed(quiz.state)
    return withhold_answers(attempt)


def _log_closed(attempt: Attempt, how: str) -> None:
    summary = attempt.session.summary()
    log.info(
        "Attempt %s %s: %d of %d questions answered",
        attempt.uuid,
        how,
        summary.answered,
        len(attempt.session.items),
    )


def load_attempt(db: Database, attempt_uuid: str, *, clock: Clock) -> Attempt:
    """The attempt as stored (submitted as expired first if its deadline has passed), less
    the right answers and explanations of an exam whose trainer has not shown them yet.

    Read without the write lock; only an overdue attempt is read again, locked, to expire it.
    """
    with unit_of_work(db) as session:
        attempt = store.load_attempt(session, attempt_uuid, clock)
    if attempt is None:
        raise NotFound("That attempt no longer exists.")
    if attempt.session.refresh():
        return _change(db, attempt_uuid, clock, None, trainee_uuid=None)
    return withhold_answers(attempt)


def own_attempt(db: Database, attempt_uuid: str, *, trainee_uuid: str, clock: Clock) -> Attempt:
    """`load_attempt` for the trainee it belongs to, refused (NotYours) to anyone else: a
    classmate's answers are theirs, whatever attempt UUID a seat asks for."""
    attempt = load_attempt(db, attempt_uuid, clock=clock)
    if attempt.trainee_uuid != trainee_uuid:
        raise NotYours("That quiz belongs to another trainee: it cannot be opened here.")
    return attempt


def answer(
    db: Database,
    attempt_uuid: str,
    position: int,
    response: Response,
    *,
    trainee_uuid: str,
    clock: Clock,
) -> Attempt:
    """Record a response; AttemptClosed when the attempt is over (expired by this very call if
    its deadline has passed: reload it to show the result)."""
    return _change(
        db,
        attempt_uuid,
        clock,
        lambda q: [q.answer(position, response).position],
        trainee_uuid=trainee_uuid,
    )


def set_flag(
    db: Database,
    attempt_uuid: str,
    position: int,
    flagged: bool,
    *,
    trainee_uuid: str,
    clock: Clock,
) -> Attempt:
    return _change(
        db,
        attempt_uuid,
        clock,
        lambda q: [q.set_flag(position, flagged).position],
        trainee_uuid=trainee_uuid,
    )


def go_to(
    db: Database,
    attempt_uuid: str,
    position: int,
    *,
    seconds_on_current: float,
    move_uuid: str,
    trainee_uuid: str,
    clock: Clock,
) -> Attempt:
    """Move to a question, so a resumed attempt opens where the trainee was, adding the time
    spent on the one left. `move_uuid` is made by the caller, once per move: the same move
    sent again (a retry after a lost reply) adds no time."""

    def move(quiz: QuizSession) -> list[int]:
        left = quiz.current
        quiz.go_to(position, seconds_on_current=seconds_on_current)
        return [left]

    return _change(db, attempt_uuid, clock, move, trainee_uuid=trainee_uuid, move_uuid=move_uuid)


def check(
    db: Database, attempt_uuid: str, position: int, *, trainee_uuid: str, clock: Clock
) -> Attempt:
    """Practice mode: grade one answer now and lock it."""
    return _change(
        db,
        attempt_uuid,
        clock,
        lambda q: [q.check(position).position],
        trainee_uuid=trainee_uuid,
    )


def submit(db: Database, attempt_uuid: str, *, trainee_uuid: str, clock: Clock) -> Attempt:
    def close(quiz: QuizSession) -> list[int]:
        quiz.submit()
        return list(range(len(quiz.items)))

    submitted = _change(db, attempt_uuid, clock, close, trainee_uuid=trainee_uuid)
    _log_closed(submitted, "submitted")
    return submitted


def abandon(db: Database, attempt_uuid: str, *, trainee_uuid: str, clock: Clock) -> Attempt:
    """Discard an unfinished attempt: it is kept, ungraded, and no longer offered to resume."""

    def drop(quiz: QuizSession) -> list[int]:
        quiz.abandon()
        return []

    dropped = _change(db, attempt_uuid, clock, drop, trainee_uuid=trainee_uuid)
    _log_closed(dropped, "discarded")
    return dropped


def open_attempts(db: Database, trainee_uuid: str, *, clock: Clock) -> list[Attempt]:
    """The trainee's attempts still running, newest first (overdue ones are expired first)."""
    with unit_of_work(db) as session:
        uuids = store.attempt_uuids(
            session, trainee_uuid=trainee_uuid, states=(AttemptState.IN_PROGRESS,)
        )
    attempts = [load_attempt(db, u, clock=clock) for u in uuids]
    return [a for a in attempts if a.session.state is AttemptState.IN_PROGRESS]


def expire_overdue(db: Database, *, clock: Clock) -> list[Attempt]:
    """Submit every attempt whose deadline passed while the app was closed; returns them."""
    with unit_of_work(db) as session:
        overdue = store.overdue_uuids(session, clock.now())
    return [load_attempt(db, u, clock=clock) for u in overdue]


def attempt_document(db: Database, attempt_uuid: str) -> SourceDocument | None:
    """The document the attempt's questions quote, for the reader."""
    with unit_of_work(db) as session:
        return store.attempt_document(session, attempt_uuid)


def list_attempts(db: Database, trainee_uuid: str | None = None) -> list[AttemptSummary]:
    with unit_of_work(db) as session:
        return [AttemptSummary(*row) for row in store.history(session, trainee_uuid)]


@dataclass(frozen=True)
class LastChoice:
    """What a trainee chose for their last quiz, offered again for the next one."""

    set_slug: str
    # The last quiz's count and mode, the last exam's time limit, of the quizzes they set up
    # themselves; None when every quiz so far was an exam their trainer fixed.
    settings: QuizSettings | None


def last_choice(db: Database, trainee_uuid: str) -> LastChoice | None:
    """The trainee's last set and settings; None before their first quiz."""
    with unit_of_work(db) as session:
        slug, record, exam = store.latest_choices(session, trainee_uuid)
    if slug is None:
        return None
    if record is None:
        return LastChoice(slug, None)
    chosen = settings_from_record(record)
    time_limit = settings_from_record(exam).time_limit if exam is not None else None
    return LastChoice(
        slug, QuizSettings(count=chosen.count, time_limit=time_limit, mode=chosen.mode)
    )
