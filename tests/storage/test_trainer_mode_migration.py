"""Migration 0006 (trainer mode) keeps every set, trainee and attempt, and goes back down."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect

from quizapp.storage.database import Database
from tests.storage.test_score_review_migration import migrate


def test_upgrade_from_0005_keeps_attempts_and_sets_and_downgrade_undoes_it(
    tmp_path: Path,
) -> None:
    db = Database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    migrate(db, "0005")
    with db.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO trainee (uuid, name, name_key, created_at)"
            " VALUES ('t1', 'Ann', 'ann', '2026-01-01')"
        )
        connection.exec_driver_sql(
            "INSERT INTO question_set (id, slug, version, title, origin, source_format,"
            " file_name, content_hash, typo_tolerance, answer_matching, imported_at)"
            " VALUES (1, 's', 1, 'S', 'file', 'native', '', 'h', 0, 'lenient', '2026-01-01')"
        )
        connection.exec_driver_sql(
            "INSERT INTO attempt (uuid, trainee_uuid, set_id, mode, settings, started_at, state,"
            " current_position, score)"
            " VALUES ('a1', 't1', 1, 'exam', '{}', '2026-01-01', 'submitted', 0, 0.75)"
        )
    migrate(db, "0006")
    tables = set(inspect(db.engine).get_table_names())
    assert {"trainer_passphrase", "retired_set"} <= tables
    exam_columns = {c["name"] for c in inspect(db.engine).get_columns("exam")}
    assert {"per_section", "practice_open", "answers_released_at"} <= exam_columns
    assert "mode" not in exam_columns
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql(
            "SELECT uuid, trainee_uuid, score FROM attempt"
        ).all() == [("a1", "t1", 0.75)]
        assert connection.exec_driver_sql(
            "SELECT name, pin_hash, pin_failures FROM trainee"
        ).all() == [("Ann", None, 0)]
        assert connection.exec_driver_sql("SELECT slug, version FROM question_set").all() == [
            ("s", 1)
        ]

    migrate(db, "0005", down=True)
    tables = set(inspect(db.engine).get_table_names())
    assert "trainer_passphrase" not in tables and "retired_set" not in tables
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT uuid FROM attempt").all() == [("a1",)]
    db.dispose()
