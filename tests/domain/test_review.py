"""Verdicts and the answers told back, without Qt: what practice, results and later score
history all show."""

from __future__ import annotations

import pytest

from quizapp.domain.grading import Response
from quizapp.domain.questions import AcceptedAnswer, Choice, GradingOptions, Question
from quizapp.domain.review import (
    Verdict,
    choice_marks,
    format_points,
    highlight_in_quote,
    outcome,
    recorded_outcome,
    response_text,
    right_answer_text,
    shown_quote,
)
from quizapp.domain.session import AttemptItem

SINGLE = Question(
    "s", "single", "Pick", choices=(Choice("hat", 0.0), Choice("helmet", 1.0), Choice("cap"))
)
MULTIPLE = Question(
    "m",
    "multiple",
    "Tick",
    choices=(Choice("gloves", 0.5), Choice("sandals", -0.5), Choice("boots", 0.5)),
)
SHORT = Question(
    "t",
    "short",
    "Gas?",
    answers=(AcceptedAnswer("carbon dioxide"), AcceptedAnswer("CO2"), AcceptedAnswer("gas", 0.5)),
)


def item(question: Question, response: Response, order: tuple[int, ...] = ()) -> AttemptItem:
    return AttemptItem(0, question, order, response)


@pytest.mark.parametrize(
    ("question", "response", "verdict", "text"),
    [
        (SINGLE, 1, Verdict.RIGHT, "Right (1 of 1 point)"),
        (SINGLE, 0, Verdict.WRONG, "Wrong (0 points)"),
        (MULTIPLE, frozenset({0}), Verdict.PARTLY, "Partly right (0.5 of 1 point)"),
        (MULTIPLE, frozenset({0, 1, 2}), Verdict.PARTLY, "Partly right (0.5 of 1 point)"),
        (SHORT, " CO2 ", Verdict.RIGHT, "Right (1 of 1 point)"),
        (SHORT, "gas", Verdict.PARTLY, "Partly right (0.5 of 1 point)"),
        (SHORT, "   ", Verdict.UNANSWERED, "Not answered (0 points)"),
        (SINGLE, None, Verdict.UNANSWERED, "Not answered (0 points)"),
    ],
)
def test_the_verdict_follows_the_grade(
    question: Question, response: Response, verdict: Verdict, text: str
) -> None:
    found = outcome(item(question, response), GradingOptions())
    assert found.verdict is verdict and found.text == text


def test_the_points_are_those_the_attempt_recorded() -> None:
    """A score stored when the attempt was graded stands, whatever grading says today."""
    graded = item(SINGLE, 0)
    graded.score = 0.25
    assert outcome(graded, GradingOptions()).points == 0.25


def test_typo_tolerance_reaches_the_verdict() -> None:
    typo = item(SHORT, "carbon dioxid")
    assert outcome(typo, GradingOptions()).verdict is Verdict.WRONG
    assert outcome(typo, GradingOptions(typo_tolerance=1)).verdict is Verdict.RIGHT


def test_answers_are_told_in_the_order_the_choices_were_shown() -> None:
    shown = item(MULTIPLE, frozenset({0, 2}), order=(2, 1, 0))
    assert response_text(shown) == "boots\ngloves"
    assert right_answer_text(shown) == "boots\ngloves"
    assert response_text(item(SINGLE, 0, order=(2, 0, 1))) == "hat"
    assert right_answer_text(item(SINGLE, 0, order=(2, 0, 1))) == "helmet"


def test_a_short_answer_is_told_trimmed_and_every_best_answer_is_right() -> None:
    assert response_text(item(SHORT, "  co2 ")) == "co2"
    assert right_answer_text(item(SHORT, None)) == "carbon dioxide / CO2"
    assert response_text(item(SHORT, None)) == "(no answer)"


def test_the_highlight_is_found_inside_the_quote() -> None:
    quoted = Question(
        "q",
        "short",
        "?",
        answers=(AcceptedAnswer("x"),),
        quote="Wear a helmet on site.",
        span=(100, 122),
        highlight=(107, 113),
    )
    where = highlight_in_quote(quoted)
    assert where == (7, 13) and quoted.quote[7:13] == "helmet"
    outside = Question("q", "short", "?", quote="Wear", span=(100, 104), highlight=(90, 95))
    assert highlight_in_quote(outside) is None
    assert highlight_in_quote(Question("q", "short", "?")) is None


@pytest.mark.parametrize(
    ("value", "shown"), [(1.0, "1"), (0.5, "0.5"), (1 / 3, "0.33"), (0.0, "0"), (2.25, "2.25")]
)
def test_points_are_written_as_people_read_them(value: float, shown: str) -> None:
    assert format_points(value) == shown


def test_choice_marks_show_the_right_choices_and_the_wrong_ones_chosen() -> None:
    """Practice marks the options themselves: the right one, and the trainee's wrong one."""
    shown = (2, 0, 1)  # cap, hat, helmet
    wrong_pick = AttemptItem(0, SINGLE, choice_order=shown, response=0)
    assert [(m.verdict, m.words) for m in choice_marks(wrong_pick)] == [
        (None, ""),
        (Verdict.WRONG, "Your answer: wrong"),
        (Verdict.RIGHT, "Right answer"),
    ]
    right_pick = AttemptItem(0, SINGLE, choice_order=shown, response=1)
    assert [m.words for m in choice_marks(right_pick)] == ["", "", "Your answer: right"]
    half = AttemptItem(0, MULTIPLE, response=frozenset({0, 1}))
    assert [(m.verdict, m.words) for m in choice_marks(half)] == [
        (Verdict.RIGHT, "Your answer: right"),
        (Verdict.WRONG, "Your answer: wrong"),
        (Verdict.RIGHT, "Right answer"),
    ]


@pytest.mark.parametrize(
    ("question", "response", "verdict"),
    [
        (SINGLE, 1, Verdict.RIGHT),
        (SINGLE, 0, Verdict.WRONG),
        (MULTIPLE, frozenset({0}), Verdict.PARTLY),
        (SHORT, None, Verdict.UNANSWERED),
    ],
)
def test_the_recorded_mark_says_the_same_verdict_as_grading_again(
    question: Question, response: Response, verdict: Verdict
) -> None:
    """A review whose answers are withheld has only the mark the attempt recorded."""
    graded = item(question, response)
    graded.score = outcome(graded, GradingOptions()).points
    assert outcome(graded, GradingOptions()).verdict is verdict
    assert recorded_outcome(graded).verdict is verdict
    assert recorded_outcome(graded).points == graded.score


@pytest.mark.parametrize(
    ("quote", "answer", "shown"),
    [
        ("carry over up to __40__ hours.", "40", "carry over up to 40 hours."),
        (
            "will issue a ruling within **48 hours**.",
            "48 hours",
            "will issue a ruling within 48 hours.",
        ),
        ("**All regular DJs **are required", "regular", "All regular DJs are required"),
        ("Under 14 *must* fish with a parent.", "14", "Under 14 must fish with a parent."),
        ("log it in [Float](https://float.com/) first", "Float", "log it in Float first"),
        (
            "not to exceed $150/night \\(and usually less\\).",
            "$150",
            "not to exceed $150/night (and usually less).",
        ),
        # an emphasis mark left open is a mark all the same
        (
            "*For substantial cause, the Board may suspend",
            "Board",
            "For substantial cause, the Board may suspend",
        ),
        # marks inside words are the words' own
        ("name it my_file_name or a*b*c", "my_file_name", "name it my_file_name or a*b*c"),
        # a list stays a list
        (
            "The duties are:\n1. **Chair** meetings\n2. Keep minutes",
            "Chair",
            "The duties are:\n1. Chair meetings\n2. Keep minutes",
        ),
    ],
)
def test_the_quote_is_shown_without_its_inline_markdown(
    quote: str, answer: str, shown: str
) -> None:
    start = quote.index(answer)
    question = Question(
        "q",
        "short",
        "?",
        quote=quote,
        span=(10, 10 + len(quote)),
        highlight=(10 + start, 10 + start + len(answer)),
    )
    text, where = shown_quote(question)
    assert text == shown
    assert where is not None and text[where[0] : where[1]] == answer
