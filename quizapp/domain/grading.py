"""The credit a response earns: Moodle's rules where they exist, kinder where trainees ask.

Pure functions over the frozen question values, so the quiz session, the scoring service and
the statistics all grade the same way, and a regrade of an old attempt gives the same mark.
Responses are plain values (an index, a set of indices, a string) because that is what an
attempt item stores; anything else reaching here is a bug upstream, so it raises rather than
quietly scoring zero.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeGuard

from quizapp.domain.answer_text import AnswerPattern, normalise_answer
from quizapp.domain.questions import AcceptedAnswer, GradingOptions, Question

__all__ = ["Grade", "Response", "grade", "is_answered", "normalise_answer"]

Response = int | frozenset[int] | str | None

# Fractions come from division (1/3 per right box) and imports; a hair below the maximum is
# still the maximum.
_EPSILON = 1e-9
# The default options, built once (GradingOptions is frozen, so sharing it is safe).
_NO_LENIENCY = GradingOptions()


@dataclass(frozen=True)
class Grade:
    """What a response earned and why, so the review screen can explain the mark."""

    fraction: float
    correct: bool
    matched: AcceptedAnswer | None = None
    feedback: tuple[str, ...] = ()


def grade(question: Question, response: Response, options: GradingOptions = _NO_LENIENCY) -> Grade:
    """Grade one response; `fraction` is clamped to 0..1 before any scaling by the caller.

    `single` takes an index and `multiple` indices into `question.choices` in their original
    order (the shown order is the attempt's business), `short` takes the typed text; None is
    unanswered. A response of the wrong kind raises TypeError, an index out of range ValueError.
    """
    if question.type == "single":
        return _grade_single(question, response)
    if question.type == "multiple":
        return _grade_multiple(question, response)
    if question.type == "short":
        return _grade_short(question, response, options)
    raise ValueError(f"question {question.key!r} has unknown type {question.type!r}")


def is_answered(question: Question, response: Response) -> bool:
    """Whether the trainee gave an answer: blank text and no ticked box count as none.

    The same validation as `grade`, so a wrongly typed response fails here too instead of
    being counted as an answer.
    """
    if question.type == "single":
        return _single_index(question, response) is not None
    if question.type == "multiple":
        return bool(_multiple_indices(question, response))
    if question.type == "short":
        return bool(_short_text(question, response).strip())
    raise ValueError(f"question {question.key!r} has unknown type {question.type!r}")


def _grade_single(question: Question, response: Response) -> Grade:
    index = _single_index(question, response)
    if index is None:
        return _unanswered()
    choice = question.choices[index]
    return _grade(question, choice.fraction, feedback=(choice.feedback,))


def _grade_multiple(question: Question, response: Response) -> Grade:
    indices = _multiple_indices(question, response)
    if not indices:
        return _unanswered()
    chosen = [question.choices[i] for i in sorted(indices)]
    # fsum: seven boxes worth 1/7 each must add up to exactly 1, not 0.9999999999999998.
    total = math.fsum(c.fraction for c in chosen)
    return _grade(question, total, feedback=tuple(c.feedback for c in chosen))


def _grade_short(question: Question, response: Response, options: GradingOptions) -> Grade:
    text = _short_text(question, response)
    if not text.strip():
        return _unanswered()
    matched = _match_answer(question, text, options)
    if matched is None:
        return _grade(question, 0.0)
    return _grade(question, matched.fraction, matched=matched, feedback=(matched.feedback,))


def _match_answer(question: Question, text: str, options: GradingOptions) -> AcceptedAnswer | None:
    """The accepted answer the text earns: an exact match first, then (unless the set asks for
    strict matching) the same words in another form, then a forgiven typo.

    Each pass keeps Moodle's first-match-wins, and a closer pass always beats a looser one,
    so a later zero-credit answer that catches a common mistake ("Australia" after "Austria")
    is never overridden by a looser reading of an earlier one. Among typo matches the closest
    wins, then the first.
    """
    answers = question.answers
    patterns = [AnswerPattern.compile(a.text, case_sensitive=a.case_sensitive) for a in answers]
    for answer, pattern in zip(answers, patterns, strict=True):
        if pattern.matches(text):
            return answer
    if options.matching == "lenient":
        for answer, pattern in zip(answers, patterns, strict=True):
            if pattern.matches_loosely(text, question.prompt):
                return answer
    best: tuple[int, AcceptedAnswer] | None = None
    for answer, pattern in zip(answers, patterns, strict=True):
        distance = pattern.typo_distance(text, options.typo_tolerance)
        if distance is not None and (best is None or distance < best[0]):
            best = (distance, answer)
    return best[1] if best else None


def _grade(
    question: Question,
    fraction: float,
    *,
    matched: AcceptedAnswer | None = None,
    feedback: Iterable[str] = (),
) -> Grade:
    earned = min(1.0, max(0.0, fraction))
    # max_fraction is not clamped for single and short questions; an import offering 150%
    # must still count a full-credit answer as correct.
    best = min(1.0, question.max_fraction)
    correct = earned > 0 and earned >= best - _EPSILON
    return Grade(earned, correct, matched, tuple(f for f in feedback if f))


def _unanswered() -> Grade:
    return Grade(0.0, False)


def _single_index(question: Question, response: Response) -> int | None:
    if response is None:
        return None
    if not _is_index(response):
        raise TypeError(
            f"single-choice question {question.key!r} takes an int index, "
            f"got {type(response).__name__}"
        )
    _check_range(question, response)
    return response


def _multiple_indices(question: Question, response: Response) -> frozenset[int]:
    if response is None:
        return frozenset()
    if isinstance(response, str | bytes) or not isinstance(response, Iterable):
        raise TypeError(
            f"multiple-choice question {question.key!r} takes a set of int indices, "
            f"got {type(response).__name__}"
        )
    indices = frozenset(response)
    for index in indices:
        if not _is_index(index):
            raise TypeError(
                f"multiple-choice question {question.key!r} takes int indices, "
                f"got {type(index).__name__} {index!r}"
            )
        _check_range(question, index)
    return indices


def _short_text(question: Question, response: Response) -> str:
    if response is None:
        return ""
    if not isinstance(response, str):
        raise TypeError(
            f"short-answer question {question.key!r} takes a str, got {type(response).__name__}"
        )
    return response


def _is_index(value: object) -> TypeGuard[int]:
    """An int that is not a bool: True as a choice index is a bug, not choice 1."""
    return isinstance(value, int) and not isinstance(value, bool)


def _check_range(question: Question, index: int) -> None:
    # Negative indices would silently pick from the end of the list.
    if not 0 <= index < len(question.choices):
        raise ValueError(
            f"question {question.key!r} has {len(question.choices)} choices, no index {index}"
        )
