"""Every GIFT, Aiken and Moodle XML file of the shared corpus, read as Moodle reads it.

Each file is either imported, with counts that add up to what Moodle imports from it
(imported + skipped: Moodle imports essays, matching... that we list as skipped), or refused
with the reason Moodle refuses it. The corpus belongs to other projects and is only read.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from quizapp.domain.problems import QuestionFileError
from quizapp.formats import gift, registry

NOTHING = "nothing in this file can be imported"

# path: (imported, skipped, invalid), or the message of the refusal.
EXPECTED: dict[str, tuple[int, int, int] | str] = {
    "aiken/moodle/aiken_errors.txt": (3, 0, 4),
    "aiken/moodle/questions.aiken.txt": (2, 0, 0),
    # The fifth question offers four choices that all read "." (the media is missing).
    "aiken/qas-editor/aiken_1.txt": (4, 0, 1),
    "gift/gift-pegjs/TFTwoFeedback.gift": (3, 0, 0),
    "gift/gift-pegjs/category1.gift": NOTHING,
    "gift/gift-pegjs/categorySpecialCharacter.gift": NOTHING,
    "gift/gift-pegjs/description1.gift": (1, 1, 0),
    "gift/gift-pegjs/descriptionTitleEscapedColon.gift": (1, 1, 0),
    "gift/gift-pegjs/descriptionWithID.gift": (1, 1, 0),
    "gift/gift-pegjs/escapeAll.gift": (1, 0, 0),
    # Four "=" answers in one single-answer question: any one of them gives full marks.
    "gift/gift-pegjs/escapeColon.gift": "4 choices give full marks",
    "gift/gift-pegjs/escapeEquals.gift": (1, 0, 0),
    "gift/gift-pegjs/essay1.gift": NOTHING,
    "gift/gift-pegjs/formatExamples.gift": (1, 0, 0),
    "gift/gift-pegjs/giftFormatPhpExamples.gift": (7, 3, 0),
    "gift/gift-pegjs/markdown.gift": NOTHING,
    "gift/gift-pegjs/matching1.gift": NOTHING,
    "gift/gift-pegjs/mc1.gift": (1, 0, 0),
    "gift/gift-pegjs/mc2.gift": (1, 0, 0),
    "gift/gift-pegjs/mc4.gift": (1, 0, 0),
    "gift/gift-pegjs/mc5.gift": (4, 0, 0),
    "gift/gift-pegjs/mcHTMLComment.gift": (1, 0, 0),
    "gift/gift-pegjs/multiLineFeedback1.gift": (2, 0, 0),
    "gift/gift-pegjs/multipleAnswersFloat.gift": (1, 0, 0),
    "gift/gift-pegjs/newlineAndLaTeX.gift": NOTHING,
    "gift/gift-pegjs/numerical1.gift": (3, 7, 0),
    "gift/gift-pegjs/options1.gift": (14, 0, 0),
    "gift/gift-pegjs/shortAnswer1.gift": (2, 0, 0),
    "gift/gift-pegjs/shortAnswer2.gift": (2, 0, 0),
    "gift/gift-pegjs/shortAnswerNotMatching.gift": (2, 0, 0),
    "gift/gift-pegjs/shortFirstEmbedded.gift": (2, 0, 0),
    "gift/gift-pegjs/shortFirstEmbeddedUnderline.gift": (2, 0, 0),
    "gift/gift-pegjs/shortFirstEmbeddedUnderlineHTML.gift": (2, 0, 0),
    "gift/gift-pegjs/symbolsAll.gift": (1, 0, 0),
    "gift/gift-pegjs/tag_id.gift": NOTHING,
    "gift/gift-pegjs/tag_id_and_two_tags.gift": NOTHING,
    "gift/gift-pegjs/tag_two_tags.gift": NOTHING,
    "gift/gift-pegjs/tf1.gift": (1, 0, 0),
    "gift/gift-pegjs/tf1_html.gift": (1, 0, 0),
    "gift/gift-pegjs/tf1_markdown.gift": (1, 0, 0),
    "gift/gift-pegjs/tf2.gift": (2, 0, 0),
    "gift/gift-pegjs/totara_moodle_backslash.gift": NOTHING,
    "gift/gift-pegjs/totara_moodle_essay.gift": NOTHING,
    "gift/gift-pegjs/totara_moodle_match.gift": NOTHING,
    "gift/gift-pegjs/totara_moodle_multichoice.gift": (1, 0, 0),
    "gift/gift-pegjs/totara_moodle_multichoice_multi.gift": (1, 0, 0),
    "gift/gift-pegjs/totara_moodle_numerical.gift": NOTHING,
    "gift/gift-pegjs/totara_moodle_pre_content.gift": NOTHING,
    "gift/gift-pegjs/totara_moodle_shortanswer.gift": (1, 0, 0),
    "gift/gift-pegjs/totara_moodle_shortanswer_general_feedback.gift": (1, 0, 0),
    "gift/gift-pegjs/totara_moodle_truefalse.gift": (1, 0, 0),
    "gift/gift-pegjs/totara_moodle_truefalse_true_answer1.gift": (1, 0, 0),
    "gift/gift-pegjs/totara_moodle_truefalse_true_answer2.gift": (1, 0, 0),
    "gift/gift-pegjs/type_inferred_multiline_markdown.gift": (1, 0, 0),
    "gift/moodle/examples.txt": (34, 9, 0),
    "gift/moodle/questions.gift.txt": (6, 3, 0),
    "gift/moodle/questions_encoding_windows-1252.gift.txt": "not UTF-8",
    "gift/moodle/questions_in_category.gift.txt": (3, 1, 0),
    "gift/qas-editor/all.gift": (14, 8, 0),
    "gift/qas-editor/essay.gift": NOTHING,
    "gift/qas-editor/matching.gift": NOTHING,
    "gift/qas-editor/missing_words.gift": (1, 0, 0),
    "gift/qas-editor/multichoice.gift": (4, 0, 0),
    "gift/qas-editor/numericals.gift": (1, 3, 0),
    "gift/qas-editor/shorts.gift": (4, 0, 0),
    "gift/qas-editor/true_false.gift": (4, 0, 0),
    "moodle-xml/moodle/broken_cloze_questions.xml": "invalid embedded answers (Cloze) question",
    "moodle-xml/moodle/categories_reverse_order.xml": (1, 1, 0),
    "moodle-xml/moodle/category_with_description.xml": (1, 0, 0),
    "moodle-xml/moodle/error_invalid_grades.xml": "add up to 99.67%",
    "moodle-xml/moodle/export_category.xml": (1, 0, 0),
    "moodle-xml/moodle/html_chars_in_idnumbers.xml": (1, 0, 0),
    "moodle-xml/moodle/multianswer.xml": NOTHING,
    "moodle-xml/moodle/multichoice.xml": (1, 0, 0),
    "moodle-xml/moodle/nested_categories.xml": (1, 0, 0),
    "moodle-xml/moodle/nested_categories_with_questions.xml": (4, 1, 0),
    "moodle-xml/moodle/old_format_file.xml": (2, 0, 0),
    "moodle-xml/moodle/sample_questions_with_old_image_tag.xml": (1, 1, 0),
    "moodle-xml/moodle/truefalse.xml": (2, 0, 0),
    "moodle-xml/moodle-5x/deprecated_category.xml": (1, 0, 0),
    "moodle-xml/moodle-5x/error_invalid_fraction_sum.xml": (1, 0, 3),
    "moodle-xml/moodle-5x/nested_categories.xml": (1, 0, 0),
    "moodle-xml/moodle-5x/nested_categories_with_questions.xml": (4, 1, 0),
    "moodle-xml/qas-editor/all.xml": (8, 17, 0),
    "moodle-xml/qas-editor/calculated.xml": NOTHING,
    "moodle-xml/qas-editor/calculatedmulti.xml": NOTHING,
    "moodle-xml/qas-editor/calculatedsimple.xml": NOTHING,
    "moodle-xml/qas-editor/cloze.xml": NOTHING,
    "moodle-xml/qas-editor/ddimageortext.xml": NOTHING,
    "moodle-xml/qas-editor/ddmarker.xml": NOTHING,
    "moodle-xml/qas-editor/ddwtos.xml": NOTHING,
    "moodle-xml/qas-editor/description.xml": NOTHING,
    "moodle-xml/qas-editor/essay.xml": NOTHING,
    "moodle-xml/qas-editor/gapselect.xml": NOTHING,
    "moodle-xml/qas-editor/matching.xml": NOTHING,
    "moodle-xml/qas-editor/multichoice.xml": (1, 0, 0),
    "moodle-xml/qas-editor/numerical.xml": NOTHING,
    "moodle-xml/qas-editor/randomsamatch.xml": NOTHING,
    "moodle-xml/qas-editor/shortanswer.xml": (1, 0, 0),
    "moodle-xml/qas-editor/truefalse.xml": (1, 0, 0),
}

# What Moodle itself imports from its own fixtures (behat "Importing N questions", unit
# tests' assertCount); None where Moodle refuses the whole file.
MOODLE_COUNTS: dict[str, int | None] = {
    "gift/moodle/questions.gift.txt": 9,
    "gift/moodle/questions_in_category.gift.txt": 4,
    "gift/moodle/questions_encoding_windows-1252.gift.txt": None,
    "aiken/moodle/questions.aiken.txt": 2,
    "aiken/moodle/aiken_errors.txt": 3,
    "moodle-xml/moodle/multichoice.xml": 1,
    "moodle-xml/moodle/truefalse.xml": 2,
    "moodle-xml/moodle/multianswer.xml": 1,
    "moodle-xml/moodle/sample_questions_with_old_image_tag.xml": 2,
    "moodle-xml/moodle/old_format_file.xml": 2,
    "moodle-xml/moodle/categories_reverse_order.xml": 2,
    "moodle-xml/moodle/nested_categories.xml": 1,
    "moodle-xml/moodle/nested_categories_with_questions.xml": 5,
    "moodle-xml/moodle/category_with_description.xml": 1,
    "moodle-xml/moodle/broken_cloze_questions.xml": None,
    "moodle-xml/moodle/error_invalid_grades.xml": None,
    "moodle-xml/moodle-5x/error_invalid_fraction_sum.xml": None,
}


def _corpus_files(corpus: Path) -> set[str]:
    patterns = ("gift/*/*.gift", "gift/*/*.txt", "aiken/*/*.txt", "moodle-xml/*/*.xml")
    return {str(p.relative_to(corpus)) for pattern in patterns for p in corpus.glob(pattern)}


def test_every_corpus_file_has_an_expectation(corpus_dir: Path) -> None:
    assert _corpus_files(corpus_dir) == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_file(corpus_dir: Path, name: str) -> None:
    expected = EXPECTED[name]
    if isinstance(expected, str):
        with pytest.raises(QuestionFileError) as refused:
            registry.read_file(corpus_dir / name)
        assert any(expected in p.message for p in refused.value.problems)
        assert all(p.file == str(corpus_dir / name) for p in refused.value.problems)
        return
    result = registry.read_file(corpus_dir / name)
    counts = (len(result.question_set.questions), len(result.skipped), len(result.invalid))
    assert counts == expected
    assert all(p.line is not None for p in result.invalid)
    assert all(s.line is not None for s in result.skipped)


@pytest.mark.parametrize("name", sorted(MOODLE_COUNTS))
def test_imported_plus_skipped_is_what_moodle_imports(corpus_dir: Path, name: str) -> None:
    moodle = MOODLE_COUNTS[name]
    try:
        result = registry.read_file(corpus_dir / name)
    except QuestionFileError as refused:
        assert moodle == (len(refused.skipped) or None)
        return
    if moodle is None:  # Moodle refuses the whole file; so does our import, by default
        assert result.invalid
    else:
        assert len(result.question_set.questions) + len(result.skipped) == moodle


def test_moodle_gift_fixture_in_detail(corpus_dir: Path) -> None:
    result = registry.read_file(corpus_dir / "gift/moodle/questions_in_category.gift.txt")
    assert result.question_set.title == "Default for New Features"
    greeting, user, acronym = result.question_set.questions
    assert greeting.key == "greeting"
    assert (
        greeting.prompt
        == "[media: bonjour.mp3] Listen to this greeting:\nWhat language is being spoken?"
    )
    assert [c.text for c in greeting.choices if c.fraction == 1.0] == ["French"]
    assert user.type == "short" and user.answers[0].text == "Moodler"
    assert acronym.prompt.endswith("Dynamic Learning Environment.")
    assert result.skipped[0].line == 5


def test_moodle_xml_nested_categories_become_tags(corpus_dir: Path) -> None:
    result = registry.read_file(
        corpus_dir / "moodle-xml/moodle/nested_categories_with_questions.xml"
    )
    assert result.question_set.title == "Iota"
    tags = {q.prompt: q.tags for q in result.question_set.questions}
    assert tags == {
        "Testing Iota Question": (),
        "Testing Kappa Question": ("Kappa",),
        "Testing Lambda Question": ("Kappa/Lambda",),
        "Testing Mu Question": ("Mu",),
    }


_PEGJS_SKIPPED = {"Matching", "Essay", "Description"}


def _pegjs_pairs(corpus: Path) -> list[Path]:
    return sorted((corpus / "gift/gift-pegjs").glob("*.gift"))


def test_gift_pegjs_expected_parses_agree(corpus_dir: Path) -> None:
    """Where gift-pegjs and Moodle agree, so do we: question kinds, choices and credit."""
    for path in _pegjs_pairs(corpus_dir):
        expected = [
            q for q in json.loads(path.with_suffix(".json").read_text()) if q["type"] != "Category"
        ]
        try:
            result = gift.read_file(path)
        except QuestionFileError as refused:
            read = len(refused.problems) - 1 + len(refused.skipped)  # less the summary line
            assert read == len(expected), path.name
            continue
        questions = iter(result.question_set.questions)
        skipped = iter(result.skipped)
        assert len(result.question_set.questions) + len(result.skipped) == len(expected), path.name
        for parse in expected:
            if parse["type"] in _PEGJS_SKIPPED or (
                parse["type"] == "Numerical" and _has_tolerance(parse["choices"])
            ):
                next(skipped)
                continue
            question = next(questions)
            if parse["stem"]["format"] in ("moodle", "plain") and "<" not in parse["stem"]["text"]:
                assert _words(question.prompt) == _words(parse["stem"]["text"]), path.name
            if parse["type"] == "TF":
                right = "True" if parse["isTrue"] else "False"
                assert [c.text for c in question.choices if c.fraction == 1.0] == [right]
            elif parse["type"] == "MC":
                flags = [
                    c["isCorrect"] or bool(c["weight"] and c["weight"] > 0)
                    for c in parse["choices"]
                ]
                assert [c.fraction > 0 for c in question.choices] == flags, path.name
            elif parse["type"] == "Short":
                assert len(question.answers) == len(parse["choices"]), path.name


def _words(text: str) -> str:
    """Whitespace aside: gift-pegjs joins lines with a space and spaces out a "_____ ." blank."""
    return re.sub(r"\s+([.,?!])", r"\1", " ".join(text.split()))


def _has_tolerance(choices: object) -> bool:
    items = choices if isinstance(choices, list) else [{"text": choices}]
    for item in items:
        answer = item.get("text", item)
        if isinstance(answer, dict) and (
            answer.get("type") == "high-low"
            or (answer.get("type") == "range" and answer.get("range", 1) != 0)
        ):
            return True
    return False
