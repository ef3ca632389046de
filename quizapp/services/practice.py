"""Practice my weak questions: a practice session drawn from the questions a trainee last got
wrong or has never been asked, in the order their spaced-repetition schedule gives, and the
schedule moved on by the session's answers (domain/practice.py says how).

The session is an ordinary practice attempt (each answer checked and explained at once), so
the quiz pages take it as they take any other; its settings say it was drawn this way.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import datetime

from quizapp.domain.practice import choose_weak, next_due, review
from quizapp.domain.session import (
    Attempt,
    Clock,
    Mode,
    QuizSession,
    QuizSettings,
    settings_record,
)
from quizapp.services.attempts import load_attempt
from quizapp.services.errors import (
    ExamUnfinished,
    InvalidInput,
    NotFound,
    ServiceError,
    once_more_on_conflict,
    unit_of_work,
)
from quizapp.storage import attempts as attempt_store
from quizapp.storage import practice as store
from quizapp.storage import question_sets as set_store
from quizapp.storage import trainees as trainee_store
from quizapp.storage.database import Database

# Recorded in the attempt's settings: this practice was drawn from the trainee's weak questions.
WEAK_QUESTIONS = "weak_questions"


class NothingToPractise(ServiceError):
    """Every question of the set was last answered right and none is due yet."""

    def __init__(self, set_title: str, due: datetime | None) -> None:
        self.due = due
        when = f" The next one is due {due:%d %b %Y at %H:%M} (UTC)." if due else ""
        super().__init__(f"Nothing in '{set_title}' needs practice now.{when}")


@dataclass(frozen=True)
class Outlook:
    """What a weak-question practice of the set would draw now, for the page that offers it."""

    due: int  # scheduled questions whose time has come
    wrong: int  # last answered wrong, not scheduled yet
    unseen: int  # never asked
    next_due: datetime | None  # the first scheduled question still waiting


def outlook(db: Database, trainee_uuid: str, set_slug: str, *, clock: Clock) -> Outlook:
    now = clock.now()
    with unit_of_work(db) as session:
        set_row = set_store.newest_version(session, set_slug)
        if set_row is None:
            raise NotFound(f"There is no set {set_slug!r}.")
        candidates = store.candidates(session, trainee_uuid, set_row.id, set_slug)
    return Outlook(
        due=sum(1 for c in candidates if c.card and c.card.due <= now),
        wrong=sum(1 for c in candidates if c.card is None and c.wrong_last),
        unseen=sum(1 for c in candidates if c.card is None and c.unseen),
        next_due=next_due(candidates, now),
    )


def start_weak_practice(
    db: Database,
    trainee_uuid: str,
    set_slug: str,
    *,
    count: int = 10,
    clock: Clock,
    attempt_uuid: str | None = None,
    seed: int | None = None,
) -> Attempt:
    """Start a practice attempt on up to `count` of the trainee's weak questions of the set's
    newest version, most urgent first; NothingToPractise when none is.

    `attempt_uuid`, made by the caller once per start asked for, makes a retried start
    give back the attempt the first one stored. Refused with ExamUnfinished, as any
    practice is, while the trainee's exam on the set runs: a practice shows right answers.
    """
    new_uuid = attempt_uuid or str(uuid.uuid4())
    now = clock.now()

    def start() -> bool:
        """Store the attempt; False when a first try of this start already stored it."""
        with unit_of_work(db, writes=True) as session:
            stored = attempt_store.attempt_owner(session, new_uuid)
            if stored is not None:
                if stored != (trainee_uuid, set_slug):
                    raise InvalidInput("That attempt was started for another trainee or set.")
                return False
            if not trainee_store.lock_trainee(session, trainee_uuid):
                raise NotFound("That trainee no longer exists.")
            set_row = set_store.newest_version(session, set_slug)
            if set_row is None:
                raise NotFound(f"There is no set {set_slug!r}.")
            running = attempt_store.unfinished_exam(session, trainee_uuid, set_slug, now)
            if running is not None:
                raise ExamUnfinished(*running)
            candidates = store.candidates(session, trainee_uuid, set_row.id, set_slug)
            rng = random.Random(
                seed if seed is not None else random.SystemRandom().randrange(2**31)
            )
            keys = choose_weak(candidates, now, count, rng)
            if not keys:
                raise NothingToPractise(set_row.title, next_due(candidates, now))
            ids = dict(set_store.question_keys(session, set_row.id))
            questions = set_store.load_questions(session, [ids[key] for key in keys])
            settings = QuizSettings(count=len(keys), mode=Mode.PRACTICE, shuffle_questions=False)
            quiz = QuizSession.start_with(
                [questions[ids[key]] for key in keys],
                settings,
                clock,
                rng,
                grading=set_store.grading_options(set_row.typo_tolerance, set_row.answer_matching),
            )
            recorded = {**settings_record(settings), WEAK_QUESTIONS: True}
            attempt_store.insert_attempt(
                session,
                uuid=new_uuid,
                trainee_uuid=trainee_uuid,
                set_pk=set_row.id,
                quiz=quiz,
                question_ids=ids,
                settings=recorded,
            )
            return True

    once_more_on_conflict(start)
    return load_attempt(db, new_uuid, clock=clock)


def update_schedule(db: Database, attempt_uuid: str, *, clock: Clock) -> int:
    """Move each graded answer's question on in the trainee's schedule; returns how many moved.

    Call it as answers are checked or when the session ends: an answer already recorded for
    this attempt is not recorded again, so calling twice changes nothing.
    """
    now = clock.now()
    with unit_of_work(db, writes=True) as session:
        found = store.graded_answers(session, attempt_uuid)
        if found is None:
            raise NotFound("That attempt no longer exists.")
        trainee_uuid, set_slug, answers = found
        cards = store.cards(session, trainee_uuid, set_slug)
        moved = 0
        for key, score in answers:
            card, last_attempt = cards.get(key, (None, None))
            if last_attempt == attempt_uuid:
                continue
            store.save_card(
                session, trainee_uuid, set_slug, key, review(card, score, now), attempt_uuid
            )
            moved += 1
    return moved
