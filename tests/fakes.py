"""Test doubles shared by every layer's tests."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from quizapp.storage.database import Database


class FakeClock:
    """A clock that only moves when a test moves it, so deadlines are reached without sleeping."""

    def __init__(self, start: datetime) -> None:
        self._now = start

    def now(self) -> datetime:
        return self._now

    def advance(self, by: timedelta) -> None:
        self._now += by


class DropAfterCommit:
    """The dialect's commit, which on request commits and then loses the connection."""

    def __init__(self, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
        self.dialect = db.engine.dialect
        self._commit = self.dialect.do_commit
        self.armed = False
        self.dropped = 0
        monkeypatch.setattr(self.dialect, "do_commit", self._do_commit)

    def _do_commit(self, dbapi_connection: Any) -> None:
        self._commit(dbapi_connection)
        if self.armed:
            self.armed = False
            self.dropped += 1
            raise self.dialect.loaded_dbapi.OperationalError(
                "server closed the connection unexpectedly"
            )
