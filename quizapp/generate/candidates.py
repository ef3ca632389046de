"""A candidate question: drafted by a family, before it is checked, ranked and given its key."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

CandidateKind = Literal["single", "multiple", "short"]
# What a question asks for; the selection keeps a balance of families in each section.
Family = Literal[
    "who",
    "identity",
    "figure",
    "definition",
    "target",
    "object",
    "step",
    "action",
    "purpose",
    "contrast",
    "field",
    "manner",
    "list",
    "truth",
    "consequence",
    "prohibition",
]


@dataclass(frozen=True)
class Candidate:
    """A candidate question.

    `fact` names what the question tests: two drafts with one fact are the same question in
    other words, and only the better survives. `right` holds the correct choice(s) or the
    accepted answers, `wrong` the distractors. `anchor` is the source offset of the paragraph
    or list item the question is about (for coverage); `score` orders drafts, best first.
    """

    kind: CandidateKind
    family: Family
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
    anchor: int
    score: float
