"""The start-up's schema check in a child process that can be killed at a chosen step.

A step is each SQL statement any of the process's SQLite connections runs (SQLite's trace
hook: the peek, the upgrade's statements, BEGIN and COMMIT), and each page the backup copies
(one page per backup step). tests/storage/test_upgrade_kills.py counts them in a run left
alone, then kills runs at steps it picks.
"""

from __future__ import annotations

import os
import signal
import sqlite3
from datetime import datetime
from typing import Any


def start_up(path: str, now: datetime, kill_at: int | None) -> int:
    """prepare() on the file, SIGKILLed at step `kill_at`; the steps taken, when let finish."""
    steps = 0

    def step(*_args: Any) -> None:
        nonlocal steps
        steps += 1
        if steps == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    class Counted(sqlite3.Connection):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.set_trace_callback(step)

        def backup(self, target: sqlite3.Connection, **kwargs: Any) -> None:
            super().backup(target, pages=1, progress=lambda *_: step())

    connect = sqlite3.connect

    def counted_connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        return connect(*args, factory=Counted, **kwargs)

    sqlite3.connect = sqlite3.dbapi2.connect = counted_connect  # type: ignore[assignment]

    from quizapp.storage.database import Database
    from quizapp.storage.schema import prepare

    db = Database(f"sqlite:///{path}")
    prepare(db, now=now)
    db.dispose()
    return steps


def start_up_and_report(results: Any, path: str, now: datetime, kill_at: int | None) -> None:
    results.put(start_up(path, now, kill_at))
