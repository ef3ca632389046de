"""Trainee rows, read as the domain's `Trainee` in the domain's name order."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from quizapp.domain.trainees import Trainee, by_name, same_name
from quizapp.storage.models import TraineeRow


def all_trainees(session: Session) -> list[Trainee]:
    rows = session.execute(select(TraineeRow.uuid, TraineeRow.name)).all()
    return by_name(Trainee(uuid, name) for uuid, name in rows)


def name_taken(session: Session, name: str) -> str | None:
    """The stored name that equals `name` whatever its letter case, if any."""
    return next((p.name for p in all_trainees(session) if same_name(p.name, name)), None)


def insert_trainee(session: Session, uuid: str, name: str, now: datetime) -> None:
    session.execute(insert(TraineeRow).values(uuid=uuid, name=name, created_at=now))


def lock_trainee(session: Session, uuid: str) -> bool:
    """Hold the trainee's row until the transaction ends; False when there is no such trainee.

    A write that changes nothing, so the database itself serialises what one trainee starts:
    PostgreSQL locks the row, SQLite takes its write lock. A check made after this (one
    unfinished exam per set) cannot be raced by another window or seat.
    """
    done = session.execute(
        update(TraineeRow).where(TraineeRow.uuid == uuid).values(uuid=TraineeRow.uuid)
    )
    return bool(getattr(done, "rowcount", 0))
