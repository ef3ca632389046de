"""The first look: the trainee list read without SQLAlchemy must be the services' list, or
nothing at all, never something else, and must leave the file as it was."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from quizapp.services import trainees
from quizapp.storage.database import Database
from quizapp.storage.first_look import sqlite_file, trainees_at_head
from quizapp.storage.schema import prepare


def url_of(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def test_the_list_is_the_services_list_in_the_same_order(database: Database) -> None:
    for name in ("Иван", "bob", "Ärzte", "anna", "Zoë", "ärmel"):
        trainees.add_trainee(database, name)
    assert trainees_at_head(url_of(database)) == trainees.list_trainees(database)


def test_an_empty_room_is_an_empty_list_not_a_refusal(database: Database) -> None:
    assert trainees_at_head(url_of(database)) == []


def test_reading_changes_nothing_in_the_database_file(database: Database) -> None:
    trainees.add_trainee(database, "Nia")
    database.dispose()  # the WAL is checkpointed into the file, and its files removed
    path = sqlite_file(url_of(database))
    assert path is not None
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert [p.name for p in trainees_at_head(url_of(database)) or []] == ["Nia"]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    # SQLite's own companions of a WAL database, as the app's connection makes; nothing else.
    assert {p.name for p in path.parent.iterdir()} <= {
        path.name,
        f"{path.name}-wal",
        f"{path.name}-shm",
    }


def test_it_asks_sqlite_for_read_only_and_never_waits_for_a_lock(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[tuple[str, dict[str, object]]] = []
    connect = sqlite3.connect

    def recording_connect(target: str, **options: object) -> sqlite3.Connection:
        opened.append((target, options))
        return connect(target, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite3, "connect", recording_connect)
    assert trainees_at_head(url_of(database)) == []
    [(target, options)] = opened
    assert "mode=ro" in target.partition("?")[2].split("&")
    assert options == {"uri": True, "timeout": 0}


def test_a_locked_database_is_left_to_the_full_start_up(tmp_path: Path) -> None:
    """A rollback-journal file under another program's write lock (WAL readers never wait)."""
    path = tmp_path / "locked.sqlite3"
    db = Database(f"sqlite:///{path}")
    prepare(db)
    db.dispose()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        assert trainees_at_head(f"sqlite:///{path}") is None
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert trainees_at_head(f"sqlite:///{path}") == []


def test_a_path_the_system_refuses_is_left_to_the_full_start_up(tmp_path: Path) -> None:
    too_long = tmp_path / ("x" * 300) / "quizapp.sqlite3"
    assert trainees_at_head(f"sqlite:///{too_long}") is None


def test_a_database_at_another_revision_is_left_to_the_full_start_up(
    database: Database,
) -> None:
    """An older file must be backed up and upgraded first; a newer one refused with a reason."""
    for revision in ("0001", "9999"):
        with database.engine.begin() as connection:
            connection.exec_driver_sql("UPDATE alembic_version SET version_num = ?", (revision,))
        assert trainees_at_head(url_of(database)) is None


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda path: None, id="no file yet"),
        pytest.param(lambda path: path.write_bytes(b"not a database at all" * 100), id="junk"),
        pytest.param(
            lambda path: sqlite3.connect(path).execute("CREATE TABLE invoices (id INTEGER)"),
            id="someone else's database",
        ),
        pytest.param(
            lambda path: sqlite3.connect(path).execute("CREATE TABLE alembic_version (x TEXT)"),
            id="no revision recorded",
        ),
    ],
)
def test_anything_unusual_is_left_to_the_full_start_up(tmp_path: Path, make: object) -> None:
    path = tmp_path / "odd.sqlite3"
    make(path)  # type: ignore[operator]
    assert trainees_at_head(f"sqlite:///{path}") is None


def test_a_file_in_a_folder_that_does_not_exist_is_not_created(tmp_path: Path) -> None:
    path = tmp_path / "missing" / "quizapp.sqlite3"
    assert trainees_at_head(f"sqlite:///{path}") is None
    assert not path.parent.exists()


@pytest.mark.parametrize(
    "url",
    [
        "sqlite:///relative/quiz.sqlite3",
        "sqlite:////absolute/quiz.sqlite3",
        "sqlite:////with spaces/and ünïcode/quiz.sqlite3",
    ],
)
def test_the_file_is_the_one_sqlalchemy_opens(url: str) -> None:
    assert sqlite_file(url) == Path(make_url(url).database or "")


@pytest.mark.parametrize(
    "url",
    [
        "sqlite://",
        "sqlite:///:memory:",
        "sqlite+pysqlite:////tmp/quiz.sqlite3",
        "sqlite:////tmp/quiz.sqlite3?mode=ro",
        "sqlite:////tmp/100%25/quiz.sqlite3",
        "postgresql://quiz@server/quizapp",
    ],
)
def test_urls_it_cannot_read_for_sure_are_left_to_sqlalchemy(url: str) -> None:
    assert sqlite_file(url) is None
