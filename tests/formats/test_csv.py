"""The CSV table trainers fill in a spreadsheet: columns, separators, encodings, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.domain.problems import QuestionFileError
from quizapp.domain.questions import AcceptedAnswer, Choice, Question
from quizapp.formats import csv_table


def read(text: str):
    return csv_table.read_text(text, file="q.csv", set_id="q", title="Q")


@pytest.mark.parametrize("separator", [",", ";", "\t"])
def test_every_documented_separator(separator: str) -> None:
    rows = [
        ["type", "prompt", "choices", "correct", "explanation", "tags"],
        ["single", "Capital of France?", "Paris|Lyon", "A", "It is Paris.", "geo|fr"],
        ["", "Two plus two?", "four|4", "", "", ""],
    ]
    result = read("\n".join(separator.join(row) for row in rows))
    first, second = result.question_set.questions
    assert first == Question(
        "q1",
        "single",
        "Capital of France?",
        (Choice("Paris", 1.0), Choice("Lyon")),
        explanation="It is Paris.",
        tags=("geo", "fr"),
    )
    assert second.answers == (AcceptedAnswer("four"), AcceptedAnswer("4"))


def test_utf8_with_a_byte_order_mark_and_quoted_cells(tmp_path: Path) -> None:
    path = tmp_path / "Köln quiz.csv"
    path.write_text(
        "\ufeffKey,Type,Prompt,Choices,Correct,Feedback\r\n"
        'dom,multiple,"Which are in Köln,\nGermany?","Dom|Rhein|Eiffel\\|Tower",'
        '"1,2","yes|yes|no"\r\n',
        encoding="utf-8",
    )
    result = csv_table.read_file(path)
    (question,) = result.question_set.questions
    assert question.key == "dom"
    assert question.prompt == "Which are in Köln,\nGermany?"
    assert question.choices == (
        Choice("Dom", 0.5, "yes"),
        Choice("Rhein", 0.5, "yes"),
        Choice("Eiffel|Tower", -0.5, "no"),
    )
    assert (result.question_set.id, result.question_set.title) == ("koln-quiz", "Köln quiz")


def test_fractions_and_case_sensitivity() -> None:
    result = read(
        "type,prompt,choices,fractions,case_sensitive\n"
        "single,Hard,a|b|c,1|0.5|0,\n"
        "short,Symbol of iron?,Fe|fe,100%|50%,yes\n"
    )
    hard, iron = result.question_set.questions
    assert [c.fraction for c in hard.choices] == [1.0, 0.5, 0.0]
    assert iron.answers == (AcceptedAnswer("Fe", 1.0, True), AcceptedAnswer("fe", 0.5, True))


def test_bad_rows_are_invalid_with_their_line() -> None:
    result = read(
        "type,prompt,choices,correct,fractions\n"
        "single,Good,a|b,A,\n"
        "essay,Bad type,a|b,A,\n"
        '"single","Spans\ntwo lines",a|b,C,\n'
        "short,Short with correct,a|b,A,\n"
        "single,Both,a|b,A,1|0\n"
        "multiple,Fractions,a|b,,1|x\n"
        "single,Too many,a|b,A,,extra\n"
    )
    assert [p.line for p in result.invalid] == [3, 4, 6, 7, 8, 9]
    messages = " / ".join(p.message for p in result.invalid)
    for expected in ("'essay' is not one of", "names 'C'", "leave 'correct' empty",
                     "not both", "'x' is not a number", "1 more cell"):  # fmt: skip
        assert expected in messages


def test_unknown_columns_refuse_the_file() -> None:
    with pytest.raises(QuestionFileError) as refused:
        read("typ,question,choices\nsingle,x,a|b\n")
    messages = [p.message for p in refused.value.problems]
    assert "unknown column(s) 'typ', 'question'" in messages[0]
    assert "needs a 'prompt' column" in messages[1]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (  # never closed: csv.reader would read every row after it into one cell
            'key,prompt,choices,correct\nk1,First?,a|b,A\nk2,"Second? (no close,a|b,A\n'
            "k3,Third?,a|b,A\nk4,Fourth?,a|b,B\n",
            3,
            "this quote opens a cell and never closes",
        ),
        (  # closed by the next cell's opening quote: k3 and k4 would vanish into k2's prompt
            'key;prompt;choices;correct\r\nk2;"Second?;a|b;A\r\nk3;Third?;a|b;A\r\n'
            'k4;"Fourth?";a|b;B\r\n',
            2,
            "only closes on line 4, with more text after it",
        ),
    ],
)
def test_a_quote_that_swallows_rows_refuses_the_file(text: str, line: int, message: str) -> None:
    with pytest.raises(QuestionFileError) as refused:
        read(text)
    (problem,) = refused.value.problems
    assert (problem.file, problem.line) == ("q.csv", line)
    assert message in problem.message and '""' in problem.message


def test_writer_keeps_credit_feedback_and_escapes() -> None:
    text = csv_table.dumps(
        read(
            "key,type,prompt,choices,fractions,feedback,tags,section\n"
            "k1,single,Pick,a\\|b|c,1|0.5,good|meh,t1|t2,Part 1\n"
        ).question_set
    )
    assert text.startswith("\ufeffkey,type,prompt,choices,correct,fractions,feedback,tags,section")
    again = read(text).question_set.questions[0]
    assert again.choices == (Choice("a|b", 1.0, "good"), Choice("c", 0.5, "meh"))
    assert (again.tags, again.section) == (("t1", "t2"), "Part 1")
