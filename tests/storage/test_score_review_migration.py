"""Migration 0005 (score review): its indexes and the practice cards come and go cleanly."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect

from quizapp.storage import schema
from quizapp.storage.database import Database


def migrate(db: Database, revision: str, *, down: bool = False) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)


def indexes(db: Database, table: str) -> set[str]:
    return {index["name"] for index in inspect(db.engine).get_indexes(table)}


def test_upgrade_keeps_attempts_and_downgrade_restores_the_old_indexes(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    migrate(db, "0004")
    with db.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO trainee (uuid, name, name_key, created_at)"
            " VALUES ('t1', 'Ann', 'ann', '2026-01-01')"
        )
        connection.exec_driver_sql(
            "INSERT INTO question_set (id, slug, version, title, origin, source_format,"
            " file_name, content_hash, typo_tolerance, imported_at)"
            " VALUES (1, 's', 1, 'S', 'file', 'native', '', 'h', 0, '2026-01-01')"
        )
        connection.exec_driver_sql(
            "INSERT INTO attempt (uuid, trainee_uuid, set_id, mode, settings, started_at, state,"
            " current_position) VALUES ('a1', 't1', 1, 'exam', '{}', '2026-01-01', 'submitted', 0)"
        )
    migrate(db, "0005")
    assert "ix_attempt_trainee_uuid_started_at" in indexes(db, "attempt")
    assert "ix_attempt_trainee_uuid" not in indexes(db, "attempt")
    assert "ix_attempt_item_attempt_uuid_question_id_score" in indexes(db, "attempt_item")
    assert "practice_card" in inspect(db.engine).get_table_names()
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT uuid FROM attempt").all() == [("a1",)]

    migrate(db, "0004", down=True)
    assert "practice_card" not in inspect(db.engine).get_table_names()
    assert "ix_attempt_trainee_uuid" in indexes(db, "attempt")
    assert "ix_attempt_item_attempt_uuid_question_id_score" not in indexes(db, "attempt_item")
    db.dispose()
