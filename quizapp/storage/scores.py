"""The queries behind score review: a trainee's history, topics, the trainer's dashboard, the
sums item statistics are computed from, and the rows of a results export.

Everything here aggregates in the database and hands back a page or a few numbers per
question: a set with 100,000 attempts and 2,000,000 answers is never loaded into Python to be
counted. The two dialects differ only where SQL itself does (seconds between two times, the
elements of a JSON array), and those few expressions are spelled out per dialect below.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Float,
    Integer,
    Select,
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

from quizapp.domain.stats import ItemSums, sorted_cross_sum
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
    last_activity: datetime
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


def _dashboard_groups(query: DashboardQuery) -> Any:
    graded = AttemptRow.state.in_(GRADED)
    return (
        select(
            AttemptRow.trainee_uuid.label("trainee_uuid"),
            QuestionSetRow.slug.label("slug"),
            func.count().label("attempts"),
            func.max(func.coalesce(AttemptRow.submitted_at, AttemptRow.started_at)).label(
                "last_activity"
            ),
            func.max(case((graded, AttemptRow.score))).label("best"),
        )
        .join(QuestionSetRow, QuestionSetRow.id == AttemptRow.set_id)
        .where(*_dashboard_filters(query, AttemptRow, QuestionSetRow))
        .group_by(AttemptRow.trainee_uuid, QuestionSetRow.slug)
        .subquery("groups")
    )


# What the dashboard sorts by: the groups' columns, and "trainee" for the name.
DASHBOARD_ORDER = ("trainee", "slug", "attempts", "last_activity", "best")


def dashboard_page(
    session: Session,
    query: DashboardQuery,
    *,
    sort: str,
    descending: bool,
    offset: int,
    limit: int,
) -> list[DashboardRow]:
    """One page of (trainee, set) rows. The groups are counted in one pass; the latest score
    and the set's title are then looked up for the page's rows only."""
    groups = _dashboard_groups(query)
    page = (
        select(groups, TraineeRow.name.label("name"))
        .join(TraineeRow, TraineeRow.uuid == groups.c.trainee_uuid)
        .order_by(*_dashboard_order({**groups.c, "name": TraineeRow.name}, sort, descending))
        .offset(offset)
        .limit(limit)
        .subquery("page")
    )
    latest_attempt = AttemptRow.__table__.alias("latest")
    latest_set = QuestionSetRow.__table__.alias("latest_set")
    latest = (
        select(latest_attempt.c.score)
        .join(latest_set, latest_set.c.id == latest_attempt.c.set_id)
        .where(
            latest_attempt.c.trainee_uuid == page.c.trainee_uuid,
            latest_set.c.slug == page.c.slug,
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
        .where(newest_set.c.slug == page.c.slug)
        .order_by(newest_set.c.version.desc())
        .limit(1)
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            page.c.trainee_uuid,
            page.c.name,
            page.c.slug,
            title,
            page.c.attempts,
            page.c.last_activity,
            page.c.best,
            latest,
        ).order_by(*_dashboard_order(page.c, sort, descending))
    )
    return [DashboardRow(*row) for row in rows]


def _dashboard_order(columns: Any, sort: str, descending: bool) -> list[Any]:
    """The page's order, then trainee and set so that equal keys page the same way twice.
    (Names sort by their stored spelling here; domain.trainees sorts a short list better.)"""
    key = columns["name" if sort == "trainee" else sort]
    first = (key.desc() if descending else key.asc()).nulls_last()
    return [first, columns["name"], columns["slug"]]


def dashboard_count(session: Session, query: DashboardQuery) -> int:
    groups = _dashboard_groups(query)
    return session.scalar(select(func.count()).select_from(groups)) or 0


# -- item statistics of one set version --------------------------------------------------


def counted_attempts(set_pk: int, *, first_only: bool) -> Select[Any]:
    """The attempts item statistics count: graded exam attempts on this set version (practice
    answers are checked one by one with the explanation in view), optionally only each
    trainee's first."""
    counted = (
        AttemptRow.set_id == set_pk,
        AttemptRow.mode == EXAM,
        AttemptRow.state.in_(GRADED),
    )
    if not first_only:
        return select(AttemptRow.uuid).where(*counted)
    ranked = (
        select(
            AttemptRow.uuid,
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
    return select(ranked.c.uuid).where(ranked.c.rank == 1)


def _totals(set_pk: int, first_only: bool) -> Any:
    """Per counted attempt: the marks earned (every item is worth 1) and how many asked."""
    return (
        select(
            AttemptItemRow.attempt_uuid.label("attempt_uuid"),
            func.sum(func.coalesce(AttemptItemRow.score, 0.0)).label("total"),
            func.count().label("asked"),
        )
        .where(AttemptItemRow.attempt_uuid.in_(counted_attempts(set_pk, first_only=first_only)))
        .group_by(AttemptItemRow.attempt_uuid)
        .cte("totals")
    )


def _pairs(set_pk: int, first_only: bool) -> Any:
    """(question, x, r): each counted answer's mark and the rest of its attempt's marks."""
    totals = _totals(set_pk, first_only)
    x = func.coalesce(AttemptItemRow.score, 0.0)
    return (
        select(
            AttemptItemRow.question_id.label("question_id"),
            x.label("x"),
            (totals.c.total - x).label("r"),
        )
        .join(totals, totals.c.attempt_uuid == AttemptItemRow.attempt_uuid)
        .cte("pairs")
    )


def attempt_totals(session: Session, set_pk: int, *, first_only: bool) -> list[tuple[float, int]]:
    """(marks earned, questions asked) of each counted attempt: one small row per attempt."""
    totals = _totals(set_pk, first_only)
    return [
        (float(total), asked)
        for total, asked in session.execute(select(totals.c.total, totals.c.asked))
    ]


def item_sums(session: Session, set_pk: int, *, first_only: bool) -> dict[int, ItemSums]:
    """Per question id, the sums its item statistics are computed from (domain/stats.py)."""
    pairs = _pairs(set_pk, first_only)
    moments = session.execute(
        select(
            pairs.c.question_id,
            func.count(),
            func.sum(pairs.c.x),
            func.sum(pairs.c.x * pairs.c.x),
            func.sum(pairs.c.r),
            func.sum(pairs.c.r * pairs.c.r),
            func.sum(pairs.c.x * pairs.c.r),
            func.min(pairs.c.x),
            func.max(pairs.c.x),
            func.min(pairs.c.r),
            func.max(pairs.c.r),
        ).group_by(pairs.c.question_id)
    ).all()
    x_counts = _value_counts(session, pairs, pairs.c.x)
    r_counts = _value_counts(session, pairs, pairs.c.r)
    return {
        qid: ItemSums(
            attempts=n,
            sum_x=float(sx),
            sum_xx=float(sxx),
            sum_r=float(sr),
            sum_rr=float(srr),
            sum_xr=float(sxr),
            sorted_sum_xr=sorted_cross_sum(x_counts[qid], r_counts[qid]),
            min_x=float(min_x),
            max_x=float(max_x),
            min_r=float(min_r),
            max_r=float(max_r),
        )
        for qid, n, sx, sxx, sr, srr, sxr, min_x, max_x, min_r, max_r in moments
    }


def _value_counts(
    session: Session, pairs: Any, value: ColumnElement[float]
) -> dict[int, list[tuple[float, int]]]:
    """How often each value occurs per question: marks take few values, so this is a short
    list, from which the sorted pairing of x and r is merged (see sorted_cross_sum)."""
    counts: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for qid, v, n in session.execute(
        select(pairs.c.question_id, value, func.count()).group_by(pairs.c.question_id, value)
    ):
        counts[qid].append((float(v), n))
    return counts


def score_distribution(session: Session, set_pk: int, *, first_only: bool, bins: int) -> list[int]:
    """How many counted attempts scored in each of `bins` equal bands of 0-100% (a score on a
    band's upper edge counts in the band above it, and 100% in the last)."""
    totals = _totals(set_pk, first_only)
    band = func.min(_as_integer(func.floor(totals.c.total * bins / totals.c.asked)), bins - 1)
    counts = [0] * bins
    for index, n in session.execute(select(band, func.count()).group_by(band)):
        counts[int(index)] += n
    return counts


def choice_counts(session: Session, set_pk: int, *, first_only: bool) -> dict[int, dict[int, int]]:
    """Per choice question id: how many counted attempts chose each choice (by its index in
    the question's own order, whatever order the attempt showed)."""
    chosen = _json_elements(session, AttemptItemRow.response)
    rows = session.execute(
        select(AttemptItemRow.question_id, _as_integer(chosen.c.value), func.count())
        .select_from(AttemptItemRow)
        .join(chosen, literal(True))
        .join(QuestionRow, QuestionRow.id == AttemptItemRow.question_id)
        .where(
            AttemptItemRow.attempt_uuid.in_(counted_attempts(set_pk, first_only=first_only)),
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
