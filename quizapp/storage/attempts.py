"""Attempts and their items in the database, and the domain QuizSession they stand for.

Each service call rebuilds the session from these rows, applies one change and writes back
only what changed, so a killed process loses nothing that was already acknowledged. A change
reads the attempt locked (`lock=True`): FOR UPDATE on a server, and on SQLite the write lock
its transaction took at BEGIN; so no other writer can change the attempt between the read
the domain decides on and the write of its decision.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, or_, select, update
from sqlalchemy.orm import Session

from quizapp.domain.exams import ExamTerms, ShowAnswers
from quizapp.domain.grading import Response
from quizapp.domain.questions import Question, SourceDocument
from quizapp.domain.session import Attempt, AttemptItem, AttemptState, Clock, Mode, QuizSession
from quizapp.storage.database import QUESTIONS
from quizapp.storage.models import (
    AttemptItemRow,
    AttemptMoveRow,
    AttemptRow,
    ExamRow,
    QuestionSetRow,
    TraineeRow,
)
from quizapp.storage.question_cache import QuestionCache
from quizapp.storage.question_sets import grading_options, load_document


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
    exam_id: int | None = None,
) -> None:
    session.execute(
        insert(AttemptRow).values(
            uuid=uuid,
            trainee_uuid=trainee_uuid,
            set_id=set_pk,
            exam_id=exam_id,
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


# Built once: every change to an attempt reads it again, and building a statement and its
# cache key cost about as much as running it.
_ATTEMPT = (
    select(
        AttemptRow.trainee_uuid,
        AttemptRow.mode,
        AttemptRow.started_at,
        AttemptRow.deadline,
        AttemptRow.submitted_at,
        AttemptRow.state,
        AttemptRow.current_position,
        AttemptRow.settings,
        AttemptRow.exam_id,
        ExamRow.answers_released_at,
        QuestionSetRow.slug,
        QuestionSetRow.version,
        QuestionSetRow.title,
        QuestionSetRow.typo_tolerance,
        QuestionSetRow.answer_matching,
        QuestionSetRow.document_id,
        QuestionSetRow.id.label("set_pk"),
        QuestionSetRow.content_hash,
    )
    .join(QuestionSetRow, QuestionSetRow.id == AttemptRow.set_id)
    .outerjoin(ExamRow, ExamRow.id == AttemptRow.exam_id)
    .where(AttemptRow.uuid == bindparam("uuid"))
)
_ATTEMPT_LOCKED = _ATTEMPT.with_for_update(of=AttemptRow)
_ITEM_ROWS = (
    select(
        AttemptItemRow.position,
        AttemptItemRow.question_id,
        AttemptItemRow.choice_order,
        AttemptItemRow.response,
        AttemptItemRow.flagged,
        AttemptItemRow.answered_at,
        AttemptItemRow.seconds_spent,
        AttemptItemRow.score,
        AttemptItemRow.checked,
    )
    .where(AttemptItemRow.attempt_uuid == bindparam("uuid"))
    .order_by(AttemptItemRow.position)
)


def load_attempt(
    session: Session, uuid: str, clock: Clock, *, lock: bool = False
) -> Attempt | None:
    """The attempt as stored; `lock` holds its row until the transaction ends (FOR UPDATE on
    a server; on SQLite the write transaction already holds the whole file)."""
    connection = session.connection()  # Core statements: the ORM's execute only adds work
    row = connection.execute(_ATTEMPT_LOCKED if lock else _ATTEMPT, {"uuid": uuid}).first()
    if row is None:
        return None
    item_rows = connection.execute(_ITEM_ROWS, {"uuid": uuid}).all()
    cache: QuestionCache = session.info[QUESTIONS]
    of_set = (row.set_pk, row.content_hash)
    questions = cache.questions(session, of_set, [r.question_id for r in item_rows])
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
        grading=grading_options(row.typo_tolerance, row.answer_matching),
        state=AttemptState(row.state),
        submitted_at=row.submitted_at,
        current=row.current_position,
    )
    return Attempt(
        uuid,
        row.trainee_uuid,
        row.slug,
        row.version,
        row.title,
        row.document_id is not None,
        quiz,
        exam_terms(row.settings, row.exam_id, row.answers_released_at),
    )


EXAM_KEY = "exam"  # in an attempt's settings: the terms of the exam it was taken as


def exam_settings_json(pass_mark: float | None, show_answers: ShowAnswers) -> dict[str, Any]:
    return {"pass_mark": pass_mark, "show_answers": show_answers.value}


def exam_terms(
    settings: dict[str, Any] | None, exam_id: int | None, released_at: datetime | None
) -> ExamTerms | None:
    """The exam terms an attempt was started with; the release is the exam's, now. An exam
    removed since (exam_id gone) leaves its attempts released: nobody is left to do it."""
    terms = (settings or {}).get(EXAM_KEY)
    if not isinstance(terms, dict):
        return None
    try:
        show = ShowAnswers(str(terms.get("show_answers")))
    except ValueError:
        show = ShowAnswers.NEVER
    pass_mark = terms.get("pass_mark")
    return ExamTerms(
        pass_mark=float(pass_mark) if pass_mark is not None else None,
        show_answers=show,
        released=released_at is not None or exam_id is None,
    )


# Declarative classes type their __table__ as a FromClause; it is the Table that UPDATE takes.
_ITEMS = cast(Table, AttemptItemRow.__table__)
_SAVE_ITEM = (
    update(_ITEMS)
    .where(_ITEMS.c.attempt_uuid == bindparam("b_uuid"), _ITEMS.c.position == bindparam("b_at"))
    .values(
        response=bindparam("b_response", type_=_ITEMS.c.response.type),
        flagged=bindparam("b_flagged"),
        answered_at=bindparam("b_answered_at", type_=_ITEMS.c.answered_at.type),
        seconds_spent=bindparam("b_seconds_spent"),
        score=bindparam("b_score"),
        exam_points=bindparam("b_exam_points"),
        checked=bindparam("b_checked"),
    )
)
_ATTEMPTS = cast(Table, AttemptRow.__table__)
_SAVE_ATTEMPT = (
    update(_ATTEMPTS)
    .where(_ATTEMPTS.c.uuid == bindparam("b_uuid"))
    .values(
        state=bindparam("b_state"),
        submitted_at=bindparam("b_submitted_at", type_=_ATTEMPTS.c.submitted_at.type),
        score=bindparam("b_score"),
        current_position=bindparam("b_current"),
    )
)


def save_items(session: Session, attempt: Attempt, positions: list[int]) -> None:
    """Write back the items at `positions` as the session now has them.

    Core statements on the tables, built once and run on the session's connection, not the
    ORM's bulk UPDATE: these run for every change, and the ORM's bookkeeping around them cost
    more than the statements themselves. Once the attempt is a graded exam, each answer gets
    its total too (models.AttemptItemRow.exam_points): grading writes every answer.
    """
    quiz = attempt.session
    exam_points = quiz.points if quiz.mode is Mode.EXAM and quiz.score is not None else None
    rows = []
    for position in positions:
        item = quiz.items[position]
        rows.append(
            {
                "b_uuid": attempt.uuid,
                "b_at": position,
                "b_response": response_to_json(item.question, item.response),
                "b_flagged": item.flagged,
                "b_answered_at": item.answered_at,
                "b_seconds_spent": item.seconds_spent,
                "b_score": item.score,
                "b_exam_points": exam_points,
                "b_checked": item.checked,
            }
        )
    if rows:
        session.connection().execute(_SAVE_ITEM, rows)


def save_attempt(session: Session, attempt: Attempt) -> None:
    quiz = attempt.session
    session.connection().execute(
        _SAVE_ATTEMPT,
        {
            "b_uuid": attempt.uuid,
            "b_state": quiz.state.value,
            "b_submitted_at": quiz.submitted_at,
            "b_score": quiz.score,
            "b_current": quiz.current,
        },
    )


def attempt_owner(session: Session, uuid: str) -> tuple[str, str] | None:
    """(trainee uuid, set slug) of a stored attempt; None when there is none by that uuid."""
    row = session.execute(
        select(AttemptRow.trainee_uuid, QuestionSetRow.slug)
        .join(QuestionSetRow, QuestionSetRow.id == AttemptRow.set_id)
        .where(AttemptRow.uuid == uuid)
    ).first()
    return (row[0], row[1]) if row else None


def move_counted(session: Session, move_uuid: str) -> bool:
    return session.get(AttemptMoveRow, move_uuid) is not None


def count_move(session: Session, attempt_uuid: str, move_uuid: str) -> None:
    session.execute(insert(AttemptMoveRow).values(uuid=move_uuid, attempt_uuid=attempt_uuid))


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
) -> list[
    tuple[str, str, str, datetime, datetime | None, AttemptState, float | None, Mode, bool | None]
]:
    """(uuid, trainee name, set title, started, submitted, state, score, mode, passed), newest
    first; passed is None but for a graded exam with a pass mark."""
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
            _passed(row),
        )
        for row, name, title in session.execute(query)
    ]


def _passed(row: AttemptRow) -> bool | None:
    terms = exam_terms(row.settings, row.exam_id, None)
    return terms.passed(row.score) if terms is not None else None


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
) -> tuple[str | None, dict[str, Any] | None, dict[str, Any] | None]:
    """What the trainee chose last: the set of their newest attempt, the settings of their
    newest attempt of their own settings, and those of their newest such exam (a practice
    has no time limit to remember). An exam a trainer fixed chose no settings of theirs."""

    def newest(*conditions: Any) -> Any:
        return session.execute(
            select(QuestionSetRow.slug, AttemptRow.settings)
            .join(QuestionSetRow, QuestionSetRow.id == AttemptRow.set_id)
            .where(AttemptRow.trainee_uuid == trainee_uuid, *conditions)
            .order_by(AttemptRow.started_at.desc())
            .limit(1)
        ).first()

    own = AttemptRow.exam_id.is_(None)
    last, chosen, exam = newest(), newest(own), newest(own, AttemptRow.mode == Mode.EXAM.value)
    return (
        last[0] if last is not None else None,
        dict(chosen[1] or {}) if chosen is not None else None,
        dict(exam[1] or {}) if exam is not None else None,
    )
