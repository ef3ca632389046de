"""A question before it is filtered, balanced and given its key."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

DraftKind = Literal["single", "multiple", "short"]


@dataclass(frozen=True)
class Draft:
    """A candidate question.

    `fact` names what the question tests ("count:basic-duties", "term:dual identity"): two
    drafts with one fact are the same question in other words, and only the first survives.
    `right` holds the correct choice(s) or accepted answers, `wrong` the distractors.
    """

    kind: DraftKind
    stem: str
    fact: str
    prompt: str
    right: tuple[str, ...]
    wrong: tuple[str, ...]
    quote: tuple[int, int]
    highlight: tuple[int, int] | None
    section: str
    tags: tuple[str, ...]
    explanation: str
