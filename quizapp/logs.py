"""Where the app writes what went wrong: a rotating log file in the user's data folder.

A trainee sees a dialog naming this file instead of a traceback; a trainer sends the file.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from quizapp.paths import user_data_dir

LOG_NAME = "quizapp.log"


def log_file() -> Path | None:
    """Where the log goes; None when the user's data folder cannot be made (a read-only home,
    a file in its place): the app still runs, and records go to stderr."""
    try:
        return user_data_dir() / LOG_NAME
    except OSError:
        return None


def configure_logging(level: int = logging.INFO) -> Path | None:
    """Send the app's log records to the rotating file (once per process); returns its path,
    or None when there is none to write: no data folder (see log_file), or one the app may
    not write to (a read-only home). The app runs on either way."""
    path = log_file()
    root = logging.getLogger()
    if path is None:
        _to_stderr(level, "the data folder cannot be made")
        return None
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        try:
            handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        except OSError as error:
            _to_stderr(level, f"{path} cannot be written: {error}")
            return None
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(level)
        # Alembic announces each of its plugins at INFO; the migrations it runs are worth a line.
        logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
    return path


def _to_stderr(level: int, why: str) -> None:
    logging.basicConfig(level=level)  # stderr, where a support person can still look
    logging.getLogger(__name__).warning("No log file: %s", why)
