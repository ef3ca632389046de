"""What else a document says about a figure's rule, found by the figure itself.

A threshold is seldom stated once. "Get permission before booking any travel over $200" has
its other side further on ("Under $200, lazy consensus can be applied"), and a notice period
its reason in the FAQ ("The purpose of the two-week notification is to ensure ..."). Judges
fail an explanation that leaves out either. Looking for them by the words a sentence shares
with the rule found mostly unrelated sentences; the same amount or span of time, written
again, points at the same rule more surely, so that is what is looked for here: a sentence
of the rule's section with its figure that states a reason or sets the opposite bound, or a
sentence anywhere that names the figure's rule as what it gives the purpose of. (A figure such
as "24 hours" or "7 days" recurs in one document for unrelated rules; measured on the tuning
documents, only these ways found the rule's own reason or other side; a span of time on the
other side of a bound is taken only from the rule's own paragraph, since "over 40 hours" of
jury duty is no other side of "up to 40 hours" of leave carried over.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.generate.figures import Figure
from quizapp.generate.plain import visible
from quizapp.generate.statements import Unit, gives_reason, is_readable, rule_of_its_own
from quizapp.generate.text import NUMBER_WORDS

# Bounds that split cases at the figure; not "within", which sets a deadline whose other side
# is no rule ("start within 90 days" beside "employed for at least 90 days").
_ABOVE = r"over|more than|above|exceeding|greater than|beyond|at least"
_BELOW = r"under|less than|below|fewer than|up to|at most|no more than"
_BOUND = re.compile(rf"\b(?:(?P<above>{_ABOVE})|(?P<below>{_BELOW}))\s*$", re.IGNORECASE)
# "The purpose of the two-week notification is ...": a reason that names the figure's rule,
# found among the document's sentences by its words, then checked to stand right before it.
_NAMES_A_PURPOSE = re.compile(
    r"\b(?:purpose|reason|point|aim|goal|idea)\s+(?:of|for|behind)\b", re.I
)
_PURPOSE_OF = re.compile(rf"{_NAMES_A_PURPOSE.pattern}\s+(?:the\s+|a\s+|this\s+|our\s+)?$", re.I)
_TIME = re.compile(r"^(?:business |working )?(minute|hour|day|week|month|year)s?\b", re.I)
# The lower end of a range, before the figure written again: "one to two minutes", "1-2 days".
_RANGE_BEFORE = re.compile(
    rf"\b(?:\d+|{'|'.join(NUMBER_WORDS)})\s*(?:to|-|–|or)\s*$", re.IGNORECASE
)
MAX_WORDS = 45
REACH = 40  # sentences either side of the rule that its other side or reason may stand in


@dataclass(frozen=True)
class Sentences:
    """The document's sentences as shown, read once (showing one costs more than the rest of
    the search): each section's in order, and those anywhere that name a purpose ("the purpose
    of ..."), which are few."""

    by_section: dict[int, list[tuple[Unit, str]]]
    naming_purpose: list[tuple[Unit, str]]

    @classmethod
    def of(cls, clauses: list[Unit]) -> Sentences:
        by_section: dict[int, list[tuple[Unit, str]]] = {}
        naming: list[tuple[Unit, str]] = []
        seen: set[int] = set()
        for unit in clauses:
            if unit.sentence.start in seen:
                continue
            seen.add(unit.sentence.start)
            shown = visible(unit.sentence.text)
            if len(shown.split()) > MAX_WORDS or not is_readable(unit.sentence.text, shown):
                continue
            by_section.setdefault(id(unit.section), []).append((unit, shown))
            if _NAMES_A_PURPOSE.search(shown):
                naming.append((unit, shown))
        return cls(by_section, naming)

    def near(self, unit: Unit) -> list[tuple[Unit, str]]:
        """The sentences of the unit's section within `REACH` of it, nearest first, so that a
        long section costs each figure the same."""
        shown = self.by_section.get(id(unit.section), [])
        at = next(
            (i for i, (u, _) in enumerate(shown) if u.sentence.start >= unit.sentence.start), 0
        )
        window = range(max(0, at - REACH), min(len(shown), at + REACH + 1))
        return [shown[i] for i in sorted(window, key=lambda i: abs(i - at))]


def about_figure(unit: Unit, figure: Figure, sentences: Sentences) -> tuple[str, str]:
    """The sentence elsewhere that gives the other side of the figure's bound, and the one
    that gives a reason for it ("" for either the document does not have)."""
    written = _written(figure)
    if written is None:
        return "", ""
    side = _side(unit.clause.text[: figure.start])
    other_side = reason = ""
    for other, shown in [*sentences.near(unit), *sentences.naming_purpose]:
        if other.sentence.start == unit.sentence.start:
            continue
        match = written.search(shown)
        if match is None or _RANGE_BEFORE.search(shown[: match.start()]):
            continue  # "for one to two minutes to prevent a hematoma": another span, and
            # another rule's reason (round 189's venipuncture procedure)
        here = other.section is unit.section
        named = _PURPOSE_OF.search(shown[: match.start()]) is not None
        if not reason and (
            named
            or (
                here
                and other.context == unit.context  # not the "15 days" of another leave
                and gives_reason(shown)
                and not rule_of_its_own(shown)
            )
        ):  # "members must work 1000 hours ... in order to sustain their membership" is its
            # own rule's reason, not the stipend's that needs 1000 hours (round 48's judge)
            reason = shown
        elif (
            not other_side
            and side
            and (other.block is unit.block or (here and figure.kind == "money"))
            and _side(shown[: match.start()]) not in ("", side)
        ):
            other_side = shown
    return other_side, reason


def _written(figure: Figure) -> re.Pattern[str] | None:
    """The figure as another sentence may write it: "$200", "two weeks", "2-week"."""
    number = figure.written.lstrip("$€£¥").replace(",", "")
    if figure.kind == "money":
        symbol = re.escape(figure.written[:1]) if not figure.written[:1].isdigit() else ""
        digits = f"{int(figure.value):,}".replace(",", ",?")
        return re.compile(rf"{symbol}\s?{digits}(?!\d|,\d)")
    unit = _TIME.match(figure.unit)
    if unit is None:
        return None
    forms = {number.lower(), f"{figure.value:g}"}
    forms |= {word for word, value in NUMBER_WORDS.items() if value == figure.value}
    spelled = "|".join(sorted(forms, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w.])(?:{spelled})[- ](?:business[- ]|working[- ])?{unit.group(1)}s?\b",
        re.IGNORECASE,
    )


def _side(before: str) -> str:
    """Which side of its figure a bound takes: "above" ("over $200"), "below" ("under
    $200"), or "" when the words before the figure set no bound."""
    match = _BOUND.search(before)
    if match is None:
        return ""
    return "above" if match.group("above") else "below"
