"""Who is training: names picked from a list, unique whatever their letter case."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from quizapp.domain.trainees import MAX_NAME, Trainee
from quizapp.services.errors import InvalidInput, unit_of_work
from quizapp.storage import trainees as store
from quizapp.storage.database import Database


def clean_name(name: str) -> str:
    """The name as stored: trimmed, inner runs of spaces folded; raises when unusable."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidInput("Please type a name.")
    if len(cleaned) > MAX_NAME:
        raise InvalidInput(f"A name can be at most {MAX_NAME} characters long.")
    return cleaned


def add_trainee(db: Database, name: str) -> Trainee:
    cleaned = clean_name(name)
    with unit_of_work(db) as session:
        clash = store.name_taken(session, cleaned)
        if clash is not None:
            raise InvalidInput(
                f"There is already a trainee called {clash!r}; pick it from the list."
            )
        trainee = Trainee(str(uuid.uuid4()), cleaned)
        store.insert_trainee(session, trainee.uuid, trainee.name, datetime.now(UTC))
    return trainee


def list_trainees(db: Database) -> list[Trainee]:
    with unit_of_work(db) as session:
        return store.all_trainees(session)
