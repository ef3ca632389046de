"""A stretch of the source as a reader sees it, every character still tied to its offset.

Questions are worded from what a reader sees (no asterisks, no link targets, no emoji) but
quote the source exactly, so the generator reads a `Plain` text: the visible characters, each
with its offset in the source. A phrase found in the plain text is a span of the source.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from quizapp.domain.markdown_marks import inline_marks
from quizapp.generate.text import COUNT_WORDS

# Inline Markdown whose marks are not read, beside those of `inline_marks` (emphasis, escapes,
# a link's brackets and target): images and HTML tags go entirely, code keeps its words.
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_AUTOLINK = re.compile(r"<(?:https?|mailto):[^>\s]+>")
_TAG = re.compile(r"</?[A-Za-z][^>\n]*>")
_FOOTNOTE = re.compile(r"\[\^[^\]\n]+\]")
# A link with no words, drawn as an icon, and kramdown's attribute list that styles it
# ("[](commentary.md#4-1){: .fa .fa-question-circle}" after a heading), or Pandoc's that
# anchors a span or heading ("[Quorum]{#VIII.F}", round 207's senate bylaws): nothing to read.
_EMPTY_LINK = re.compile(
    r"\[\]\([^)\n]*\)|\{:[^}\n]*\}|\{[#.][A-Za-z][\w.:-]*(?:\s+[#.]?[\w.:=-]+)*\}"
)
# reStructuredText's inline marks: a role (":doc:`the guide <guide>`") and a link ("`our
# mailing list`_", "`text <url>`__") keep their words; a literal ("``name``") reads as a name
# in backticks.
# Either may break across a line ("... to :ref:`rebase on main\n  <rebasing-on-main>`").
_RST_ROLE = re.compile(r":[a-z][\w.+-]*:`([^`]{1,200}?)\s*(?:<[^>`]*>)?`")
_RST_LINK = re.compile(r"(?<!`)`([^`<]{1,200}?)\s*(?:<[^>`]*>)?`__?(?!\w)")
_RST_LITERAL = re.compile(r"``(?=[^`\s])|(?<=[^`\s])``")
# A bracketed aside a question does without: a pointer elsewhere ("(see below)"), an example,
# a gloss ("(land)"). An acronym in brackets stays: the document goes on to use it; so does
# a bracket inside a word ("to be (re)appointed"), whose removal would join two words; and
# so does a reason ("(since we offer unlimited vacation)", "(required for the audit)"),
# which is what an explanation most needs.
_ASIDE = re.compile(
    r"\s*(?<!\w)\((?![A-Z][A-Za-z]{1,7}\))"
    r"(?!(?i:since|because|so that|so we|in order to|to ensure|required for|required by)\b)"
    r"(?:[^()]|\([^()]*\)){1,160}\)(?!\w)"
)
# A span of time in the aside that follows a sentence's first word or two: the case its
# subject is ("several days in a row", "more than 3 days").
_SPAN_OF_CASE = re.compile(
    rf"\b(?:several|a few|many|\d+|{COUNT_WORDS}|more than|less than|up to)\s+"
    r"(?:\w+\s+)?(?:days?|weeks?|months?|years?|hours?)\b",
    re.IGNORECASE,
)
# A word written twice in a row, which a reader reads once; English repeats only a few.
_REPEATED_WORD = re.compile(r"\b([A-Za-z]{2,})\s+(\1)\b", re.IGNORECASE)
_REPEATABLE = frozenset({"that", "had", "is", "do", "very", "so", "no", "bye", "ha"})
# A comparison sign before a number, as a reader says it; "more than" then "=" is "at least".
_COMPARISONS = {
    ">": "more than",
    "<": "less than",
    "≥": "at least",
    "≤": "at most",
    "more than": "at least",
    "less than": "at most",
}
_BEFORE_NUMBER = re.compile(r"=?\s?\$?\d")
# An HTML character reference ("&#x20;", "&amp;", "&nbsp;"), which Markdown shows as its
# character.
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Emoji and their joiners, variation selectors and skin tones: a reader skips them.
_EMOJI_JOINERS = {"\u200d", "\ufe0e", "\ufe0f", "\u20e3"}


@dataclass(frozen=True)
class Plain:
    """Visible text and, per character, its offset in the source."""

    text: str
    offsets: tuple[int, ...]
    end: int  # the source offset just after the stretch

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The source span of `text[start:end]` (end exclusive), tight around its characters."""
        if start >= end:
            at = self.offsets[start] if start < len(self.offsets) else self.end
            return at, at
        return self.offsets[start], self.offsets[end - 1] + 1

    def slice(self, start: int, end: int) -> Plain:
        return Plain(self.text[start:end], self.offsets[start:end], self.span(start, end)[1])


def plain(source: str, start: int, end: int) -> Plain:
    """The visible characters of `source[start:end]`, with line breaks read as spaces and runs
    of spaces as one."""
    chunk = source[start:end]
    hidden = _hidden(chunk)
    characters = _characters(chunk, hidden)
    text: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(source[start:end]):
        if hidden[index]:
            continue
        char = characters.get(index, char)
        if char.isspace():
            if not text or text[-1] == " ":
                continue
            char = " "
        elif char == "`":
            char = '"'  # a name in backticks reads as a name in quotation marks
        elif char in _COMPARISONS and _BEFORE_NUMBER.match(source, start + index + 1):
            char = _COMPARISONS[char]  # "if the last update > 2 days ago": more than 2 days
            after = start + index + 1
            if source[after : after + 1] == "=":
                char = _COMPARISONS[char]
                hidden[index + 1] = True
                after += 1
            if not source[after : after + 1].isspace():
                char += " "  # ">=15 minutes": "at least 15 minutes" (round 91's judge)
        text.extend(char)
        offsets.extend([start + index] * len(char))
    while text and text[-1] == " ":
        text.pop()
        offsets.pop()
    return Plain("".join(text), tuple(offsets), end)


def visible(text: str) -> str:
    """What a reader sees of a Markdown fragment, as one line."""
    return plain(text, 0, len(text)).text


def _characters(chunk: str, hidden: list[bool]) -> dict[int, str]:
    """Per character reference in `chunk`, the character it stands for, read at its "&" (the
    rest of the reference is hidden)."""
    found: dict[int, str] = {}
    for match in _ENTITY.finditer(chunk):
        character = html.unescape(match.group(0))
        if character != match.group(0) and not hidden[match.start()]:
            found[match.start()] = character
            for index in range(match.start() + 1, match.end()):
                hidden[index] = True
    return found


def _hidden(chunk: str) -> list[bool]:
    hidden = [False] * len(chunk)

    def hide(start: int, end: int) -> None:
        for index in range(start, end):
            hidden[index] = True

    for start, end in inline_marks(chunk):  # emphasis, escapes, a link's brackets and target
        hide(start, end)
    for pattern in (_IMAGE, _AUTOLINK, _TAG, _FOOTNOTE, _EMPTY_LINK):
        for match in pattern.finditer(chunk):
            hide(match.start(), match.end())
    for match in _ASIDE.finditer(chunk):
        before = chunk[: match.start()]
        if not before.strip():
            continue  # a sentence in brackets is not an aside
        if len(before.split()) <= 2 and _SPAN_OF_CASE.search(match.group(0)):
            continue  # "Vacation (several days in a row) should be requested ...": which case
            # the subject is, beside "Vacation of 1-3 weeks ..." (round 66's leave policy)
        hide(match.start(), match.end())
    for pattern in (_RST_ROLE, _RST_LINK):
        for match in pattern.finditer(chunk):
            hide(match.start(), match.start(1))
            hide(match.end(1), match.end())
    for match in _REPEATED_WORD.finditer(chunk):
        if match.group(1).lower() not in _REPEATABLE:
            hide(match.end(1), match.end())  # "the Steering Committee charter Charter": a typo
    for match in _RST_LITERAL.finditer(chunk):
        hide(match.start(), match.start() + 1)
    for index, char in enumerate(chunk):
        if char in _EMOJI_JOINERS or _is_emoji(char):
            hidden[index] = True
    return hidden


def _is_emoji(char: str) -> bool:
    code = ord(char)
    return (
        0x1F000 <= code <= 0x1FAFF
        or 0x2600 <= code <= 0x27BF
        or (unicodedata.category(char) == "So" and code > 0x2000 and char not in "©®™°")
    )
