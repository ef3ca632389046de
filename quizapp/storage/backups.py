"""The copy of a SQLite file set aside before an upgrade: whole, or not there at all.

Written through SQLite's backup API (a file copy could miss what is still in the WAL) while
the upgrade's transaction holds the write lock, so the copy is exactly what the upgrade
starts from. (From a connection of its own: SQLite refuses to copy from the connection
writing.) It is written under a working name and renamed when complete: a copy cut short (a
full disk, a killed process) never passes for a backup, and the next try starts it again.
One backup per revision upgraded from: a start that failed after its backup (its upgrade
rolled back) leaves a copy that the next start's copy of the same data replaces. The earlier
copy goes just before the new one takes its name, while the database is still as both copies
show it, so a kill at any moment leaves at most one.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from quizapp.storage.database import DatabaseError

_MB = 1024 * 1024


class BackupFailed(DatabaseError):
    """The copy could not be completed; nothing of it is left, and nothing was upgraded."""


def back_up(path: Path, revision: str, now: datetime) -> Path:
    """Copy the database at `path`, at `revision`, beside it; the caller holds the write lock."""
    stamp = now.strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.rev-{revision}.{stamp}.bak")
    working = path.with_name(f"{path.name}.rev-{revision}.bak-partial")
    earlier = [p for p in path.parent.glob(f"{path.name}.rev-{revision}.*.bak") if p != target]
    source = sqlite3.connect(path)
    try:
        needed = _size(source)
        try:
            working.unlink(missing_ok=True)  # what a killed start left
            copy = sqlite3.connect(working)
            try:
                # Nothing to roll back in a file nobody uses until it is complete; synced
                # before the rename, so a power cut cannot leave a whole name on torn pages.
                copy.execute("PRAGMA journal_mode=OFF")
                copy.execute("PRAGMA synchronous=FULL")
                source.backup(copy)
            finally:
                copy.close()
            for old in earlier:  # first: never two copies of one revision, even if killed
                old.unlink(missing_ok=True)
            os.replace(working, target)
            _sync_folder(path.parent)
        except (sqlite3.Error, OSError) as error:
            working.unlink(missing_ok=True)
            raise _no_room(path, needed, error) from error
    finally:
        source.close()
    return target


def _size(source: sqlite3.Connection) -> int:
    """The bytes the copy takes: the database's pages, wherever they are (file or WAL)."""
    (pages,) = source.execute("PRAGMA page_count").fetchone()
    (page_size,) = source.execute("PRAGMA page_size").fetchone()
    return int(pages) * int(page_size)


def _no_room(path: Path, needed: int, error: Exception) -> BackupFailed:
    folder = path.parent
    try:
        free = f"{shutil.disk_usage(folder).free / _MB:.1f} MB is free there"
    except OSError:
        free = "how much is free there cannot be read"
    return BackupFailed(
        f"{path} was not upgraded: its copy as it is could not be written in {folder} "
        f"({error}). The copy needs {max(needed / _MB, 0.1):.1f} MB; {free}. Make room there "
        "(or make the folder writable) and start QuizApp again; the database is unchanged."
    )


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (a directory entry is data of the folder's)."""
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
