"""Bringing a database to the schema this app expects, or refusing it with a reason.

A SQLite file at an older revision is copied aside before it is upgraded, and the upgrade is
one transaction: a start killed at any point leaves the old database or the new one. A file
newer than the app, or another program's, is left untouched, down to its WAL; a shared server
is only ever upgraded by `quizapp db upgrade`, because one seat upgrading a room's database
under the others would break them.
"""

from __future__ import annotations

import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from quizapp.storage import peek
from quizapp.storage.backups import back_up
from quizapp.storage.database import BUSY_SECONDS, WRITES, Database, DatabaseError
from quizapp.storage.revision import HEAD_REVISION

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class SchemaError(DatabaseError):
    """The database cannot be used as it is; the message says why and what to do."""


class DatabaseTooNew(SchemaError):
    pass


class UpgradeRequired(SchemaError):
    pass


class NotQuizAppDatabase(SchemaError):
    pass


def current_revision(db: Database) -> str | None:
    """The schema revision recorded in the database; None when it has none yet.

    A SQLite file is only looked at (peek.py): it may be a newer QuizApp's or another
    program's, which must be left byte for byte as they were, WAL and all.
    """
    try:
        if db.sqlite_path is not None:
            return _file_revision(db, db.sqlite_path)
        return _server_revision(db)
    except (SQLAlchemyError, sqlite3.Error, OSError) as error:  # OSError: a log's private copy
        raise _unusable(db, error) from error


def _file_revision(db: Database, path: Path) -> str | None:
    if not path.exists():
        return None
    revision, tables = peek.look(
        path,
        lambda connection: (peek.recorded_revision(connection), peek.table_names(connection)),
        wait=BUSY_SECONDS,
    )
    if revision is None and tables:
        raise _foreign(db)
    return revision


def _server_revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        return _revision_in(db, connection)


def _revision_in(db: Database, connection: Connection) -> str | None:
    tables = inspect(connection).get_table_names()
    if "alembic_version" not in tables:
        if tables:
            raise _foreign(db)
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _foreign(db: Database) -> NotQuizAppDatabase:
    return NotQuizAppDatabase(
        f"{db.display_name} holds other tables but no QuizApp schema; choose another database file"
    )


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    return {revision.revision for revision in script.walk_revisions()}


def upgrade(db: Database, *, now: datetime | None = None) -> Path | None:
    """Apply every pending migration in one transaction (what `quizapp db upgrade` runs);
    a SQLite file at an older revision is copied aside first: returns the copy."""
    try:
        with db.engine.connect() as connection:
            return _upgrade_in(db, connection, backup_at=now or datetime.now(UTC))
    except (SQLAlchemyError, sqlite3.Error) as error:  # sqlite3: the backup's own connections
        raise _unusable(db, error) from error


def _unusable(db: Database, error: Exception) -> SchemaError:
    reason = getattr(error, "orig", None) or error
    if "database is locked" in str(reason):  # not damage: another program holds it
        return SchemaError(
            f"{db.display_name} is in use by another program, which keeps it locked; close "
            "that program (or wait for it to finish) and start QuizApp again"
        )
    return SchemaError(f"{db.display_name} cannot be opened as a database: {reason}")


def _upgrade_in(db: Database, connection: Connection, *, backup_at: datetime) -> Path | None:
    """Upgrade inside one transaction on `connection`; a SQLite file is backed up first.

    The revision is read again under the transaction's write lock (SQLite: BEGIN IMMEDIATE),
    so two seats starting on one old file upgrade and back it up once: the second finds the
    work done. SQLite's DDL is transactional once the driver stops committing around it
    (database.py), so the migrations and Alembic's stamp commit together or not at all.
    """
    from alembic import command
    from alembic.config import Config

    with connection.execution_options(**{WRITES: True}).begin():
        revision = _revision_in(db, connection)
        if revision == HEAD_REVISION:
            return None
        if revision is not None and revision not in known_revisions():
            raise _too_new(db, revision)
        backup = None
        if revision is not None and db.sqlite_path is not None:
            backup = back_up(db.sqlite_path, revision, backup_at)
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup


def prepare(db: Database, *, now: datetime | None = None, may_change: bool = True) -> Path | None:
    """Make `db` usable by this app; returns the backup file when one was made.

    Every way the database can fail to open (not a database at all, unreadable, a server
    that does not answer) comes out as SchemaError with a message for the user. With
    `may_change` off (a dry run) a database that needs upgrading is refused, not upgraded.
    """
    try:
        return _prepare(db, now or datetime.now(UTC), may_change)
    except (SQLAlchemyError, sqlite3.Error) as error:  # sqlite3: the journal mode's switch
        raise _unusable(db, error) from error


def _prepare(db: Database, now: datetime, may_change: bool) -> Path | None:
    revision = current_revision(db)
    if revision == HEAD_REVISION:
        if may_change:
            _use_wal(db)
        return None
    if revision is not None and revision not in known_revisions():
        raise _too_new(db, revision)
    state = "has no QuizApp tables yet" if revision is None else f"is at revision {revision}"
    if not may_change:
        raise UpgradeRequired(
            f"{db.display_name} {state}; this app needs revision {HEAD_REVISION}, and a dry "
            "run changes nothing. Run `quizapp db upgrade` first (a SQLite file is copied "
            "aside before), or import without --dry-run."
        )
    if not db.is_sqlite:
        raise UpgradeRequired(
            f"The shared database {db.display_name} {state}; this app needs revision "
            f"{HEAD_REVISION}. Ask whoever runs the server to run `quizapp --database URL db "
            "upgrade` once, with every seat closed."
        )
    backup = upgrade(db, now=now)
    _use_wal(db)
    return backup


def _use_wal(db: Database) -> None:
    """WAL lets the app read while a write commits. Set here, once the file is known to be
    this app's: the mode is written into the file, and a newer QuizApp's file, or another
    program's that a wrong URL names, must be left exactly as it was.

    On the driver's own connection: a journal mode cannot change inside the transaction
    SQLAlchemy would begin. The switch takes the file for itself; when seats start together
    on a new file, SQLite can refuse at once rather than wait (its busy handler is skipped
    where waiting could deadlock), so it is tried again for as long as SQLite would wait.
    """
    if not db.is_sqlite:
        return
    with db.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        deadline = time.monotonic() + BUSY_SECONDS
        while True:
            try:
                raw.execute("PRAGMA journal_mode=WAL")  # a no-op on a file in WAL mode
                return
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or time.monotonic() > deadline:
                    raise
                time.sleep(0.01)


def _too_new(db: Database, revision: str) -> DatabaseTooNew:
    return DatabaseTooNew(
        f"{db.display_name} was written by a newer QuizApp (schema revision {revision}); "
        "it has been left untouched. Install the newer QuizApp to use it."
    )
