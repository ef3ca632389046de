"""Errors a user can act on; anything else is a bug and goes to the log and the crash dialog.

Light to import (SQLAlchemy only once a transaction runs): the start-up service raises
these before the storage layer is loaded.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from quizapp.storage.database import Database


class ServiceError(Exception):
    """A request that cannot be carried out; the message is for the user."""


class NotFound(ServiceError):
    pass


class InvalidInput(ServiceError):
    pass


class DatabaseUnusable(ServiceError):
    """The database cannot be opened or used at all: no data folder, not a database, a
    schema from another app or a newer QuizApp, a server that does not answer."""


class StorageFailure(ServiceError):
    """The database refused a read or write (disk full, read-only file, lost server).

    Nothing of the failed transaction was kept, so the caller can safely try again.
    """


@contextmanager
def unit_of_work(db: Database) -> Iterator[Session]:
    """A transaction whose database failures reach the caller as StorageFailure."""
    from sqlalchemy.exc import SQLAlchemyError

    try:
        with db.transaction() as session:
            yield session
    except SQLAlchemyError as error:
        reason = getattr(error, "orig", None) or error
        raise StorageFailure(f"The database {db.display_name} failed: {reason}") from error


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
