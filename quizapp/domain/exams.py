"""An exam: what a trainer fixes for a set, so trainees take it as set, and what its rules
mean for one attempt (passed or not, whether its right answers may be seen yet).

One exam per set: choosing the set is choosing its exam, and whether practice is open is
the set's own. The questions may be drawn per section, so every part of a document is asked.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum


class ShowAnswers(StrEnum):
    """When a trainee sees the right answers and explanations of an exam attempt."""

    AFTER_SUBMIT = "end"
    ON_RELEASE = "release"
    NEVER = "never"

    @property
    def label(self) -> str:
        return {
            ShowAnswers.AFTER_SUBMIT: "right after submitting",
            ShowAnswers.ON_RELEASE: "once the trainer releases them",
            ShowAnswers.NEVER: "never",
        }[self]


@dataclass(frozen=True)
class ExamSettings:
    """A trainer's exam for one set. `question_count` is per section when `per_section`;
    `pass_mark` a fraction of the points (0..1); None means no limit or no mark."""

    question_count: int
    time_limit: timedelta | None = None
    pass_mark: float | None = None
    attempts_allowed: int | None = None
    per_section: bool = False
    practice_open: bool = True
    show_answers: ShowAnswers = ShowAnswers.AFTER_SUBMIT
    title: str = ""


@dataclass(frozen=True)
class Exam:
    """An exam as stored: its settings and whether its answers were released (and when)."""

    set_slug: str
    settings: ExamSettings
    released_at: datetime | None = None


@dataclass(frozen=True)
class ExamTerms:
    """What an exam attempt carries of its exam: fixed when it started, but for the release,
    which the trainer may give later."""

    pass_mark: float | None
    show_answers: ShowAnswers
    released: bool

    @property
    def answers_shown(self) -> bool:
        if self.show_answers is ShowAnswers.AFTER_SUBMIT:
            return True
        return self.show_answers is ShowAnswers.ON_RELEASE and self.released

    def passed(self, score: float | None) -> bool | None:
        """Whether a graded score passes; None without a pass mark or a score."""
        if self.pass_mark is None or score is None:
            return None
        return score + 1e-9 >= self.pass_mark


def exam_problems(settings: ExamSettings) -> list[str]:
    """What is wrong with the settings, in the words the exam dialog shows."""
    problems = []
    if settings.question_count < 1:
        problems.append("An exam asks at least one question.")
    if settings.time_limit is not None and settings.time_limit < timedelta(minutes=1):
        problems.append("A time limit is at least one minute.")
    if settings.pass_mark is not None and not 0 < settings.pass_mark <= 1:
        problems.append("The pass mark is a percentage above 0 and at most 100.")
    if settings.attempts_allowed is not None and settings.attempts_allowed < 1:
        problems.append("At least one attempt must be allowed.")
    return problems


def choose_by_section(sections: Sequence[str], per_section: int, rng: random.Random) -> list[int]:
    """Indices of up to `per_section` questions from each section (all of a smaller one),
    sections in the order they first appear, the questions of each shuffled."""
    by_section: dict[str, list[int]] = {}
    for index, section in enumerate(sections):
        by_section.setdefault(section, []).append(index)
    chosen: list[int] = []
    for indices in by_section.values():
        chosen.extend(rng.sample(indices, min(per_section, len(indices))))
    return chosen
