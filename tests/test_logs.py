"""The log file: where it can be written; and when it cannot, the app still starts."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from quizapp.logs import LOG_NAME, configure_logging


def test_a_log_file_that_cannot_be_written_leaves_the_app_running(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only home, or here a folder where the file should be: the crash dialog came up
    at every start."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    (tmp_path / "quizapp" / LOG_NAME).mkdir(parents=True)
    monkeypatch.setattr(logging.getLogger(), "handlers", [])
    assert configure_logging() is None


def test_the_log_file_is_in_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [])
    monkeypatch.setattr(root, "level", root.level)
    path = configure_logging()
    assert path == tmp_path / "quizapp" / LOG_NAME
    logging.getLogger("quizapp.test").warning("written")
    for handler in root.handlers:
        handler.close()
    assert "written" in path.read_text(encoding="utf-8")
