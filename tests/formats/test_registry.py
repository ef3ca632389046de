"""Format detection and the single entry point for reading and writing any format."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.domain.problems import QuestionFileError
from quizapp.domain.questions import Choice, Question, QuestionSet
from quizapp.formats import registry

GIFT = "Capital of France? {=Paris ~Lyon}\n"
AIKEN = "Capital of France?\nA) Paris\nB) Lyon\nANSWER: A\n"
XML = '<?xml version="1.0"?>\n<quiz></quiz>\n'
CSV = "type;prompt;choices;correct\nsingle;Capital?;Paris|Lyon;A\n"
NATIVE = "format: quizapp-set/1\nid: s\n"


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("a.gift", "", "gift"),
        ("a.yaml", "", "native"),
        ("a.yml", "", "native"),
        ("a.xml", "", "moodle-xml"),
        ("a.csv", "", "csv"),
        ("a.txt", GIFT, "gift"),
        ("a.txt", AIKEN, "aiken"),
        # Braces in an Aiken question's text: its `ANSWER:` lines closing questions outweigh them.
        ("a.txt", "Is {1} a set?\nA) {1, 2}\r\nB) {4}\r\n\nANSWER: A\n", "aiken"),
        ("a.txt", "$CATEGORY: x\n", "gift"),
        ("export", XML, "moodle-xml"),
        ("export", CSV, "csv"),
        ("export", NATIVE, "native"),
    ],
)
def test_detect_format(name: str, text: str, expected: str) -> None:
    assert registry.detect_format(Path(name), text) == expected


def test_undetectable_content_is_refused_with_the_formats_to_choose() -> None:
    with pytest.raises(QuestionFileError, match="--format"):
        registry.detect_format(Path("notes.txt"), "just some words")


def test_read_file_auto_and_forced(tmp_path: Path) -> None:
    path = tmp_path / "quiz.txt"
    path.write_text(AIKEN, encoding="utf-8")
    assert registry.read_file(path).format == "aiken"
    with pytest.raises(QuestionFileError):
        registry.read_file(path, "gift")  # an Aiken file has nothing GIFT can ask


QSET = QuestionSet(
    "s", "Set", (Question("q1", "single", "Capital?", (Choice("Paris", 1.0), Choice("Lyon"))),)
)


@pytest.mark.parametrize("fmt", [f for f in registry.FORMAT_NAMES if f != "native"])
def test_write_then_read_every_format(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "out.data"
    registry.write_file(QSET, path, fmt)
    result = registry.read_file(path, fmt)
    assert [(q.prompt, q.choices) for q in result.question_set.questions] == [
        ("Capital?", QSET.questions[0].choices)
    ]


def test_unknown_format_name() -> None:
    with pytest.raises(ValueError, match="unknown format 'qti'"):
        registry.dumps(QSET, "qti")


def test_files_named_without_latin_letters_become_different_sets(tmp_path: Path) -> None:
    from quizapp.formats.interchange import default_set_id

    first, second = default_set_id(Path("培训一.gift")), default_set_id(Path("安全二.gift"))
    assert first.startswith("set-") and second.startswith("set-") and first != second
    assert default_set_id(Path("培训一.gift")) == first, "the same name, the same set"


def test_long_names_give_keys_that_fit_the_database() -> None:
    from quizapp.domain.questions import MAX_ID_LENGTH
    from quizapp.formats import gift

    name = "word " * 52  # 260 characters
    text = f"::{name}::Is this long? {{T}}\n\n::{name}::Is this long too? {{F}}\n"
    keys = [q.key for q in gift.read_text(text, file="t.gift").question_set.questions]
    assert len(set(keys)) == 2 and all(len(key) <= 83 < MAX_ID_LENGTH for key in keys)
