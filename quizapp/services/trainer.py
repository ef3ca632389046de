"""Trainer mode: the passphrase that opens it, and the session every trainer service asks for.

The passphrase is stored in the database as a salted scrypt hash, so every seat of a shared
database knows it; it is set once from the app (when none is) and reset only from the command
line (`quizapp trainer set-passphrase`), where someone with the machine's files already is.
Wrong tries in a row are counted in the database, and each must wait longer than the last
(domain/secrets.py): a try made before its wait is over is refused without being checked.

Unlocking hands out a TrainerKey. Each trainer-only service takes it and calls `require`,
which refuses a key this process never handed out, one locked since, or one unused for
IDLE_LIMIT: the window forgetting to lock is not enough to leave trainer work open.
"""

from __future__ import annotations

import logging
import math
import secrets
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from quizapp.domain.clock import Clock
from quizapp.domain.secrets import hash_secret, passphrase_problem, verify_secret, wait_after
from quizapp.services.errors import (
    InvalidInput,
    NotAllowed,
    NotFound,
    TooSoon,
    TrainerLocked,
    WrongSecret,
    unit_of_work,
)
from quizapp.storage import trainer as store
from quizapp.storage.database import Database

log = logging.getLogger(__name__)

IDLE_LIMIT = timedelta(minutes=10)
LOCKED = "Trainer mode is locked: open it again with the trainer's passphrase."


@dataclass(frozen=True)
class TrainerKey:
    """Proof of an unlocked trainer session, handed out by `unlock` only."""

    token: str = field(repr=False)


class _OpenSessions:
    """The keys handed out in this process, by database, with when each was last used."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._used: dict[str, tuple[str, datetime]] = {}

    def open(self, database: str, now: datetime) -> TrainerKey:
        key = TrainerKey(secrets.token_urlsafe(32))
        with self._lock:
            self._used[key.token] = (database, now)
        return key

    def use(self, key: object, database: str, now: datetime) -> None:
        """Refresh the key's last use; TrainerLocked when it does not open `database` now."""
        if not isinstance(key, TrainerKey):
            raise TrainerLocked(LOCKED)
        token = key.token
        with self._lock:
            found = self._used.get(token)
            if found is None or found[0] != database:
                raise TrainerLocked(LOCKED)
            if now - found[1] >= IDLE_LIMIT:
                del self._used[token]
                raise TrainerLocked(
                    "Trainer mode locked itself after 10 minutes without use: open it again "
                    "with the trainer's passphrase."
                )
            self._used[token] = (database, now)

    def close(self, key: TrainerKey) -> None:
        with self._lock:
            self._used.pop(key.token, None)


_sessions = _OpenSessions()


def require(db: Database, key: object, clock: Clock) -> None:
    """The check every trainer-only service makes first (and a use of the session)."""
    _sessions.use(key, db.display_name, clock.now())


def has_passphrase(db: Database) -> bool:
    with unit_of_work(db) as session:
        return store.passphrase(session) is not None


def set_passphrase(db: Database, passphrase: str, *, clock: Clock, first: bool) -> None:
    """Store the passphrase's hash. `first`: only when none is set yet (the app's way); the
    command line's reset replaces any."""
    if (problem := passphrase_problem(passphrase)) is not None:
        raise InvalidInput(problem)
    hashed = hash_secret(passphrase)  # outside the transaction: it takes a while on purpose
    with unit_of_work(db, writes=True) as session:
        if first and store.passphrase(session, lock=True) is not None:
            raise NotAllowed(
                "A trainer passphrase is already set. It can only be changed from the "
                "command line: quizapp trainer set-passphrase"
            )
        store.store_passphrase(session, hashed, clock.now())
    log.info("The trainer passphrase was %s", "set" if first else "reset")


def unlock(db: Database, passphrase: str, *, clock: Clock) -> TrainerKey:
    """A key for trainer work when `passphrase` is right; WrongSecret (with the wait the next
    try has) when not, TooSoon when the wait after the last wrong try is not over."""
    now = clock.now()
    with unit_of_work(db, writes=True) as session:
        row = store.passphrase(session, lock=True)
        if row is None:
            raise NotFound("No trainer passphrase is set yet: set one first.")
        left = wait_left(row.failures, row.failed_at, now)
        if left > timedelta(0):
            raise TooSoon(f"Too many wrong passphrases: {wait_words(left)}.", left)
        right = verify_secret(passphrase, row.passphrase_hash)
        row.failures = 0 if right else row.failures + 1
        row.failed_at = None if right else now
        failures = row.failures
    if not right:
        log.warning("A wrong trainer passphrase was given (%d in a row)", failures)
        wait = wait_after(failures)
        raise WrongSecret(f"That is not the trainer's passphrase; {wait_words(wait)}.", wait)
    log.info("Trainer mode was opened")
    return _sessions.open(db.display_name, now)


def lock(key: TrainerKey) -> None:
    """Close the session: the key opens nothing any more."""
    _sessions.close(key)
    log.info("Trainer mode was locked")


def wait_left(failures: int, failed_at: datetime | None, now: datetime) -> timedelta:
    """What is left of the wait after the last of `failures` wrong tries in a row."""
    if failed_at is None:
        return timedelta(0)
    return max(failed_at + wait_after(failures) - now, timedelta(0))


def wait_words(wait: timedelta) -> str:
    """'try again in 4 seconds', in whole seconds rounded up, minutes past two minutes."""
    seconds = math.ceil(wait.total_seconds())
    if seconds <= 0:
        return "you may try again now"
    if seconds > 120:
        minutes = math.ceil(seconds / 60)
        return f"try again in {minutes} minutes"
    return f"try again in {seconds} second{'s' * (seconds != 1)}"
