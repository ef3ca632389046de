"""Where things are: the shipped `questions/` and `resources/`, the user's data and database.

Nothing here imports SQLAlchemy or Qt, so the log file and the database's address are known
before the first window is drawn. The shipped folders live in one of three layouts: a source
checkout (next to the package), an installed wheel (copied into `quizapp/_data/` by the build
backend) or a PyInstaller bundle (under `sys._MEIPASS`). Every other module asks here
instead of guessing.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates(name: str) -> list[Path]:
    bundle = getattr(sys, "_MEIPASS", None)
    found = [Path(bundle) / name] if bundle else []
    found += [_PACKAGE_DIR / "_data" / name, _PACKAGE_DIR.parent / name]
    return found


def shipped_dir(name: str) -> Path:
    """The shipped folder `name` ("questions" or "resources")."""
    for path in _candidates(name):
        if path.is_dir():
            return path
    raise FileNotFoundError(f"the app's {name}/ folder is missing (looked in {_candidates(name)})")


def questions_dir() -> Path:
    return shipped_dir("questions")


def resources_dir() -> Path:
    return shipped_dir("resources")


DATABASE_ENV = "QUIZAPP_DATABASE_URL"
DATABASE_FILE = "quizapp.sqlite3"


def user_data_dir() -> Path:
    """The user's data folder for QuizApp (database, logs), created on first use."""
    from platformdirs import user_data_path

    return user_data_path("quizapp", appauthor=False, ensure_exists=True)


def resolve_database_url(option: str | None = None) -> str:
    """`--database URL`, else $QUIZAPP_DATABASE_URL, else the embedded SQLite file."""
    if option:
        return option
    if os.environ.get(DATABASE_ENV):
        return os.environ[DATABASE_ENV]
    return f"sqlite:///{user_data_dir() / DATABASE_FILE}"
