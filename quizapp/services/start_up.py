"""Opening QuizApp's data: the one way the CLI, the window and the self-test do it.

Which database (`--database`, else $QUIZAPP_DATABASE_URL, else the user's SQLite file), a
first look at its trainees without SQLAlchemy, opening it and bringing it to this app's
schema (an older SQLite file copied aside first), then what every start of the window does:
bring in the shipped sets that are new or changed, and submit the attempts whose deadline
passed while the app was closed.

Nothing heavy is imported at the top of this module: the window asks for the first look
before the storage layer is loaded (SQLAlchemy alone takes about twice what Qt takes to draw
a bare window), and the first look itself needs only the standard library's sqlite3.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.paths import resolve_database_url
from quizapp.services.errors import DatabaseUnusable, StorageFailure

if TYPE_CHECKING:
    from quizapp.domain.session import Attempt, Clock
    from quizapp.domain.trainees import Trainee
    from quizapp.services.question_sets import ImportReport
    from quizapp.storage.database import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Opened:
    """A database at this app's schema."""

    db: Database
    backup: Path | None = None  # where an older SQLite file was copied before its upgrade


@dataclass(frozen=True)
class StartUpReport:
    """What a start found that the trainee should know; nothing here stops the app."""

    backup: Path | None = None
    refused_sets: list[ImportReport] = field(default_factory=list)  # shipped, unreadable
    expired: list[Attempt] = field(default_factory=list)  # submitted now, deadline passed
    names: dict[str, str] = field(default_factory=dict)  # trainee uuid -> name, for those
    failures: list[str] = field(default_factory=list)  # what the database refused


@dataclass(frozen=True)
class Upgrade:
    database: str  # as messages name it
    before: str | None  # the schema revision it had; None when it had none
    after: str
    backup: Path | None = None  # where an older SQLite file was copied first


def database_url(option: str | None) -> str:
    """`--database URL`, else $QUIZAPP_DATABASE_URL, else the user's SQLite file."""
    try:
        return resolve_database_url(option)
    except OSError as error:
        raise DatabaseUnusable(f"QuizApp's data folder cannot be made: {error}") from error


def first_look(option: str | None) -> list[Trainee] | None:
    """The trainees of the database open_database would open, read without SQLAlchemy when
    that can be done (see storage/first_look.py); None when it cannot, or no data folder
    can be had (open_database then says why)."""
    from quizapp.storage.first_look import trainees_at_head

    try:
        url = resolve_database_url(option)
    except OSError:
        return None
    return trainees_at_head(url)


def open_database(option: str | None, *, may_change: bool = True) -> Opened:
    """The database brought to this app's schema; DatabaseUnusable says why it cannot be.

    With `may_change` off (a dry run) it is left as it is: a SQLite file that does not exist
    yet is not made (an empty in-memory database stands in for it), and one that needs
    upgrading is refused.
    """
    from quizapp.storage.database import Database, DatabaseError

    url = database_url(option)
    try:
        db = Database(url)
    except DatabaseError as error:
        raise DatabaseUnusable(str(error)) from error
    if not may_change and db.sqlite_path is not None and not db.sqlite_path.exists():
        db.dispose()
        db = Database("sqlite://")  # in memory: nothing on disk changes
        return prepared(db)
    return prepared(db, may_change=may_change)


def prepared(db: Database, *, may_change: bool = True) -> Opened:
    """`db` checked, and upgraded when it may change (see storage/schema.py)."""
    from quizapp.storage.database import DatabaseError
    from quizapp.storage.schema import prepare

    try:
        return Opened(db, prepare(db, may_change=may_change))
    except DatabaseError as error:
        raise DatabaseUnusable(str(error)) from error


def start(opened: Opened, clock: Clock) -> StartUpReport:
    """What the window does once the database is open: the shipped sets that are new or
    changed, then every attempt whose deadline passed while the app was closed. A failure of
    either is reported and the other still runs: the app is usable with what there is."""
    from quizapp.services import attempts, question_sets, trainees

    db = opened.db
    failures: list[str] = []
    refused: list[ImportReport] = []
    try:
        reports = question_sets.import_shipped_sets(db)
    except FileNotFoundError as error:
        log.warning("No shipped question sets: %s", error)
    except StorageFailure as error:
        failures.append(str(error))
    else:
        refused = [report for report in reports if report.refused]
        for report in refused:
            log.error("Shipped set %s refused: %s", report.file, report.errors)
    expired: list[Attempt] = []
    names: dict[str, str] = {}
    try:
        expired = attempts.expire_overdue(db, clock=clock)
        if expired:
            names = {person.uuid: person.name for person in trainees.list_trainees(db)}
    except StorageFailure as error:
        failures.append(str(error))
    return StartUpReport(opened.backup, refused, expired, names, failures)


def upgrade_database(option: str | None) -> Upgrade:
    """Apply every pending migration (what `quizapp db upgrade` runs): the one way a shared
    server's database is brought to this app's schema, with every seat closed."""
    from quizapp.storage.database import Database, DatabaseError
    from quizapp.storage.revision import HEAD_REVISION
    from quizapp.storage.schema import current_revision, upgrade

    try:
        db = Database(database_url(option))
        try:
            before = current_revision(db)
            backup = upgrade(db)
        finally:
            db.dispose()
    except DatabaseError as error:
        raise DatabaseUnusable(str(error)) from error
    return Upgrade(db.display_name, before, HEAD_REVISION, backup)


def schema_revision(db: Database) -> tuple[str | None, str]:
    """The schema revision `db` records, and the one this app's code expects."""
    from quizapp.storage.revision import HEAD_REVISION
    from quizapp.storage.schema import current_revision

    return current_revision(db), HEAD_REVISION
