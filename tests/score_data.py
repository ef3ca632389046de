"""Attempts with known answers, taken through the services, for the score-review tests."""

from __future__ import annotations

import random
import uuid
from collections.abc import Mapping
from datetime import datetime, timedelta
from pathlib import Path

from quizapp.domain.grading import Response
from quizapp.domain.session import Attempt, Mode, QuizSettings
from quizapp.domain.trainees import Trainee
from quizapp.formats import native
from quizapp.services import attempts, trainees
from quizapp.services.question_sets import import_result
from quizapp.storage.database import Database
from tests.fakes import FakeClock

# Five questions in two sections; the right answers are RIGHT, a wrong one WRONG.
TOPICS_SET = """\
format: quizapp-set/1
id: gear
title: Site gear
questions:
  - id: g-helmet
    type: single
    section: Gear
    tags: [head, ppe]
    prompt: What do you wear on your head?
    choices:
      - {text: A helmet, correct: true}
      - {text: A cap}
      - {text: Nothing}
  - id: g-boots
    type: single
    section: Gear
    tags: [ppe]
    prompt: What do you wear on your feet?
    choices:
      - {text: Boots, correct: true}
      - {text: Sandals}
  - id: g-kit
    type: multiple
    section: Gear
    tags: [ppe]
    prompt: Which are protective gear?
    choices:
      - {text: Gloves, correct: true}
      - {text: Goggles, correct: true}
      - {text: A scarf}
  - id: n-hurt
    type: short
    section: Numbers
    tags: [figures]
    prompt: How many people were hurt last year?
    answers: [six]
  - id: n-days
    type: short
    section: Numbers
    tags: [figures]
    prompt: How many days between inspections?
    answers: ["7"]
"""

RIGHT: dict[str, Response] = {
    "g-helmet": 0,
    "g-boots": 0,
    "g-kit": frozenset({0, 1}),
    "n-hurt": "six",
    "n-days": "7",
}
WRONG: dict[str, Response] = {
    "g-helmet": 1,
    "g-boots": 1,
    "g-kit": frozenset({0, 2}),  # half right, half wrong: 0
    "n-hurt": "five",
    "n-days": "8",
}
HALF: dict[str, Response] = {"g-kit": frozenset({0})}  # one of two right boxes: 0.5


def import_topics_set(db: Database, folder: Path, text: str = TOPICS_SET) -> None:
    path = folder / "gear.yaml"
    path.write_text(text, encoding="utf-8")
    import_result(db, native.read_file(path), file=str(path))


def take(
    db: Database,
    clock: FakeClock,
    trainee_uuid: str,
    answers: Mapping[str, Response],
    *,
    set_slug: str = "gear",
    count: int = 5,
    mode: Mode = Mode.EXAM,
    minutes: float = 4,
    submit: bool = True,
    seed: int = 0,
) -> Attempt:
    """Start an attempt, give `answers` to the questions it asks (by key), spend `minutes`,
    submit; a submitted attempt's hour is then over, so attempts are apart in time (one left
    running stays open: the clock has only moved on by `minutes`)."""
    settings = QuizSettings(count=count, mode=mode, time_limit=timedelta(hours=1))
    attempt = attempts.start_attempt(
        db, trainee_uuid, set_slug, settings, attempt_uuid=str(uuid.uuid4()), clock=clock, seed=seed
    )
    for item in attempt.session.items:
        if item.question.key in answers:
            attempts.answer(
                db,
                attempt.uuid,
                item.position,
                answers[item.question.key],
                trainee_uuid=attempt.trainee_uuid,
                clock=clock,
            )
    clock.advance(timedelta(minutes=minutes))
    if submit:
        attempt = attempts.submit(db, attempt.uuid, trainee_uuid=attempt.trainee_uuid, clock=clock)
        clock.advance(timedelta(minutes=60 - minutes))
    return attempt


def dana_four_times(db: Database, clock: FakeClock, folder: Path) -> Trainee:
    """Dana took the gear set four times (all right, all wrong, half right once, and one
    practice) and never the fire drill."""
    import_topics_set(db, folder)
    dana = trainees.add_trainee(db, "Dana")
    take(db, clock, dana.uuid, RIGHT)
    take(db, clock, dana.uuid, WRONG)
    take(db, clock, dana.uuid, {**RIGHT, **HALF, "n-days": "8"})
    take(db, clock, dana.uuid, RIGHT, mode=Mode.PRACTICE)
    return dana


def dana_and_eli(db: Database, clock: FakeClock, folder: Path) -> dict[str, Trainee]:
    """Dana and Eli took the gear set's exam; Dana twice (all right, then all wrong but the
    helmet), Eli once (right but for the typed answers and half the kit), a day later: the
    helmet question, right every time, is too easy to tell anyone apart."""
    import_topics_set(db, folder)
    dana = trainees.add_trainee(db, "Dana")
    eli = trainees.add_trainee(db, "Eli")
    take(db, clock, dana.uuid, RIGHT)
    take(db, clock, dana.uuid, {**WRONG, "g-helmet": 0})
    clock.advance(timedelta(days=1))
    take(db, clock, eli.uuid, {**RIGHT, **HALF, "n-hurt": "five", "n-days": "8"})
    return {"Dana": dana, "Eli": eli}


def random_answers(rng: random.Random, keys: list[str]) -> dict[str, Response]:
    """Right, wrong, half right or blank, at random, per question."""
    choice = {"right": RIGHT, "wrong": WRONG, "half": HALF, "blank": {}}
    picked: dict[str, Response] = {}
    for key in keys:
        source = choice[rng.choice(list(choice))]
        if key in source:
            picked[key] = source[key]
    return picked


def at(day: int, hour: int = 9) -> datetime:
    from datetime import UTC

    return datetime(2026, 12, day, hour, tzinfo=UTC)
