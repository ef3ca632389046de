"""The quiz attempt as a state machine, with time passed in rather than read.

The deadline is an absolute instant fixed when the attempt starts; everything time-dependent
asks the injected clock, so closing the app does not stop the countdown and a test can jump
straight to the deadline without sleeping. The same object is rebuilt from storage for every
change, so it holds nothing that storage does not keep.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from quizapp.domain.clock import Clock as Clock
from quizapp.domain.clock import SystemClock as SystemClock
from quizapp.domain.exams import ExamTerms
from quizapp.domain.grading import Response, grade, is_answered
from quizapp.domain.questions import GradingOptions, Question


class AttemptState(StrEnum):
    IN_PROGRESS = "in_progress"
    SUBMITTED = "submitted"
    EXPIRED = "expired"
    ABANDONED = "abandoned"


class Mode(StrEnum):
    """Exam: timed, feedback at the end. Practice: each answer checked and explained at once."""

    EXAM = "exam"
    PRACTICE = "practice"


class AttemptClosed(Exception):
    """A change was asked of an attempt that is no longer in progress (submitted or expired)."""

    def __init__(self, state: AttemptState) -> None:
        self.state = state
        super().__init__(
            f"the attempt is {state.value.replace('_', ' ')}; answers can no longer change"
        )


class ItemLocked(Exception):
    """In practice mode a checked answer is final: its explanation has been seen."""


@dataclass(frozen=True)
class QuizSettings:
    """What the trainee (or later the trainer) chose when starting."""

    count: int = 20
    time_limit: timedelta | None = None
    mode: Mode = Mode.EXAM
    shuffle_questions: bool = True
    shuffle_choices: bool = True


def settings_record(settings: QuizSettings) -> dict[str, object]:
    """The settings as an attempt stores them (plain JSON values: the time limit in seconds)."""
    return {
        "count": settings.count,
        "time_limit": settings.time_limit.total_seconds() if settings.time_limit else None,
        "mode": settings.mode.value,
        "shuffle_questions": settings.shuffle_questions,
        "shuffle_choices": settings.shuffle_choices,
    }


def settings_from_record(record: dict[str, object]) -> QuizSettings:
    """What `settings_record` stored; a value missing or of the wrong kind keeps its default
    (a record written by an older QuizApp still reads)."""
    default = QuizSettings()
    count, limit, mode = record.get("count"), record.get("time_limit"), record.get("mode")
    return QuizSettings(
        count=count if isinstance(count, int) and count > 0 else default.count,
        time_limit=timedelta(seconds=limit) if isinstance(limit, int | float) else None,
        mode=Mode(mode) if isinstance(mode, str) and mode in tuple(Mode) else default.mode,
        shuffle_questions=record.get("shuffle_questions") is not False,
        shuffle_choices=record.get("shuffle_choices") is not False,
    )


@dataclass
class AttemptItem:
    """One question as this attempt shows it: its position and the order of its choices.

    `choice_order` lists indices into `question.choices` in the order shown; responses always
    refer to the original indices, so reordering never changes what an answer means.
    """

    position: int
    question: Question
    choice_order: tuple[int, ...] = ()
    response: Response = None
    flagged: bool = False
    answered_at: datetime | None = None
    seconds_spent: float = 0.0
    score: float | None = None
    checked: bool = False

    @property
    def answered(self) -> bool:
        return is_answered(self.question, self.response)


@dataclass(frozen=True)
class Summary:
    answered: int
    unanswered: int
    flagged: int


def choose_questions(total: int, settings: QuizSettings, rng: random.Random) -> list[int]:
    """Which of a set's `total` questions to ask, in the order asked (indices into the set).

    Indices rather than questions, so a 10,000-question set is drawn without loading it.
    """
    count = max(1, min(settings.count, total))
    if settings.shuffle_questions:
        return rng.sample(range(total), count)
    return list(range(count))


def _items(
    chosen: Sequence[Question], settings: QuizSettings, rng: random.Random
) -> list[AttemptItem]:
    items = []
    for position, question in enumerate(chosen):
        order = list(range(len(question.choices)))
        if settings.shuffle_choices:
            rng.shuffle(order)
        items.append(AttemptItem(position, question, tuple(order)))
    return items


@dataclass
class QuizSession:
    """An attempt in memory: the rules of answering, flagging, moving, submitting, expiring."""

    items: list[AttemptItem]
    clock: Clock
    started_at: datetime
    deadline: datetime | None = None
    mode: Mode = Mode.EXAM
    grading: GradingOptions = field(default_factory=GradingOptions)
    state: AttemptState = AttemptState.IN_PROGRESS
    submitted_at: datetime | None = None
    current: int = 0

    @classmethod
    def start(
        cls,
        questions: Sequence[Question],
        settings: QuizSettings,
        clock: Clock,
        *,
        grading: GradingOptions | None = None,
        seed: int | None = None,
    ) -> QuizSession:
        """Draw from `questions` and start the clock."""
        rng = random.Random(seed)
        chosen = [questions[i] for i in choose_questions(len(questions), settings, rng)]
        return cls.start_with(chosen, settings, clock, rng, grading=grading)

    @classmethod
    def start_with(
        cls,
        chosen: Sequence[Question],
        settings: QuizSettings,
        clock: Clock,
        rng: random.Random,
        *,
        grading: GradingOptions | None = None,
    ) -> QuizSession:
        """Start on questions already chosen with `choose_questions` and the same `rng`."""
        if not chosen:
            raise ValueError("a quiz needs at least one question")
        now = clock.now()
        deadline = now + settings.time_limit if settings.time_limit else None
        items = _items(chosen, settings, rng)
        return cls(items, clock, now, deadline, settings.mode, grading or GradingOptions())

    # -- time -----------------------------------------------------------------------------

    def remaining(self) -> timedelta | None:
        """Time left before the deadline (never negative); None when untimed."""
        if self.deadline is None:
            return None
        return max(self.deadline - self.clock.now(), timedelta(0))

    @property
    def overdue(self) -> bool:
        """The deadline has passed (whether or not the attempt has been expired yet)."""
        return self.deadline is not None and self.clock.now() >= self.deadline

    def refresh(self) -> bool:
        """Expire the attempt, grading it, if its deadline has passed; True when that just
        happened. The one place expiry happens: the services call it before every change,
        never a read."""
        if self.state is AttemptState.IN_PROGRESS and self.overdue:
            assert self.deadline is not None
            self._close(AttemptState.EXPIRED, self.deadline)
            return True
        return False

    @property
    def is_open(self) -> bool:
        """Changes are still taken: in progress, and its deadline not passed. A pure read: an
        overdue attempt stays as stored until the services expire it."""
        return self.state is AttemptState.IN_PROGRESS and not self.overdue

    def _refuse_if_closed(self) -> None:
        if not self.is_open:
            raise AttemptClosed(AttemptState.EXPIRED if self.overdue else self.state)

    # -- changes --------------------------------------------------------------------------

    def _open_item(self, position: int) -> AttemptItem:
        self._refuse_if_closed()
        if not 0 <= position < len(self.items):
            raise IndexError(f"no question at position {position}")
        return self.items[position]

    def answer(self, position: int, response: Response) -> AttemptItem:
        """Record a response (replacing any earlier one); grading it is the submit's job."""
        item = self._open_item(position)
        if item.checked:
            raise ItemLocked(f"question {position + 1} was already checked")
        # Checked, not graded: a response of the wrong kind raises here, while grading (the
        # short-answer matcher's word lists load in a fraction of a second on first use) waits
        # for the check or the submit, not every keystroke of a typed answer.
        answered = is_answered(item.question, response)
        item.response = response
        item.answered_at = self.clock.now() if answered else None
        return item

    def check(self, position: int) -> AttemptItem:
        """Practice mode: grade one answer now and lock it, so its explanation can be shown."""
        item = self._open_item(position)
        if self.mode is not Mode.PRACTICE:
            raise ItemLocked("answers are checked one by one only in practice mode")
        item.score = grade(item.question, item.response, self.grading).fraction
        item.checked = True
        return item

    def set_flag(self, position: int, flagged: bool) -> AttemptItem:
        item = self._open_item(position)
        item.flagged = flagged
        return item

    def go_to(self, position: int, *, seconds_on_current: float = 0.0) -> AttemptItem:
        """Move to another question, adding the time spent on the one being left."""
        target = self._open_item(position)
        self.items[self.current].seconds_spent += max(0.0, seconds_on_current)
        self.current = position
        return target

    def submit(self) -> None:
        """The trainee's own submission; grades every item."""
        self._refuse_if_closed()
        self._close(AttemptState.SUBMITTED, self.clock.now())

    def abandon(self) -> None:
        self._refuse_if_closed()
        self.state = AttemptState.ABANDONED
        self.submitted_at = self.clock.now()

    def _close(self, state: AttemptState, when: datetime) -> None:
        for item in self.items:
            item.score = grade(item.question, item.response, self.grading).fraction
        self.state = state
        self.submitted_at = when

    # -- results --------------------------------------------------------------------------

    def summary(self) -> Summary:
        answered = sum(1 for item in self.items if item.answered)
        flagged = sum(1 for item in self.items if item.flagged)
        return Summary(answered, len(self.items) - answered, flagged)

    @property
    def points(self) -> float:
        return sum(item.score or 0.0 for item in self.items)

    @property
    def max_points(self) -> int:
        return len(self.items)

    @property
    def score(self) -> float | None:
        """The fraction of the attempt's points earned, once it is graded."""
        if self.state not in (AttemptState.SUBMITTED, AttemptState.EXPIRED):
            return None
        return self.points / self.max_points


@dataclass
class Attempt:
    """A stored attempt: the session plus what names it, as services hand it to the UI."""

    uuid: str
    trainee_uuid: str
    set_slug: str
    set_version: int
    set_title: str
    has_source: bool
    session: QuizSession
    exam: ExamTerms | None = None  # taken as the set's exam: its pass mark and release

    @property
    def answers_shown(self) -> bool:
        """Whether the trainee may see the right answers and explanations (now)."""
        return self.exam is None or self.exam.answers_shown

    @property
    def passed(self) -> bool | None:
        """Passed the exam's mark; None when not an exam with a mark, or not graded yet."""
        return self.exam.passed(self.session.score) if self.exam is not None else None
