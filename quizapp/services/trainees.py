"""Who is training: names picked from a list, unique whatever their letter case."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select

from quizapp.services.errors import InvalidInput, unit_of_work
from quizapp.storage.database import Database
from quizapp.storage.models import TraineeRow

MAX_NAME = 60


@dataclass(frozen=True)
class Trainee:
    uuid: str
    name: str


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
        clash = session.scalar(
            select(TraineeRow.name).where(func.lower(TraineeRow.name) == cleaned.lower())
        )
        if clash is not None:
            raise InvalidInput(
                f"There is already a trainee called {clash!r}; pick it from the list."
            )
        row = TraineeRow(uuid=str(uuid.uuid4()), name=cleaned, created_at=datetime.now(UTC))
        session.add(row)
    return Trainee(row.uuid, row.name)


def list_trainees(db: Database) -> list[Trainee]:
    with unit_of_work(db) as session:
        rows = session.scalars(select(TraineeRow).order_by(func.lower(TraineeRow.name)))
        return [Trainee(row.uuid, row.name) for row in rows]
