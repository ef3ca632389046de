"""Where the shipped `questions/` and `resources/` are, wherever the app runs from.

Three layouts exist: a source checkout (next to the package), an installed wheel (copied into
`quizapp/_data/` by the build backend) and a PyInstaller bundle (under `sys._MEIPASS`). Every
other module asks here instead of guessing.
"""

from __future__ import annotations

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
