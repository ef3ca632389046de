"""Attempts and their items in the database, and the domain QuizSession they stand for.

Each service call rebuilds the session from these rows, applies one change and writes back
only what changed, so a killed process loses nothing that was already acknowledged.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import insert, or_, select, update
from sqlalchemy.orm import Session

from quizapp.domain.grading import Response
from quizapp.domain.questions import GradingOptions, Question, SourceDocument
from quizapp.domain.session import Attempt, AttemptItem, AttemptState, Clock, Mode, QuizSession
from quizapp.storage.models import AttemptItemRow, AttemptRow, QuestionSetRow, TraineeRow
from quizapp.storage.question_sets import load_document, load_questions


def response_to_json(question: Question, response: Response) -> Any:
    if isinstance(response, frozenset | set):
        return sorted(response)
    return response


def response_from_json(question: Question, value: Any) -> Response:
    if value is None:
        return None
    if question.type == "multiple":
        return frozenset(int(v) for v in value)
    if question.type == "single":
        return int(value)
    return str(value)


def insert_attempt(
    session: Session,
    *,
    uuid: str,
    trainee_uuid: str,
    set_pk: int,
    quiz: QuizSession,
    question_ids: dict[str, int],
    settings: dict[str, Any],
) -> None:
    session.execute(
        insert(AttemptRow).values(
            uuid=uuid,
            trainee_uuid=trainee_uuid,
            set_id=set_pk,
            mode=quiz.mode.value,
            settings=settings,
            started_at=quiz.started_at,
            deadline=quiz.deadline,
            state=quiz.state.value,
            current_position=quiz.current,
        )
    )
    session.execute(
        insert(AttemptItemRow),
        [
            {
                "attempt_uuid": uuid,
                "position": item.position,
                "question_id": question_ids[item.question.key],
                "choice_order": list(item.choice_order),
            }
            for item in quiz.items
        ],
    )


def load_attempt(session: Session, uuid: str, clock: Clock) -> Attempt | None:
    row = session.get(AttemptRow, uuid)
    if row is None:
        return None
    set_row = session.get(QuestionSetRow, row.set_id)
    assert set_row is not None  # a foreign key guarantees it
    item_rows = session.scalars(
        select(AttemptItemRow)
        .where(AttemptItemRow.attempt_uuid == uuid)
        .order_by(AttemptItemRow.position)
    ).all()
    questions = load_questions(session, [r.question_id for r in item_rows])
    items = [
        AttemptItem(
            position=r.position,
            question=questions[r.question_id],
            choice_order=tuple(r.choice_order),
            response=response_from_json(questions[r.question_id], r.response),
            flagged=r.flagged,
            answered_at=r.answered_at,
            seconds_spent=r.seconds_spent,
            score=r.score,
            checked=r.checked,
        )
        for r in item_rows
    ]
    quiz = QuizSession(
        items=items,
        clock=clock,
        started_at=row.started_at,
        deadline=row.deadline,
        mode=Mode(row.mode),
        grading=GradingOptions(set_row.typo_tolerance),
        state=AttemptState(row.state),
        submitted_at=row.submitted_at,
        current=row.current_position,
    )
    return Attempt(
        uuid,
        row.trainee_uuid,
        set_row.slug,
        set_row.version,
        set_row.title,
        set_row.document_id is not None,
        quiz,
    )


def save_items(session: Session, attempt: Attempt, positions: list[int]) -> None:
    """Write back the items at `positions` as the session now has them."""
    for position in positions:
        item = attempt.session.items[position]
        session.execute(
            update(AttemptItemRow)
            .where(AttemptItemRow.attempt_uuid == attempt.uuid, AttemptItemRow.position == position)
            .values(
                response=response_to_json(item.question, item.response),
                flagged=item.flagged,
                answered_at=item.answered_at,
                seconds_spent=item.seconds_spent,
                score=item.score,
                checked=item.checked,
            )
        )


def save_attempt(session: Session, attempt: Attempt) -> None:
    quiz = attempt.session
    session.execute(
        update(AttemptRow)
        .where(AttemptRow.uuid == attempt.uuid)
        .values(
            state=quiz.state.value,
            submitted_at=quiz.submitted_at,
            score=quiz.score,
            current_position=quiz.current,
        )
    )


def attempt_document(session: Session, uuid: str) -> SourceDocument | None:
    document_id = session.scalar(
        select(QuestionSetRow.document_id)
        .join(AttemptRow, AttemptRow.set_id == QuestionSetRow.id)
        .where(AttemptRow.uuid == uuid)
    )
    return load_document(session, document_id)


def attempt_uuids(
    session: Session, *, trainee_uuid: str | None = None, states: tuple[AttemptState, ...] = ()
) -> list[str]:
    """Attempts, newest first, optionally of one trainee and in some states."""
    query = select(AttemptRow.uuid).order_by(AttemptRow.started_at.desc())
    if trainee_uuid is not None:
        query = query.where(AttemptRow.trainee_uuid == trainee_uuid)
    if states:
        query = query.where(AttemptRow.state.in_([s.value for s in states]))
    return list(session.scalars(query))


def overdue_uuids(session: Session, now: datetime) -> list[str]:
    """Attempts still in progress whose deadline has passed."""
    return list(
        session.scalars(
            select(AttemptRow.uuid).where(
                AttemptRow.state == AttemptState.IN_PROGRESS.value,
                AttemptRow.deadline.is_not(None),
                AttemptRow.deadline <= now,
            )
        )
    )


def history(
    session: Session, trainee_uuid: str | None
) -> list[tuple[str, str, str, datetime, datetime | None, AttemptState, float | None, Mode]]:
    """(uuid, trainee name, set title, started, submitted, state, score, mode), newest first."""
    query = (
        select(AttemptRow, TraineeRow.name, QuestionSetRow.title)
        .join(TraineeRow, TraineeRow.uuid == AttemptRow.trainee_uuid)
        .join(QuestionSetRow, QuestionSetRow.id == AttemptRow.set_id)
        .order_by(AttemptRow.started_at.desc())
    )
    if trainee_uuid is not None:
        query = query.where(AttemptRow.trainee_uuid == trainee_uuid)
    return [
        (
            row.uuid,
            name,
            title,
            row.started_at,
            row.submitted_at,
            AttemptState(row.state),
            row.score,
            Mode(row.mode),
        )
        for row, name, title in session.execute(query)
    ]


def unfinished_exam(
    session: Session, trainee_uuid: str, set_slug: str, now: datetime
) -> tuple[str, str] | None:
    """(uuid, set title) of the trainee's exam on any version of the set that is still in
    progress and within its time, if any. One whose deadline has passed does not count: the
    next look at it submits it."""
    row = session.execute(
        select(AttemptRow.uuid, QuestionSetRow.title)
        .join(QuestionSetRow, QuestionSetRow.id == AttemptRow.set_id)
        .where(
            AttemptRow.trainee_uuid == trainee_uuid,
            QuestionSetRow.slug == set_slug,
            AttemptRow.mode == Mode.EXAM.value,
            AttemptRow.state == AttemptState.IN_PROGRESS.value,
            or_(AttemptRow.deadline.is_(None), AttemptRow.deadline > now),
        )
        .order_by(AttemptRow.started_at.desc())
        .limit(1)
    ).first()
    return (row[0], row[1]) if row is not None else None


def latest_choices(
    session: Session, trainee_uuid: str
) -> tuple[tuple[str, dict[str, Any]] | None, dict[str, Any] | None]:
    """What the trainee chose last: (set slug, settings) of their newest attempt, and the
    settings of their newest exam (a practice has no time limit to remember)."""

    def newest(*conditions: Any) -> Any:
        return session.execute(
            select(QuestionSetRow.slug, AttemptRow.settings)
            .join(QuestionSetRow, QuestionSetRow.id == AttemptRow.set_id)
            .where(AttemptRow.trainee_uuid == trainee_uuid, *conditions)
            .order_by(AttemptRow.started_at.desc())
            .limit(1)
        ).first()

    last, exam = newest(), newest(AttemptRow.mode == Mode.EXAM.value)
    return (
        (last[0], dict(last[1] or {})) if last is not None else None,
        dict(exam[1] or {}) if exam is not None else None,
    )
