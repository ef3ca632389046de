"""Random and mutated input: every reader either reads a whole, valid set or raises our error.

"Whole" is checked by writing the set as native YAML and reading it back with the native
reader's own checks: whatever a reader returns is a set the app can store and ask as it is.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.domain.problems import Problem, QuestionFileError
from quizapp.formats import aiken, csv_table, gift, moodle_xml, native, registry

SEEDS = {
    gift: (
        "// [id:x] [tag:t]\n$CATEGORY: $course$/top/A\n\n::Q::[html]<p>What\\: is</p>{\n"
        "=%100%yes#good ~%-50%no#bad ~[plain]maybe\n####General}\n\nA {T#w#r}\n\n"
        "B {=a =%50%b#c}\n\nC {#=3:0 ~#x}\n\nD is {~x =y} here.\n\nE {=a -> b =c -> d}\n\nF {}\n"
    ),
    aiken: "Q one?\nA) x\nB. y\nANSWER: B\n\nQ two\nA)a\nB)b\nC)c\nANSWER: C\n",
    moodle_xml: (
        '<?xml version="1.0"?><quiz><question type="category"><category><text>$course$/top/A'
        '</text></category></question><question type="multichoice"><name><text>N</text></name>'
        '<questiontext format="html"><text><![CDATA[<p>Q</p>]]></text></questiontext>'
        '<single>false</single><answer fraction="50"><text>a</text><feedback><text>f</text>'
        '</feedback></answer><answer fraction="50"><text>b</text></answer><answer fraction="0">'
        '<text>c</text></answer></question><question type="shortanswer"><name><text>S</text>'
        '</name><questiontext><text>S?</text></questiontext><answer fraction="100"><text>x'
        "</text></answer></question></quiz>"
    ),
    csv_table: (
        "key,type,prompt,choices,correct,fractions,feedback,tags\n"
        'a,single,"Q, one",x|y,A,,f|g,t1|t2\nb,,Two?,2|two,,,,\nc,multiple,M,a|b|c,"A,B",,,\n'
    ),
}
READERS = list(SEEDS)
_NOISE = st.sampled_from([*"{}~=#:\\%[]<>&;,|\"'/-\n\t AZaz09", "\x00", "\ufeff", "é"])


@st.composite
def mutated(draw: st.DrawFn, seed: str) -> str:
    text = seed
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["insert", "delete", "replace", "cut", "repeat"]))
        if action == "insert":
            text = text[:at] + draw(st.text(_NOISE, min_size=1, max_size=4)) + text[at:]
        elif action == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 6)) :]
        elif action == "replace":
            text = text[:at] + draw(_NOISE) + text[at + 1 :]
        elif action == "cut":
            text = text[:at]
        else:
            text = text[:at] + text[at : at + 20] * draw(st.integers(2, 5)) + text[at:]
    return text


def assert_reads_whole_or_refuses(reader: ModuleType, text: str) -> None:
    try:
        result = reader.read_text(text, file="fuzz", set_id="fuzz", title="Fuzz")
    except QuestionFileError as error:
        assert error.problems
        assert all(
            isinstance(p, Problem) and (p.line is None or p.line >= 1) for p in error.problems
        )
        return
    assert result.question_set.questions
    again = native.loads(native.dumps(result.question_set), file=Path("fuzz.yaml"))
    assert again.invalid == ()
    assert again.question_set == result.question_set


_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("reader", READERS, ids=lambda m: m.FORMAT_NAME)
@_SETTINGS
@given(data=st.data())
def test_mutated_files(reader: ModuleType, data: st.DataObject) -> None:
    assert_reads_whole_or_refuses(reader, data.draw(mutated(SEEDS[reader])))


@pytest.mark.parametrize("reader", READERS, ids=lambda m: m.FORMAT_NAME)
@_SETTINGS
@given(text=st.text())
def test_random_text(reader: ModuleType, text: str) -> None:
    assert_reads_whole_or_refuses(reader, text)


@pytest.mark.parametrize("fmt", registry.FORMAT_NAMES)
@settings(max_examples=50, deadline=None)
@given(raw=st.binary(max_size=200))
def test_random_bytes_from_disk(fmt: str, raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "random.bin"
        path.write_bytes(raw)
        try:
            registry.read_file(path, fmt)
        except QuestionFileError as error:
            assert error.problems


def test_seeds_are_read() -> None:
    for reader, seed in SEEDS.items():
        assert reader.read_text(seed).question_set.questions
