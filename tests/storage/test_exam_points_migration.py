"""Migration 0007 gives every answer of a graded exam its attempt's points, and only those, on
SQLite and on a server, in the upgrade's one transaction; it goes back down cleanly."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from sqlalchemy import inspect

from quizapp.storage.database import Database
from tests.databases import BACKENDS, no_tables
from tests.storage.test_score_review_migration import indexes, migrate

# (attempt, mode, state, its answers' marks): only the first two are graded exams.
ATTEMPTS = [
    ("a-submitted", "exam", "submitted", [1.0, 0.5, 0.0]),
    ("a-expired", "exam", "expired", [1 / 3, 1 / 3, 1 / 3]),
    ("a-practice", "practice", "submitted", [1.0, 1.0, 1.0]),
    ("a-running", "exam", "in_progress", [None, None, None]),
    ("a-abandoned", "exam", "abandoned", [None, None, None]),
]
GRADED_EXAMS = {"a-submitted": 1.5, "a-expired": math.fsum([1 / 3] * 3)}


def at_0006_with_attempts(db: Database) -> None:
    migrate(db, "0006")
    with db.engine.begin() as connection:
        run = connection.exec_driver_sql
        run(
            "INSERT INTO trainee (uuid, name, name_key, created_at)"
            " VALUES ('t1', 'Ann', 'ann', '2026-01-01')"
        )
        run(
            "INSERT INTO question_set (id, slug, version, title, origin, source_format,"
            " file_name, content_hash, typo_tolerance, answer_matching, imported_at)"
            " VALUES (1, 's', 1, 'S', 'file', 'native', '', 'h', 0, 'lenient', '2026-01-01')"
        )
        for n in range(3):
            run(
                "INSERT INTO question (id, set_id, position, key, type, prompt, explanation,"
                f" quote, section, tags) VALUES ({n + 1}, 1, {n}, 'q{n}', 'single', '?', '', '',"
                " '', '[]')"
            )
        for uuid, mode, state, marks in ATTEMPTS:
            run(
                "INSERT INTO attempt (uuid, trainee_uuid, set_id, mode, settings, started_at,"
                f" state, current_position) VALUES ('{uuid}', 't1', 1, '{mode}', '{{}}',"
                f" '2026-01-01', '{state}', 0)"
            )
            for position, mark in enumerate(marks):
                run(
                    "INSERT INTO attempt_item (attempt_uuid, position, question_id, choice_order,"
                    " score, flagged, checked, seconds_spent)"
                    f" VALUES ('{uuid}', {position}, {position + 1}, '[]',"
                    f" {'NULL' if mark is None else repr(mark)}, false, false, 0)"
                )


@pytest.mark.parametrize("backend", BACKENDS)
def test_upgrade_gives_graded_exam_answers_their_points_and_downgrade_takes_them_away(
    tmp_path: Path, backend: str
) -> None:
    with no_tables(backend, tmp_path) as url:
        db = Database(url)
        at_0006_with_attempts(db)
        migrate(db, "0007")
        assert "ix_attempt_item_question_id_exam_points_score" in indexes(db, "attempt_item")
        assert "ix_attempt_item_question_id" not in indexes(db, "attempt_item")
        with db.engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT attempt_uuid, exam_points FROM attempt_item"
            ).all()
        assert len(rows) == 3 * len(ATTEMPTS)
        for uuid, points in rows:
            if uuid in GRADED_EXAMS:
                assert points == pytest.approx(GRADED_EXAMS[uuid], abs=1e-12), uuid
            else:
                assert points is None, uuid

        migrate(db, "0006", down=True)
        assert "ix_attempt_item_question_id" in indexes(db, "attempt_item")
        assert "ix_attempt_item_question_id_exam_points_score" not in indexes(db, "attempt_item")
        columns = {c["name"] for c in inspect(db.engine).get_columns("attempt_item")}
        assert "exam_points" not in columns
        with db.engine.connect() as connection:
            count = connection.exec_driver_sql("SELECT count(*) FROM attempt_item").scalar()
        assert count == 3 * len(ATTEMPTS)
        db.dispose()
