"""The shipped bank for the speech: the quality bar of issue 3, and byte-for-byte regeneration."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from quizapp.domain.questions import QuestionSet
from quizapp.formats import native
from quizapp.generate import draft_questions, generate_file, generate_set
from quizapp.generate.quality import longest_is_right
from quizapp.generate.structure import read_structure

REPO = Path(__file__).resolve().parents[2]
SPEECH = REPO / "resources/speech/how-to-be-a-good-village-party-secretary.txt"
SHIPPED = REPO / "questions/village-party-secretary.yaml"


@pytest.fixture(scope="module")
def speech() -> str:
    return SPEECH.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def bank(speech: str) -> QuestionSet:
    return generate_set(speech, set_id="village-party-secretary")


def test_regenerating_gives_the_shipped_file_byte_for_byte(tmp_path: Path) -> None:
    """`quizapp generate DOC -o questions/village-party-secretary.yaml`, in a copy of the repo."""
    document = tmp_path / "resources/speech" / SPEECH.name
    document.parent.mkdir(parents=True)
    shutil.copyfile(SPEECH, document)
    output = tmp_path / "questions/village-party-secretary.yaml"
    generate_file(document, output)
    assert output.read_bytes() == SHIPPED.read_bytes()


def test_the_shipped_file_reads_back_without_problems() -> None:
    result = native.read_file(SHIPPED)
    assert result.invalid == ()
    assert result.skipped == ()
    assert result.question_set.source is not None
    assert result.question_set.id == "village-party-secretary"
    assert result.question_set.title == "How to be a good secretary of the village party branch"
    assert len(result.question_set.questions) >= 100


def test_counts_meet_the_bar(bank: QuestionSet) -> None:
    kinds = [q.type for q in bank.questions]
    assert len(kinds) >= 100
    assert kinds.count("short") * 3 >= len(kinds)
    assert kinds.count("multiple") >= 1


def test_the_right_answer_is_the_longest_choice_no_more_often_than_chance(speech: str) -> None:
    assert longest_is_right(draft_questions(speech)) <= 1 / 3


def test_every_section_and_numbered_item_is_asked_about(speech: str, bank: QuestionSet) -> None:
    document = read_structure(speech)
    spans = [q.span for q in bank.questions if q.span]

    def asked(start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in spans)

    headed = [s for s in document.sections if s.title != "Introduction"]
    assert len(headed) == 3
    for section in headed:
        assert asked(section.start, section.end), section.title
    items = [b for b in document.blocks if b.kind == "item" and b.number is not None]
    assert len(items) == 3 + 5 + 4
    for item in items:
        assert asked(item.start, item.end), speech[item.start : item.start + 60]


def test_the_speech_is_generated_in_under_a_second(speech: str) -> None:
    started = time.perf_counter()
    generate_set(speech, set_id="timing")
    assert time.perf_counter() - started < 1.0


def test_the_generator_knows_nothing_of_the_speech() -> None:
    """Everything comes from structure and language patterns, not from the speech's words."""
    code = " ".join(
        path.read_text(encoding="utf-8").lower()
        for path in (REPO / "quizapp/generate").rglob("*.py")
    )
    speech_words = ("five good", "luo chuan", "shanggu", "dou xiandi", "taiji", "party", "branch")
    for word in speech_words:
        assert word not in code, word
