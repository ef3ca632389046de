"""SIGKILL a real app process mid-attempt: every answer it acknowledged is in the database,
and so is text typed 0.2 s before the kill, which nothing had acknowledged yet."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quizapp.domain.session import AttemptState, SystemClock
from quizapp.services import attempts
from quizapp.storage.database import Database
from quizapp.storage.schema import prepare
from tests.ui.sample_set import import_sample_set

DRIVER = Path(__file__).with_name("kill_driver.py")
REPO = Path(__file__).resolve().parents[2]
KILLED_AFTER = 0.2  # seconds from the last keystroke: a crash while still typing


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_mid_attempt_loses_no_acknowledged_answer(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'killed.sqlite3'}"
    db = Database(url)
    prepare(db)
    import_sample_set(db, copies=2)  # ten questions of every type, whatever the shipped bank
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        [sys.executable, str(DRIVER), url, str(tmp_path / "settings.ini"), "6"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
        cwd=REPO,
    )
    acknowledged: dict[int, object] = {}
    attempt_uuid = ""
    typed_at = -1
    try:
        assert process.stdout is not None
        for line in process.stdout:
            word, _, rest = line.strip().partition(" ")
            if word == "ATTEMPT":
                attempt_uuid = rest
            elif word == "ANSWERED":
                position, response = rest.split(" ", 1)
                acknowledged[int(position)] = json.loads(response)
            elif word == "TYPED":  # the last keystroke is just behind this line
                keystroke = time.monotonic()
                position, text = rest.split(" ", 1)
                typed_at = int(position)
                acknowledged[typed_at] = json.loads(text)
            elif word == "READY":
                break
        else:
            pytest.fail(
                f"the driver stopped early: {process.stderr.read() if process.stderr else ''}"
            )
        time.sleep(max(0.0, keystroke + KILLED_AFTER - time.monotonic()))
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL

    assert len(acknowledged) >= 6
    stored = attempts.load_attempt(db, attempt_uuid, clock=SystemClock())
    assert stored.session.state is AttemptState.IN_PROGRESS  # killed, not closed
    for position, response in acknowledged.items():
        saved = stored.session.items[position].response
        shown = sorted(saved) if isinstance(saved, frozenset) else saved
        assert shown == response, position
    assert isinstance(acknowledged[typed_at], str), "no typed answer was tested"
    assert stored.session.current == typed_at  # the move to it was written before the typing
    db.dispose()
