"""What the app says instead of letting Qt abort when no window can be opened."""

from __future__ import annotations

import subprocess
import sys

import pytest

from quizapp.ui import platform_check
from quizapp.ui.platform_check import platform_problem


def test_no_display_is_said_plainly() -> None:
    problem = platform_problem({})
    assert problem is not None and "there is no display" in problem


def test_a_missing_x11_library_names_its_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platform_check, "_loadable", lambda lib: lib != "libxcb-cursor.so.0")
    assert platform_problem({"DISPLAY": ":0"}) == (
        "Qt's X11 window support needs libraries that are not installed. On Debian or "
        "Ubuntu: sudo apt-get install libxcb-cursor0"
    )


def test_nothing_is_said_when_a_platform_is_chosen_or_present(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(platform_check, "_loadable", lambda lib: True)
    assert platform_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert platform_problem({"WAYLAND_DISPLAY": "wayland-0"}) is None
    assert platform_problem({"DISPLAY": ":0"}) is None


def test_the_real_app_exits_with_the_message_instead_of_aborting(tmp_path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}  # no DISPLAY, no QT_QPA_PLATFORM
    done = subprocess.run(
        [sys.executable, "-m", "quizapp", "--database", f"sqlite:///{tmp_path / 'x.sqlite3'}"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr.startswith("quizapp: the window cannot open: there is no display")
