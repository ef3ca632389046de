"""The copy set aside before an upgrade: whole, or nothing left of it (issue 11, point 7: no
room for the backup left a 0-byte `.bak` behind)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from quizapp.storage.database import Database
from tests.databases import upgrade_to

# A child whose files cannot grow past 64 KiB (RLIMIT_FSIZE; SIGXFSZ ignored so the write
# fails instead of killing it): the backup of a larger file runs out of room half-way, as on
# a full disk, without needing one.
NO_ROOM = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))
from quizapp.storage.database import Database, DatabaseError
from quizapp.storage.schema import prepare
try:
    prepare(Database(sys.argv[1]))
except DatabaseError as error:
    print(error)
    sys.exit(3)
"""


def test_a_backup_that_cannot_be_completed_is_removed_and_says_what_it_needs(
    tmp_path: Path,
) -> None:
    path = tmp_path / "quizapp.sqlite3"
    db = Database(f"sqlite:///{path}")
    upgrade_to(db, "0001")
    db.dispose()
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA journal_mode=WAL")
        raw.executemany(
            "INSERT INTO trainee (uuid, name, created_at) VALUES (?, ?, '2026-01-01')",
            [(f"u{n:04}", f"Trainee number {n:04} of a large room") for n in range(3000)],
        )
    raw.close()
    size = path.stat().st_size
    assert size > 4 * 65536

    child = subprocess.run(
        [sys.executable, "-c", NO_ROOM, f"sqlite:///{path}"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert child.returncode == 3, child.stderr
    message = child.stdout
    assert f"could not be written in {tmp_path} " in message
    needed = float(message.split("The copy needs ")[1].split(" MB")[0])
    assert needed * 1024 * 1024 >= size * 0.9
    assert "MB is free there" in message and "the database is unchanged" in message
    assert sorted(p.name for p in tmp_path.iterdir() if ".rev-" in p.name) == []
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert raw.execute("SELECT count(*) FROM trainee").fetchone() == (3000,)
    raw.close()
