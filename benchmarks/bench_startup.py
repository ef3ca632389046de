"""Start-up: from process start to the main window on screen, and to the app ready to use.

Targets (issue 6), as ratios against the floor, a bare PySide6 QMainWindow shown by the same
Python, measured side by side in fresh processes: the window shown in at most 1.5x the floor,
ready (database opened, shipped sets checked, the trainee list filled) in at most 3x.

Both sides mark the same moment the same way: the first paint event queues a zero timer,
whose callback (run once the whole frame is flushed) prints time.monotonic(). The parent
reads time.monotonic() just before starting the process; on Linux that clock is
system-wide, so the difference covers the interpreter's own start too. The app runs on a
database already at the current schema with the shipped sets imported: the start every
trainee sees after the first one. QUIZAPP_TRACE_START_UP makes it print and quit.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

from harness import Bench

from quizapp.ui.app import TRACE_ENV

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


def timed(command: list[str], environment: dict[str, str]) -> dict[str, float]:
    """Milliseconds from just before the process starts to each mark it prints."""
    start = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=60)
    marks = {}
    for line in done.stdout.splitlines():
        name, _, value = line.partition(" ")
        marks[name] = (float(value) - start) * 1000
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
    app = [sys.executable, "-m", "quizapp", "--database", url]
    floor = [sys.executable, "-c", FLOOR]
    timed(app, environment)  # the first start builds the database and imports the shipped sets
    timed(floor, environment)  # and both warm the disk cache

    runs = 3 if bench.quick else 15
    floors, shown, ready = [], [], []
    for _ in range(runs):  # interleaved, so a busy moment of the machine hits both sides
        floors.append(timed(floor, environment)["shown"])
        marks = timed(app, environment)
        shown.append(marks["shown"])
        ready.append(marks["ready"])
    base = statistics.median(floors)
    shown_ms, ready_ms = statistics.median(shown), statistics.median(ready)
    bench.record("floor: bare QMainWindow shown", base, "ms")
    bench.record("QuizApp: main window shown", shown_ms, "ms")
    bench.record("QuizApp: ready (trainees listed)", ready_ms, "ms")
    bench.record("shown / floor", shown_ms / base, "x", "<= 1.5x", shown_ms / base <= 1.5)
    bench.record("ready / floor", ready_ms / base, "x", "<= 3x", ready_ms / base <= 3.0)
    return bench.finish()


if __name__ == "__main__":
    sys.exit(main())
