"""Aiken as Moodle reads it: lenient option labels, Moodle's errors with their lines."""

from __future__ import annotations

import pytest

from quizapp.domain.problems import QuestionFileError
from quizapp.domain.questions import Choice, Question, QuestionSet
from quizapp.formats import aiken
from quizapp.formats.interchange import ExportError


def read(text: str):
    return aiken.read_text(text, file="a.txt", set_id="a", title="A")


def test_options_with_dot_or_bracket_with_or_without_space() -> None:
    result = read("Capital?\nA. Paris\nB)Lyon\nC) Nice\nANSWER: A\n\nNext?\nA) x\nB) y\nANSWER: B")
    first, second = result.question_set.questions
    assert first == Question(
        "q1", "single", "Capital?", (Choice("Paris", 1.0), Choice("Lyon"), Choice("Nice"))
    )
    assert [c.fraction for c in second.choices] == [0.0, 1.0]
    assert result.invalid == ()


def test_moodle_error_cases_are_reported_with_their_lines() -> None:
    with pytest.raises(QuestionFileError) as refused:
        read(
            "Too few\nA) Only\nANSWER: A\n\nA) stray\nANSWER: B\n\nOpen\nA) x\nB) y\n"
            "Good\nA) x\nB) y\nANSWER: C\n\nLast\nA) x\nB) y"
        )
    found = [(p.line, p.message) for p in refused.value.problems]
    assert found[0] == (3, "question 'Too few': question must have at least 2 answers")
    assert found[1] == (5, "option outside a question: question not started")
    assert found[2] == (6, "ANSWER line outside a question: question not started")
    assert found[3][0] == 11 and "not completed (started on line 8" in found[3][1]
    assert found[4][0] == 14 and "names none of the options A to B" in found[4][1]
    assert found[5][0] == 16 and "no ANSWER line before the end of the file" in found[5][1]
    assert found[6] == (None, "nothing in this file can be imported")


def test_text_is_kept_as_written_not_as_html() -> None:
    result = read("Is <b> & < a tag?\nA) <yes>\nB) no &amp;\nANSWER: A")
    question = result.question_set.questions[0]
    assert question.prompt == "Is <b> & < a tag?"
    assert [c.text for c in question.choices] == ["<yes>", "no &amp;"]


def test_nothing_importable_is_refused() -> None:
    with pytest.raises(QuestionFileError):
        read("just some words\nand more")


def test_writer_writes_single_questions_and_names_the_rest() -> None:
    qset = QuestionSet(
        "s",
        "S",
        (
            Question("one", "single", "Pick\none", (Choice("a"), Choice("b", 1.0, "fb"))),
            Question("many", "multiple", "Pick", (Choice("a", 0.5), Choice("b", 0.5))),
            Question("A.", "single", "A. Lincoln was?", (Choice("a", 1.0), Choice("b"))),
        ),
    )
    with pytest.raises(ExportError) as refused:
        aiken.dumps(qset)
    assert refused.value.text == "Pick one\nA) a\nB) b\nANSWER: B\n"
    assert [line.split(":")[0] for line in refused.value.left_out] == ["many", "A."]
    back = read(refused.value.text).question_set.questions[0]
    assert [c.fraction for c in back.choices] == [0.0, 1.0]
