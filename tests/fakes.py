"""Test doubles shared by every layer's tests."""

from __future__ import annotations

from datetime import datetime, timedelta


class FakeClock:
    """A clock that only moves when a test moves it, so deadlines are reached without sleeping."""

    def __init__(self, start: datetime) -> None:
        self._now = start

    def now(self) -> datetime:
        return self._now

    def advance(self, by: timedelta) -> None:
        self._now += by
