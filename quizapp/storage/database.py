"""Which database, and how to talk to it: one engine, short transactions, SQLite tuned for desktops.

The UI never holds a session across user actions; every use case opens one transaction here
and closes it before returning plain objects.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session


def _tune_sqlite(dbapi_connection: Any, _record: Any) -> None:
    # NORMAL is durable across app crashes in WAL mode (only a power cut can lose the last
    # commits), which schema.prepare switches a file to once it knows the file is ours; the
    # busy timeout rides out a second app instance.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


class DatabaseError(Exception):
    """The database cannot be used; the message says why, and what to do, for the user."""


class Database:
    """An engine for one database URL, and the transactions the services run in."""

    def __init__(self, url: str) -> None:
        try:
            self.url = make_url(url)
            if self.is_sqlite and self.sqlite_path is not None:
                self.sqlite_path.parent.mkdir(parents=True, exist_ok=True)
            self.engine: Engine = create_engine(self.url, pool_pre_ping=not self.is_sqlite)
        except ArgumentError as error:
            raise DatabaseError(f"{url!r} is not a database URL: {error}") from error
        except ImportError as error:
            scheme = url.split(":", 1)[0]
            hint = (
                "install QuizApp's 'postgres' extra"
                if scheme.startswith("postgresql")
                else "QuizApp works with SQLite and PostgreSQL"
            )
            raise DatabaseError(
                f"the database driver for {scheme!r} is not installed ({error}); {hint}"
            ) from error
        except OSError as error:
            raise DatabaseError(f"cannot create the folder for {url}: {error}") from error
        if self.is_sqlite:
            event.listen(self.engine, "connect", _tune_sqlite)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        """The database file, or None for a server or an in-memory database."""
        if not self.is_sqlite or self.url.database in (None, "", ":memory:"):
            return None
        return Path(self.url.database)

    @property
    def display_name(self) -> str:
        """Where the data lives, for messages; never shows a password."""
        if self.sqlite_path is not None:
            return str(self.sqlite_path)
        return self.url.render_as_string(hide_password=True)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises."""
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
