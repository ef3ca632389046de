"""The quiz state machine, driven by a fake clock: nothing here sleeps."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from quizapp.domain.questions import AcceptedAnswer, Choice, Question
from quizapp.domain.session import (
    AttemptClosed,
    AttemptState,
    ItemLocked,
    Mode,
    QuizSession,
    QuizSettings,
)
from tests.fakes import FakeClock

T0 = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


def make_questions(n: int = 5) -> list[Question]:
    questions = []
    for i in range(n):
        if i % 2:
            questions.append(
                Question(f"q{i}", "short", f"Word {i}?", answers=(AcceptedAnswer(f"w{i}"),))
            )
        else:
            choices = (Choice("right", 1.0), Choice("wrong"), Choice("other"), Choice("none"))
            questions.append(Question(f"q{i}", "single", f"Pick {i}", choices=choices))
    return questions


def start(clock: FakeClock, **settings: object) -> QuizSession:
    defaults: dict[str, object] = {"count": 5, "time_limit": timedelta(minutes=10)}
    defaults.update(settings)
    return QuizSession.start(make_questions(), QuizSettings(**defaults), clock, seed=7)  # type: ignore[arg-type]


def test_draw_is_reproducible_with_a_seed_and_shuffles_choices() -> None:
    clock = FakeClock(T0)
    one, two = start(clock), start(clock)
    assert [i.question.key for i in one.items] == [i.question.key for i in two.items]
    assert [i.choice_order for i in one.items] == [i.choice_order for i in two.items]
    assert sorted(i.question.key for i in one.items) == [f"q{i}" for i in range(5)]
    orders = {i.choice_order for i in one.items if i.question.type == "single"}
    assert all(sorted(order) == [0, 1, 2, 3] for order in orders)
    assert orders != {(0, 1, 2, 3)}, "choices are shuffled"


def test_unshuffled_draw_keeps_file_order_and_count_is_capped() -> None:
    quiz = start(FakeClock(T0), count=50, shuffle_questions=False, shuffle_choices=False)
    assert [i.question.key for i in quiz.items] == ["q0", "q1", "q2", "q3", "q4"]
    assert quiz.items[0].choice_order == (0, 1, 2, 3)


def test_deadline_is_absolute_and_remaining_counts_down() -> None:
    clock = FakeClock(T0)
    quiz = start(clock)
    assert quiz.deadline == T0 + timedelta(minutes=10)
    clock.advance(timedelta(minutes=4))
    assert quiz.remaining() == timedelta(minutes=6)
    untimed = start(clock, time_limit=None)
    assert untimed.deadline is None and untimed.remaining() is None


def test_answer_change_flag_navigate_submit() -> None:
    clock = FakeClock(T0)
    quiz = start(clock, shuffle_questions=False)
    quiz.answer(0, 1)
    quiz.answer(0, 0)  # changed mind: the right one
    quiz.answer(1, "W1 ")
    quiz.set_flag(2, True)
    clock.advance(timedelta(seconds=30))
    quiz.go_to(3, seconds_on_current=30)
    assert quiz.current == 3 and quiz.items[0].seconds_spent == 30
    summary = quiz.summary()
    assert (summary.answered, summary.unanswered, summary.flagged) == (2, 3, 1)
    quiz.submit()
    assert quiz.state is AttemptState.SUBMITTED and quiz.submitted_at == clock.now()
    assert [i.score for i in quiz.items] == [1.0, 1.0, 0.0, 0.0, 0.0]
    assert quiz.points == 2.0 and quiz.score == pytest.approx(0.4)
    with pytest.raises(AttemptClosed):
        quiz.answer(2, 0)


def test_clearing_an_answer_makes_it_unanswered() -> None:
    quiz = start(FakeClock(T0), shuffle_questions=False)
    quiz.answer(1, "w1")
    assert quiz.items[1].answered and quiz.items[1].answered_at == T0
    quiz.answer(1, "   ")
    assert not quiz.items[1].answered and quiz.items[1].answered_at is None


def test_expiry_at_the_deadline_grades_what_was_answered() -> None:
    clock = FakeClock(T0)
    quiz = start(clock, shuffle_questions=False)
    quiz.answer(0, 0)
    clock.advance(timedelta(minutes=9, seconds=59))
    assert quiz.is_open
    clock.advance(timedelta(seconds=1))
    assert quiz.refresh() is True
    assert quiz.state is AttemptState.EXPIRED
    assert quiz.submitted_at == quiz.deadline, "expired attempts close at the deadline itself"
    assert quiz.points == 1.0 and quiz.score == pytest.approx(0.2)
    assert quiz.refresh() is False, "expiry happens once"
    with pytest.raises(AttemptClosed) as closed:
        quiz.answer(1, "w1")
    assert closed.value.state is AttemptState.EXPIRED


def test_a_late_change_is_refused_and_reading_expires_nothing() -> None:
    """Expiry grades the attempt: it is the services' named call (refresh), never a read."""
    clock = FakeClock(T0)
    quiz = start(clock, shuffle_questions=False)
    quiz.answer(0, 0)
    clock.advance(timedelta(hours=2))
    assert not quiz.is_open and quiz.overdue
    with pytest.raises(AttemptClosed) as closed:
        quiz.set_flag(0, True)
    assert closed.value.state is AttemptState.EXPIRED
    with pytest.raises(AttemptClosed):
        quiz.submit()
    assert quiz.state is AttemptState.IN_PROGRESS and not quiz.items[0].flagged
    assert [item.score for item in quiz.items] == [None] * 5 and quiz.submitted_at is None
    assert quiz.refresh() is True and quiz.state is AttemptState.EXPIRED
    assert quiz.items[0].score == 1.0


def test_practice_mode_checks_and_locks_one_answer() -> None:
    quiz = start(FakeClock(T0), mode=Mode.PRACTICE, time_limit=None, shuffle_questions=False)
    quiz.answer(0, 2)
    item = quiz.check(0)
    assert item.checked and item.score == 0.0
    with pytest.raises(ItemLocked):
        quiz.answer(0, 0)
    exam = start(FakeClock(T0))
    with pytest.raises(ItemLocked):
        exam.check(0)


def test_wrong_kind_of_response_is_refused_before_it_is_stored() -> None:
    quiz = start(FakeClock(T0), shuffle_questions=False)
    with pytest.raises(TypeError):
        quiz.answer(0, "right")
    assert quiz.items[0].response is None


def test_abandoned_attempts_are_not_scored() -> None:
    quiz = start(FakeClock(T0))
    quiz.abandon()
    assert quiz.state is AttemptState.ABANDONED and quiz.score is None
    with pytest.raises(AttemptClosed):
        quiz.submit()
