"""How an answered question is judged and told back: the verdict, both answers as text.

Practice feedback, the results page, and later score history, exports and statistics all
explain an answer; they read it here, so a question is never judged two ways. Plain values
only: how a verdict is coloured or laid out is the UI's business.

An exam whose right answers are not shown yet (or never) is reviewed from `withhold_answers`:
the services hand the trainee its questions without what answers them, so no window can show
what it was never given.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from quizapp.domain.grading import grade
from quizapp.domain.markdown_marks import inline_marks
from quizapp.domain.questions import Choice, GradingOptions, Question
from quizapp.domain.session import Attempt, AttemptItem, AttemptState

_EPSILON = 1e-9
_GRADED = (AttemptState.SUBMITTED, AttemptState.EXPIRED)


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


def recorded_outcome(item: AttemptItem) -> Outcome:
    """The verdict from the mark the attempt recorded, without grading again: all a review
    whose answers are withheld can say, as its questions no longer carry them. Whether each
    answer was right is shown, as Moodle's "whether correct" is: the right answers and the
    explanations are what the trainer holds back."""
    points = item.score or 0.0
    if not item.answered:
        verdict = Verdict.UNANSWERED
    elif points >= 1.0 - _EPSILON:
        verdict = Verdict.RIGHT
    elif points > 0:
        verdict = Verdict.PARTLY
    else:
        verdict = Verdict.WRONG
    return Outcome(verdict, points, 1.0, ())


def withhold_answers(attempt: Attempt) -> Attempt:
    """The attempt as its trainee may see it now: a graded exam whose terms do not show the
    answers yet keeps its marks and the trainee's responses, but its questions lose their
    right answers, choice feedback, explanations and quotes. Anything else is as stored."""
    if attempt.answers_shown or attempt.session.state not in _GRADED:
        return attempt
    items = [replace(item, question=_as_asked(item.question)) for item in attempt.session.items]
    return replace(attempt, session=replace(attempt.session, items=items))


def _as_asked(question: Question) -> Question:
    """What the trainee saw while answering: the prompt and the choices' texts."""
    return Question(
        key=question.key,
        type=question.type,
        prompt=question.prompt,
        choices=tuple(Choice(choice.text) for choice in question.choices),
        section=question.section,
        tags=question.tags,
    )


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


def shown_quote(question: Question) -> tuple[str, tuple[int, int] | None]:
    """The quote as a trainee reads it, and the answering words in it: without the inline
    Markdown marks a Markdown source keeps verbatim ("**48 hours**", "__40__", a link's
    address), which the passage would otherwise show as stray asterisks, underscores and
    addresses. Line breaks stay, so a quoted list still reads as a list."""
    quote = question.quote
    hidden = {i for start, end in inline_marks(quote) for i in range(start, end)}
    kept = [i for i in range(len(quote)) if i not in hidden]
    shown = "".join(quote[i] for i in kept)
    where = highlight_in_quote(question)
    if where is None:
        return shown, None
    start = sum(1 for i in kept if i < where[0])
    end = sum(1 for i in kept if i < where[1])
    return shown, ((start, end) if start < end else None)


def highlight_in_quote(question: Question) -> tuple[int, int] | None:
    """The answering words as offsets into the quote (both spans count in the source text)."""
    if question.span is None or question.highlight is None or not question.quote:
        return None
    start = question.highlight[0] - question.span[0]
    end = question.highlight[1] - question.span[0]
    if not 0 <= start < end <= len(question.quote):
        return None
    return start, end
