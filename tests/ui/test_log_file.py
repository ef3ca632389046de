"""What the log file holds after a real start: the start-up figures and the shipped sets
brought in, for a support person to read (attempts are logged by the services: see
tests/services/test_attempts.py)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.ui.app_process import log_file, start_app


def test_a_start_logs_its_figures_and_what_it_imported(tmp_path: Path) -> None:
    """The log recorded nothing but database set-up."""
    start_app(tmp_path)
    log = log_file(tmp_path)
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
