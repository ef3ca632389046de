"""Errors in input files, reported all at once with where they are.

Every reader collects `Problem`s instead of stopping at the first, because a trainer fixing a
file wants the whole list in one go; `QuestionFileError` carries them to whoever shows them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file; `line` is 1-based, None when it has no place."""

    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Skipped:
    """A question read but not importable as such (essay, matching...), listed, never dropped."""

    line: int | None
    reason: str


class QuestionFileError(Exception):
    """A file that cannot be imported; nothing of it has been written anywhere."""

    def __init__(self, problems: list[Problem], skipped: Sequence[Skipped] = ()) -> None:
        self.problems = list(problems)
        self.skipped = tuple(skipped)  # read, but of kinds we cannot run: still listed
        super().__init__("\n".join(str(p) for p in self.problems))
