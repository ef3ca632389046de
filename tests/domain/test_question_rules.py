"""One set of question rules for every format: what makes choices, credits and accepted
answers a question a trainee can answer and earn full marks on."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from quizapp.domain.problems import QuestionFileError
from quizapp.domain.question_rules import (
    answer_problems,
    choice_kind,
    choice_problems,
    credit_problem,
)
from quizapp.domain.questions import AcceptedAnswer, Choice
from quizapp.formats import gift, native
from quizapp.formats.base import ReadResult


def test_choices_need_two_readable_distinct_ones() -> None:
    assert choice_problems([Choice("only", 1.0)]) == [
        "a choice question needs at least two choices; it has 1"
    ]
    assert choice_problems([Choice("a", 1.0), Choice(" "), Choice("a"), Choice("b", 1.5)]) == [
        "choice 2 is empty",
        "choice 4 has a grade of 150%",
        "choices read the same, so a trainee could not tell them apart: 'a'",
    ]
    assert choice_problems([Choice("a", 1.0), Choice("b")]) == []


@pytest.mark.parametrize(
    ("kind", "fractions", "problem"),
    [
        ("single", (1.0, 0.0), None),
        ("single", (0.5, 0.0), "the highest score is 50%"),
        ("single", (1.0, 1.0), "2 choices give full marks"),
        ("multiple", (0.5, 0.5, -1.0), None),
        ("multiple", (1 / 3, 1 / 3, 1 / 3), None),  # Moodle's 33.33333% three times
        (
            "multiple",
            (0.33, 0.3333, 0.3333),
            "add up to 99.66%, so picking every right answer would not earn full marks",
        ),
        (
            "multiple",
            (1.0, 0.5),
            "add up to 150%, so picking every right answer would earn more than full marks",
        ),
        ("multiple", (0.0, -0.5), "no choice gives any credit"),
    ],
)
def test_credits_must_allow_full_marks_and_no_more(
    kind: str, fractions: tuple[float, ...], problem: str | None
) -> None:
    choices = [Choice(f"c{i}", f) for i, f in enumerate(fractions)]
    found = credit_problem("single" if kind == "single" else "multiple", choices)
    assert (found is None) if problem is None else (found is not None and problem in found)


def test_credits_alone_tell_a_single_question_from_a_multiple_one() -> None:
    assert choice_kind([Choice("a", 1.0), Choice("b")]) == "single"
    assert choice_kind([Choice("a", 0.5), Choice("b", 0.5)]) == "multiple"


def test_accepted_answers_need_one_worth_full_marks() -> None:
    assert answer_problems([]) == ["a short-answer question needs at least one accepted answer"]
    assert answer_problems([AcceptedAnswer("six", 0.5), AcceptedAnswer(" ", 0.5)]) == [
        "accepted answer 2 is empty",
        "one of the answers should have a score of 100% so it is possible to get full marks "
        "for this question",
    ]


def _first_problem(read: Callable[[Path], ReadResult], path: Path) -> str:
    """A file of one broken question: GIFT refuses it whole, native lists the question."""
    try:
        return read(path).invalid[0].message
    except QuestionFileError as refused:
        return refused.problems[0].message


def test_native_and_gift_refuse_the_same_question_in_the_same_words(tmp_path: Path) -> None:
    yaml_file = tmp_path / "set.yaml"
    yaml_file.write_text(
        "format: quizapp-set/1\nid: s\ntitle: S\nquestions:\n"
        "  - id: q\n    type: multiple\n    prompt: Which?\n    choices:\n"
        "      - {text: a, fraction: 0.5}\n      - {text: b, fraction: 0.2}\n"
        "      - {text: c}\n",
        encoding="utf-8",
    )
    gift_file = tmp_path / "set.gift"
    gift_file.write_text("::q:: Which? {~%50%a ~%20%b ~c}\n", encoding="utf-8")
    messages = [
        _first_problem(read, path).split(": ", 1)[-1]  # GIFT names the question first
        for read, path in ((native.read_file, yaml_file), (gift.read_file, gift_file))
    ]
    assert messages[0] == messages[1]
    assert "add up to 70%" in messages[0]
