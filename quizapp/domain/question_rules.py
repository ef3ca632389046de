"""What makes a question one a trainee can answer and earn full marks on, decided once.

Every reader (native YAML, GIFT, Aiken, Moodle XML, CSV) parses its own syntax, then asks
here about the choices, their credits and the accepted answers, so a question is valid or not
whatever format it came in, and refused with the same words. The wording follows Moodle's
where it has one: trainers meet it there first.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from quizapp.domain.questions import AcceptedAnswer, Choice, Question, QuestionType

# Moodle keeps fractions to 7 decimals, so three answers of 33.33333% add up to 99.99999%;
# 0.1 point of slack accepts that and still refuses 33% + 33.33% + 33.33% (a 99.67% ceiling).
# Every format allows the same, so every set read in one can be written in another and back.
SUM_TOLERANCE = 0.001


def percent(value: float) -> str:
    """A credit as people write it: 0.5 -> '50%', 1/3 -> '33.33%'."""
    return f"{value * 100:.2f}".rstrip("0").rstrip(".") + "%"


def choice_problems(choices: Sequence[Choice]) -> list[str]:
    """What is wrong with a list of choices whatever the question's type."""
    problems = []
    if len(choices) < 2:
        problems.append(f"a choice question needs at least two choices; it has {len(choices)}")
    for number, choice in enumerate(choices, 1):
        if not choice.text.strip():
            problems.append(f"choice {number} is empty")
        if not -1.0 <= choice.fraction <= 1.0:
            problems.append(f"choice {number} has a grade of {percent(choice.fraction)}")
    texts = [c.text for c in choices if c.text.strip()]
    repeated = sorted({t for t in texts if texts.count(t) > 1})
    if repeated:
        problems.append(
            "choices read the same, so a trainee could not tell them apart: "
            + ", ".join(repr(t) for t in repeated)
        )
    return problems


def credit_problem(kind: QuestionType, choices: Sequence[Choice]) -> str | None:
    """Why the credits of a `single` or `multiple` question do not add up to full marks."""
    fractions = [c.fraction for c in choices]
    full = sum(1 for f in fractions if math.isclose(f, 1.0))
    if kind == "single":
        if full == 1:
            return None
        if full == 0:
            best = percent(max(fractions, default=0.0))
            return (
                "one of the answers should have a score of 100% so it is possible to get full "
                f"marks for this question; the highest score is {best}"
            )
        return f"{full} choices give full marks; a single-answer question needs exactly one"
    positive = sum(f for f in fractions if f > 0)
    if positive <= 0:
        return "no choice gives any credit"
    if abs(positive - 1.0) > SUM_TOLERANCE:
        earns = "would not earn" if positive < 1.0 else "would earn more than"
        return (
            "the positive grades do not add up to 100%; instead they add up to "
            f"{percent(positive)}, so picking every right answer {earns} full marks"
        )
    return None


def choice_kind(choices: Sequence[Choice]) -> QuestionType:
    """The type credits alone make of a choice question (formats that do not say): a choice
    worth full marks makes it `single` (two such are refused as one), shares make `multiple`."""
    return "single" if any(math.isclose(c.fraction, 1.0) for c in choices) else "multiple"


def answer_problems(answers: Sequence[AcceptedAnswer]) -> list[str]:
    """What is wrong with the accepted answers of a `short` question."""
    if not answers:
        return ["a short-answer question needs at least one accepted answer"]
    problems = []
    for number, answer in enumerate(answers, 1):
        if not answer.text.strip():
            problems.append(f"accepted answer {number} is empty")
        if not 0.0 <= answer.fraction <= 1.0:
            problems.append(f"accepted answer {number} has a grade of {percent(answer.fraction)}")
    if not any(math.isclose(a.fraction, 1.0) for a in answers):
        problems.append(
            "one of the answers should have a score of 100% so it is possible to get full "
            "marks for this question"
        )
    return problems


def question_problems(question: Question) -> list[str]:
    """Everything wrong with a whole question, as a trainer's edit is checked before saving."""
    problems = [] if question.prompt.strip() else ["the question has no text"]
    if question.type == "short":
        return problems + answer_problems(question.answers)
    problems += choice_problems(question.choices)
    credit = credit_problem(question.type, question.choices)
    return problems + ([credit] if credit else [])
