"""Trainee rows, read as the domain's `Trainee` in the domain's name order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, func, insert, select, tuple_, update
from sqlalchemy.orm import Session

from quizapp.domain.trainees import Trainee, by_name, name_key
from quizapp.storage.models import AttemptRow, PracticeCardRow, TraineeRow


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


def trainee_row(session: Session, uuid: str, *, lock: bool = False) -> TraineeRow | None:
    query = select(TraineeRow).where(TraineeRow.uuid == uuid)
    return session.scalars(query.with_for_update() if lock else query).first()


@dataclass(frozen=True)
class TraineeOverview:
    """A trainee as the trainer manages them."""

    uuid: str
    name: str
    attempts: int
    last_started: datetime | None
    has_pin: bool


def overview(session: Session) -> list[TraineeOverview]:
    """Every trainee with their number of attempts and last start, in the domain's name order."""
    counts = (
        select(
            AttemptRow.trainee_uuid,
            func.count().label("n"),
            func.max(AttemptRow.started_at).label("last"),
        )
        .group_by(AttemptRow.trainee_uuid)
        .subquery()
    )
    rows = session.execute(
        select(
            TraineeRow.uuid,
            TraineeRow.name,
            func.coalesce(counts.c.n, 0),
            counts.c.last,
            TraineeRow.pin_hash.is_not(None),
        ).outerjoin(counts, counts.c.trainee_uuid == TraineeRow.uuid)
    ).all()
    order = {t.uuid: i for i, t in enumerate(by_name(Trainee(r[0], r[1]) for r in rows))}
    found = [
        TraineeOverview(uuid, name, n, _aware(last), bool(pin)) for uuid, name, n, last, pin in rows
    ]
    return sorted(found, key=lambda t: order[t.uuid])


def _aware(value: datetime | str | None) -> datetime | None:
    """max() over a column comes back without the column's type: as stored, naive UTC."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def rename(session: Session, uuid: str, name: str) -> None:
    """Raises IntegrityError when a look-alike name was stored meanwhile."""
    session.execute(
        update(TraineeRow).where(TraineeRow.uuid == uuid).values(name=name, name_key=name_key(name))
    )


def merge(session: Session, keep: str, other: str) -> int:
    """Give `other`'s attempts and practice schedules to `keep` and delete `other`; where both
    have a schedule for one question, `keep`'s stays. Returns the attempts moved."""
    ours = select(PracticeCardRow.set_slug, PracticeCardRow.question_key).where(
        PracticeCardRow.trainee_uuid == keep
    )
    session.execute(
        delete(PracticeCardRow).where(
            PracticeCardRow.trainee_uuid == other,
            tuple_(PracticeCardRow.set_slug, PracticeCardRow.question_key).in_(ours),
        )
    )
    session.execute(
        update(PracticeCardRow)
        .where(PracticeCardRow.trainee_uuid == other)
        .values(trainee_uuid=keep)
    )
    moved = session.connection().execute(  # a Core UPDATE: its result counts the rows
        update(AttemptRow).where(AttemptRow.trainee_uuid == other).values(trainee_uuid=keep)
    )
    session.execute(delete(TraineeRow).where(TraineeRow.uuid == other))
    return moved.rowcount


def delete_trainee(session: Session, uuid: str) -> int:
    """The trainee and every attempt of theirs (answers and moves go with them, and the
    practice schedules with the trainee); returns the attempts deleted."""
    gone = session.connection().execute(delete(AttemptRow).where(AttemptRow.trainee_uuid == uuid))
    session.execute(delete(TraineeRow).where(TraineeRow.uuid == uuid))
    return gone.rowcount


def attempt_count(session: Session, uuid: str) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(AttemptRow).where(AttemptRow.trainee_uuid == uuid)
        )
        or 0
    )


def set_pin(session: Session, uuid: str, pin_hash: str | None) -> None:
    session.execute(
        update(TraineeRow)
        .where(TraineeRow.uuid == uuid)
        .values(pin_hash=pin_hash, pin_failures=0, pin_failed_at=None)
    )
