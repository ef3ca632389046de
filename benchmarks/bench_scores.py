"""Score review at scale: 100,000 attempts and 2,000,000 answers in one SQLite file (WAL).

Targets (issue 14): a trainee's history and the trainer's dashboard, first page, under
300 ms; item statistics of one set version under 1 s. Each is the median of several runs of
the service a page calls, on a fresh connection pool's warm cache (what a second look at a
view costs; the first look after start pays for reading the file from disk as well). The
floor beside them is a raw sqlite3 pass over the same rows (every answer of the set counted
and summed per question), measured in the same run: item statistics cannot cost less than
reading their answers once.

The database is built with sqlite3's executemany in one transaction on the app's own schema,
about twenty seconds here; --quick builds a twentieth of it and checks no target.
"""

from __future__ import annotations

import json
import random
import sqlite3
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from harness import Bench

from quizapp.domain.trainees import name_key
from quizapp.services import scores
from quizapp.services.scores import DashboardFilter, HistorySort
from quizapp.storage.database import Database
from quizapp.storage.schema import prepare

ATTEMPTS = 100_000
ITEMS_PER_ATTEMPT = 20
SETS = 10
QUESTIONS_PER_SET = 200
TRAINEES = 2_000
# The busiest set takes this share of the attempts, a typical one a tenth, the rest share the
# remainder; the busiest trainee takes that share of theirs: the pages and statistics timed
# are the heaviest the database holds, and a typical set's.
BIG_SET_SHARE = 0.3
TYPICAL_SET_SHARE = 0.1
HEAVY_TRAINEE_SHARE = 0.05
T0 = datetime(2026, 1, 1, tzinfo=UTC)


def build(path: Path, attempts: int, rng: random.Random) -> dict[str, object]:
    """The database at `path`: its schema by the app, its rows by sqlite3 (much faster than
    any ORM for two million rows). Returns what the timings ask for."""
    db = Database(f"sqlite:///{path}")
    prepare(db)
    db.dispose()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA synchronous=OFF")
    with connection:
        question_ids, kinds = _sets(connection)
        people = [(str(uuid.uuid4()), f"Trainee {i:04d}") for i in range(TRAINEES)]
        connection.executemany(
            "INSERT INTO trainee (uuid, name, name_key, created_at) VALUES (?, ?, ?, ?)",
            [(u, name, name_key(name), _stamp(T0)) for u, name in people],
        )
        ability = {u: rng.gauss(0, 1) for u, _ in people}
        difficulty = {q: rng.gauss(0, 1) for qs in question_ids for q in qs}
        heavy = people[0][0]
        # Rows as the app stores them, worked out once: a choice question's right answer is
        # its first choice, a short one's "six".
        shown = {q: "[0, 1, 2, 3]" if kinds[q] else "[]" for q in kinds}
        right_answer = {q: "0" if kinds[q] else '"six"' for q in kinds}
        wrong_answers = {q: ["1", "2", "3"] if kinds[q] else ['"five"'] for q in kinds}
        attempt_rows, item_rows = [], []
        for n in range(attempts):
            trainee = heavy if rng.random() < HEAVY_TRAINEE_SHARE else rng.choice(people)[0]
            draw = rng.random()
            set_index = (
                0
                if draw < BIG_SET_SHARE
                else 1
                if draw < BIG_SET_SHARE + TYPICAL_SET_SHARE
                else rng.randrange(2, SETS)
            )
            started = T0 + timedelta(minutes=n * 5 + rng.randrange(5))
            mode = "exam" if rng.random() < 0.8 else "practice"
            state = rng.choices(
                ["submitted", "expired", "abandoned", "in_progress"], [90, 5, 3, 2]
            )[0]
            attempt_uuid = str(uuid.uuid4())
            chosen = rng.sample(question_ids[set_index], ITEMS_PER_ATTEMPT)
            graded = state in ("submitted", "expired")
            when = _stamp(started)
            answers = []
            for position, qid in enumerate(chosen):
                right = rng.random() < _chance(ability[trainee] - difficulty[qid])
                score = (1.0 if right else 0.0) if graded else None
                response = right_answer[qid] if right else rng.choice(wrong_answers[qid])
                answers.append((attempt_uuid, position, qid, shown[qid], response, score))
            earned = sum(score or 0.0 for *_, score in answers)
            # A graded exam's answers carry its total, as storage/attempts.save_items writes it.
            exam_points = earned if graded and mode == "exam" else None
            item_rows.extend((*answer, exam_points, 0, 0, when, 12.5) for answer in answers)
            finished = started + timedelta(minutes=rng.randrange(3, 30))
            attempt_rows.append(
                (
                    attempt_uuid,
                    trainee,
                    set_index + 1,
                    mode,
                    "{}",
                    _stamp(started),
                    None,
                    _stamp(finished) if state != "in_progress" else None,
                    state,
                    earned / ITEMS_PER_ATTEMPT if graded else None,
                    0,
                )
            )
        # Indexes are built once after the rows are in, not kept up to date row by row.
        indexes = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            " AND tbl_name IN ('attempt', 'attempt_item')"
        ).fetchall()
        for name, _ in indexes:
            connection.execute(f'DROP INDEX "{name}"')
        connection.executemany(
            "INSERT INTO attempt (uuid, trainee_uuid, set_id, mode, settings, started_at,"
            " deadline, submitted_at, state, score, current_position)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            attempt_rows,
        )
        connection.executemany(
            "INSERT INTO attempt_item (attempt_uuid, position, question_id, choice_order,"
            " response, score, exam_points, flagged, checked, answered_at, seconds_spent)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            item_rows,
        )
        for _, sql in indexes:
            connection.execute(sql)
    connection.execute("ANALYZE")
    connection.close()
    return {"heavy": heavy, "items": len(item_rows)}


def _sets(connection: sqlite3.Connection) -> tuple[list[list[int]], dict[int, bool]]:
    """SETS sets of QUESTIONS_PER_SET questions, three in four of them with four choices."""
    question_ids: list[list[int]] = []
    kinds: dict[int, bool] = {}
    for s in range(SETS):
        connection.execute(
            "INSERT INTO question_set (id, slug, version, title, origin, source_format,"
            " file_name, content_hash, typo_tolerance, imported_at)"
            " VALUES (?, ?, 1, ?, 'file', 'native', '', '', 0, ?)",
            (s + 1, f"bench-{s:02d}", f"Benchmark set {s:02d}", _stamp(T0)),
        )
        ids = []
        for p in range(QUESTIONS_PER_SET):
            has_choices = p % 4 != 3
            cursor = connection.execute(
                "INSERT INTO question (set_id, position, key, type, prompt, explanation, quote,"
                " section, tags) VALUES (?, ?, ?, ?, ?, '', '', ?, ?)",
                (
                    s + 1,
                    p,
                    f"q{p}",
                    "single" if has_choices else "short",
                    f"Question {p}?",
                    f"Section {p % 8}",
                    json.dumps([f"tag{p % 5}"]),
                ),
            )
            qid = cursor.lastrowid
            assert qid is not None
            ids.append(qid)
            kinds[qid] = has_choices
            if has_choices:
                connection.executemany(
                    "INSERT INTO choice (question_id, position, text, fraction, feedback)"
                    " VALUES (?, ?, ?, ?, '')",
                    [(qid, c, f"Choice {c}", 1.0 if c == 0 else 0.0) for c in range(4)],
                )
            else:
                connection.execute(
                    "INSERT INTO accepted_answer (question_id, position, text, fraction,"
                    " case_sensitive, feedback) VALUES (?, 0, 'six', 1.0, 0, '')",
                    (qid,),
                )
        question_ids.append(ids)
    return question_ids, kinds


def _chance(logit: float) -> float:
    import math

    return 1 / (1 + math.exp(-logit))


def _stamp(moment: datetime) -> str:
    """As SQLAlchemy stores a UTC datetime in SQLite."""
    return moment.replace(tzinfo=None).isoformat(sep=" ")


def floor_pass(path: Path, set_pk: int) -> None:
    """Every graded exam answer of the set read once, counted and summed per question."""
    connection = sqlite3.connect(path)
    connection.execute(
        "SELECT i.question_id, count(*), sum(i.score) FROM attempt a"
        " JOIN attempt_item i ON i.attempt_uuid = a.uuid"
        " WHERE a.set_id = ? AND a.mode = 'exam' AND a.state IN ('submitted', 'expired')"
        " GROUP BY i.question_id",
        (set_pk,),
    ).fetchall()
    connection.close()


def main() -> int:
    bench = Bench.from_args("Score review: history, dashboard, item statistics (SQLite WAL)")
    size = ATTEMPTS // 20 if bench.quick else ATTEMPTS
    folder = bench.scratch("quizapp-bench-scores-")
    path = folder / "scores.sqlite3"
    start = time.perf_counter()
    built = build(path, size, random.Random(14))
    bench.record(
        f"build {size:,} attempts, {built['items']:,} answers", time.perf_counter() - start, "s"
    )
    db = Database(f"sqlite:///{path}")
    prepare(db)
    heavy = str(built["heavy"])

    def timed(name: str, run: object, target: float | None) -> None:
        assert callable(run)
        run()  # the first call warms SQLite's cache and SQLAlchemy's statement cache
        seconds = bench.median(run)
        ok = None if target is None else seconds < target
        label = "" if target is None else f"< {target * 1000:.0f} ms"
        bench.record(name, seconds * 1000, "ms", label, ok)

    history_total = scores.trainee_history(db, heavy).total
    timed(
        f"history, first page ({history_total:,} attempts)",
        lambda: scores.trainee_history(db, heavy),
        0.3,
    )
    timed(
        "history by score, first page",
        lambda: scores.trainee_history(db, heavy, sort=HistorySort.SCORE),
        0.3,
    )
    timed("topics of that trainee", lambda: scores.topic_scores(db, heavy), None)
    timed("dashboard, first page", lambda: scores.dashboard(db), 0.3)
    timed(
        "dashboard by last activity",
        lambda: scores.dashboard(db, by_activity=True),
        0.3,
    )
    timed(
        "dashboard of the busiest set",
        lambda: scores.dashboard(db, DashboardFilter(set_slug="bench-00")),
        0.3,
    )
    for set_pk, slug, share in ((2, "bench-01", "typical"), (1, "bench-00", "busiest")):
        report = scores.set_statistics(db, slug)
        floor = bench.median(lambda pk=set_pk: floor_pass(path, pk))  # type: ignore[misc]
        answers = report.test.attempts * ITEMS_PER_ATTEMPT
        bench.record(f"{share} set: floor, one pass over {answers:,} answers", floor * 1000, "ms")
        timed(
            f"{share} set: item statistics, {report.test.attempts:,} attempts",
            lambda slug=slug: scores.set_statistics(db, slug),  # type: ignore[misc]
            1.0,
        )
        timed(
            f"{share} set: item statistics, first attempts",
            lambda slug=slug: scores.set_statistics(db, slug, first_attempts=True),  # type: ignore[misc]
            1.0,
        )
    db.dispose()
    return bench.finish()


if __name__ == "__main__":
    sys.exit(main())
