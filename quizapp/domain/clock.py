"""Time as a dependency: what tells the time, passed in wherever time matters.

A module of its own, light to import: the desktop app makes its clock before the first frame,
long before the quiz logic (and the answer matching it brings in) is loaded.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    """Something that tells the time, always timezone-aware UTC."""

    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)
