"""Blanks in the author's own sentences: the shape of every recall question.

A blank shown in its sentence tells the trainee exactly what kind of answer is wanted (a name,
a figure, a term), which is what makes a short answer unambiguous. Long sentences are cut
down to their opening and the comma-separated stretch around the blank.
"""

from __future__ import annotations

from quizapp.generate.sentences import Sentence
from quizapp.generate.text import leans_on_context, squash, strip_markup, word_count

BLANK = "____"
_MAX_CLOZE_WORDS = 45
_MIN_CLOZE_WORDS = 7


def as_quotation(shown: str) -> str:
    """Text from the document set off in a prompt; in quotation marks unless it has its own."""
    return shown if '"' in shown or "“" in shown else f'"{shown}"'


def cloze(
    text: str, clause: Sentence, span: tuple[int, int], context_from: int | None = None
) -> str | None:
    """The clause with `span` blanked, if it reads on its own; None when it cannot.

    `context_from` marks where the words that frame the blank begin (the head of a series);
    a long clause is never cut after it, so the blank keeps what it belongs to.
    """
    before = strip_markup(text[clause.start : span[0]])
    after = strip_markup(text[span[1] : clause.end])
    shown = squash(before + BLANK + after).rstrip(";")
    if word_count(shown) > _MAX_CLOZE_WORDS:
        keep = None
        if context_from is not None and clause.start <= context_from <= span[0]:
            keep = squash(strip_markup(text[clause.start : context_from])).count(", ")
        shown = _around_blank(shown, keep)
    if not shown or not _MIN_CLOZE_WORDS <= word_count(shown) <= _MAX_CLOZE_WORDS:
        return None
    if leans_on_context(shown):
        return None
    return as_quotation(shown)


def _around_blank(shown: str, keep: int | None) -> str:
    """The comma-separated stretch around the blank, with the clause's opening if short.

    Grows leftwards first, because what a blank belongs to usually comes before it, but not
    past `keep` (a piece index) when given; never leaves a quotation mark unclosed.
    """
    pieces = shown.split(", ")
    at = next(i for i, piece in enumerate(pieces) if BLANK in piece)
    first, last = at, at
    budget = _MAX_CLOZE_WORDS * 3 // 4

    def fits(lo: int, hi: int) -> bool:
        return word_count(", ".join(pieces[lo : hi + 1])) <= budget

    floor = min(keep, at) if keep is not None else 0
    while first > floor and fits(first - 1, last):
        first -= 1
    if keep is not None and first > floor:
        return ""
    while last < len(pieces) - 1 and fits(first, last + 1):
        last += 1
    while ", ".join(pieces[first : last + 1]).count('"') % 2 and last < len(pieces) - 1:
        last += 1
    window = ", ".join(pieces[first : last + 1])
    if window.count('"') % 2:
        return ""
    if first > 0:
        opening = pieces[0]
        joiner = ", …" if first > 1 else ","
        short_opening = word_count(opening) <= 12 and opening.count('"') % 2 == 0
        window = f"{opening}{joiner} {window}" if short_opening else f"… {window}"
    if last < len(pieces) - 1:
        window += " …"
    return window
