"""Sentence and clause boundaries, as offsets into the source.

Hand-written rather than a library splitter: every quote must be the source's exact text at
its span, so the splitter works on offsets from the start and never rewrites the text; and the
documents we read break sentences in ways a trained splitter gets wrong (a period inside a
closing quote followed by a stray space, a semicolon that starts a capitalised clause).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.generate.text import word_set

# A sentence ends at . ! or ? (possibly followed by a closing quote, bracket or emphasis mark,
# even after a stray space: "**Get approval.** If ..."), when what follows starts a new
# sentence or ends the paragraph. A sentence may open with a quoted term in lower case
# ('... "two functions". "dual identity" means ...').
# An HTML line break after the mark ("... on your own. <br />" then the next line) is a
# space between sentences.
# A sentence also ends where the space after its period was left out ("... for cast officer
# positions.On completion of this period, ..."): a word of three small letters or more, its
# dot, and a capitalised word.
_END = re.compile(
    r"[.!?]+(?:\s?[\"”’)*_]+)?(?:\s*<br\s*/?>)?"
    r"(?=\s+[\"“‘(*_]*[A-Z0-9]|\s+[\"“][a-z]|\s*$)|"
    r"(?<=[a-z]{3})\.(?=[A-Z][a-z]+\s)"
)
_LINE_BREAK = re.compile(r"\s*<br\s*/?>\s*$")
_ABBREVIATIONS = word_set(
    """mr mrs ms dr st no nos vs etc e.g i.e eg ie fig figs approx dept inc ltd co corp jr sr prof
    gen sec art ch para p pp vol cf al est min max jan feb mar apr jun jul aug sep sept oct
    nov dec"""
)
# Dotted initialisms ("U.S.", "a.m.", "Ph.D."): letters each followed by a dot.
_INITIALISM = re.compile(r"^(?:[a-z]{1,2}\.)+[a-z]{1,2}$")


@dataclass(frozen=True)
class Sentence:
    """A stretch of the source, `text == source[start:end]`, without surrounding spaces."""

    start: int
    end: int
    text: str


def split_sentences(source: str, start: int, end: int) -> list[Sentence]:
    """The sentences of `source[start:end]`, a paragraph, in order."""
    chunk = source[start:end]
    sentences: list[Sentence] = []
    begin = 0
    for match in _END.finditer(chunk):
        if _is_abbreviation(chunk, match.start()):
            continue
        _append(sentences, source, start + begin, start + match.end())
        begin = match.end()
    _append(sentences, source, start + begin, end)
    return sentences


def _is_abbreviation(chunk: str, dot: int) -> bool:
    if chunk[dot] != ".":
        return False
    token = re.search(r"[\w.]*$", chunk[max(0, dot - 40) : dot])  # the word before the dot
    word = token.group(0).lower() if token else ""
    return (
        word in _ABBREVIATIONS
        or _INITIALISM.match(word) is not None
        or (len(word) == 1 and chunk[dot - 1].isupper())
    )


def _append(sentences: list[Sentence], source: str, start: int, end: int) -> None:
    while start < end and source[start].isspace():
        start += 1
    while end > start and source[end - 1].isspace():
        end -= 1
    trailing = _LINE_BREAK.search(source, start, end)
    if trailing is not None:
        end = trailing.start()  # the sentence, not the line break after it
    if end > start:
        sentences.append(Sentence(start, end, source[start:end]))
