"""Importing 10,000 native questions, and saving one answer, on SQLite in WAL mode.

Targets (issue 6): the whole import (parse, validate, write) under 2 s; its database writes
at most 3x a raw `sqlite3.executemany` of the same rows, measured side by side; one answer
written and committed under 5 ms (median), with synchronous=FULL (issue 11: the log synced
at every commit), beside the floor of one row committed through sqlite3 alone the same way.
"""

from __future__ import annotations

import itertools
import random
import sqlite3
import sys
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from harness import Bench

from quizapp.domain.questions import AcceptedAnswer, Choice, Question, QuestionSet
from quizapp.domain.session import QuizSettings, SystemClock
from quizapp.formats import native
from quizapp.services import attempts, trainees
from quizapp.services.question_sets import import_file
from quizapp.storage import question_sets as store
from quizapp.storage.database import Database
from quizapp.storage.schema import prepare

QUESTIONS = 10_000


def big_set(n: int = QUESTIONS) -> QuestionSet:
    questions = []
    for i in range(n):
        if i % 3 == 2:
            answers = (AcceptedAnswer(f"term {i}"), AcceptedAnswer(f"the term {i}"))
            questions.append(
                Question(
                    f"q{i}",
                    "short",
                    f"Which term is number {i}?",
                    answers=answers,
                    explanation="As listed.",
                )
            )
        else:
            choices = (
                Choice(f"right {i}", 1.0, "Yes."),
                Choice(f"wrong a{i}"),
                Choice(f"wrong b{i}"),
                Choice(f"wrong c{i}"),
            )
            questions.append(
                Question(
                    f"q{i}",
                    "single",
                    f"Which item is number {i} of the list?",
                    choices=choices,
                    explanation="As listed.",
                    tags=("list",),
                )
            )
    return QuestionSet("bench", "Benchmark set", tuple(questions))


def fresh_db(folder: Path, name: str) -> Database:
    path = folder / f"{name}.sqlite3"
    for leftover in folder.glob(f"{name}.sqlite3*"):
        leftover.unlink()
    db = Database(f"sqlite:///{path}")
    prepare(db)
    return db


def raw_rows(qset: QuestionSet) -> tuple[list[tuple], list[tuple], list[tuple]]:
    questions, choices, answers = [], [], []
    for pos, q in enumerate(qset.questions):
        qid = pos + 1
        questions.append(
            (qid, 1, pos, q.key, q.type, q.prompt, q.explanation, q.quote, q.section, "[]")
        )
        choices += [(qid, i, c.text, c.fraction, c.feedback) for i, c in enumerate(q.choices)]
        answers += [
            (qid, i, a.text, a.fraction, a.case_sensitive, a.feedback)
            for i, a in enumerate(q.answers)
        ]
    return questions, choices, answers


def raw_insert(db: Database, rows: tuple[list[tuple], list[tuple], list[tuple]]) -> None:
    """The floor: the same rows through sqlite3 alone, one transaction."""
    questions, choices, answers = rows
    connection = sqlite3.connect(db.sqlite_path)
    with connection:
        connection.execute(
            "INSERT INTO question_set (id, slug, version, title, origin, source_format, file_name,"
            " content_hash, typo_tolerance, imported_at) VALUES (1, 'bench', 1, 'B', 'file',"
            " 'native', 'b', 'h', 0, '2026-01-01')"
        )
        connection.executemany(
            "INSERT INTO question (id, set_id, position, key, type, prompt, explanation, quote,"
            " section, tags) VALUES (?,?,?,?,?,?,?,?,?,?)",
            questions,
        )
        connection.executemany(
            "INSERT INTO choice (question_id, position, text, fraction, feedback)"
            " VALUES (?,?,?,?,?)",
            choices,
        )
        connection.executemany(
            "INSERT INTO accepted_answer (question_id, position, text, fraction, case_sensitive,"
            " feedback) VALUES (?,?,?,?,?,?)",
            answers,
        )
    connection.close()


def ours_insert(db: Database, qset: QuestionSet, content_hash: str) -> None:
    with db.transaction() as session:
        store.insert_version(
            session,
            qset,
            version=1,
            origin="file",
            source_format="native",
            file_name="b",
            file_sha256=None,
            content_hash=content_hash,
            now=datetime.now(UTC),
        )


def main() -> int:
    bench = Bench.from_args(f"Storage: {QUESTIONS:,} questions, SQLite WAL")
    folder = bench.scratch("quizapp-bench-")
    qset = big_set()
    path = folder / "bench.yaml"
    native.write_file(qset, path)

    def whole_import() -> None:
        report = import_file(fresh_db(folder, "import"), path)
        assert report.created and report.questions == QUESTIONS

    seconds = bench.median(whole_import, 3 if not bench.quick else 1)
    bench.record("import 10k native (whole)", seconds, "s", "< 2 s", seconds < 2.0)

    rows = raw_rows(qset)
    raw = bench.median(lambda: raw_insert(fresh_db(folder, "raw"), rows))
    digest = qset.content_hash()
    ours = bench.median(lambda: ours_insert(fresh_db(folder, "ours"), qset, digest))
    bench.record("db writes: raw sqlite3 floor", raw, "s")
    bench.record("db writes: ours", ours, "s")
    bench.record("db writes: ours / floor", ours / raw, "x", "<= 3x", ours / raw <= 3.0)

    db = fresh_db(folder, "answers")
    import_file(db, path)
    ann = trainees.add_trainee(db, "Bench")
    clock = SystemClock()
    settings = QuizSettings(count=20, time_limit=timedelta(hours=1))
    attempt = attempts.start_attempt(
        db, ann.uuid, "bench", settings, attempt_uuid=str(uuid.uuid4()), clock=clock, seed=1
    )
    rng = random.Random(1)

    def save_one() -> None:
        item = attempt.session.items[rng.randrange(20)]
        response = (
            rng.randrange(4) if item.question.type == "single" else f"term {rng.randrange(99)}"
        )
        attempts.answer(
            db,
            attempt.uuid,
            item.position,
            response,
            trainee_uuid=attempt.trainee_uuid,
            clock=clock,
        )

    per_answer = bench.median(save_one, 20 if bench.quick else 200)
    floor = bench.median(raw_commit(db), 20 if bench.quick else 200)
    bench.record("one-row commit, raw sqlite3 (floor)", floor * 1000, "ms")
    bench.record("save one answer (median)", per_answer * 1000, "ms", "< 5 ms", per_answer < 0.005)
    bench.record("save one answer / floor", per_answer / floor, "x")
    return bench.finish()


def raw_commit(db: Database) -> Callable[[], None]:
    """The floor under saving an answer: one row updated and committed through sqlite3 alone,
    on the same file with the same durability (WAL, synchronous=FULL: the log is synced)."""
    connection = sqlite3.connect(db.sqlite_path, isolation_level=None)
    connection.execute("PRAGMA synchronous=FULL")
    counter = itertools.count()

    def commit_one() -> None:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            "UPDATE attempt_item SET seconds_spent = ? WHERE id = 1", (next(counter),)
        )
        connection.execute("COMMIT")

    return commit_one


if __name__ == "__main__":
    sys.exit(main())
