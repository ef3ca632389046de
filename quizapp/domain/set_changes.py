"""What a new version of a set changes: the questions added, removed and edited, by key.

Said before a trainer confirms a load, and after an edit, so no version appears by surprise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from quizapp.domain.questions import Question


@dataclass(frozen=True)
class SetChanges:
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    edited: tuple[str, ...] = ()

    @property
    def any(self) -> bool:
        return bool(self.added or self.removed or self.edited)

    def describe(self) -> str:
        """One line: '2 added, 1 removed, 3 edited', or 'no question changed'."""
        parts = [
            f"{len(keys)} {word}"
            for keys, word in (
                (self.added, "added"),
                (self.removed, "removed"),
                (self.edited, "edited"),
            )
            if keys
        ]
        return ", ".join(parts) if parts else "no question changed"


def compare(old: Sequence[Question], new: Sequence[Question]) -> SetChanges:
    """Questions are the same question when their keys are; edited when anything differs."""
    before = {q.key: q for q in old}
    after = {q.key: q for q in new}
    return SetChanges(
        added=tuple(q.key for q in new if q.key not in before),
        removed=tuple(q.key for q in old if q.key not in after),
        edited=tuple(q.key for q in new if q.key in before and before[q.key] != q),
    )
