"""Migrations: an empty file to head, a newer file refused untouched, an older one backed up."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import OperationalError

from quizapp.domain.trainees import name_key
from quizapp.storage import schema
from quizapp.storage.database import Database
from quizapp.storage.first_look import trainees_at_head
from quizapp.storage.models import Base
from quizapp.storage.revision import HEAD_REVISION
from tests.databases import upgrade_to


def sqlite_db(path: Path) -> Database:
    return Database(f"sqlite:///{path}")


def test_head_constant_matches_the_migrations_folder() -> None:
    from alembic.script import ScriptDirectory

    assert ScriptDirectory(str(schema.MIGRATIONS_DIR)).get_current_head() == HEAD_REVISION


def test_empty_database_is_migrated_to_head_and_matches_the_models(tmp_path: Path) -> None:
    db = sqlite_db(tmp_path / "new.sqlite3")
    assert schema.current_revision(db) is None
    assert schema.prepare(db) is None, "a new file needs no backup"
    assert schema.current_revision(db) == HEAD_REVISION
    tables = set(inspect(db.engine).get_table_names())
    assert tables == set(Base.metadata.tables) | {"alembic_version"}


def test_migrations_leave_nothing_for_autogenerate_to_find(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    db = sqlite_db(tmp_path / "new.sqlite3")
    schema.prepare(db)
    with db.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_sqlite_pragmas_are_set(database: Database) -> None:
    with database.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert raw.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL: a power cut too
        assert raw.execute("PRAGMA busy_timeout").fetchone()[0] == 5000


NEWER_APP_KILLED = """
import os, signal, sqlite3, sys
raw = sqlite3.connect(sys.argv[1])
raw.execute("PRAGMA journal_mode=WAL")
with raw:
    raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.execute("INSERT INTO document (title, text, sha256) VALUES ('T', 'text', 'h')")
os.kill(os.getpid(), signal.SIGKILL)  # its log never checkpointed into the file
"""


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("index", ["with its -shm", "without its -shm"])
def test_newer_database_with_a_wal_is_refused_and_left_untouched(
    tmp_path: Path, index: str
) -> None:
    """A newer QuizApp killed while writing leaves its last commits in the WAL: opening the
    file to read its revision must not checkpoint them into it, nor touch the log or index."""
    path = tmp_path / "future.sqlite3"
    db = sqlite_db(path)
    schema.prepare(db)
    db.dispose()
    killed = subprocess.run([sys.executable, "-c", NEWER_APP_KILLED, str(path)], check=False)
    assert killed.returncode == -signal.SIGKILL
    if index == "without its -shm":
        path.with_name(f"{path.name}-shm").unlink()
    before = files_of(tmp_path)
    names = {"future.sqlite3", "future.sqlite3-wal", "future.sqlite3-shm"}
    assert set(before) == (names if index == "with its -shm" else names - {path.name + "-shm"})
    assert len(before["future.sqlite3-wal"]) > 0

    db = sqlite_db(path)
    with pytest.raises(schema.DatabaseTooNew, match=r"newer QuizApp.*9999.*left untouched"):
        schema.prepare(db)
    db.dispose()
    assert trainees_at_head(f"sqlite:///{path}") is None  # the first look, too
    assert files_of(tmp_path) == before


def test_foreign_database_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    """Another program's file, named by a wrong URL: not even its journal mode may change."""
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE notes (body TEXT)")
    before = path.read_bytes()
    db = sqlite_db(path)
    with pytest.raises(schema.NotQuizAppDatabase, match="no QuizApp schema"):
        schema.prepare(db)
    db.dispose()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.sqlite3"]


def test_a_file_at_the_first_revision_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = sqlite_db(path)
    upgrade_to(old, "0001")
    with old.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO trainee (uuid, name, created_at) VALUES ('u1', 'Ann', '2026-01-01')"
        )
        connection.exec_driver_sql(
            "INSERT INTO question_set (slug, version, title, origin, source_format, file_name,"
            " content_hash, typo_tolerance, imported_at)"
            " VALUES ('s', 1, 'S', 'file', 'native', 's.yaml', 'h', 0, '2026-01-01')"
        )
    old.dispose()

    backup = schema.prepare(sqlite_db(path), now=datetime(2026, 11, 28, 23, 59, tzinfo=UTC))
    assert backup == tmp_path / "old.sqlite3.rev-0001.20261128T235900.bak"
    assert schema.current_revision(sqlite_db(path)) == HEAD_REVISION
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT name FROM trainee").fetchall() == [("Ann",)]
        rows = raw.execute("SELECT slug, file_sha256 FROM question_set").fetchall()
        assert rows == [("s", None)]
    with sqlite3.connect(backup) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert raw.execute("SELECT name FROM trainee").fetchall() == [("Ann",)]


def test_server_database_is_never_upgraded_implicitly(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    db = sqlite_db(tmp_path / "server-like.sqlite3")
    monkeypatch.setattr(Database, "is_sqlite", property(lambda self: False))
    with pytest.raises(schema.UpgradeRequired, match="db upgrade"):
        schema.prepare(db)
    monkeypatch.undo()
    assert schema.current_revision(db) is None, "nothing was created"


def test_a_file_that_is_not_a_database_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("shopping list: eggs, milk\n" * 200)
    with pytest.raises(schema.SchemaError, match=r"notes.sqlite3 cannot be opened as a database: "):
        schema.prepare(sqlite_db(path))
    assert path.read_text().startswith("shopping list")


def test_a_seat_closing_the_file_during_the_look_is_looked_past(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The look chooses how to open by what lies beside the file: with another seat's log and
    index there, it trusts the index read-only. That seat closing right then deletes both,
    and the look fails ("unable to open database file"); two imports started together met
    this. The look is taken again, now of a file with nothing beside it."""
    path = tmp_path / "shared.sqlite3"
    db = sqlite_db(path)
    schema.prepare(db)
    db.dispose()
    seat = sqlite3.connect(path)
    seat.execute("SELECT count(*) FROM alembic_version").fetchone()
    assert Path(f"{path}-shm").exists()
    connect = sqlite3.connect
    targets: list[str] = []

    def seat_closes_first(target: str, **options: object) -> sqlite3.Connection:
        seat.close()  # the last connection: checkpoints, deletes the -wal and -shm
        targets.append(target)
        return connect(target, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite3, "connect", seat_closes_first)
    assert schema.current_revision(db) == HEAD_REVISION
    assert len(targets) == 2 and "readonly_shm=1" in targets[0], targets


def test_a_file_that_cannot_be_read_is_looked_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing beside it changed, so a second look would find the same: no waiting."""
    path = tmp_path / "notes.sqlite3"
    path.write_text("shopping list: eggs, milk\n" * 200)
    connect = sqlite3.connect
    looks: list[str] = []

    def counting_connect(target: str, **options: object) -> sqlite3.Connection:
        looks.append(target)
        return connect(target, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite3, "connect", counting_connect)
    with pytest.raises(schema.SchemaError, match="cannot be opened as a database"):
        schema.current_revision(sqlite_db(path))
    assert len(looks) == 1


def test_a_database_another_program_locks_is_said_to_be_in_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not "cannot be opened as a database", which reads like a damaged file. (SQLite's own
    answer after its busy timeout is stood in for: a test does not wait five seconds.)"""
    db = sqlite_db(tmp_path / "busy.sqlite3")

    def locked(_db: Database, _path: Path) -> str:
        raise OperationalError("SELECT", {}, sqlite3.OperationalError("database is locked"))

    monkeypatch.setattr(schema, "_file_revision", locked)
    with pytest.raises(schema.SchemaError, match=r"busy\.sqlite3 is in use by another program"):
        schema.prepare(db)


def test_a_file_of_ours_in_another_journal_mode_is_switched_to_wal(tmp_path: Path) -> None:
    """`db upgrade` and other programs can leave it in DELETE mode: readers would then wait
    for every write."""
    path = tmp_path / "ours.sqlite3"
    db = sqlite_db(path)
    schema.prepare(db)
    db.dispose()
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA journal_mode=DELETE")
    schema.prepare(db)
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    db.dispose()


def test_names_stored_alike_before_revision_0003_are_told_apart(tmp_path: Path) -> None:
    """Look-alike names that the old check-then-insert let in (two seats at once) keep the
    first as written; a later one gets the first free ' (n)', so each person still finds a
    row of their own and the folded names can be unique."""
    path = tmp_path / "old.sqlite3"
    db = sqlite_db(path)
    upgrade_to(db, "0002")
    db.dispose()
    stored = ["dana", "Dana", "Dana (2)", "Zoë", "ZOE\u0308", "x" * 60, "X" * 60]
    with sqlite3.connect(path) as raw:
        raw.executemany(
            "INSERT INTO trainee (uuid, name, created_at) VALUES (?, ?, ?)",
            [(f"u{n}", name, f"2026-01-01 00:00:0{n}") for n, name in enumerate(stored)],
        )
    raw.close()
    schema.prepare(sqlite_db(path), now=datetime(2026, 11, 30, tzinfo=UTC))
    with sqlite3.connect(path) as raw:
        rows = raw.execute("SELECT name, name_key FROM trainee ORDER BY uuid").fetchall()
    raw.close()
    assert [name for name, _ in rows] == [
        "dana",
        "Dana (3)",
        "Dana (2)",
        "Zoë",
        "ZOE\u0308 (2)",
        "x" * 60,
        "X" * 56 + " (2)",
    ]
    assert [key for _, key in rows] == [name_key(name) for name, _ in rows]
    assert len({key for _, key in rows}) == len(rows)
