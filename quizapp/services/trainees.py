"""Who is training: names picked from a list, unique whatever their letter case (the
database keeps them so: see domain.trainees.name_key)."""

from __future__ import annotations

import logging
import re
import unicodedata
import uuid
from datetime import UTC, datetime, timedelta

from quizapp.domain.clock import Clock
from quizapp.domain.secrets import verify_secret, wait_after
from quizapp.domain.trainees import MAX_NAME, Trainee
from quizapp.services.errors import (
    InvalidInput,
    NotFound,
    SecretRequired,
    TooSoon,
    WrongSecret,
    once_more_on_conflict,
    unit_of_work,
)
from quizapp.services.trainer import wait_left, wait_words
from quizapp.storage import trainees as store
from quizapp.storage.database import Database

log = logging.getLogger(__name__)

# Invisible format characters (Unicode category Cf) go: a pasted zero-width space, a byte-order
# mark, a soft hyphen or a direction override shows nothing, yet would make 'Anna' and
# 'Anna\u200b' two rows that look alike, or a name of nothing but a blank row. The two joiners
# are the exception, as some names need them: ZWNJ is part of the spelling of Persian names
# (it keeps the letters of 'Ali' and 'Reza' from joining in Alireza) and ZWJ shapes Indic
# conjuncts and emoji sequences. They stay where they can do that, between two visible
# characters; at an edge or beside a space they only hide, so there they go too.
_JOINERS = "\u200c\u200d"
_VISIBLE = rf"[^\s{_JOINERS}]"
_IDLE_JOINER = re.compile(rf"(?<!{_VISIBLE})[{_JOINERS}]|[{_JOINERS}](?!{_VISIBLE})")


def clean_name(name: str) -> str:
    """The name as stored: without invisible characters, in NFC, trimmed, inner runs of
    spaces folded; raises when unusable."""
    # Invisibles first: one between a letter and its accent keeps NFC from joining them.
    cleaned = " ".join(unicodedata.normalize("NFC", _without_invisibles(name)).split())
    if not cleaned:
        raise InvalidInput("Please type a name.")
    if len(cleaned) > MAX_NAME:
        raise InvalidInput(f"A name can be at most {MAX_NAME} characters long.")
    return cleaned


def _without_invisibles(name: str) -> str:
    shown = "".join(c for c in name if unicodedata.category(c) != "Cf" or c in _JOINERS)
    return _IDLE_JOINER.sub("", shown)


def add_trainee(db: Database, name: str) -> Trainee:
    """Store a new name; refused when it is one already stored, whatever its letter case.

    The database keeps folded names unique: when another seat adds a look-alike at the same
    moment, this insert loses, and the second try names the winner's spelling.
    """
    cleaned = clean_name(name)

    def add() -> Trainee:
        with unit_of_work(db, writes=True) as session:
            clash = store.name_taken(session, cleaned)
            if clash is not None:
                raise InvalidInput(
                    # As written, not repr(): a Persian name's joiners are letters to its reader.
                    f"There is already a trainee called '{clash}'; pick it from the list."
                )
            trainee = Trainee(str(uuid.uuid4()), cleaned)
            store.insert_trainee(session, trainee.uuid, trainee.name, datetime.now(UTC))
        return trainee

    return once_more_on_conflict(add)


def list_trainees(db: Database) -> list[Trainee]:
    with unit_of_work(db) as session:
        return store.all_trainees(session)


def sign_in(db: Database, trainee_uuid: str, pin: str | None, *, clock: Clock) -> Trainee:
    """The trainee, once their PIN (if they have one) is given right.

    SecretRequired when they have a PIN and none was given; WrongSecret (with the next try's
    wait) when it is wrong; TooSoon, unchecked, while the wait after the last wrong one runs.
    Wrong tries are counted in the database, so another seat is slowed down alike.
    """
    now = clock.now()
    with unit_of_work(db, writes=pin is not None) as session:
        row = store.trainee_row(session, trainee_uuid, lock=pin is not None)
        if row is None:
            raise NotFound("That trainee no longer exists.")
        trainee = Trainee(row.uuid, row.name)
        if row.pin_hash is None:
            return trainee
        if pin is None:
            raise SecretRequired(f"{row.name} has a PIN: type it to go on.")
        left = wait_left(row.pin_failures, row.pin_failed_at, now)
        if left > timedelta(0):
            raise TooSoon(f"Too many wrong PINs for {row.name}: {wait_words(left)}.", left)
        right = verify_secret(pin, row.pin_hash)
        row.pin_failures = 0 if right else row.pin_failures + 1
        row.pin_failed_at = None if right else now
        failures = row.pin_failures
    if not right:
        log.warning("A wrong PIN was given for a trainee (%d in a row)", failures)
        wait = wait_after(failures)
        raise WrongSecret(f"That is not {trainee.name}'s PIN; {wait_words(wait)}.", wait)
    return trainee
