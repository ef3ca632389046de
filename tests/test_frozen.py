"""The desktop bundle trainees install: built with build.spec, then run headless.

The build takes about half a minute here, so it is done once per session, into the test's
temporary folder (the checkout's build/ and dist/ stay untouched). PyInstaller comes with
the `dist` extra, which `make test` installs: without it this test fails, it never skips.
"""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp import __version__
from quizapp.storage.revision import HEAD_REVISION
from quizapp.storage.schema import MIGRATIONS_DIR
from tests.conftest import REPO_ROOT

BUILD_TIMEOUT_S = 600


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("frozen")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(folder / "dist"),
            "--workpath",
            str(folder / "build"),
            str(REPO_ROOT / "build.spec"),
        ],
        capture_output=True,
        text=True,
        cwd=folder,
        timeout=BUILD_TIMEOUT_S,
    )
    assert done.returncode == 0, f"PyInstaller failed:\n{done.stdout}\n{done.stderr}"
    return folder / "dist" / "quizapp"


def _run(bundle: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    # The self-test picks the offscreen platform itself; a clean environment proves that no
    # variable of this test process (PYTHONPATH, a display) is what makes it work.
    environment = {"PATH": os.environ.get("PATH", ""), "HOME": os.environ.get("HOME", "/")}
    return subprocess.run(
        [str(bundle / "quizapp"), *arguments],
        capture_output=True,
        text=True,
        env=environment,
        cwd=bundle.parent,
        timeout=120,
    )


@pytest.mark.frozen
def test_the_bundle_carries_the_shipped_files(bundle: Path) -> None:
    inside = bundle / "_internal"
    shipped = sorted(p.name for p in (REPO_ROOT / "questions").glob("*.yaml"))
    assert sorted(p.name for p in (inside / "questions").glob("*.yaml")) == shipped
    assert (inside / "resources" / "quizapp.svg").is_file()
    migrations = inside / "quizapp" / "storage" / "migrations"
    assert (migrations / "env.py").is_file() and (migrations / "script.py.mako").is_file()
    bundled = sorted(p.name for p in (migrations / "versions").glob("*.py"))
    ours = sorted(p.name for p in (MIGRATIONS_DIR / "versions").glob("*.py"))
    assert bundled == ours


@pytest.mark.frozen
def test_the_bundle_passes_its_self_test(bundle: Path) -> None:
    done = _run(bundle, "--self-test")
    assert done.returncode == 0, f"{done.stdout}\n{done.stderr}"
    out = done.stdout
    assert f"self-test: QuizApp {__version__}, frozen bundle" in out
    assert f"shipped questions in {bundle / '_internal' / 'questions'}" in out
    assert "window icon drawn from SVG" in out
    assert f"schema at revision {HEAD_REVISION} (built by the migrations)" in out
    assert "set 'village-party-secretary' v1:" in out
    assert "trainees read without SQLAlchemy by the first look (sqlite3)" in out
    assert "rightly; stored and graded 1" in out
    assert out.rstrip().endswith("self-test: passed")


@pytest.mark.frozen
def test_the_bundle_answers_version(bundle: Path) -> None:
    done = _run(bundle, "--version")
    assert done.returncode == 0 and done.stdout.strip() == f"QuizApp {__version__}"


def test_the_desktop_file_names_the_command_and_the_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(REPO_ROOT / "resources" / "quizapp.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Name"] == "QuizApp"
    assert desktop["Exec"].split()[0] == "quizapp"
    assert (REPO_ROOT / "resources" / f"{desktop['Icon']}.svg").is_file()
