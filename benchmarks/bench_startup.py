"""Start-up: from process start to the main window on screen, and to the app ready to use.

Targets (issue 6), as ratios against the floor, a bare PySide6 QMainWindow shown by the same
Python, measured side by side in fresh processes: the window shown in at most 1.5x the floor,
the trainee list filled (the first list the app shows) in at most 3x. Ready (SQLAlchemy and
every page loaded, the shipped sets checked, overdue quizzes submitted) is reported too: it
is when a name picked on the list is answered at once rather than a moment later; and from
there, a name picked to its set list on screen (the start page, the second screen).

Both sides mark the same moment the same way: the first paint event queues a zero timer,
whose callback (run once the whole frame is flushed) prints time.monotonic(). The parent
reads time.monotonic() just before starting the process; on Linux that clock is
system-wide, so the difference covers the interpreter's own start too. The app runs on a
database already at the current schema with the shipped sets imported and 30 trainees:
the start every trainee sees after the first one. QUIZAPP_TRACE_START_UP makes it print and quit.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from harness import Bench

from quizapp.services import trainees
from quizapp.storage.database import Database
from quizapp.ui.app import TRACE_ENV

TRAINEES = 30

FLOOR = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, done)

def done():
    print("shown", time.monotonic(), flush=True)
    app.quit()

app = QApplication(sys.argv)
window = Window()
window.show()
app.exec()
"""


def launcher() -> list[str]:
    """What `make run` and the desktop file start: the installed `quizapp` command, or what
    $QUIZAPP_BENCH_APP names (dist/quizapp/quizapp, to time the frozen bundle)."""
    chosen = os.environ.get("QUIZAPP_BENCH_APP")
    command = Path(chosen) if chosen else Path(sys.executable).with_name("quizapp")
    return [str(command)] if command.is_file() else [sys.executable, "-m", "quizapp"]


def timed(command: list[str], environment: dict[str, str]) -> dict[str, float]:
    """Milliseconds from just before the process starts to each mark it prints."""
    start = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=60)
    marks = {}
    for line in done.stdout.splitlines():
        name, _, value = line.partition(" ")
        marks.setdefault(name, (float(value) - start) * 1000)  # the first of each
    if done.returncode != 0 or "shown" not in marks:
        raise RuntimeError(f"{command} failed ({done.returncode}): {done.stderr}")
    return marks


def main() -> int:
    bench = Bench.from_args("Start-up: fresh processes, shown and ready, against a bare window")
    folder = bench.scratch("quizapp-bench-startup-")
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        # The app's settings, log and default database go here, never into the user's own.
        "HOME": str(folder),
        "XDG_CONFIG_HOME": str(folder / "config"),
        "XDG_DATA_HOME": str(folder / "data"),
        TRACE_ENV: "1",
    }
    url = f"sqlite:///{folder / 'startup.sqlite3'}"
    app = [*launcher(), "--database", url]
    floor = [sys.executable, "-c", FLOOR]
    timed(app, environment)  # the first start builds the database and imports the shipped sets
    db = Database(url)
    for n in range(TRAINEES):  # a training room's worth of names to list
        trainees.add_trainee(db, f"Trainee {n:02d}")
    db.dispose()
    timed(floor, environment)  # and both warm the disk cache

    runs = 3 if bench.quick else 15
    floors, shown, listed, ready, sets = [], [], [], [], []
    for _ in range(runs):  # interleaved, so a busy moment of the machine hits both sides
        floors.append(timed(floor, environment)["shown"])
        marks = timed(app, environment)
        shown.append(marks["shown"])
        listed.append(marks["listed"])
        ready.append(marks["ready"])
        sets.append(marks["sets"] - marks["ready"])
    base = statistics.median(floors)
    shown_ms, listed_ms = statistics.median(shown), statistics.median(listed)
    ready_ms = statistics.median(ready)
    bench.record("floor: bare QMainWindow shown", base, "ms")
    bench.record("QuizApp: main window shown", shown_ms, "ms")
    bench.record("QuizApp: trainees listed", listed_ms, "ms")
    bench.record("QuizApp: ready (all loaded)", ready_ms, "ms")
    bench.record("then a name picked -> its sets listed", statistics.median(sets), "ms")
    bench.record("shown / floor", shown_ms / base, "x", "<= 1.5x", shown_ms / base <= 1.5)
    bench.record("listed / floor", listed_ms / base, "x", "<= 3x", listed_ms / base <= 3.0)
    bench.record("ready / floor", ready_ms / base, "x")
    return bench.finish()


if __name__ == "__main__":
    sys.exit(main())
