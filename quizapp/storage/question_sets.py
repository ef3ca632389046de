"""Writing set versions and reading them back as domain values.

Writes go through Core `insert` with many rows at once: 10,000 questions take milliseconds
this way, against seconds through the ORM's unit of work.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, case, func, insert, select
from sqlalchemy.orm import Session

from quizapp.domain.questions import (
    ANSWER_MATCHING,
    AcceptedAnswer,
    Choice,
    GradingOptions,
    Question,
    QuestionSet,
    SourceDocument,
    question_type,
)
from quizapp.storage.models import (
    AcceptedAnswerRow,
    AttemptRow,
    Base,
    ChoiceRow,
    DocumentRow,
    QuestionRow,
    QuestionSetRow,
)


@dataclass(frozen=True)
class StoredSet:
    """A set version as listed: enough to choose one without loading its questions."""

    pk: int
    slug: str
    version: int
    title: str
    question_count: int
    origin: str
    source_format: str
    content_hash: str


def newest_version(session: Session, slug: str) -> QuestionSetRow | None:
    return session.scalars(
        select(QuestionSetRow)
        .where(QuestionSetRow.slug == slug)
        .order_by(QuestionSetRow.version.desc())
        .limit(1)
    ).first()


def find_version(session: Session, slug: str, version: int | None = None) -> QuestionSetRow | None:
    if version is None:
        return newest_version(session, slug)
    return session.scalars(
        select(QuestionSetRow).where(QuestionSetRow.slug == slug, QuestionSetRow.version == version)
    ).first()


def _document_id(session: Session, document: SourceDocument) -> int:
    existing = session.scalar(select(DocumentRow.id).where(DocumentRow.sha256 == document.sha256))
    if existing is not None:
        return existing
    row = DocumentRow(title=document.title, text=document.text, sha256=document.sha256)
    session.add(row)
    session.flush()
    return row.id


def insert_version(
    session: Session,
    qset: QuestionSet,
    *,
    version: int,
    origin: str,
    source_format: str,
    file_name: str,
    file_sha256: str | None,
    content_hash: str,
    now: datetime,
    on_chunk: Callable[[int, int], None] | None = None,
) -> int:
    """Store `qset` as version `version` of its slug; returns the new version's key.

    The questions go in CHUNKs; `on_chunk(done, total)` after each may raise to stop, and
    the caller's transaction then takes back what was written."""
    document_id = _document_id(session, qset.source) if qset.source else None
    set_pk: int = session.scalars(
        insert(QuestionSetRow)
        .values(
            slug=qset.id,
            version=version,
            title=qset.title,
            origin=origin,
            source_format=source_format,
            file_name=file_name,
            file_sha256=file_sha256,
            content_hash=content_hash,
            typo_tolerance=qset.grading.typo_tolerance,
            answer_matching=qset.grading.matching,
            document_id=document_id,
            imported_at=now,
        )
        .returning(QuestionSetRow.id)
    ).one()
    total = len(qset.questions)
    for first in range(0, total, CHUNK):
        _insert_questions(session, set_pk, qset.questions[first : first + CHUNK], first)
        if on_chunk is not None:
            on_chunk(min(first + CHUNK, total), total)
    return set_pk


CHUNK = 500  # questions per step of a load: a progress bar moves, a cancel is heard soon


def _insert_questions(
    session: Session, set_pk: int, questions: Sequence[Question], first: int
) -> None:
    """Questions `first`... of the set, with their choices and accepted answers."""
    _bulk_insert(
        session,
        QuestionRow,
        (
            "set_id",
            "position",
            "key",
            "type",
            "prompt",
            "explanation",
            "quote",
            "span_start",
            "span_end",
            "highlight_start",
            "highlight_end",
            "section",
            "tags",
        ),
        [
            (
                set_pk,
                position,
                q.key,
                q.type,
                q.prompt,
                q.explanation,
                q.quote,
                *(q.span or (None, None)),
                *(q.highlight or (None, None)),
                q.section,
                json.dumps(list(q.tags), ensure_ascii=False),
            )
            for position, q in enumerate(questions, start=first)
        ],
    )
    # Asking for the new ids afterwards is several times faster than RETURNING row by row.
    ids = session.scalars(
        select(QuestionRow.id)
        .where(QuestionRow.set_id == set_pk, QuestionRow.position >= first)
        .order_by(QuestionRow.position)
    ).all()
    pairs = list(zip(ids, questions, strict=True))
    _bulk_insert(
        session,
        ChoiceRow,
        ("question_id", "position", "text", "fraction", "feedback"),
        [
            (qid, i, c.text, c.fraction, c.feedback)
            for qid, q in pairs
            for i, c in enumerate(q.choices)
        ],
    )
    _bulk_insert(
        session,
        AcceptedAnswerRow,
        ("question_id", "position", "text", "fraction", "case_sensitive", "feedback"),
        [
            (qid, i, a.text, a.fraction, a.case_sensitive, a.feedback)
            for qid, q in pairs
            for i, a in enumerate(q.answers)
        ],
    )


def _bulk_insert(
    session: Session, model: type[Base], columns: tuple[str, ...], rows: list[tuple[Any, ...]]
) -> None:
    """Many rows through the driver's own executemany, values already in database form.

    SQLAlchemy's per-row parameter processing costs more than SQLite's insert itself (4.8x a
    raw `executemany` for a 10,000-question set); the statement is still compiled by
    SQLAlchemy for the connection's dialect, so the same code serves PostgreSQL.
    """
    if not rows:
        return
    connection = session.connection()
    compiled = insert(model).compile(dialect=connection.dialect, column_keys=list(columns))
    if compiled.positional:
        order = [columns.index(name) for name in compiled.positiontup or ()]
        params: list[Any] = [tuple(row[i] for i in order) for row in rows]
    else:
        params = [dict(zip(columns, row, strict=True)) for row in rows]
    connection.exec_driver_sql(str(compiled), params)


def load_questions(
    session: Session, question_ids: list[int] | None = None, *, set_pk: int | None = None
) -> dict[int, Question]:
    """Questions by row id, for a whole set version or for the given ids, in three queries.

    Plain rows from statements built once, not ORM objects: every change to an attempt reads
    its questions again, and building mapped instances and statements for them cost about
    as much as the commit.
    """
    connection = session.connection()  # Core statements: the ORM's execute only adds work
    if set_pk is not None:
        rows = connection.execute(_QUESTIONS_OF_SET, {"set_pk": set_pk}).all()
    else:
        rows = connection.execute(_QUESTIONS, {"ids": question_ids or []}).all()
    wanted = {"ids": [row.id for row in rows]}
    choices: dict[int, list[Choice]] = defaultdict(list)
    for qid, text, fraction, feedback in connection.execute(_CHOICES, wanted):
        choices[qid].append(Choice(text, fraction, feedback))
    answers: dict[int, list[AcceptedAnswer]] = defaultdict(list)
    for qid, text, fraction, case_sensitive, feedback in connection.execute(_ANSWERS, wanted):
        answers[qid].append(AcceptedAnswer(text, fraction, case_sensitive, feedback))
    return {
        row.id: Question(
            key=row.key,
            type=question_type(row.type),
            prompt=row.prompt,
            choices=tuple(choices[row.id]),
            answers=tuple(answers[row.id]),
            explanation=row.explanation,
            quote=row.quote,
            span=_pair(row.span_start, row.span_end),
            highlight=_pair(row.highlight_start, row.highlight_end),
            section=row.section,
            tags=tuple(row.tags),
        )
        for row in rows
    }


_QUESTION_COLUMNS = select(
    QuestionRow.id,
    QuestionRow.key,
    QuestionRow.type,
    QuestionRow.prompt,
    QuestionRow.explanation,
    QuestionRow.quote,
    QuestionRow.span_start,
    QuestionRow.span_end,
    QuestionRow.highlight_start,
    QuestionRow.highlight_end,
    QuestionRow.section,
    QuestionRow.tags,
)
_QUESTIONS = _QUESTION_COLUMNS.where(QuestionRow.id.in_(bindparam("ids", expanding=True)))
_QUESTIONS_OF_SET = _QUESTION_COLUMNS.where(QuestionRow.set_id == bindparam("set_pk")).order_by(
    QuestionRow.position
)
_CHOICES = (
    select(ChoiceRow.question_id, ChoiceRow.text, ChoiceRow.fraction, ChoiceRow.feedback)
    .where(ChoiceRow.question_id.in_(bindparam("ids", expanding=True)))
    .order_by(ChoiceRow.question_id, ChoiceRow.position)
)
_ANSWERS = (
    select(
        AcceptedAnswerRow.question_id,
        AcceptedAnswerRow.text,
        AcceptedAnswerRow.fraction,
        AcceptedAnswerRow.case_sensitive,
        AcceptedAnswerRow.feedback,
    )
    .where(AcceptedAnswerRow.question_id.in_(bindparam("ids", expanding=True)))
    .order_by(AcceptedAnswerRow.question_id, AcceptedAnswerRow.position)
)


def load_document(session: Session, document_id: int | None) -> SourceDocument | None:
    if document_id is None:
        return None
    row = session.get(DocumentRow, document_id)
    return SourceDocument(row.title, row.text) if row else None


def load_set(session: Session, row: QuestionSetRow) -> QuestionSet:
    questions = load_questions(session, set_pk=row.id)
    return QuestionSet(
        id=row.slug,
        title=row.title,
        questions=tuple(questions.values()),
        grading=grading_options(row.typo_tolerance, row.answer_matching),
        source=load_document(session, row.document_id),
    )


def list_newest(session: Session) -> list[StoredSet]:
    """The newest version of every set, by title."""
    newest = (
        select(QuestionSetRow.slug, func.max(QuestionSetRow.version).label("version"))
        .group_by(QuestionSetRow.slug)
        .subquery()
    )
    counts = (
        select(QuestionRow.set_id, func.count().label("n")).group_by(QuestionRow.set_id).subquery()
    )
    rows = session.execute(
        select(QuestionSetRow, func.coalesce(counts.c.n, 0))
        .join(
            newest,
            (newest.c.slug == QuestionSetRow.slug) & (newest.c.version == QuestionSetRow.version),
        )
        .outerjoin(counts, counts.c.set_id == QuestionSetRow.id)
        .order_by(QuestionSetRow.title)
    ).all()
    return [
        StoredSet(r.id, r.slug, r.version, r.title, n, r.origin, r.source_format, r.content_hash)
        for r, n in rows
    ]


def set_outlines(session: Session, set_pks: list[int]) -> dict[int, tuple[dict[str, int], str]]:
    """Per set version: how many questions of each type it has, and the title of the
    document they quote ("" without one), to say in a line what a set is."""
    kinds: dict[int, dict[str, int]] = defaultdict(dict)
    for set_pk, kind, n in session.execute(
        select(QuestionRow.set_id, QuestionRow.type, func.count())
        .where(QuestionRow.set_id.in_(set_pks))
        .group_by(QuestionRow.set_id, QuestionRow.type)
    ):
        kinds[set_pk][kind] = n
    sources = {
        set_pk: title
        for set_pk, title in session.execute(
            select(QuestionSetRow.id, DocumentRow.title)
            .join(DocumentRow, DocumentRow.id == QuestionSetRow.document_id)
            .where(QuestionSetRow.id.in_(set_pks))
        )
    }
    return {pk: (kinds.get(pk, {}), sources.get(pk, "")) for pk in set_pks}


def question_keys(session: Session, set_pk: int) -> list[tuple[str, int]]:
    """(key, row id) of every question of a set version, in the set's order."""
    rows = session.execute(
        select(QuestionRow.key, QuestionRow.id)
        .where(QuestionRow.set_id == set_pk)
        .order_by(QuestionRow.position)
    )
    return [(key, qid) for key, qid in rows]


def known_file_digests(session: Session, digests: list[str]) -> set[str]:
    """Which of these file digests some stored set version was read from."""
    rows = session.scalars(
        select(QuestionSetRow.file_sha256).where(QuestionSetRow.file_sha256.in_(digests))
    )
    return {digest for digest in rows if digest is not None}


def trainee_history(
    session: Session, trainee_uuid: str
) -> dict[str, tuple[datetime | None, float | None]]:
    """Per set slug: when the trainee last started it and their best graded exam score.

    A practice is graded too, but it is not a best score: its answers were explained one by
    one, so beside an exam's it would flatter.
    """
    graded = ["submitted", "expired"]  # AttemptState values; abandoned attempts are not scored
    exam_score = case((AttemptRow.mode == "exam", AttemptRow.score))  # Mode.EXAM's value
    rows = session.execute(
        select(QuestionSetRow.slug, func.max(AttemptRow.started_at), func.max(exam_score))
        .join(AttemptRow, AttemptRow.set_id == QuestionSetRow.id)
        .where(AttemptRow.trainee_uuid == trainee_uuid, AttemptRow.state.in_(graded))
        .group_by(QuestionSetRow.slug)
    )
    return {slug: (last, best) for slug, last, best in rows}


def _pair(start: int | None, end: int | None) -> tuple[int, int] | None:
    """A span from its two nullable columns (both are written, or neither)."""
    return (start, end) if start is not None and end is not None else None


def grading_options(typo_tolerance: int, matching: str) -> GradingOptions:
    """A set's grading options from its row: a matching this code does not know (written by
    a newer QuizApp on a shared server) reads as the lenient default."""
    for known in ANSWER_MATCHING:
        if known == matching:
            return GradingOptions(typo_tolerance=typo_tolerance, matching=known)
    return GradingOptions(typo_tolerance=typo_tolerance)


@dataclass(frozen=True)
class StoredVersion:
    """One version of a set, as the trainer lists them."""

    version: int
    title: str
    origin: str
    file_name: str
    imported_at: datetime
    question_count: int


def versions(session: Session, slug: str) -> list[StoredVersion]:
    """Every version of a set, newest first."""
    counts = (
        select(QuestionRow.set_id, func.count().label("n")).group_by(QuestionRow.set_id).subquery()
    )
    rows = session.execute(
        select(QuestionSetRow, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.set_id == QuestionSetRow.id)
        .where(QuestionSetRow.slug == slug)
        .order_by(QuestionSetRow.version.desc())
    ).all()
    return [
        StoredVersion(r.version, r.title, r.origin, r.file_name, r.imported_at, n) for r, n in rows
    ]


def version_counts(session: Session) -> dict[str, int]:
    rows = session.execute(select(QuestionSetRow.slug, func.count()).group_by(QuestionSetRow.slug))
    return {slug: n for slug, n in rows}
