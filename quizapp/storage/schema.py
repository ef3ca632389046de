"""Bringing a database to the schema this app expects, or refusing it with a reason.

A SQLite file at an older revision is copied aside before it is upgraded; a file newer than
the app is left untouched; a shared server is only ever upgraded by `quizapp db upgrade`,
because one seat upgrading a room's database under the others would break them.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.exc import SQLAlchemyError

from quizapp.storage.database import Database, DatabaseError
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
    """The schema revision recorded in the database; None when it has none yet."""
    try:
        return _current_revision(db)
    except SQLAlchemyError as error:
        raise _unusable(db, error) from error


def _current_revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        try:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except SQLAlchemyError:
            connection.rollback()
            if inspect(connection).get_table_names():
                raise NotQuizAppDatabase(
                    f"{db.display_name} holds other tables but no QuizApp schema; "
                    "choose another database file"
                ) from None
            return None


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    return {revision.revision for revision in script.walk_revisions()}


def upgrade(db: Database) -> None:
    """Apply every pending migration (what `quizapp db upgrade` runs)."""
    try:
        _upgrade(db)
    except SQLAlchemyError as error:
        raise _unusable(db, error) from error


def _unusable(db: Database, error: SQLAlchemyError) -> SchemaError:
    reason = getattr(error, "orig", None) or error
    if "database is locked" in str(reason):  # not damage: another program holds it
        return SchemaError(
            f"{db.display_name} is in use by another program, which keeps it locked; close "
            "that program (or wait for it to finish) and start QuizApp again"
        )
    return SchemaError(f"{db.display_name} cannot be opened as a database: {reason}")


def _upgrade(db: Database) -> None:
    from alembic import command
    from alembic.config import Config

    revision = current_revision(db)
    if revision is not None and revision not in known_revisions():
        raise _too_new(db, revision)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def prepare(db: Database, *, now: datetime | None = None, may_change: bool = True) -> Path | None:
    """Make `db` usable by this app; returns the backup file when one was made.

    Every way the database can fail to open (not a database at all, unreadable, a server
    that does not answer) comes out as SchemaError with a message for the user. With
    `may_change` off (a dry run) a database that needs upgrading is refused, not upgraded.
    """
    try:
        return _prepare(db, now or datetime.now(UTC), may_change)
    except SQLAlchemyError as error:
        raise _unusable(db, error) from error
    except sqlite3.Error as error:  # the backup copy goes through sqlite3 itself
        raise SchemaError(f"{db.display_name} could not be backed up: {error}") from error


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
    backup = None
    if revision is not None and db.sqlite_path is not None:
        backup = _backup(db.sqlite_path, revision, now)
    _upgrade(db)
    _use_wal(db)
    return backup


def _use_wal(db: Database) -> None:
    """WAL lets the app read while a write commits. Set here, once the file is known to be
    this app's: the mode is written into the file, and a newer QuizApp's file, or another
    program's that a wrong URL names, must be left exactly as it was."""
    if db.is_sqlite:
        with db.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA journal_mode=WAL")


def _too_new(db: Database, revision: str) -> DatabaseTooNew:
    return DatabaseTooNew(
        f"{db.display_name} was written by a newer QuizApp (schema revision {revision}); "
        "it has been left untouched. Install the newer QuizApp to use it."
    )


def _backup(path: Path, revision: str, now: datetime) -> Path:
    """A consistent copy through SQLite's backup API (a file copy could miss the WAL)."""
    stamp = now.strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.rev-{revision}.{stamp}.bak")
    source, copy = sqlite3.connect(path), sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    return target
