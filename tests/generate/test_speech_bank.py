"""The shipped bank for the speech: byte-for-byte regeneration, and that it reads back.

Issue 10 asks for 80 questions covering every numbered item; the generator keeps only the
questions its checks trust, which on this machine-translated speech is few (a who asked of
the speech's own subject is guessed, and was dropped; see the issue's notes). The floor
below guards what it reaches against regressions.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from quizapp.formats import native
from quizapp.generate import generate_file

REPO = Path(__file__).resolve().parents[2]
SPEECH = REPO / "resources/speech/how-to-be-a-good-village-party-secretary.txt"
SHIPPED = REPO / "questions/village-party-secretary.yaml"
# The "dual identity" question left the bank when questions whose explanation only says the
# rule again were dropped: eleven judges in a row failed it on that point alone. The
# "organizer and implementer" question left it when "the goal of building a new countryside"
# stopped counting as a reason: every judge of rounds 29-45 failed it on that point.
FLOOR = 3


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
    assert len(result.question_set.questions) >= FLOOR


def test_the_generator_knows_nothing_of_the_speech() -> None:
    """Everything comes from structure and language patterns, not from the speech's words."""
    code = " ".join(
        path.read_text(encoding="utf-8").lower()
        for path in (REPO / "quizapp/generate").rglob("*.py")
    )
    speech_words = ("five good", "luo chuan", "shanggu", "dou xiandi", "taiji", "party", "branch")
    for word in speech_words:
        assert word not in code, word
