"""Looking into a SQLite file without changing a byte of it, or of the files beside it.

Before the app knows a file is its own (a newer QuizApp's, another program's), it may only
look. An ordinary connection is not a look: opening a WAL database rebuilds its `-shm` index,
and the last connection to close checkpoints the `-wal` into the file and deletes it, so a
log that a killed newer QuizApp left behind would be written into a file we then refuse as
"left untouched". Read-only mode alone still rebuilds the index. So, by what lies beside it:

- a `-wal` and its `-shm` (a live connection always has both): read-only, the index opened
  read-only too (`readonly_shm`; where it cannot trust the index, SQLite reads the log into
  its own memory);
- a log without its index: SQLite cannot read that log in place without writing an index
  beside it, so the file and its log are read from private copies;
- no log: read-only; `immutable` for a file in WAL mode, which would otherwise create the
  `-wal` (and `-shm`) it lacks; with no log there is no writer whose changes it could miss.

Standard library only: the first look (first_look.py) reads the trainees this way before
SQLAlchemy is imported.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_WAL_MODE = 2  # the header's read and write versions (bytes 18 and 19) in WAL mode


@contextmanager
def looking_at(path: Path, *, wait: float = 0.0) -> Iterator[sqlite3.Connection]:
    """A read-only connection to `path` that leaves it, its `-wal` and `-shm` as they were.

    Waits up to `wait` seconds for another connection's lock (the first look waits for
    none: the full start-up has the patience); raises sqlite3.Error for a file that is not a
    database, or that another program holds locked.
    """
    wal, shm = _beside(path, "-wal"), _beside(path, "-shm")
    if wal.exists() and shm.exists():
        options = "mode=ro&readonly_shm=1"
    elif _size(wal):
        with _private_copies(path, wal) as copy, _closing(sqlite3.connect(copy)) as c:
            yield c
        return
    elif _in_wal_mode(path):
        options = "mode=ro&immutable=1"
    else:
        options = "mode=ro"
    uri = f"{path.resolve().as_uri()}?{options}"
    with _closing(sqlite3.connect(uri, uri=True, timeout=wait)) as connection:
        yield connection


def table_names(connection: sqlite3.Connection) -> set[str]:
    return {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}


def recorded_revision(connection: sqlite3.Connection) -> str | None:
    """Alembic's revision stamp; None when the file has no stamp table."""
    if "alembic_version" not in table_names(connection):
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


@contextmanager
def _private_copies(path: Path, wal: Path) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="quizapp-look-") as folder:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        shutil.copyfile(wal, _beside(copy, "-wal"))
        yield copy


@contextmanager
def _closing(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    try:
        yield connection
    finally:
        connection.close()


def _beside(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def _in_wal_mode(path: Path) -> bool:
    with path.open("rb") as file:
        header = file.read(20)
    return len(header) == 20 and header[18] == _WAL_MODE
