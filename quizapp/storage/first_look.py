"""The first look: the first screen's list of trainees, read without SQLAlchemy.

Importing SQLAlchemy takes about twice as long as Qt takes to draw a bare window (see
docs/performance.md), and the first screen needs only this one list. So the window reads it
here with the standard library's sqlite3, as peek.py looks (not a byte changed: the file may
be a newer QuizApp's), and the storage layer is loaded right after. Whatever is unusual
answers None, and the start-up takes the full path that explains or fixes it: a server or an
unusual URL, no file yet, a schema other than this app's head, a locked, unreadable or
damaged file.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from quizapp.domain.trainees import Trainee, by_name
from quizapp.storage.peek import look, recorded_revision
from quizapp.storage.revision import HEAD_REVISION

PLAIN_SQLITE = "sqlite:///"


def sqlite_file(url: str) -> Path | None:
    """The file a plain `sqlite:///PATH` URL names, as SQLAlchemy reads it; None for any URL
    this does not parse the same way for sure (a driver name, query options, %-escapes)."""
    if not url.startswith(PLAIN_SQLITE):
        return None
    path = url.removeprefix(PLAIN_SQLITE)
    if path in ("", ":memory:") or any(mark in path for mark in "?#%"):
        return None
    return Path(path)


def trainees_at_head(url: str) -> list[Trainee] | None:
    """Every trainee in name order, when `url` is a SQLite file already at HEAD_REVISION."""
    try:
        return _read(url)
    except (OSError, ValueError, sqlite3.Error):  # a path the system refuses, a bad file
        return None


def _read(url: str) -> list[Trainee] | None:
    path = sqlite_file(url)
    if path is None or not path.is_file():
        return None
    return look(path, _trainees_at_head)


def _trainees_at_head(connection: sqlite3.Connection) -> list[Trainee] | None:
    if recorded_revision(connection) != HEAD_REVISION:
        return None
    rows = connection.execute("SELECT uuid, name FROM trainee").fetchall()
    return by_name(Trainee(uuid, name) for uuid, name in rows)
