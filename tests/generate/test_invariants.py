"""What every generated set must satisfy, on documents of several shapes.

The speech (plain text, ordinal headings, numbered points), a safety procedure and a policy
memo written for these tests, and three real Markdown documents nobody on the project wrote
(a governance policy, a security policy, a procedure with code blocks; see
documents/SOURCES.md) are checked for the same invariants, so the generator is held to its
rules and not to one document.
"""

from __future__ import annotations

import math
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.domain.grading import grade
from quizapp.domain.questions import Question, QuestionSet, normalise_source_text
from quizapp.generate import generate_set
from quizapp.generate.text import fold

REPO = Path(__file__).resolve().parents[2]
DOCUMENTS_DIR = Path(__file__).parent / "documents"
DOCUMENTS = {
    "speech": REPO / "resources/speech/how-to-be-a-good-village-party-secretary.txt",
    **{
        path.stem: path
        for path in sorted(DOCUMENTS_DIR.iterdir())
        if path.suffix in (".txt", ".md") and path.name != "SOURCES.md"
    },
}
KEY = re.compile(r"^q-[a-z0-9]+(?:-[a-z0-9]+)*$")
# What questions about a document's wording or structure look like (the families issue 10
# retired): which words are quoted, one word of a heading, a list's length or order, where a
# phrase is mentioned.
SURFACE = re.compile(
    r"quotation marks|which words|how many (?:points|aspects|items|steps|things|parts)|"
    r"comes? (?:first|right after|next)|mentioned under|under which|first of the|"
    r"fill in the blank in the (?:first|second|third)",
    re.IGNORECASE,
)
# The one order a question may ask about: the steps of a procedure, where order matters.


def _generate(name: str) -> tuple[str, QuestionSet]:
    raw = DOCUMENTS[name].read_text(encoding="utf-8")
    return normalise_source_text(raw), generate_set(raw, set_id=name)


@pytest.fixture(scope="module", params=sorted(DOCUMENTS))
def generated(request: pytest.FixtureRequest) -> tuple[str, QuestionSet]:
    return _generate(request.param)


def _right(question: Question) -> list[str]:
    return [c.text for c in question.choices if c.fraction > 0] + [a.text for a in question.answers]


def test_every_document_gives_questions(generated: tuple[str, QuestionSet]) -> None:
    assert generated[1].questions


def test_every_quote_is_the_source_text_at_its_span(generated: tuple[str, QuestionSet]) -> None:
    text, qset = generated
    for question in qset.questions:
        assert question.span is not None
        start, end = question.span
        assert question.quote == text[start:end], question.key
        assert question.quote.strip() == question.quote
        if question.highlight is not None:
            assert start <= question.highlight[0] < question.highlight[1] <= end, question.key


def test_the_highlight_is_the_answer_where_a_figure_is_asked(
    generated: tuple[str, QuestionSet],
) -> None:
    text, qset = generated
    for question in qset.questions:
        if "figures" not in question.tags or question.highlight is None:
            continue
        start, end = question.highlight
        number = re.search(r"\d+|[A-Za-z]+", _right(question)[0])
        assert number is not None and number.group(0).lower() in text[start:end].lower()


def test_single_questions_have_one_right_answer_among_four_distinct_choices(
    generated: tuple[str, QuestionSet],
) -> None:
    for question in generated[1].questions:
        if question.type != "single":
            continue
        assert len(question.choices) == 4, question.key
        assert [c.fraction for c in question.choices].count(1.0) == 1, question.key
        assert len({fold(c.text) for c in question.choices}) == 4, question.key


def test_multiple_questions_credit_one_kth_per_right_choice(
    generated: tuple[str, QuestionSet],
) -> None:
    for question in generated[1].questions:
        if question.type != "multiple":
            continue
        right = [c for c in question.choices if c.fraction > 0]
        wrong = [c for c in question.choices if c.fraction <= 0]
        assert len(right) >= 2 and len(wrong) >= 2, question.key
        assert all(math.isclose(c.fraction, 1 / len(right)) for c in right)


def test_short_answers_are_short_and_earn_full_marks_as_written(
    generated: tuple[str, QuestionSet],
) -> None:
    for question in generated[1].questions:
        if question.type != "short":
            continue
        assert question.answers, question.key
        assert min(len(a.text.split()) for a in question.answers) <= 4, question.key
        for answer in question.answers:
            assert grade(question, answer.text).correct, (question.key, answer.text)


def test_no_question_gives_its_answer_away(generated: tuple[str, QuestionSet]) -> None:
    for question in generated[1].questions:
        prompt = f" {fold(question.prompt)} "
        for answer in _right(question):
            assert f" {fold(answer)} " not in prompt, (question.key, answer)


def test_no_question_asks_about_wording_or_structure(generated: tuple[str, QuestionSet]) -> None:
    surface = [
        q.prompt
        for q in generated[1].questions
        if SURFACE.search(q.prompt) and not ("procedures" in q.tags and "right after" in q.prompt)
    ]
    assert surface == []


def test_prompts_hold_no_code_link_or_markup(generated: tuple[str, QuestionSet]) -> None:
    for question in generated[1].questions:
        for text in (question.prompt, *_right(question)):
            assert not re.search(r"`|https?:|\*\*|\]\(|<[a-z]|\n", text), (question.key, text)


def test_prompts_stand_on_their_own(generated: tuple[str, QuestionSet]) -> None:
    """The question's own words never point back into the document ("this", "the above")."""
    for question in generated[1].questions:
        own_words = re.sub(r'"[^"]*"', "", question.prompt)
        assert not re.search(
            r"\b(this|these|those|the above|the following|see below)\b", own_words, re.I
        ), question.key


def test_explanations_are_sentences_of_their_own(generated: tuple[str, QuestionSet]) -> None:
    for question in generated[1].questions:
        assert question.explanation.endswith((".", '"')), question.key
        assert question.explanation.lstrip('"“')[:1].isupper(), question.key
        assert question.section and question.tags, question.key


def test_keys_are_unique_readable_slugs(generated: tuple[str, QuestionSet]) -> None:
    keys = [q.key for q in generated[1].questions]
    assert len(keys) == len(set(keys))
    assert all(KEY.match(key) for key in keys), [k for k in keys if not KEY.match(k)]


def test_no_two_questions_share_a_prompt_or_a_sentence(
    generated: tuple[str, QuestionSet],
) -> None:
    questions = generated[1].questions
    assert len({fold(q.prompt) for q in questions}) == len(questions)
    assert len({q.span for q in questions}) == len(questions)


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_the_same_document_gives_the_same_set(name: str) -> None:
    assert _generate(name)[1] == _generate(name)[1]


def test_an_acronym_two_names_could_stand_for_reads_the_same_whatever_the_hash_seed() -> None:
    """Set order changes from one run to the next with Python's hash seed, so a choice made
    by it is made differently on a trainer's machine than in the shipped bank (round 167's
    bylaws answered "National Technology Committee SC" on some runs)."""
    text = (
        "The National Technology Committee (also known as the National Tech Committee) "
        "meets monthly. The National Tech Committee elects its chair. The NTC keeps minutes."
    )
    code = f"from quizapp.generate.agents import agent_acronyms; print(agent_acronyms({text!r}))"
    found = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
        ).stdout
        for seed in range(1, 9)
    }
    assert found == {"{'NTC': 'National Tech Committee'}\n"}


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_line_endings_and_bom_do_not_change_the_questions(name: str) -> None:
    raw = DOCUMENTS[name].read_text(encoding="utf-8")
    windows = "\ufeff" + raw.replace("\n", "\r\n")
    assert generate_set(windows, set_id=name) == generate_set(raw, set_id=name)
