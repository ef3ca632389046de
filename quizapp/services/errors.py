"""Errors a user can act on; anything else is a bug and goes to the log and the crash dialog.

Light to import (SQLAlchemy only once a transaction runs): the start-up service raises
these before the storage layer is loaded. No database's own wording reaches a user: a
refused write that clashed with another seat's ('UNIQUE constraint failed', 'duplicate key
value') says what happened in the app's words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from quizapp.storage.database import Database

T = TypeVar("T")


class ServiceError(Exception):
    """A request that cannot be carried out; the message is for the user."""


class NotFound(ServiceError):
    pass


class InvalidInput(ServiceError):
    pass


class NotAllowed(ServiceError):
    """The caller may not do this: trainer work without the trainer's unlocked session, or
    a change to another trainee's attempt."""


class TrainerLocked(NotAllowed):
    pass


class NotYours(NotAllowed):
    pass


class WrongSecret(ServiceError):
    """A wrong passphrase or PIN; `wait` is how long the next try must wait."""

    def __init__(self, message: str, wait: timedelta) -> None:
        super().__init__(message)
        self.wait = wait


class TooSoon(ServiceError):
    """A passphrase or PIN tried before the wait after the last wrong one was over; it was
    not even checked. `wait` is what is left of the wait."""

    def __init__(self, message: str, wait: timedelta) -> None:
        super().__init__(message)
        self.wait = wait


class SecretRequired(ServiceError):
    """This trainee has a PIN, and none was given."""


class DatabaseUnusable(ServiceError):
    """The database cannot be opened or used at all: no data folder, not a database, a
    schema from another app or a newer QuizApp, a server that does not answer."""


class StorageFailure(ServiceError):
    """The database refused a read or write (disk full, read-only file, lost server).

    Nothing of the failed transaction was kept, so the caller can safely try again.
    """


class Conflict(StorageFailure):
    """Another writer stored the same thing at the same moment, and the database kept theirs.

    Trying again finds their row and answers from it (see once_more_on_conflict).
    """


@contextmanager
def unit_of_work(db: Database, *, writes: bool = False) -> Iterator[Session]:
    """A transaction whose database failures reach the caller as StorageFailure.

    `writes`: the work writes what it reads; see Database.transaction.
    """
    from sqlalchemy.exc import IntegrityError, SQLAlchemyError

    try:
        with db.transaction(writes=writes) as session:
            yield session
    except IntegrityError as error:
        raise Conflict(
            f"Another seat changed the same data in {db.display_name} at the same moment, "
            "so this change was not made. Please try again."
        ) from error
    except SQLAlchemyError as error:
        reason = getattr(error, "orig", None) or error
        raise StorageFailure(f"The database {db.display_name} failed: {reason}") from error


def once_more_on_conflict(work: Callable[[], T]) -> T:
    """Run `work`, and once more if another writer's row beat it to a unique key.

    Where the database decides (a unique name, a set version, a caller-named attempt), the
    loser of a race learns it only at its insert; run again, the work reads the winner's
    row and answers as it would have one moment later: the set is already at that version,
    the name is taken, the attempt exists.
    """
    try:
        return work()
    except Conflict:
        return work()


class ExamUnfinished(ServiceError):
    """The trainee already has an exam on this set that is neither finished nor discarded.

    One at a time, whatever window or seat asks: two clocks running on one set let a trainee
    read the questions in one exam and answer them in the other. `attempt_uuid` is the one to
    resume (or discard).
    """

    def __init__(self, attempt_uuid: str, set_title: str) -> None:
        self.attempt_uuid = attempt_uuid
        super().__init__(
            f"You have an unfinished exam on “{set_title}”. Resume it and finish it, or "
            "discard it, before you start another quiz on this set."
        )
