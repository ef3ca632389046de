"""The save queue: a write that can never succeed must not hold back the ones behind it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from quizapp.domain.session import ItemLocked
from quizapp.services.errors import NotFound, StorageFailure
from quizapp.ui.trainee.quiz.saver import Saver


def test_an_unexpected_failure_is_reported_once_and_later_writes_still_run(
    qapp: QApplication,
) -> None:
    saver = Saver()
    written: list[str] = []

    def broken() -> None:
        raise NotFound("That attempt no longer exists.")

    with pytest.raises(NotFound):
        saver.save("flag", broken)
    saver.save("answer", lambda: written.append("answer"))
    assert written == ["answer"]
    assert saver.flush() is True


def test_a_refused_write_is_reported_even_when_a_later_one_fails(qapp: QApplication) -> None:
    """Otherwise the page's copy would stay behind the database unnoticed."""
    saver = Saver()
    heard: list[str] = []
    saver.refused.connect(heard.append)

    def checked_elsewhere() -> None:
        raise ItemLocked("question 1 was already checked")

    def locked_database() -> None:
        raise StorageFailure("database is locked")

    saver._queue_write("answer 1", checked_elsewhere)
    saver._queue_write("answer 2", locked_database)
    assert saver.flush() is False
    assert heard == ["question 1 was already checked"]
    assert saver.pending == 1 and saver.retry_timer.isActive()
    saver.discard()
