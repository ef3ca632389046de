"""Blanks in the author's own sentences: the shape of every recall question.

A blank shown in its sentence tells the trainee exactly what kind of answer is wanted (a name,
a figure, a term), which is what makes a short answer unambiguous. Long sentences are cut
down to their opening and the comma-separated stretch around the blank.
"""

from __future__ import annotations

from quizapp.generate.sentences import Sentence
from quizapp.generate.text import leans_on_context, squash, strip_markup, word_count

BLANK = "____"
_MAX_CLOZE_WORDS = 40
_MIN_CLOZE_WORDS = 7


def as_quotation(shown: str) -> str:
    """Text from the document set off in a prompt; in quotation marks unless it has its own."""
    return shown if '"' in shown or "“" in shown else f'"{shown}"'


def cloze(text: str, clause: Sentence, span: tuple[int, int]) -> str | None:
    """The clause with `span` blanked, if it reads on its own; None when it cannot."""
    before = strip_markup(text[clause.start : span[0]])
    after = strip_markup(text[span[1] : clause.end])
    shown = squash(before + BLANK + after).rstrip(";")
    if word_count(shown) > _MAX_CLOZE_WORDS:
        shown = _around_blank(shown)
    if not _MIN_CLOZE_WORDS <= word_count(shown) <= _MAX_CLOZE_WORDS:
        return None
    if leans_on_context(shown):
        return None
    return as_quotation(shown)


def _around_blank(shown: str) -> str:
    pieces = shown.split(", ")
    at = next(i for i, piece in enumerate(pieces) if BLANK in piece)
    first, last = at, at
    budget = _MAX_CLOZE_WORDS * 3 // 4

    def fits(lo: int, hi: int) -> bool:
        return word_count(", ".join(pieces[lo : hi + 1])) <= budget

    while first > 0 and fits(first - 1, last):  # leftwards first: the context comes before
        first -= 1
    while last < len(pieces) - 1 and fits(first, last + 1):
        last += 1
    window = ", ".join(pieces[first : last + 1])
    if first > 0:
        opening = pieces[0]
        joiner = ", …" if first > 1 else ","
        window = f"{opening}{joiner} {window}" if word_count(opening) <= 12 else f"… {window}"
    if last < len(pieces) - 1:
        window += " …"
    return window
