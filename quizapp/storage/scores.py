"""The queries behind score review: a trainee's history, topics, the trainer's dashboard, the
sums item statistics are computed from, and the rows of a results export.

Everything here aggregates in the database and hands back a page or a few numbers per
question: a set with 100,000 attempts and 2,000,000 answers is never loaded into Python to be
counted. The two dialects differ only where SQL itself does (seconds between two times, the
elements of a JSON array), and those few expressions are spelled out per dialect below.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Float,
    Integer,
    Subquery,
    case,
    cast,
    func,
    literal,
    select,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import FunctionElement

from quizapp.domain.stats import ItemSums
from quizapp.storage.models import (
    AttemptItemRow,
    AttemptRow,
    ChoiceRow,
    QuestionRow,
    QuestionSetRow,
    TraineeRow,
)

# AttemptState values whose score counts; abandoned and running attempts have none.
GRADED = ("submitted", "expired")
EXAM = "exam"


class seconds_between(FunctionElement[float]):
    """Seconds from the first time to the second, as each dialect subtracts times."""

    type = Float()
    inherit_cache = True


@compiles(seconds_between)
def _seconds_between_sqlite(element: seconds_between, compiler: Any, **kw: Any) -> str:
    start, end = list(element.clauses)
    return (
        f"((julianday({compiler.process(end, **kw)}) - "
        f"julianday({compiler.process(start, **kw)})) * 86400.0)"
    )


@compiles(seconds_between, "postgresql")
def _seconds_between_postgresql(element: seconds_between, compiler: Any, **kw: Any) -> str:
    start, end = list(element.clauses)
    return f"EXTRACT(EPOCH FROM ({compiler.process(end, **kw)} - {compiler.process(start, **kw)}))"


def _json_elements(session: Session, column: Any) -> Any:
    """A table of a JSON array's elements (a lone value counts as an array of one), with one
    column `value`: SQLite's json_each, PostgreSQL's jsonb_array_elements_text."""
    if session.get_bind().dialect.name == "postgresql":
        document = cast(column, JSONB)
        array = case(
            (func.jsonb_typeof(document) == "array", document),
            else_=func.jsonb_build_array(document),
        )
        return func.jsonb_array_elements_text(array).table_valued("value")
    return func.json_each(column).table_valued("value")


def _as_integer(value: ColumnElement[Any]) -> ColumnElement[int]:
    return cast(value, Integer)


# -- a trainee's history -----------------------------------------------------------------


@dataclass(frozen=True)
class HistoryRow:
    uuid: str
    started_at: datetime
    submitted_at: datetime | None
    set_slug: str
    set_version: int
    set_title: str
    mode: str
    state: str
    score: float | None  # the fraction of the attempt's points earned, once graded
    questions: int
    seconds_taken: float | None


def _question_count() -> ColumnElement[int]:
    return (
        select(func.count())
        .where(AttemptItemRow.attempt_uuid == AttemptRow.uuid)
        .correlate(AttemptRow)
        .scalar_subquery()
    )


def _seconds_taken() -> ColumnElement[float]:
    return seconds_between(AttemptRow.started_at, AttemptRow.submitted_at)


HISTORY_ORDER: dict[str, Any] = {
    "started": AttemptRow.started_at,
    "set": QuestionSetRow.title,
    "mode": AttemptRow.mode,
    "score": AttemptRow.score,
    "time": _seconds_taken(),
    "state": AttemptRow.state,
}


def history_page(
    session: Session,
    trainee_uuid: str,
    *,
    sort: str,
    descending: bool,
    offset: int,
    limit: int,
) -> list[HistoryRow]:
    """One page of the trainee's attempts in the order asked (undefined values last, then
    newest first, so equal keys keep a stable order across pages)."""
    key = HISTORY_ORDER[sort]
    order = (key.desc() if descending else key.asc()).nulls_last()
    rows = session.execute(
        select(
            AttemptRow.uuid,
            AttemptRow.started_at,
            AttemptRow.submitted_at,
            QuestionSetRow.slug,
            QuestionSetRow.version,
            QuestionSetRow.title,
            AttemptRow.mode,
            AttemptRow.state,
            AttemptRow.score,
            _question_count(),
            _seconds_taken(),
        )
        .join(QuestionSetRow, QuestionSetRow.id == AttemptRow.set_id)
        .where(AttemptRow.trainee_uuid == trainee_uuid)
        .order_by(order, AttemptRow.started_at.desc(), AttemptRow.uuid)
        .offset(offset)
        .limit(limit)
    )
    return [HistoryRow(*row) for row in rows]


def history_count(session: Session, trainee_uuid: str) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(AttemptRow)
            .where(AttemptRow.trainee_uuid == trainee_uuid)
        )
        or 0
    )


def topic_scores(
    session: Session, trainee_uuid: str, set_slug: str | None
) -> list[tuple[str, str, int, float]]:
    """(kind, name, graded answers, marks earned) per section and per tag, over every graded
    answer of the trainee (a practice answer is graded when it is checked)."""
    answers = (
        select(AttemptItemRow.score, QuestionRow.section, QuestionRow.tags)
        .join(AttemptRow, AttemptRow.uuid == AttemptItemRow.attempt_uuid)
        .join(QuestionRow, QuestionRow.id == AttemptItemRow.question_id)
        .where(AttemptRow.trainee_uuid == trainee_uuid, AttemptItemRow.score.is_not(None))
    )
    if set_slug is not None:
        answers = answers.join(QuestionSetRow, QuestionSetRow.id == AttemptRow.set_id).where(
            QuestionSetRow.slug == set_slug
        )
    graded = answers.cte("graded")
    sections = (
        select(literal("section"), graded.c.section, func.count(), func.sum(graded.c.score))
        .where(graded.c.section != "")
        .group_by(graded.c.section)
    )
    tag = _json_elements(session, graded.c.tags)
    tags = (
        select(literal("tag"), tag.c.value, func.count(), func.sum(graded.c.score))
        .select_from(graded)
        .join(tag, literal(True))
        .group_by(tag.c.value)
    )
    return [
        (kind, str(name), count, float(total))
        for kind, name, count, total in session.execute(sections.union_all(tags))
    ]


# -- the trainer's dashboard -------------------------------------------------------------


@dataclass(frozen=True)
class DashboardRow:
    trainee_uuid: str
    trainee_name: str
    set_slug: str
    set_title: str
    attempts: int
    last_activity: datetime  # the latest attempt's start
    best_score: float | None
    latest_score: float | None


@dataclass(frozen=True)
class DashboardQuery:
    set_slug: str | None = None
    trainee_uuid: str | None = None
    since: datetime | None = None
    until: datetime | None = None  # exclusive


def _dashboard_filters(query: DashboardQuery, attempt: Any, qset: Any) -> list[Any]:
    filters = []
    if query.set_slug is not None:
        filters.append(qset.slug == query.set_slug)
    if query.trainee_uuid is not None:
        filters.append(attempt.trainee_uuid == query.trainee_uuid)
    if query.since is not None:
        filters.append(attempt.started_at >= query.since)
    if query.until is not None:
        filters.append(attempt.started_at < query.until)
    return filters


def _activity(query: DashboardQuery) -> Any:
    """The trainee's latest attempt start within the filter (None: no attempt in it), read
    from the (trainee_uuid, started_at) index: a probe per trainee, however many attempts."""
    attempt = AttemptRow.__table__.alias("active")
    qset = QuestionSetRow.__table__.alias("active_set")
    latest = select(func.max(attempt.c.started_at)).where(
        attempt.c.trainee_uuid == TraineeRow.uuid, *_dashboard_filters(query, attempt.c, qset.c)
    )
    if query.set_slug is not None:
        latest = latest.join_from(attempt, qset, qset.c.id == attempt.c.set_id)
    return latest.correlate(TraineeRow).scalar_subquery()


def dashboard_trainees(
    session: Session,
    query: DashboardQuery,
    *,
    by_activity: bool,
    offset: int,
    limit: int,
) -> list[tuple[str, str]]:
    """(uuid, name) of a page of the trainees with attempts in the filter, by name or most
    recently active first; names in their folded form (name_key), so case does not split them."""
    activity = _activity(query).label("activity")
    ranked = select(TraineeRow.uuid, TraineeRow.name, TraineeRow.name_key, activity).subquery(
        "ranked"
    )
    order = [ranked.c.activity.desc()] if by_activity else []
    rows = session.execute(
        select(ranked.c.uuid, ranked.c.name)
        .where(ranked.c.activity.is_not(None))
        .order_by(*order, ranked.c.name_key, ranked.c.uuid)
        .offset(offset)
        .limit(limit)
    )
    return [(uuid, name) for uuid, name in rows]


def dashboard_trainee_count(session: Session, query: DashboardQuery) -> int:
    activity = _activity(query)
    return (
        session.scalar(select(func.count()).select_from(TraineeRow).where(activity.is_not(None)))
        or 0
    )


def dashboard_rows(
    session: Session, query: DashboardQuery, trainees: list[tuple[str, str]]
) -> list[DashboardRow]:
    """The (trainee, set) rows of these trainees, in their order then by set: the attempts
    are counted per set, and the latest graded score looked up per row."""
    if not trainees:
        return []
    names = dict(trainees)
    graded = AttemptRow.state.in_(GRADED)
    groups = (
        select(
            AttemptRow.trainee_uuid.label("trainee_uuid"),
            QuestionSetRow.slug.label("slug"),
            func.count().label("attempts"),
            func.max(AttemptRow.started_at).label("last_activity"),
            func.max(case((graded, AttemptRow.score))).label("best"),
        )
        .join(QuestionSetRow, QuestionSetRow.id == AttemptRow.set_id)
        .where(
            AttemptRow.trainee_uuid.in_(names),
            *_dashboard_filters(query, AttemptRow, QuestionSetRow),
        )
        .group_by(AttemptRow.trainee_uuid, QuestionSetRow.slug)
        .subquery("groups")
    )
    latest_attempt = AttemptRow.__table__.alias("latest")
    latest_set = QuestionSetRow.__table__.alias("latest_set")
    latest = (
        select(latest_attempt.c.score)
        .join(latest_set, latest_set.c.id == latest_attempt.c.set_id)
        .where(
            latest_attempt.c.trainee_uuid == groups.c.trainee_uuid,
            latest_set.c.slug == groups.c.slug,
            latest_attempt.c.state.in_(GRADED),
            *_dashboard_filters(query, latest_attempt.c, latest_set.c),
        )
        .order_by(latest_attempt.c.started_at.desc())
        .limit(1)
        .scalar_subquery()
    )
    newest_set = QuestionSetRow.__table__.alias("newest_set")
    title = (
        select(newest_set.c.title)
        .where(newest_set.c.slug == groups.c.slug)
        .order_by(newest_set.c.version.desc())
        .limit(1)
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            groups.c.trainee_uuid,
            groups.c.slug,
            title,
            groups.c.attempts,
            groups.c.last_activity,
            groups.c.best,
            latest,
        )
    )
    order = {uuid: i for i, (uuid, _) in enumerate(trainees)}
    found = [
        DashboardRow(uuid, names[uuid], slug, title, n, last, best, latest)
        for uuid, slug, title, n, last, best, latest in rows
    ]
    return sorted(found, key=lambda row: (order[row.trainee_uuid], row.set_slug))


# -- item statistics of one set version --------------------------------------------------


def counted_attempts(set_pk: int, *, first_only: bool) -> Subquery:
    """The attempts item statistics count, with each one's uuid and score: graded exam
    attempts on this set version (practice answers are checked one by one with the
    explanation in view), optionally only each trainee's first. Their answers are the ones
    that carry exam_points (storage/attempts.save_items)."""
    counted = (
        AttemptRow.set_id == set_pk,
        AttemptRow.mode == EXAM,
        AttemptRow.state.in_(GRADED),
    )
    if not first_only:
        return select(AttemptRow.uuid, AttemptRow.score).where(*counted).subquery("counted")
    ranked = (
        select(
            AttemptRow.uuid,
            AttemptRow.score,
            func.row_number()
            .over(
                partition_by=AttemptRow.trainee_uuid,
                order_by=(AttemptRow.started_at, AttemptRow.uuid),
            )
            .label("rank"),
        )
        .where(*counted)
        .subquery("ranked")
    )
    return select(ranked.c.uuid, ranked.c.score).where(ranked.c.rank == 1).subquery("counted")


def attempt_scores(session: Session, set_pk: int, *, first_only: bool) -> list[float]:
    """The stored score (marks earned over questions asked) of each counted attempt."""
    counted = counted_attempts(set_pk, first_only=first_only)
    return [score for score in session.scalars(select(counted.c.score)) if score is not None]


def item_sums(session: Session, set_pk: int, *, first_only: bool) -> dict[int, ItemSums]:
    """Per question id, the sums its item statistics are computed from (domain/stats.py):
    how many counted answers had each (mark, attempt's total) pair, the rest of the attempt
    being the total less the mark.

    Every answer of a graded exam carries its attempt's total (exam_points), so all of a set's
    counts come from the (question_id, exam_points, score) index alone, in the order they are
    grouped: no answer row, no attempt row and no sort. Each trainee's first attempt (a few
    thousand attempts) is read from those attempts' answers instead."""
    counts = select(
        AttemptItemRow.question_id,
        AttemptItemRow.exam_points,
        AttemptItemRow.score,
        func.count(),
    ).group_by(AttemptItemRow.question_id, AttemptItemRow.exam_points, AttemptItemRow.score)
    if first_only:
        first = counted_attempts(set_pk, first_only=True)
        counts = counts.select_from(first).join(
            AttemptItemRow, AttemptItemRow.attempt_uuid == first.c.uuid
        )
    else:
        asked = select(QuestionRow.id).where(QuestionRow.set_id == set_pk)
        counts = counts.where(
            AttemptItemRow.question_id.in_(asked), AttemptItemRow.exam_points.is_not(None)
        )
    found: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    for qid, total, mark, n in session.execute(counts):
        assert total is not None  # a counted attempt's answers carry it
        x = float(mark or 0.0)  # grouped as stored, in the index's order; none counts 0
        found[qid].append((x, float(total) - x, n))
    return {qid: ItemSums.from_counts(rows) for qid, rows in found.items()}


def choice_counts(session: Session, set_pk: int, *, first_only: bool) -> dict[int, dict[int, int]]:
    """Per choice question id: how many counted attempts chose each choice (by its index in
    the question's own order, whatever order the attempt showed)."""
    chosen = _json_elements(session, AttemptItemRow.response)
    counted = counted_attempts(set_pk, first_only=first_only)
    rows = session.execute(
        select(AttemptItemRow.question_id, _as_integer(chosen.c.value), func.count())
        .select_from(AttemptItemRow)
        .join(chosen, literal(True))
        .join(QuestionRow, QuestionRow.id == AttemptItemRow.question_id)
        .where(
            AttemptItemRow.attempt_uuid.in_(select(counted.c.uuid)),
            AttemptItemRow.response.is_not(None),
            QuestionRow.type.in_(("single", "multiple")),
        )
        .group_by(AttemptItemRow.question_id, _as_integer(chosen.c.value))
    )
    counts: dict[int, dict[int, int]] = defaultdict(dict)
    for qid, index, n in rows:
        counts[qid][index] = n
    return counts


@dataclass(frozen=True)
class SetQuestion:
    id: int
    position: int
    key: str
    type: str
    prompt: str
    choices: int


def set_questions(session: Session, set_pk: int) -> list[SetQuestion]:
    """The set version's questions in order, with how many choices each has."""
    choices = (
        select(func.count())
        .where(ChoiceRow.question_id == QuestionRow.id)
        .correlate(QuestionRow)
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            QuestionRow.id,
            QuestionRow.position,
            QuestionRow.key,
            QuestionRow.type,
            QuestionRow.prompt,
            choices,
        )
        .where(QuestionRow.set_id == set_pk)
        .order_by(QuestionRow.position)
    )
    return [SetQuestion(*row) for row in rows]


# -- exports -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportFilter:
    set_slug: str | None = None
    trainee_uuid: str | None = None


def _export_filters(which: ExportFilter) -> list[Any]:
    filters = []
    if which.set_slug is not None:
        filters.append(QuestionSetRow.slug == which.set_slug)
    if which.trainee_uuid is not None:
        filters.append(AttemptRow.trainee_uuid == which.trainee_uuid)
    return filters


def export_attempts(session: Session, which: ExportFilter) -> Iterator[tuple[Any, ...]]:
    """(uuid, trainee, set slug, version, title, mode, state, started, submitted, seconds
    taken, score, questions) per attempt, oldest first, streamed from the database."""
    query = (
        select(
            AttemptRow.uuid,
            TraineeRow.name,
            QuestionSetRow.slug,
            QuestionSetRow.version,
            QuestionSetRow.title,
            AttemptRow.mode,
            AttemptRow.state,
            AttemptRow.started_at,
            AttemptRow.submitted_at,
            _seconds_taken(),
            AttemptRow.score,
            _question_count(),
        )
        .join(TraineeRow, TraineeRow.uuid == AttemptRow.trainee_uuid)
        .join(QuestionSetRow, QuestionSetRow.id == AttemptRow.set_id)
        .where(*_export_filters(which))
        .order_by(AttemptRow.started_at, AttemptRow.uuid)
    )
    yield from session.execute(query, execution_options={"yield_per": 2000})


def export_responses(session: Session, which: ExportFilter) -> Iterator[tuple[Any, ...]]:
    """(attempt uuid, trainee, set slug, version, position, question id, key, type, response
    as stored, score, flagged, answered at, seconds spent) per answer, streamed."""
    query = (
        select(
            AttemptRow.uuid,
            TraineeRow.name,
            QuestionSetRow.slug,
            QuestionSetRow.version,
            AttemptItemRow.position,
            QuestionRow.id,
            QuestionRow.key,
            QuestionRow.type,
            AttemptItemRow.response,
            AttemptItemRow.score,
            AttemptItemRow.flagged,
            AttemptItemRow.answered_at,
            AttemptItemRow.seconds_spent,
        )
        .join(AttemptItemRow, AttemptItemRow.attempt_uuid == AttemptRow.uuid)
        .join(QuestionRow, QuestionRow.id == AttemptItemRow.question_id)
        .join(TraineeRow, TraineeRow.uuid == AttemptRow.trainee_uuid)
        .join(QuestionSetRow, QuestionSetRow.id == AttemptRow.set_id)
        .where(*_export_filters(which))
        .order_by(AttemptRow.started_at, AttemptRow.uuid, AttemptItemRow.position)
    )
    yield from session.execute(query, execution_options={"yield_per": 2000})


def choice_texts(session: Session, set_slug: str | None) -> dict[int, list[str]]:
    """Per question id (of one set's versions, or all), its choices' texts in order."""
    query = (
        select(ChoiceRow.question_id, ChoiceRow.text)
        .join(QuestionRow, QuestionRow.id == ChoiceRow.question_id)
        .order_by(ChoiceRow.question_id, ChoiceRow.position)
    )
    if set_slug is not None:
        query = query.join(QuestionSetRow, QuestionSetRow.id == QuestionRow.set_id).where(
            QuestionSetRow.slug == set_slug
        )
    texts: dict[int, list[str]] = defaultdict(list)
    for qid, text in session.execute(query):
        texts[qid].append(text)
    return texts
