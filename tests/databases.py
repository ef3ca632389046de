"""Databases that separate processes can share: a SQLite file, or a PostgreSQL server.

The server is the one `QUIZAPP_TEST_POSTGRES_URL` names (for example
`postgresql+psycopg://quizapp:quizapp@localhost/quizapp_test`, a database the role owns);
each test gets a schema of its own there, dropped afterwards, so runs never see each other.
Without the variable the PostgreSQL cases are skipped and say so.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine

from quizapp.storage.database import Database
from quizapp.storage.schema import prepare, upgrade

POSTGRES_VARIABLE = "QUIZAPP_TEST_POSTGRES_URL"
BACKENDS = ("sqlite", "postgresql")
# What no message for a user may carry: the databases' own words for a refused unique key.
RAW_ERROR_WORDS = ("IntegrityError", "UNIQUE constraint", "duplicate key")


def postgres_url() -> str | None:
    return os.environ.get(POSTGRES_VARIABLE) or None


@contextmanager
def shared_database(backend: str, folder: Path) -> Iterator[str]:
    """The URL of an empty database at this app's schema, for `backend`."""
    with no_tables(backend, folder) as url:
        db = Database(url)
        if backend == "sqlite":
            prepare(db)
        else:
            upgrade(db)  # what `quizapp db upgrade` does for a room's server
        db.dispose()
        yield url


@contextmanager
def no_tables(backend: str, folder: Path) -> Iterator[str]:
    """The URL of a database with no tables yet, for `backend` (a migration test brings it
    to the revision it starts from)."""
    if backend == "sqlite":
        yield f"sqlite:///{folder / 'shared.sqlite3'}"
        return
    base = postgres_url()
    if base is None:
        import pytest

        pytest.skip(f"no PostgreSQL server: set {POSTGRES_VARIABLE} to run this on one")
    with _fresh_schema(base) as url:
        yield url


@contextmanager
def _fresh_schema(base: str) -> Iterator[str]:
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.exec_driver_sql(f'CREATE SCHEMA "{name}"')
    separator = "&" if "?" in base else "?"
    try:
        yield f"{base}{separator}options=-csearch_path%3D{name}"
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA "{name}" CASCADE')
        admin.dispose()


def upgrade_to(db: Database, revision: str) -> None:
    """Bring `db` to an older revision, as an older QuizApp left it."""
    from alembic import command
    from alembic.config import Config

    from quizapp.storage.schema import MIGRATIONS_DIR

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
