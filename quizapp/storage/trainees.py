"""Trainee rows. Names are compared and sorted in Python with `casefold`: SQLite's lower()
folds only ASCII, so 'Иван' and 'иван' would otherwise be two trainees on one machine and a
clash on another."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from quizapp.storage.models import TraineeRow


def all_trainees(session: Session) -> list[tuple[str, str]]:
    """(uuid, name) of every trainee, by name as people sort names."""
    rows = session.execute(select(TraineeRow.uuid, TraineeRow.name)).all()
    return sorted(((uuid, name) for uuid, name in rows), key=lambda row: row[1].casefold())


def name_taken(session: Session, name: str) -> str | None:
    """The stored name that equals `name` whatever its letter case, if any."""
    wanted = name.casefold()
    return next((taken for _, taken in all_trainees(session) if taken.casefold() == wanted), None)


def insert_trainee(session: Session, uuid: str, name: str, now: datetime) -> None:
    session.execute(insert(TraineeRow).values(uuid=uuid, name=name, created_at=now))


def trainee_exists(session: Session, uuid: str) -> bool:
    return session.get(TraineeRow, uuid) is not None
