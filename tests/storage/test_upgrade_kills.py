"""A start killed while it upgrades a file leaves the old database or the new one (issue 11,
point 2: a kill between the migrations' statements bricked the file, and each failed start
wrote one more backup).

A file an older QuizApp left (revision 0001, in WAL mode, with look-alike names the new
schema has to part, and a graded exam whose answers it gives their attempt's points) is
started on by child processes that SIGKILL themselves at 20 steps picked at random among all
the steps a whole start takes (each statement of the peek, the backup and the upgrade, up to
its COMMIT; each page the backup copies), and at the first step after the COMMIT. After every
kill the file passes SQLite's integrity check and opens at the old revision or the new, with
its data; at most one backup of it exists at any time, and one start left alone then
finishes the upgrade with exactly one backup.
"""

from __future__ import annotations

import random
import signal
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from quizapp.domain.trainees import name_key
from quizapp.storage import schema
from quizapp.storage.database import Database
from quizapp.storage.revision import HEAD_REVISION
from tests.databases import upgrade_to
from tests.seat_calls import PATIENCE
from tests.seats import CONTEXT
from tests.storage.upgrade_child import start_up_and_report

KILLS = 20
NAMES = ["dana", "Dana", *(f"Trainee {n:03}" for n in range(150))]
T0 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
EXAM_MARKS = [1.0, 0.5, 0.0, 0.5]


def old_file(path: Path) -> None:
    db = Database(f"sqlite:///{path}")
    upgrade_to(db, "0001")
    db.dispose()
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA journal_mode=WAL")
        raw.executemany(
            "INSERT INTO trainee (uuid, name, created_at) VALUES (?, ?, ?)",
            [(f"u{n:03}", name, f"2026-01-01 00:00:{n % 60:02}") for n, name in enumerate(NAMES)],
        )
        raw.execute(
            "INSERT INTO question_set (id, slug, version, title, origin, source_format,"
            " file_name, content_hash, typo_tolerance, imported_at)"
            " VALUES (1, 's', 1, 'S', 'file', 'native', 's.yaml', 'h', 0, '2026-01-01')"
        )
        # A graded exam, whose answers the upgrade to 0007 gives its points.
        raw.executemany(
            "INSERT INTO question (id, set_id, position, key, type, prompt, explanation, quote,"
            " section, tags) VALUES (?, 1, ?, ?, 'single', '?', '', '', '', '[]')",
            [(n + 1, n, f"q{n}") for n in range(len(EXAM_MARKS))],
        )
        raw.execute(
            "INSERT INTO attempt (uuid, trainee_uuid, set_id, mode, settings, started_at, state,"
            " score, current_position) VALUES ('a1', 'u000', 1, 'exam', '{}', '2026-01-01',"
            " 'submitted', 0.5, 0)"
        )
        raw.executemany(
            "INSERT INTO attempt_item (attempt_uuid, position, question_id, choice_order, score,"
            " flagged, checked, seconds_spent) VALUES ('a1', ?, ?, '[]', ?, 0, 0, 0)",
            [(n, n + 1, mark) for n, mark in enumerate(EXAM_MARKS)],
        )
    raw.close()  # the last connection: its log goes into the file, as a clean exit leaves it


def start_up(path: Path, now: datetime, kill_at: int | None) -> tuple[int | None, int | None]:
    """(exit code, steps taken) of one start in a child process."""
    results = CONTEXT.Queue()
    child = CONTEXT.Process(target=start_up_and_report, args=(results, str(path), now, kill_at))
    child.start()
    child.join(PATIENCE)
    steps = results.get(timeout=PATIENCE) if child.exitcode == 0 else None
    return child.exitcode, steps


def backups(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.*.bak"))


def check_opens(path: Path) -> str:
    """The file as the next start finds it: whole, at one revision, with every trainee.

    The app's look comes first, on the files exactly as the kill left them, as the next
    start's would: an ordinary connection opened before it may checkpoint the log away and
    leave a state no start would meet."""
    db = Database(f"sqlite:///{path}")
    looked = schema.current_revision(db)
    db.dispose()
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        (revision,) = raw.execute("SELECT version_num FROM alembic_version").fetchone()
        assert revision in ("0001", HEAD_REVISION)
        if revision == "0001":
            names = [n for (n,) in raw.execute("SELECT name FROM trainee ORDER BY uuid")]
            assert names == NAMES
        else:
            rows = raw.execute("SELECT name, name_key FROM trainee ORDER BY uuid").fetchall()
            assert [name for name, _ in rows] == ["dana", "Dana (2)", *NAMES[2:]]
            assert [key for _, key in rows] == [name_key(name) for name, _ in rows]
            points = raw.execute("SELECT exam_points FROM attempt_item").fetchall()
            assert points == [(sum(EXAM_MARKS),)] * len(EXAM_MARKS)
    raw.close()
    assert looked == revision
    return revision


def test_a_start_killed_anywhere_in_an_upgrade_leaves_a_file_that_opens(tmp_path: Path) -> None:
    rehearsal = tmp_path / "rehearsal" / "quizapp.sqlite3"
    rehearsal.parent.mkdir()
    old_file(rehearsal)
    code, steps = start_up(rehearsal, T0, None)
    assert code == 0 and steps is not None
    assert check_opens(rehearsal) == HEAD_REVISION

    # Kills in step order on one file, as a user whose starts keep failing; once a kill has
    # come after the commit, that file is new, and each later kill gets an old file of its own.
    path = tmp_path / "quizapp.sqlite3"
    old_file(path)
    target = path
    # The last step is the first after the COMMIT (SQLite traces a statement as it starts):
    # a kill there must find the new file whole; a random pick would seldom land on it.
    points = [*sorted(random.Random(11).sample(range(1, steps), KILLS)), steps]
    seen = {"0001": 0, HEAD_REVISION: 0}
    for trial, point in enumerate(points):
        code, _ = start_up(target, T0 + timedelta(minutes=trial), point)
        assert code == -signal.SIGKILL, f"the start killed at step {point} ended with {code}"
        revision = check_opens(target)
        seen[revision] += 1
        assert len(backups(target)) <= 1
        if revision == HEAD_REVISION:
            target = tmp_path / f"old-{trial}" / "quizapp.sqlite3"
            target.parent.mkdir()
            old_file(target)

    code, _ = start_up(path, T0 + timedelta(hours=1), None)
    assert code == 0
    assert check_opens(path) == HEAD_REVISION
    [backup] = backups(path)
    assert not list(tmp_path.glob(f"{path.name}*partial*")), "no copy cut short is left"
    with sqlite3.connect(backup) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert [n for (n,) in raw.execute("SELECT name FROM trainee ORDER BY uuid")] == NAMES
    raw.close()
    print(f"\n{steps} steps in a whole start; killed at {points}; the file opened as {seen}")
