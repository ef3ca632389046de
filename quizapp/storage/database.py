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
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session

from quizapp.storage.question_cache import QuestionCache

WRITES = "quizapp_writes"  # the execution option that makes a SQLite transaction BEGIN IMMEDIATE
QUESTIONS = "quizapp_questions"  # a session's info key: the Database's QuestionCache
BUSY_SECONDS = 5.0  # how long SQLite waits for another seat's lock before saying "locked"


def _tune_sqlite(dbapi_connection: Any, _record: Any) -> None:
    """Every SQLite connection: transactions begun by SQLAlchemy, not by the driver; FULL sync.

    pysqlite's own transaction handling sends no BEGIN before DDL or SELECT, so a migration
    committed statement by statement and a read-then-write was two snapshots. With its
    isolation level off, `_begin` below emits every BEGIN (SQLAlchemy's documented recipe,
    "Transactions with SQLite and the sqlite3 driver"). FULL makes a commit durable across a
    power cut, not only an app crash: WAL (which schema.prepare switches our files to) then
    syncs the log at every commit. The busy timeout rides out other seats' writes.
    """
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_SECONDS * 1000)}")
    cursor.close()


def _begin(connection: Connection) -> None:
    """A writing transaction takes SQLite's write lock at BEGIN (IMMEDIATE): what it reads
    then cannot change before it commits, and it never fails half-way on a stale snapshot."""
    writes = connection.get_execution_options().get(WRITES, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


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
            event.listen(self.engine, "begin", _begin)
        self._writer = self.engine.execution_options(**{WRITES: True})
        self._questions = QuestionCache()

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
    def transaction(self, *, writes: bool = False) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises.

        `writes` says the work will write what it reads: on SQLite the transaction then holds
        the write lock from its first statement, so other writers wait and readers go on. A
        server needs no such thing for whole transactions; the rows a change depends on are
        locked where they are read (SELECT ... FOR UPDATE in storage.attempts).
        """
        engine = self._writer if writes else self.engine
        info = {QUESTIONS: self._questions}
        with Session(engine, expire_on_commit=False, info=info) as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
