"""What every generated set must satisfy, on documents of three different shapes.

The speech (plain text, ordinal headings, numbered points with mixed separators), a safety
procedure (plain text, numbered steps, definitions, figures) and a policy memo (Markdown
headings, bullets, bold terms) are checked for the same invariants, so the generator is held
to its rules and not to one document.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest

from quizapp.domain.questions import Question, QuestionSet, normalise_source_text
from quizapp.generate import generate_set
from quizapp.generate.text import fold, is_number, word_count

REPO = Path(__file__).resolve().parents[2]
DOCUMENTS = {
    "speech": REPO / "resources/speech/how-to-be-a-good-village-party-secretary.txt",
    "procedure": Path(__file__).parent / "documents/lockout-procedure.txt",
    "memo": Path(__file__).parent / "documents/remote-work-memo.md",
}
KEY = re.compile(r"^q-[a-z0-9]+(?:-[a-z0-9]+)*$")


def _generate(name: str) -> tuple[str, QuestionSet]:
    raw = DOCUMENTS[name].read_text(encoding="utf-8")
    return normalise_source_text(raw), generate_set(raw, set_id=name)


@pytest.fixture(scope="module", params=sorted(DOCUMENTS))
def generated(request: pytest.FixtureRequest) -> tuple[str, QuestionSet]:
    return _generate(request.param)


def _choices_and_answers(question: Question) -> list[str]:
    return [c.text for c in question.choices] + [a.text for a in question.answers]


def test_every_quote_is_the_source_text_at_its_span(generated: tuple[str, QuestionSet]) -> None:
    text, qset = generated
    assert qset.questions
    for question in qset.questions:
        assert question.span is not None
        start, end = question.span
        assert question.quote == text[start:end], question.key
        assert question.quote.strip() == question.quote
        if question.highlight is not None:
            assert start <= question.highlight[0] < question.highlight[1] <= end, question.key


def test_single_questions_have_one_right_answer_among_four_distinct_choices(
    generated: tuple[str, QuestionSet],
) -> None:
    for question in generated[1].questions:
        if question.type != "single":
            continue
        assert len(question.choices) == 4, question.key
        assert [c.fraction for c in question.choices].count(1.0) == 1, question.key
        assert all(c.fraction in (0.0, 1.0) for c in question.choices), question.key
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
        assert all(math.isclose(c.fraction, -1 / len(right)) for c in wrong)
        assert len({fold(c.text) for c in question.choices}) == len(question.choices)


def test_short_answers_are_short_terms_or_numbers(generated: tuple[str, QuestionSet]) -> None:
    for question in generated[1].questions:
        if question.type != "short":
            continue
        assert question.answers, question.key
        main = question.answers[0].text
        assert is_number(main) or 1 <= word_count(main) <= 4, (question.key, main)
        assert all(a.fraction == 1.0 for a in question.answers)
        assert len({a.text.lower() for a in question.answers}) == len(question.answers)


def test_no_question_gives_its_answer_away(generated: tuple[str, QuestionSet]) -> None:
    for question in generated[1].questions:
        prompt = f" {fold(question.prompt)} "
        right = [c.text for c in question.choices if c.fraction > 0]
        right += [a.text for a in question.answers]
        for answer in right:
            assert f" {fold(answer)} " not in prompt, (question.key, answer)


def test_no_filler_choices(generated: tuple[str, QuestionSet]) -> None:
    for question in generated[1].questions:
        for text in _choices_and_answers(question):
            assert not re.search(r"(all|none) of the above", text, re.I), question.key


def test_keys_are_unique_readable_slugs(generated: tuple[str, QuestionSet]) -> None:
    keys = [q.key for q in generated[1].questions]
    assert len(keys) == len(set(keys))
    assert all(KEY.match(key) for key in keys), [k for k in keys if not KEY.match(k)]


def test_no_two_questions_share_a_prompt(generated: tuple[str, QuestionSet]) -> None:
    prompts = [fold(q.prompt) for q in generated[1].questions]
    assert len(prompts) == len(set(prompts))


def test_every_question_is_explained_filed_and_tagged(
    generated: tuple[str, QuestionSet],
) -> None:
    for question in generated[1].questions:
        assert question.explanation and question.section and question.tags, question.key
        assert all(tag and tag == tag.lower() for tag in question.tags), question.key


def test_prompts_stand_on_their_own(generated: tuple[str, QuestionSet]) -> None:
    """The generator's own words never point back into the document ("this", "the above").

    Quoted passages are the document's words; only the prompt outside quotes is checked.
    """
    for question in generated[1].questions:
        own_words = re.sub(r'"[^"]*"|: .*$', "", question.prompt)
        assert not re.search(r"\b(this|these|those|the above)\b", own_words, re.I), question.key


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_the_same_document_gives_the_same_set(name: str) -> None:
    assert _generate(name)[1] == _generate(name)[1]


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_line_endings_and_bom_do_not_change_the_questions(name: str) -> None:
    raw = DOCUMENTS[name].read_text(encoding="utf-8")
    windows = "\ufeff" + raw.replace("\n", "\r\n")
    assert generate_set(windows, set_id=name) == generate_set(raw, set_id=name)


@pytest.mark.parametrize("name", ["procedure", "memo"])
def test_other_documents_give_every_kind_of_question(name: str) -> None:
    qset = _generate(name)[1]
    kinds = {q.type for q in qset.questions}
    assert kinds == {"single", "multiple", "short"}
    assert len(qset.questions) >= 15
