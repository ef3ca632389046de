"""Which weak questions a practice draws, and how an answer moves a question's schedule."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from fsrs import Rating

from quizapp.domain.practice import Candidate, choose_weak, next_due, rating_for, review

NOW = datetime(2026, 12, 1, 9, tzinfo=UTC)
HOUR = timedelta(hours=1)


def test_right_is_good_partly_right_hard_and_wrong_or_blank_again() -> None:
    assert [rating_for(s) for s in (1.0, 0.5, 0.0, None)] == [
        Rating.Good,
        Rating.Hard,
        Rating.Again,
        Rating.Again,
    ]


def test_a_wrong_answer_comes_back_soon_and_right_ones_fade_out() -> None:
    wrong = review(None, 0.0, NOW)
    assert wrong.due == NOW + timedelta(minutes=1) and wrong.reviews == 1
    card = review(None, 1.0, NOW)
    intervals = []
    when = NOW
    for _ in range(4):
        when = card.due
        card = review(card, 1.0, when)
        intervals.append(card.due - when)
    assert intervals == sorted(intervals) and intervals[-1] > timedelta(days=30)
    assert card.reviews == 5
    relearning = review(card, 0.0, card.due)
    assert relearning.due - card.due == timedelta(minutes=10)


def test_due_cards_come_first_then_the_last_wrong_then_the_unseen() -> None:
    scheduled = review(None, 1.0, NOW - 3 * HOUR)  # due 10 minutes later: long overdue now
    later = review(None, 0.0, NOW)  # due a minute from now: waits
    candidates = [
        Candidate("unseen-1", None, None, None),
        Candidate("right", None, None, NOW - HOUR),
        Candidate("wrong-old", None, NOW - 5 * HOUR, None),
        Candidate("wrong-then-right", None, NOW - 2 * HOUR, NOW - HOUR),
        Candidate("due", scheduled, NOW - 3 * HOUR, None),
        Candidate("not-yet", later, NOW, None),
        Candidate("wrong-new", None, NOW - HOUR, NOW - 2 * HOUR),
        Candidate("unseen-2", None, None, None),
    ]
    chosen = choose_weak(candidates, NOW, 10, random.Random(1))
    assert chosen[:3] == ["due", "wrong-new", "wrong-old"]
    assert sorted(chosen[3:]) == ["unseen-1", "unseen-2"]
    assert choose_weak(candidates, NOW, 2, random.Random(1)) == ["due", "wrong-new"]
    assert next_due(candidates, NOW) == NOW + timedelta(minutes=1)
