"""How an answered question is judged and told back: the verdict, both answers as text.

Practice feedback, the results page, and later score history, exports and statistics all
explain an answer; they read it here, so a question is never judged two ways. Plain values
only: how a verdict is coloured or laid out is the UI's business.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from quizapp.domain.grading import grade
from quizapp.domain.questions import GradingOptions, Question
from quizapp.domain.session import AttemptItem


class Verdict(StrEnum):
    RIGHT = "right"
    PARTLY = "partly"
    WRONG = "wrong"
    UNANSWERED = "unanswered"


def format_points(value: float) -> str:
    """Points as a trainee reads them: '1', '0.5', '0.33', never '0.3333333'."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


@dataclass(frozen=True)
class Outcome:
    verdict: Verdict
    points: float
    max_points: float
    feedback: tuple[str, ...]

    @property
    def text(self) -> str:
        earned = f"{format_points(self.points)} of {format_points(self.max_points)} point"
        return {
            Verdict.RIGHT: f"Right ({earned})",
            Verdict.PARTLY: f"Partly right ({earned})",
            Verdict.WRONG: "Wrong (0 points)",
            Verdict.UNANSWERED: "Not answered (0 points)",
        }[self.verdict]


def outcome(item: AttemptItem, grading: GradingOptions) -> Outcome:
    """The mark as the attempt recorded it (one point per question), with the reasons."""
    result = grade(item.question, item.response, grading)
    if not item.answered:
        verdict = Verdict.UNANSWERED
    elif result.correct:
        verdict = Verdict.RIGHT
    elif result.fraction > 0:
        verdict = Verdict.PARTLY
    else:
        verdict = Verdict.WRONG
    points = item.score if item.score is not None else result.fraction
    return Outcome(verdict, points, 1.0, result.feedback)


def shown_choices(item: AttemptItem) -> list[int]:
    """Original choice indices in the order this attempt showed them."""
    return list(item.choice_order) or list(range(len(item.question.choices)))


def response_text(item: AttemptItem) -> str:
    """The trainee's answer as text, choices in the order they were shown, one a line."""
    question = item.question
    if not item.answered:
        return "(no answer)"
    if question.type == "short":
        return str(item.response).strip()
    response = item.response
    chosen = {response} if isinstance(response, int) else set(response or ())
    return "\n".join(question.choices[i].text for i in shown_choices(item) if i in chosen)


def _right_choice(question: Question, index: int) -> bool:
    """One of the choices a full-marks answer takes: the best one of a `single` question,
    every one with credit of a `multiple` one."""
    fraction = question.choices[index].fraction
    return fraction >= question.max_fraction if question.type == "single" else fraction > 0


def right_answer_text(item: AttemptItem) -> str:
    """What earns full marks, as text: every best accepted answer, or the right choices."""
    question = item.question
    if question.type == "short":
        best = question.max_fraction
        return " / ".join(a.text for a in question.answers if a.fraction >= best)
    right = [i for i in shown_choices(item) if _right_choice(question, i)]
    return "\n".join(question.choices[i].text for i in right)


@dataclass(frozen=True)
class ChoiceMark:
    """How a shown choice of a checked question is marked on the choice itself: the right
    ones, and the trainee's wrong ones; a wrong choice left alone needs no mark."""

    verdict: Verdict | None  # RIGHT, WRONG, or None (no mark)
    words: str  # what the mark says, for the eye and for a screen reader


def choice_marks(item: AttemptItem) -> list[ChoiceMark]:
    """One mark per choice, in the order shown."""
    response = item.response
    chosen = {response} if isinstance(response, int) else set(response or ())
    marks = []
    for index in shown_choices(item):
        picked = index in chosen
        if _right_choice(item.question, index):
            marks.append(
                ChoiceMark(Verdict.RIGHT, "Your answer: right" if picked else "Right answer")
            )
        elif picked:
            marks.append(ChoiceMark(Verdict.WRONG, "Your answer: wrong"))
        else:
            marks.append(ChoiceMark(None, ""))
    return marks


def highlight_in_quote(question: Question) -> tuple[int, int] | None:
    """The answering words as offsets into the quote (both spans count in the source text)."""
    if question.span is None or question.highlight is None or not question.quote:
        return None
    start = question.highlight[0] - question.span[0]
    end = question.highlight[1] - question.span[0]
    if not 0 <= start < end <= len(question.quote):
        return None
    return start, end
