"""Practice cards (a trainee's spaced-repetition schedule per set and question key), and the
answer record weak-question practice draws from."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import case, func, insert, select, update
from sqlalchemy.orm import Session

from quizapp.domain.practice import Candidate, CardState
from quizapp.storage.models import (
    AttemptItemRow,
    AttemptRow,
    PracticeCardRow,
    QuestionRow,
    QuestionSetRow,
)
from quizapp.storage.question_sets import question_keys


def answer_record(
    session: Session, trainee_uuid: str, set_slug: str
) -> dict[str, tuple[datetime | None, datetime | None]]:
    """Per question key (any version of the set): when the trainee's graded answers last fell
    short of full marks, and when they last earned them (the attempt's start stands for when)."""
    wrong = AttemptItemRow.score < 1
    rows = session.execute(
        select(
            QuestionRow.key,
            func.max(case((wrong, AttemptRow.started_at))),
            func.max(case((~wrong, AttemptRow.started_at))),
        )
        .join(AttemptItemRow, AttemptItemRow.question_id == QuestionRow.id)
        .join(AttemptRow, AttemptRow.uuid == AttemptItemRow.attempt_uuid)
        .join(QuestionSetRow, QuestionSetRow.id == QuestionRow.set_id)
        .where(
            AttemptRow.trainee_uuid == trainee_uuid,
            QuestionSetRow.slug == set_slug,
            AttemptItemRow.score.is_not(None),
        )
        .group_by(QuestionRow.key)
    )
    return {key: (last_wrong, last_right) for key, last_wrong, last_right in rows}


def cards(
    session: Session, trainee_uuid: str, set_slug: str
) -> dict[str, tuple[CardState, str | None]]:
    """Per question key: its card, and the attempt whose answer last moved it."""
    rows = session.scalars(
        select(PracticeCardRow).where(
            PracticeCardRow.trainee_uuid == trainee_uuid, PracticeCardRow.set_slug == set_slug
        )
    )
    return {
        row.question_key: (
            CardState(
                row.state,
                row.step,
                row.stability,
                row.difficulty,
                row.due,
                row.last_review,
                row.reviews,
            ),
            row.last_attempt_uuid,
        )
        for row in rows
    }


def save_card(
    session: Session,
    trainee_uuid: str,
    set_slug: str,
    key: str,
    card: CardState,
    attempt_uuid: str,
) -> None:
    values = {
        "state": card.state,
        "step": card.step,
        "stability": card.stability,
        "difficulty": card.difficulty,
        "due": card.due,
        "last_review": card.last_review,
        "reviews": card.reviews,
        "last_attempt_uuid": attempt_uuid,
    }
    changed = session.connection().execute(  # a Core UPDATE: its result counts the rows
        update(PracticeCardRow)
        .where(
            PracticeCardRow.trainee_uuid == trainee_uuid,
            PracticeCardRow.set_slug == set_slug,
            PracticeCardRow.question_key == key,
        )
        .values(**values)
    )
    if changed.rowcount == 0:
        session.execute(
            insert(PracticeCardRow).values(
                trainee_uuid=trainee_uuid, set_slug=set_slug, question_key=key, **values
            )
        )


def candidates(session: Session, trainee_uuid: str, set_pk: int, set_slug: str) -> list[Candidate]:
    """Every question of the set version, in the set's order, with the trainee's card for it
    and their answer record (over all versions)."""
    record = answer_record(session, trainee_uuid, set_slug)
    scheduled = cards(session, trainee_uuid, set_slug)
    return [
        Candidate(
            key, scheduled[key][0] if key in scheduled else None, *record.get(key, (None, None))
        )
        for key, _ in question_keys(session, set_pk)
    ]


def graded_answers(
    session: Session, attempt_uuid: str
) -> tuple[str, str, list[tuple[str, float]]] | None:
    """(trainee, set slug, [(question key, score)]) of an attempt's graded answers; None when
    there is no such attempt."""
    owner = session.execute(
        select(AttemptRow.trainee_uuid, QuestionSetRow.slug)
        .join(QuestionSetRow, QuestionSetRow.id == AttemptRow.set_id)
        .where(AttemptRow.uuid == attempt_uuid)
    ).first()
    if owner is None:
        return None
    rows = session.execute(
        select(QuestionRow.key, AttemptItemRow.score)
        .join(QuestionRow, QuestionRow.id == AttemptItemRow.question_id)
        .where(AttemptItemRow.attempt_uuid == attempt_uuid, AttemptItemRow.score.is_not(None))
        .order_by(AttemptItemRow.position)
    )
    return owner[0], owner[1], [(key, score) for key, score in rows if score is not None]
