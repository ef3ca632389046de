"""What the log file holds after a real start: the start-up figures and the shipped sets
brought in, for a support person to read (attempts are logged by the services: see
tests/services/test_attempts.py)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from quizapp.ui.app import TRACE_ENV
from tests.conftest import REPO_ROOT


def test_a_start_logs_its_figures_and_what_it_imported(tmp_path: Path) -> None:
    """The log recorded nothing but database set-up."""
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        TRACE_ENV: "1",  # quit once ready
    }
    url = f"sqlite:///{tmp_path / 'quiz.sqlite3'}"
    done = subprocess.run(
        [sys.executable, "-m", "quizapp", "--database", url],
        capture_output=True,
        text=True,
        env=environment,
        cwd=REPO_ROOT,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    log = (tmp_path / "data" / "quizapp" / "quizapp.log").read_text(encoding="utf-8")
    assert re.search(
        r"INFO quizapp\.ui\.app: Start-up: window shown at \d+ ms, trainees listed at \d+ ms, "
        r"ready at \d+ ms \(QuizApp \S+, Python \S+, Qt \S+, ",
        log,
    ), log
    assert re.search(
        r"INFO quizapp\.services\.question_sets: Imported \S+\.yaml \(shipped, native\) "
        r"as set \S+ version 1: \d+ questions",
        log,
    ), log
