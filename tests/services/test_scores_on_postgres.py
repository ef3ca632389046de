"""The score queries on PostgreSQL give what they give on SQLite: the two dialects differ
where SQL does (seconds between times, the elements of a JSON array), and those spots run
here on a server. Skipped, and says so, unless QUIZAPP_TEST_POSTGRES_URL names one."""

from __future__ import annotations

import os
import random
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from quizapp.domain.session import Mode
from quizapp.services import practice, score_exports, scores, trainees
from quizapp.services.scores import DashboardFilter, HistorySort
from quizapp.storage.database import Database
from quizapp.storage.schema import prepare, upgrade
from tests.fakes import FakeClock
from tests.score_data import RIGHT, at, import_topics_set, random_answers, take

VARIABLE = "QUIZAPP_TEST_POSTGRES_URL"
KEYS = ["g-helmet", "g-boots", "g-kit", "n-hurt", "n-days"]


@contextmanager
def postgres_database() -> Iterator[Database]:
    """A schema of its own on the server, dropped afterwards."""
    base = os.environ.get(VARIABLE)
    if not base:
        pytest.skip(f"no PostgreSQL server: set {VARIABLE} to run this on one")
    from sqlalchemy import create_engine

    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.exec_driver_sql(f'CREATE SCHEMA "{name}"')
    separator = "&" if "?" in base else "?"
    db = Database(f"{base}{separator}options=-csearch_path%3D{name}")
    try:
        upgrade(db)
        yield db
    finally:
        db.dispose()
        with admin.begin() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA "{name}" CASCADE')
        admin.dispose()


def everything(db: Database, folder: Path) -> dict[str, object]:
    """The same attempts on any backend, and what every score query says of them."""
    import_topics_set(db, folder)
    clock = FakeClock(at(1))
    rng = random.Random(5)
    people = [trainees.add_trainee(db, name) for name in ("Ann", "Bob", "Cy")]
    for _ in range(3):
        for person in people:
            take(db, clock, person.uuid, random_answers(rng, KEYS), count=4, seed=rng.random())
    take(db, clock, people[0].uuid, RIGHT, mode=Mode.PRACTICE)
    session = practice.start_weak_practice(db, people[1].uuid, "gear", clock=clock, seed=1)
    moved = practice.update_schedule(db, session.uuid, clock=clock)
    history = scores.trainee_history(db, people[0].uuid, sort=HistorySort.TIME)
    report = scores.set_statistics(db, "gear", with_choice_counts=True)
    first = scores.set_statistics(db, "gear", first_attempts=True)
    exported = score_exports.export_results_csv(db, folder / "csv")
    return {
        "history": [(e.set_slug, e.percent, e.seconds_taken, e.state) for e in history.rows],
        "topics": [
            (t.kind, t.name, t.answers, round(t.percent, 9))
            for t in scores.topic_scores(db, people[0].uuid)
        ],
        "dashboard": [
            (r.trainee_name, r.set_slug, r.attempts, r.best_percent, r.latest_percent)
            for r in scores.dashboard(db, DashboardFilter(since=at(1)), by_activity=True).rows
        ],
        "stats": _rounded(report.as_json()),
        "first": _rounded(first.as_json()),
        "outlook": practice.outlook(db, people[1].uuid, "gear", clock=clock),
        "moved": moved,
        "export": (exported.attempts, exported.responses),
        "csv": (folder / "csv" / "responses.csv").read_text(encoding="utf-8-sig").count("\n"),
    }


def _rounded(value: object) -> object:
    if isinstance(value, float):
        return round(value, 9)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_rounded(v) for v in value]
    return value


def test_score_queries_answer_alike_on_postgresql_and_sqlite(tmp_path: Path) -> None:
    with postgres_database() as server:
        (tmp_path / "pg").mkdir()
        on_server = everything(server, tmp_path / "pg")
    sqlite = Database(f"sqlite:///{tmp_path / 'same.sqlite3'}")
    prepare(sqlite)
    (tmp_path / "sqlite").mkdir()
    on_file = everything(sqlite, tmp_path / "sqlite")
    sqlite.dispose()
    for key in on_file:
        assert on_server[key] == on_file[key], key
