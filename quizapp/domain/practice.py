"""Practice of weak questions: which questions a session draws, and how an answer moves a
question's spaced-repetition schedule.

The schedule is FSRS's (the `fsrs` package): a question answered wrong comes back within
minutes, one answered right is due again after days, then weeks, and fades out. Only the
questions a trainee last got wrong, or has never been asked, enter practice; after that
their card decides when they come back. Time is passed in, so a test moves a clock instead of
waiting, and fuzzing is off, so the same answers always give the same schedule.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from fsrs import Card, Rating, Scheduler, State

_SCHEDULER = Scheduler(enable_fuzzing=False)


@dataclass(frozen=True)
class CardState:
    """A question's schedule for one trainee, as FSRS's Card holds it."""

    state: int  # fsrs.State: 1 learning, 2 review, 3 relearning
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime
    last_review: datetime | None
    reviews: int = 0


def rating_for(score: float | None) -> Rating:
    """Right is Good, partly right Hard, wrong or blank Again (FSRS's own grades)."""
    if score is None or score <= 0:
        return Rating.Again
    return Rating.Good if score >= 1 else Rating.Hard


def review(card: CardState | None, score: float | None, when: datetime) -> CardState:
    """The schedule after an answer that earned `score` at `when` (a first answer starts a
    new card)."""
    current = (
        Card(card_id=0, due=when)
        if card is None
        else Card(
            card_id=0,
            state=State(card.state),
            step=card.step,
            stability=card.stability,
            difficulty=card.difficulty,
            due=card.due,
            last_review=card.last_review,
        )
    )
    after, _ = _SCHEDULER.review_card(current, rating_for(score), review_datetime=when)
    return CardState(
        after.state.value,
        after.step,
        after.stability,
        after.difficulty,
        after.due,
        after.last_review,
        (card.reviews if card else 0) + 1,
    )


@dataclass(frozen=True)
class Candidate:
    """A question of the set as this trainee's record stands."""

    key: str
    card: CardState | None
    last_wrong: datetime | None  # when a graded answer last fell short of full marks
    last_right: datetime | None  # when one last earned them

    @property
    def wrong_last(self) -> bool:
        return self.last_wrong is not None and (
            self.last_right is None or self.last_wrong > self.last_right
        )

    @property
    def unseen(self) -> bool:
        return self.last_wrong is None and self.last_right is None


def choose_weak(
    candidates: Sequence[Candidate], now: datetime, count: int, rng: random.Random
) -> list[str]:
    """The keys of up to `count` questions to practise, most urgent first: cards that are due
    (longest overdue first), then questions last answered wrong that have no card yet (most
    recent first), then questions never asked (in random order). A card not yet due, and a
    question last answered right, wait."""
    due = sorted((c for c in candidates if c.card and c.card.due <= now), key=_due)
    wrong = sorted(
        (c for c in candidates if c.card is None and c.wrong_last),
        key=lambda c: c.last_wrong or now,
        reverse=True,
    )
    unseen = [c for c in candidates if c.card is None and c.unseen]
    rng.shuffle(unseen)
    return [c.key for c in (*due, *wrong, *unseen)][: max(count, 0)]


def next_due(candidates: Sequence[Candidate], now: datetime) -> datetime | None:
    """When the next card not yet due will be, for 'nothing to practise until ...'."""
    waiting = [c.card.due for c in candidates if c.card and c.card.due > now]
    return min(waiting, default=None)


def _due(candidate: Candidate) -> datetime:
    assert candidate.card is not None
    return candidate.card.due
