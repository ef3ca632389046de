"""The save queue: a write that can never succeed must not hold back the ones behind it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from quizapp.services.errors import NotFound
from quizapp.ui.quiz.saver import Saver


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
