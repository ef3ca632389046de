"""The trainer's passphrase row, and the retired sets."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from quizapp.storage.models import RetiredSetRow, TrainerPassphraseRow

_ONLY = 1  # one passphrase per database


def passphrase(session: Session, *, lock: bool = False) -> TrainerPassphraseRow | None:
    """The passphrase row; `lock` holds it (FOR UPDATE) so wrong tries are counted once each."""
    query = select(TrainerPassphraseRow).where(TrainerPassphraseRow.id == _ONLY)
    return session.scalars(query.with_for_update() if lock else query).first()


def store_passphrase(session: Session, hashed: str, now: datetime) -> None:
    """Replace the passphrase (or set the first); the count of wrong tries starts again."""
    session.execute(delete(TrainerPassphraseRow))
    session.execute(
        insert(TrainerPassphraseRow).values(
            id=_ONLY, passphrase_hash=hashed, set_at=now, failures=0, failed_at=None
        )
    )


def retired_slugs(session: Session) -> set[str]:
    return set(session.scalars(select(RetiredSetRow.slug)))


def retire(session: Session, slug: str, now: datetime) -> None:
    if session.get(RetiredSetRow, slug) is None:
        session.execute(insert(RetiredSetRow).values(slug=slug, retired_at=now))


def restore(session: Session, slug: str) -> None:
    session.execute(delete(RetiredSetRow).where(RetiredSetRow.slug == slug))
