"""Exam rows, read as the domain's Exam, and what a start needs of them."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from quizapp.domain.exams import Exam, ExamSettings, ShowAnswers
from quizapp.storage.models import AttemptRow, ExamRow, QuestionRow


def _exam(row: ExamRow) -> Exam:
    try:
        show = ShowAnswers(row.show_answers)
    except ValueError:  # a value a newer QuizApp wrote: the safe reading
        show = ShowAnswers.NEVER
    return Exam(
        row.set_slug,
        ExamSettings(
            question_count=row.question_count,
            time_limit=(
                timedelta(seconds=row.time_limit_seconds)
                if row.time_limit_seconds is not None
                else None
            ),
            pass_mark=row.pass_mark,
            attempts_allowed=row.attempts_allowed,
            per_section=row.per_section,
            practice_open=row.practice_open,
            show_answers=show,
            title=row.title,
        ),
        row.answers_released_at,
    )


def exam_row(session: Session, slug: str) -> ExamRow | None:
    return session.scalars(select(ExamRow).where(ExamRow.set_slug == slug)).first()


def exam(session: Session, slug: str) -> tuple[int, Exam] | None:
    """(row id, exam) of the set's exam, if it has one."""
    row = exam_row(session, slug)
    return (row.id, _exam(row)) if row is not None else None


def all_exams(session: Session) -> dict[str, tuple[int, Exam]]:
    return {row.set_slug: (row.id, _exam(row)) for row in session.scalars(select(ExamRow))}


def save_exam(session: Session, slug: str, settings: ExamSettings, now: datetime) -> None:
    """Create or change the set's exam; a release already given stays given."""
    values = {
        "title": settings.title,
        "question_count": settings.question_count,
        "per_section": settings.per_section,
        "time_limit_seconds": (
            int(settings.time_limit.total_seconds()) if settings.time_limit else None
        ),
        "pass_mark": settings.pass_mark,
        "attempts_allowed": settings.attempts_allowed,
        "practice_open": settings.practice_open,
        "show_answers": settings.show_answers.value,
    }
    if exam_row(session, slug) is None:
        session.execute(insert(ExamRow).values(set_slug=slug, created_at=now, **values))
    else:
        session.execute(update(ExamRow).where(ExamRow.set_slug == slug).values(**values))


def remove_exam(session: Session, slug: str) -> None:
    """Attempts taken at it keep their results, and their terms (stored with each attempt)."""
    row = exam_row(session, slug)
    if row is None:
        return
    session.execute(update(AttemptRow).where(AttemptRow.exam_id == row.id).values(exam_id=None))
    session.execute(delete(ExamRow).where(ExamRow.id == row.id))


def release_answers(session: Session, slug: str, when: datetime | None) -> bool:
    """Set (or with None, take back) the release; False when the set has no exam."""
    result = session.connection().execute(  # a Core UPDATE: its result counts the rows
        update(ExamRow).where(ExamRow.set_slug == slug).values(answers_released_at=when)
    )
    return bool(result.rowcount)


def attempts_used(session: Session, exam_id: int, trainee_uuid: str) -> int:
    """Every attempt counts, a discarded one too: it showed the questions."""
    return (
        session.scalar(
            select(func.count())
            .select_from(AttemptRow)
            .where(AttemptRow.exam_id == exam_id, AttemptRow.trainee_uuid == trainee_uuid)
        )
        or 0
    )


def attempts_used_by_exam(session: Session, trainee_uuid: str) -> dict[int, int]:
    rows = session.execute(
        select(AttemptRow.exam_id, func.count())
        .where(AttemptRow.trainee_uuid == trainee_uuid, AttemptRow.exam_id.is_not(None))
        .group_by(AttemptRow.exam_id)
    )
    return {exam_id: n for exam_id, n in rows if exam_id is not None}


def question_sections(session: Session, set_pk: int) -> list[str]:
    """The section of every question of a set version, in the set's order."""
    return list(
        session.scalars(
            select(QuestionRow.section)
            .where(QuestionRow.set_id == set_pk)
            .order_by(QuestionRow.position)
        )
    )
