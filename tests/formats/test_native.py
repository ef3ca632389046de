"""The native format: what it reads, every problem it reports with its line, and round trips."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from quizapp.domain.problems import QuestionFileError
from quizapp.domain.questions import AcceptedAnswer, Choice
from quizapp.formats import native

SOURCE = "Safety first\n\nWear a helmet on site. Six people were hurt last year.\n"

VALID = """\
format: quizapp-set/1
id: safety
title: Safety
source: src.txt
grading: {typo_tolerance: 1}
questions:
  - id: q-helmet
    type: single
    prompt: What do you wear on site?
    choices:
      - {text: A helmet, correct: true, feedback: Right}
      - {text: A hat}
      - {text: yes}
    explanation: The rule says so.
    quote: Wear a helmet on site.
    span: [14, 36]
    highlight: [21, 27]
  - id: q-which
    type: multiple
    prompt: Which are right?
    choices:
      - {text: a, correct: true}
      - {text: b, correct: true}
      - {text: c}
    quote: Six people were hurt last year.
    span: [37, 68]
  - id: q-count
    type: short
    prompt: How many were hurt?
    answers: [six, {text: Six people, fraction: 0.5, case_sensitive: yes}]
    quote: Six people were hurt last year.
    span: [37, 68]
    tags: [facts, 6]
"""


def write_set(folder: Path, body: str, name: str = "set.yaml") -> Path:
    (folder / "src.txt").write_text(SOURCE, encoding="utf-8")
    path = folder / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(QuestionFileError) as caught:
        result = native.read_file(path)
        if result.invalid:
            raise QuestionFileError(list(result.invalid))
    return [str(p) for p in caught.value.problems]


def test_reads_every_field(tmp_path: Path) -> None:
    result = native.read_file(write_set(tmp_path, VALID))
    qset = result.question_set
    assert (qset.id, qset.title, qset.grading.typo_tolerance) == ("safety", "Safety", 1)
    assert qset.source is not None and qset.source.title == "Safety first"
    helmet, which, count = qset.questions
    assert helmet.choices[0] == Choice("A helmet", 1.0, "Right")
    assert helmet.choices[2].text == "yes", "scalars stay the text they look like"
    assert helmet.highlight == (21, 27) and helmet.span == (14, 36)
    assert [c.fraction for c in which.choices] == [0.5, 0.5, -0.5]
    assert count.answers == (AcceptedAnswer("six"), AcceptedAnswer("Six people", 0.5, True))
    assert count.tags == ("facts", "6")
    assert result.invalid == ()


def test_written_file_reads_back_equal(tmp_path: Path) -> None:
    original = native.read_file(write_set(tmp_path, VALID)).question_set
    copy = tmp_path / "copy.yaml"
    native.write_file(original, copy)
    again = native.read_file(copy).question_set
    assert again == original
    assert again.content_hash() == original.content_hash()
    assert "span: [14, 36]" in copy.read_text(encoding="utf-8")


def test_strict_matching_survives_a_round_trip_and_changes_the_hash(tmp_path: Path) -> None:
    lenient = native.read_file(write_set(tmp_path, VALID)).question_set
    strict_file = write_set(
        tmp_path, VALID.replace("{typo_tolerance: 1}", "{typo_tolerance: 1, matching: strict}")
    )
    strict = native.read_file(strict_file).question_set
    assert (lenient.grading.matching, strict.grading.matching) == ("lenient", "strict")
    copy = tmp_path / "copy.yaml"
    native.write_file(strict, copy)
    assert native.read_file(copy).question_set == strict
    assert strict.content_hash() != lenient.content_hash()


def test_explicit_fractions_survive_round_trip(tmp_path: Path) -> None:
    body = (
        VALID.replace("{text: c}", "{text: c, fraction: -0.25}")
        .replace("{text: a, correct: true}", "{text: a, fraction: 0.75}")
        .replace("{text: b, correct: true}", "{text: b, fraction: 0.25}")
    )
    original = native.read_file(write_set(tmp_path, body)).question_set
    assert [c.fraction for c in original.questions[1].choices] == [0.75, 0.25, -0.25]
    copy = tmp_path / "copy.yaml"
    native.write_file(original, copy)
    assert native.read_file(copy).question_set == original


def test_three_different_mistakes_are_all_reported_with_their_lines(tmp_path: Path) -> None:
    body = VALID.replace(
        "    prompt: Which are right?\n", "    prompt: Which are right?\n    colour: red\n"
    )
    body = body.replace("{text: A helmet, correct: true, feedback: Right}", "{text: A helmet}")
    body = body.replace(
        "    answers: [six, {text: Six people, fraction: 0.5, case_sensitive: yes}]\n", ""
    )
    found = problems_of(write_set(tmp_path, body))
    path = str(tmp_path / "set.yaml")
    assert found == [
        f"{path}:11: one of the answers should have a score of 100% so it is possible to get full "
        "marks for this question; the highest score is 0%",
        f"{path}:21: unknown key 'colour' in a question (known: answers, choices, explanation, "
        "highlight, id, prompt, quote, section, span, tags, type)",
        f"{path}:28: a short question needs `answers`: a list of accepted answers",
    ]


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("id: q-count", "id: q-helmet", "question id 'q-helmet' is used twice (first at line 7)"),
        ("span: [14, 36]", "span: [15, 37]", "the quote is not the source's text at 15-37"),
        ("span: [14, 36]", "span: [14, 999]", "`span` ends at 999, past the end of the source"),
        (
            "highlight: [21, 27]",
            "highlight: [1, 27]",
            "`highlight` must lie inside the quote's `span`",
        ),
        ("format: quizapp-set/1", "format: quizapp-set/9", "unsupported format 'quizapp-set/9'"),
        ("id: safety", "id: Safety Set", "set id 'Safety Set' must be a slug"),
        ("type: multiple", "type: essay", "type 'essay' is not one of single, multiple, short"),
        (
            "{text: A hat}",
            "{text: A helmet}",
            "choices read the same, so a trainee could not tell them apart: 'A helmet'",
        ),
        # The short form as the long one: `text: ''` is refused, so is an empty bare choice.
        ("{text: A hat}", "''", "choice 2 is empty"),
        ("{text: A hat}", "' '", "choice 2 is empty"),
        ("case_sensitive: yes", "case_sensitive: maybe", "`case_sensitive` must be true or false"),
        ("fraction: 0.5", "fraction: half", "`fraction` must be a number from 0 to 1"),
        ("source: src.txt", "source: missing.txt", "cannot read the source document"),
        ("    quote: Wear a helmet on site.\n", "", "each question needs a `quote` and its `span`"),
        (
            "grading: {typo_tolerance: 1}",
            "grading: {typo_tolerance: 9}",
            "`typo_tolerance` must be",
        ),
        # Digits that str.isdigit passes and int() refuses: a message, not a traceback.
        ("{typo_tolerance: 1}", "{matching: loose}", "`matching` must be lenient or strict"),
        ("typo_tolerance: 1}", "typo_tolerance: ²}", "`typo_tolerance` must be 0, 1, 2 or 3"),
        ("typo_tolerance: 1}", "typo_tolerance: " + "0" * 5000 + "}", "`typo_tolerance` must"),
        ("span: [14, 36]", "span: [14, ³⁶]", "`span` needs whole numbers, not '³⁶'"),
        ("highlight: [21, 27]", "highlight: [²¹, 27]", "`highlight` needs whole numbers"),
    ],
)
def test_each_mistake_is_reported(tmp_path: Path, old: str, new: str, message: str) -> None:
    assert old in VALID
    found = problems_of(write_set(tmp_path, VALID.replace(old, new, 1)))
    assert any(message in problem for problem in found), found


def test_yaml_syntax_error_names_its_line(tmp_path: Path) -> None:
    found = problems_of(write_set(tmp_path, VALID.replace("title: Safety", "title: [Safety")))
    assert len(found) == 1 and "not valid YAML" in found[0]
    assert found[0].startswith(f"{tmp_path / 'set.yaml'}:4:")


def test_not_utf8_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "latin.yaml"
    path.write_bytes(VALID.replace("A hat", "A h\xe2t").encode("latin-1"))
    found = problems_of(path)
    assert found == [
        f"{path}:12: the file is not UTF-8 text (first bad byte 0xE2); "
        "save it as UTF-8 and import it again"
    ]


def test_sets_without_source_need_no_quote(tmp_path: Path) -> None:
    body = """\
    format: quizapp-set/1
    id: plain
    title: Plain
    questions:
      - id: q1
        type: short
        prompt: Two plus two?
        answers: ['4']
        explanation: Arithmetic.
    """
    qset = native.read_file(write_set(tmp_path, body)).question_set
    assert qset.source is None and qset.questions[0].answers[0].text == "4"


def test_quote_without_source_is_refused(tmp_path: Path) -> None:
    found = problems_of(write_set(tmp_path, VALID.replace("source: src.txt\n", "")))
    assert any("`quote` needs the set to name its `source`" in p for p in found)


def test_invalid_questions_are_separated_from_valid_ones(tmp_path: Path) -> None:
    result = native.read_file(write_set(tmp_path, VALID.replace("type: multiple", "type: essay")))
    assert [q.key for q in result.question_set.questions] == ["q-helmet", "q-count"]
    assert len(result.invalid) == 1 and result.invalid[0].line == 19


def test_ids_longer_than_the_database_holds_are_refused(tmp_path: Path) -> None:
    found = problems_of(write_set(tmp_path, VALID.replace("id: q-count", "id: q" + "x" * 200)))
    assert any("question id is 201 characters long; at most 200" in p for p in found)


def test_a_multiple_question_must_allow_full_marks(tmp_path: Path) -> None:
    body = VALID.replace("{text: a, correct: true}", "{text: a, fraction: 0.5}")
    body = body.replace("{text: b, correct: true}", "{text: b, fraction: 0.2}")
    found = problems_of(write_set(tmp_path, body))
    assert any(
        "the positive grades do not add up to 100%; instead they add up to 70%, so picking "
        "every right answer would not earn full marks" in p
        for p in found
    )


def test_a_multiple_question_must_not_give_more_than_full_marks(tmp_path: Path) -> None:
    # GIFT, Moodle XML and CSV refuse it, so a native set holding one could not come back.
    body = VALID.replace("{text: a, correct: true}", "{text: a, fraction: 1}")
    body = body.replace("{text: b, correct: true}", "{text: b, fraction: 0.5}")
    found = problems_of(write_set(tmp_path, body))
    assert found == [
        f"{tmp_path / 'set.yaml'}:22: the positive grades do not add up to 100%; instead they "
        "add up to 150%, so picking every right answer would earn more than full marks"
    ]
