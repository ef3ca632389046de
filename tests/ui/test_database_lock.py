"""Another program holds the database locked while a trainee answers: the window keeps
painting, says it is waiting for the database, shows nothing as saved that is not, and the
answer is saved when the lock goes.

The lock is real and held by another process, as a second app instance or a backup tool
would: SQLite's write lock (BEGIN IMMEDIATE; in WAL mode readers still read).
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from quizapp.services import attempts
from quizapp.storage.database import Database
from quizapp.ui.main_window import MainWindow
from tests.fakes import FakeClock
from tests.ui.drive import add_trainee, choice_button, click, right_choice_numbers, start_quiz

HOLDER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
connection.execute("ROLLBACK")
print("released", flush=True)
"""


@contextmanager
def locked_by_another_process(path: Path) -> Iterator[subprocess.Popen[str]]:
    """The database's write lock, held by another process until the block's `release`."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    try:
        yield holder
    finally:
        holder.kill()
        holder.wait(timeout=10)


def release(holder: subprocess.Popen[str]) -> None:
    assert holder.stdin is not None and holder.stdout is not None
    holder.stdin.write("\n")
    holder.stdin.flush()
    assert holder.stdout.readline().strip() == "released"


def test_a_locked_database_is_waited_for_while_the_window_paints(
    window: MainWindow, qtbot: QtBot, db: Database, clock: FakeClock
) -> None:
    add_trainee(window, qtbot, "Lou")
    start_quiz(window, qtbot, minutes=10)
    page = window.trainee_area.quiz_page
    attempt = page.attempt
    assert attempt is not None
    choices = [i for i in attempt.session.items if i.question.type != "short"]
    page.go_to(choices[0].position)
    qtbot.waitUntil(lambda: page.saver.pending == 0)
    item = page.current_item
    beats: list[int] = []
    heartbeat = QTimer()
    heartbeat.setInterval(20)
    heartbeat.timeout.connect(lambda: beats.append(len(beats)))
    heartbeat.start()

    assert db.sqlite_path is not None
    with locked_by_another_process(db.sqlite_path) as holder:
        for number in right_choice_numbers(item):
            click(qtbot, choice_button(window, number), wait=False)
        # Back at once: the click did not wait for the database, nor claims it saved.
        assert page.saver.pending >= 1 and page.status_label.text() == "Saving…"
        qtbot.waitUntil(lambda: "Waiting for the database" in page.status_label.text())
        assert window.activity.text() == "Waiting for the database…"
        started = len(beats)
        qtbot.waitUntil(lambda: len(beats) >= started + 10, timeout=3000)  # still painting
        assert page.saver.pending >= 1
        assert page.status_label.text().startswith("Waiting for the database")
        stored = attempts.load_attempt(db, attempt.uuid, clock=clock).session  # WAL: readable
        assert not stored.items[item.position].answered
        release(holder)
        qtbot.waitUntil(lambda: page.saver.pending == 0, timeout=5000)

    heartbeat.stop()
    assert page.status_label.text() == "✔ All answers saved."
    assert window.activity.text() == "" and window.notice.text() == ""
    stored = attempts.load_attempt(db, attempt.uuid, clock=clock).session
    assert stored.items[item.position].response == item.response
