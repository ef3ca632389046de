"""The app (or a driver of it) in a process of its own, with a home, data folder and settings
in the test's folder: for what only a fresh process shows (fonts are fixed when Qt starts,
the log file is the process's)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from quizapp.ui.app import TRACE_ENV
from tests.conftest import REPO_ROOT


def run_python(home: Path, *args: str, **environment: str) -> subprocess.CompletedProcess[str]:
    """`python ARGS` offscreen, its home in `home`, with `environment` added; it must end
    well within a minute."""
    done = subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(REPO_ROOT),
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            **environment,
        },
        cwd=REPO_ROOT,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done


def start_app(home: Path, **environment: str) -> subprocess.CompletedProcess[str]:
    """The real app on a database in `home`, quitting once it is ready."""
    url = f"sqlite:///{home / 'quiz.sqlite3'}"
    return run_python(home, "-m", "quizapp", "--database", url, **{TRACE_ENV: "1", **environment})


def log_file(home: Path) -> str:
    return (home / "data" / "quizapp" / "quizapp.log").read_text(encoding="utf-8")
