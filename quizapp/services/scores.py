"""Reviewing past scores: a trainee's history and topics, the trainer's dashboard, and the item
statistics of a set version; each call one read-only transaction returning plain objects.

Lists come a page at a time (a table loads rows as they scroll into view), and statistics come
from sums the database aggregates, so a database of 100,000 attempts opens as fast as a small
one. Scores are shown as percentages (0-100) here, as the statistics are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Generic, TypeVar

from quizapp.domain.session import Attempt, AttemptState, Clock, Mode
from quizapp.domain.stats import (
    ItemStatistics,
    ItemSums,
    TestStatistics,
    cronbach_alpha,
    item_statistics_from_sums,
    score_statistics,
)
from quizapp.services.errors import InvalidInput, NotFound, unit_of_work
from quizapp.storage import attempts as attempt_store
from quizapp.storage import question_sets as set_store
from quizapp.storage import scores as store
from quizapp.storage.database import Database
from quizapp.storage.scores import DashboardQuery as DashboardFilter

__all__ = [
    "DashboardFilter",
    "DashboardRow",
    "HistoryEntry",
    "HistorySort",
    "Page",
    "QuestionFigures",
    "SetStatistics",
    "TopicScore",
    "any_attempt",
    "dashboard",
    "set_statistics",
    "topic_scores",
    "trainee_history",
]

Row = TypeVar("Row")

PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000
DISTRIBUTION_BINS = 10  # the score histogram's bands: 0-10%, 10-20% ... 90-100%


@dataclass(frozen=True)
class Page(Generic[Row]):
    """Some rows of a longer list: where they start, how many entries the list has in all,
    and the offset of the next page (the dashboard counts trainees, not rows)."""

    rows: list[Row]
    offset: int
    total: int
    next_offset: int

    @property
    def has_more(self) -> bool:
        return self.next_offset < self.total


def _check_page(offset: int, limit: int) -> None:
    if offset < 0 or not 0 < limit <= MAX_PAGE_SIZE:
        raise InvalidInput(f"A page is 1 to {MAX_PAGE_SIZE} rows from offset 0 on.")


def _percent(fraction: float | None) -> float | None:
    return None if fraction is None else 100 * fraction


# -- a trainee's history -----------------------------------------------------------------


class HistorySort(StrEnum):
    STARTED = "started"
    SET = "set"
    MODE = "mode"
    SCORE = "score"
    TIME = "time"
    STATE = "state"


@dataclass(frozen=True)
class HistoryEntry:
    """One attempt as the history lists it."""

    attempt_uuid: str
    started_at: datetime
    submitted_at: datetime | None
    set_slug: str
    set_version: int
    set_title: str
    mode: Mode
    state: AttemptState
    points: float | None  # marks earned, out of `questions`, once graded
    questions: int
    percent: float | None
    seconds_taken: float | None  # from start to submission (or the deadline, if it expired)


def trainee_history(
    db: Database,
    trainee_uuid: str,
    *,
    sort: HistorySort = HistorySort.STARTED,
    descending: bool = True,
    offset: int = 0,
    limit: int = PAGE_SIZE,
) -> Page[HistoryEntry]:
    """Every attempt of the trainee, a page at a time, newest first unless asked otherwise."""
    _check_page(offset, limit)
    with unit_of_work(db) as session:
        total = store.history_count(session, trainee_uuid)
        rows = store.history_page(
            session,
            trainee_uuid,
            sort=sort.value,
            descending=descending,
            offset=offset,
            limit=limit,
        )
    return Page([_entry(row) for row in rows], offset, total, offset + len(rows))


def _entry(row: store.HistoryRow) -> HistoryEntry:
    return HistoryEntry(
        attempt_uuid=row.uuid,
        started_at=row.started_at,
        submitted_at=row.submitted_at,
        set_slug=row.set_slug,
        set_version=row.set_version,
        set_title=row.set_title,
        mode=Mode(row.mode),
        state=AttemptState(row.state),
        points=None if row.score is None else row.score * row.questions,
        questions=row.questions,
        percent=_percent(row.score),
        seconds_taken=None if row.seconds_taken is None else round(row.seconds_taken, 3),
    )


@dataclass(frozen=True)
class TopicScore:
    """How well a trainee does on one section or tag, over every graded answer."""

    kind: str  # "section" or "tag"
    name: str
    answers: int
    percent: float


def topic_scores(db: Database, trainee_uuid: str, set_slug: str | None = None) -> list[TopicScore]:
    """Percent right per section and per tag (of one set, or of all), weakest first."""
    with unit_of_work(db) as session:
        rows = store.topic_scores(session, trainee_uuid, set_slug)
    topics = [TopicScore(kind, name, n, 100 * earned / n) for kind, name, n, earned in rows]
    return sorted(topics, key=lambda t: (t.percent, -t.answers, t.kind, t.name))


# -- the trainer's dashboard -------------------------------------------------------------


def any_attempt(db: Database, attempt_uuid: str, *, clock: Clock) -> Attempt:
    """Any trainee's attempt as stored, right answers and explanations included, for the
    trainer's review (the trainee's own reads withhold what an exam does not show yet).
    A read: an attempt past its deadline is shown as stored, not expired here."""
    with unit_of_work(db) as session:
        attempt = attempt_store.load_attempt(session, attempt_uuid, clock)
    if attempt is None:
        raise NotFound("That attempt no longer exists.")
    return attempt


@dataclass(frozen=True)
class DashboardRow:
    """A trainee's record on one set (all its versions) within the filter's dates."""

    trainee_uuid: str
    trainee_name: str
    set_slug: str
    set_title: str
    attempts: int
    last_activity: datetime  # when the latest of these attempts started
    best_percent: float | None
    latest_percent: float | None  # of the latest graded attempt


def dashboard(
    db: Database,
    which: DashboardFilter | None = None,
    *,
    by_activity: bool = False,
    offset: int = 0,
    limit: int = PAGE_SIZE,
) -> Page[DashboardRow]:
    """Every trainee with attempts in the filter (set, trainee, dates), by name or most
    recently active first, with a row per set they took.

    A page is `limit` trainees with all their rows (offset and total count trainees too):
    a trainee's rows never straddle two pages, and a page costs one probe of an index per
    trainee plus the page's own attempts, however many the database holds.
    """
    _check_page(offset, limit)
    which = which or DashboardFilter()
    with unit_of_work(db) as session:
        total = store.dashboard_trainee_count(session, which)
        people = store.dashboard_trainees(
            session, which, by_activity=by_activity, offset=offset, limit=limit
        )
        rows = store.dashboard_rows(session, which, people)
    return Page(
        [
            DashboardRow(
                r.trainee_uuid,
                r.trainee_name,
                r.set_slug,
                r.set_title,
                r.attempts,
                r.last_activity,
                _percent(r.best_score),
                _percent(r.latest_score),
            )
            for r in rows
        ],
        offset,
        total,
        offset + len(people),
    )


# -- item statistics ---------------------------------------------------------------------


@dataclass(frozen=True)
class QuestionFigures:
    """One question of the set version with its statistics and, for a choice question, how
    many of the counted attempts chose each choice (in the question's own order; None unless
    asked for)."""

    position: int
    key: str
    type: str
    prompt: str
    statistics: ItemStatistics
    choice_counts: tuple[int, ...] | None


@dataclass(frozen=True)
class SetStatistics:
    set_slug: str
    set_version: int
    set_title: str
    first_attempts_only: bool
    test: TestStatistics
    questions: list[QuestionFigures]
    distribution: tuple[int, ...]  # attempts per band of DISTRIBUTION_BINS equal bands

    def as_json(self) -> dict[str, object]:
        """The figures under the names domain/stats.py gives them, for scripts."""
        return {
            "set": {
                "id": self.set_slug,
                "version": self.set_version,
                "title": self.set_title,
                "first_attempts_only": self.first_attempts_only,
            },
            "test": vars(self.test),
            "distribution": list(self.distribution),
            "questions": [
                {
                    "position": q.position + 1,
                    "key": q.key,
                    "type": q.type,
                    "prompt": q.prompt,
                    **vars(q.statistics),
                    "flags": [flag.value for flag in q.statistics.flags],
                    "choice_counts": None if q.choice_counts is None else list(q.choice_counts),
                }
                for q in self.questions
            ],
        }


# Every item is worth one mark: an attempt's score is its marks over its questions.
MAX_MARK = 1.0


def set_statistics(
    db: Database,
    set_slug: str,
    version: int | None = None,
    *,
    first_attempts: bool = False,
    with_choice_counts: bool = False,
) -> SetStatistics:
    """Moodle's item and test statistics for one set version (the newest unless named) over
    its graded exam attempts, all of them or each trainee's first.

    Choice counts read every counted response once more, so they come only when asked for
    (a script's report; a view shows them for the question opened)."""
    with unit_of_work(db) as session:
        set_row = set_store.find_version(session, set_slug, version)
        if set_row is None:
            named = f"version {version} of set" if version is not None else "set"
            raise NotFound(f"There is no {named} {set_slug!r}.")
        questions = store.set_questions(session, set_row.id)
        sums = store.item_sums(session, set_row.id, first_only=first_attempts)
        fractions = store.attempt_scores(session, set_row.id, first_only=first_attempts)
        chosen = (
            store.choice_counts(session, set_row.id, first_only=first_attempts)
            if with_choice_counts
            else {}
        )
    asked = [sums[q.id] for q in questions if q.id in sums]
    # Alpha compares the spread of totals over the same questions: it needs every attempt to
    # have been asked every question anyone was asked (each attempt's total is then its
    # score times their number).
    alpha = None
    if fractions and all(item.attempts == len(fractions) for item in asked):
        totals = [score * len(asked) for score in fractions]
        alpha = cronbach_alpha([item.mark_variance() for item in asked], totals)
    percents = [100 * score for score in fractions]
    test = score_statistics(percents, alpha)
    figures = [
        QuestionFigures(
            q.position,
            q.key,
            q.type,
            q.prompt,
            _item(sums.get(q.id)),
            tuple(chosen.get(q.id, {}).get(i, 0) for i in range(q.choices))
            if with_choice_counts and q.type in ("single", "multiple")
            else None,
        )
        for q in questions
    ]
    return SetStatistics(
        set_row.slug,
        set_row.version,
        set_row.title,
        first_attempts,
        test,
        figures,
        _distribution(percents),
    )


def _distribution(percents: list[float]) -> tuple[int, ...]:
    """How many scores fall in each of DISTRIBUTION_BINS equal bands of 0-100% (a score on a
    band's upper edge counts in the band above it, and 100% in the last)."""
    counts = [0] * DISTRIBUTION_BINS
    for percent in percents:
        band = int(percent * DISTRIBUTION_BINS / 100 + 1e-9)
        counts[min(max(band, 0), DISTRIBUTION_BINS - 1)] += 1
    return tuple(counts)


def _item(sums: ItemSums | None) -> ItemStatistics:
    if sums is None:  # no counted attempt was asked it
        return ItemStatistics(0, None, None, None, None, ())
    return item_statistics_from_sums(sums, MAX_MARK)
