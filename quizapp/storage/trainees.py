"""Trainee rows, read as the domain's `Trainee` in the domain's name order."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from quizapp.domain.trainees import Trainee, by_name, name_key
from quizapp.storage.models import TraineeRow


def all_trainees(session: Session) -> list[Trainee]:
    rows = session.execute(select(TraineeRow.uuid, TraineeRow.name)).all()
    return by_name(Trainee(uuid, name) for uuid, name in rows)


def name_taken(session: Session, name: str) -> str | None:
    """The stored name that is `name` as domain.trainees folds names, if any."""
    return session.scalar(select(TraineeRow.name).where(TraineeRow.name_key == name_key(name)))


def insert_trainee(session: Session, uuid: str, name: str, now: datetime) -> None:
    """Raises IntegrityError when a look-alike name was stored meanwhile (its key is unique)."""
    session.execute(
        insert(TraineeRow).values(uuid=uuid, name=name, name_key=name_key(name), created_at=now)
    )


def lock_trainee(session: Session, uuid: str) -> bool:
    """Hold the trainee's row until the transaction ends; False when there is no such trainee.

    What one trainee starts is then decided one start at a time, whichever window or seat
    asks: a server locks the row (FOR UPDATE), SQLite's write transaction holds its whole
    file already (Database.transaction(writes=True)). A check made after this (one
    unfinished exam per set) cannot be raced.
    """
    found = session.execute(
        select(TraineeRow.uuid).where(TraineeRow.uuid == uuid).with_for_update()
    ).first()
    return found is not None
