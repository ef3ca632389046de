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
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

_WAL_MODE = 2  # the header's read and write versions (bytes 18 and 19) in WAL mode


def look(path: Path, read: Callable[[sqlite3.Connection], T], *, wait: float = 0.0) -> T:
    """`read(connection)` on a look at `path` (_looking_at), looked at again while another
    connection opening or closing the file makes the look fail.

    How to look is chosen by what lies beside the file, and another seat can change that
    between the choice and the read: a `-shm` trusted read-only vanishes with the last
    connection ("unable to open database file"), a new writer's log appears beside a file
    opened as immutable, a log goes before it is copied. Such a failure is told from a file
    that cannot be read at all by the files beside it having changed meanwhile; looks are
    tried again for up to `wait` seconds.
    """
    deadline = time.monotonic() + wait
    while True:
        before = _beside_state(path)
        try:
            with _looking_at(path, wait=max(deadline - time.monotonic(), 0.0)) as connection:
                return read(connection)
        except (sqlite3.Error, OSError):
            if _beside_state(path) == before or time.monotonic() > deadline:
                raise


@contextmanager
def _looking_at(path: Path, *, wait: float = 0.0) -> Iterator[sqlite3.Connection]:
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


def _beside_state(path: Path) -> tuple[tuple[int, int] | None, ...]:
    """Each of the log and its index as (size, time of change), None where absent."""
    return tuple(_stamp(_beside(path, suffix)) for suffix in ("-wal", "-shm"))


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except FileNotFoundError:
        return None
    return status.st_size, status.st_mtime_ns


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def _in_wal_mode(path: Path) -> bool:
    with path.open("rb") as file:
        header = file.read(20)
    return len(header) == 20 and header[18] == _WAL_MODE
