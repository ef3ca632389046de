"""The save queue: a write that can never succeed must not hold back the ones behind it, and
writes run off the UI thread in the order they were made."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from quizapp.domain.session import ItemLocked
from quizapp.services.errors import NotFound, StorageFailure
from quizapp.storage.database import Database
from quizapp.ui.backend import Backend
from quizapp.ui.trainee.quiz.saver import Saver, SaveState
from tests.fakes import FakeClock


@pytest.fixture
def saver(
    qtbot: QtBot, make_backend: Callable[..., Backend], db: Database, clock: FakeClock
) -> Saver:
    backend = make_backend(db, clock)
    with qtbot.waitSignal(backend.runner.idle):
        backend.start_up(lambda _: None, pytest.fail)
    return Saver(backend)


def test_an_unexpected_failure_is_reported_once_and_later_writes_still_run(
    qtbot: QtBot, saver: Saver
) -> None:
    written: list[str] = []

    def broken(_: object) -> None:
        raise NotFound("That attempt no longer exists.")

    with qtbot.captureExceptions() as raised:
        saver.save("flag", broken)
        saver.save("answer", lambda _: written.append("answer"))
        qtbot.waitUntil(lambda: saver.state is SaveState.SAVED)
    assert [kind for kind, *_ in raised] == [NotFound]
    assert written == ["answer"] and saver.pending == 0


def test_writes_run_in_order_and_saved_comes_once_all_are_in(qtbot: QtBot, saver: Saver) -> None:
    written: list[int] = []
    heard: list[str] = []
    saver.saving.connect(lambda: heard.append("saving"))
    saver.saved.connect(lambda: heard.append(f"saved after {len(written)}"))
    for n in range(5):
        saver.save(("answer", n), lambda _, n=n: written.append(n))
    assert saver.state is SaveState.SAVING
    with qtbot.waitSignal(saver.saved):
        pass
    assert written == [0, 1, 2, 3, 4]
    assert heard == ["saving"] * 5 + ["saved after 5"]


def test_a_refused_write_is_reported_even_when_a_later_one_fails(
    qtbot: QtBot, saver: Saver
) -> None:
    """Otherwise the page's copy would stay behind the database unnoticed."""
    heard: list[str] = []
    saver.refused.connect(heard.append)

    def checked_elsewhere(_: object) -> None:
        raise ItemLocked("question 1 was already checked")

    def locked_database(_: object) -> None:
        raise StorageFailure("database is locked")

    with qtbot.waitSignal(saver.failed):
        saver.save("answer 1", checked_elsewhere)
        saver.save("answer 2", locked_database)
    qtbot.waitUntil(lambda: heard == ["question 1 was already checked"])
    assert saver.pending == 1 and saver.state is SaveState.REFUSED
    saver.discard()
