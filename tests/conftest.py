"""Test-wide set-up: headless Qt, and where the shared corpus of other projects' files lives."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Without a display Qt aborts the process; offscreen renders everything without one.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO_ROOT = Path(__file__).resolve().parent.parent


def corpus_root() -> Path | None:
    """$QUIZAPP_CORPUS, else ../shared/corpus beside the checkout; None when neither exists."""
    configured = os.environ.get("QUIZAPP_CORPUS")
    candidate = Path(configured) if configured else REPO_ROOT.parent / "shared" / "corpus"
    return candidate if candidate.is_dir() else None


@pytest.fixture(autouse=True)
def _usual_garbage_collection() -> Iterator[None]:
    """Starting the desktop app spaces the collector out (quizapp.collector): a test that
    goes that way must not leave the rest of the run so."""
    thresholds = gc.get_threshold()
    yield
    gc.set_threshold(*thresholds)


@pytest.fixture
def corpus_dir() -> Path:
    root = corpus_root()
    if root is None:
        pytest.skip("the shared corpus is absent: set QUIZAPP_CORPUS or put it at ../shared/corpus")
    return root


@pytest.fixture
def database(tmp_path: Path):
    """A fresh SQLite file at the current schema, as the app makes on first start."""
    from quizapp.storage.database import Database
    from quizapp.storage.schema import prepare

    db = Database(f"sqlite:///{tmp_path / 'quizapp.sqlite3'}")
    prepare(db)
    yield db
    db.dispose()


@pytest.fixture(params=("sqlite", "postgresql"))
def shared_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database at the current schema that separate processes can open: a SQLite file, and
    a schema of its own on $QUIZAPP_TEST_POSTGRES_URL's server (skipped without it)."""
    from tests.databases import shared_database

    with shared_database(request.param, tmp_path) as url:
        yield url
