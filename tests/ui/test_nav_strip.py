"""The question strip: replacing a quiz of 10,000 buttons with the next quiz's takes time
linear in their number (it took a minute when Qt looked each old button up in the layout),
and the new strip works while the old buttons are gone from sight at once."""

from __future__ import annotations

from itertools import combinations

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtWidgets import QLayoutItem, QToolButton
from pytestqt.qtbot import QtBot

from quizapp.domain.questions import Choice, Question
from quizapp.domain.session import AttemptItem
from quizapp.ui.trainee.quiz.nav_strip import NavStrip
from quizapp.ui.widgets import FlowLayout

FIRST = 10_000  # the start page lets a trainee draw a whole set this big
SECOND = 20
QUESTION = Question("q", "single", "?", choices=(Choice("a", 1.0), Choice("b")))


@pytest.fixture
def item_at_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times Qt (or anyone) has asked a FlowLayout for an item, in a one-slot list."""
    calls = [0]
    original = FlowLayout.itemAt

    def counted(self: FlowLayout, index: int) -> QLayoutItem | None:
        calls[0] += 1
        return original(self, index)

    monkeypatch.setattr(FlowLayout, "itemAt", counted)
    return calls


def test_replacing_many_buttons_is_linear_and_leaves_a_working_strip(
    qtbot: QtBot, item_at_calls: list[int]
) -> None:
    strip = NavStrip()
    qtbot.addWidget(strip)
    strip.resize(1000, 400)
    strip.set_count(FIRST)  # hidden, as the quiz page loads an attempt before it shows
    strip.show()
    qtbot.waitExposed(strip)
    old = [strip.button(position) for position in range(FIRST)]
    assert all(button.isVisible() for button in old[:SECOND])

    item_at_calls[0] = 0
    strip.set_count(SECOND)
    # Once per old button is fine; one look-up through the layout per button was ~10^8.
    assert item_at_calls[0] <= 3 * (FIRST + SECOND)
    # Hidden now, not when the deferred deletion comes: they must not paint over the strip.
    assert not any(button.isVisible() for button in old)
    assert strip.findChildren(QToolButton, options=Qt.FindChildOption.FindDirectChildrenOnly) == [
        strip.button(position) for position in range(SECOND)
    ]

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not any(shiboken6.isValid(button) for button in old)
    assert item_at_calls[0] <= 3 * (FIRST + SECOND)  # deleting them looks nothing up either
    buttons = strip.findChildren(QToolButton)
    assert buttons == [strip.button(position) for position in range(SECOND)]
    assert [button.text() for button in buttons] == [str(n) for n in range(1, SECOND + 1)]

    qtbot.waitUntil(lambda: all(button.isVisible() for button in buttons))
    rects = [button.geometry() for button in buttons]
    assert rects[0].topLeft() == QPoint(0, 0)
    assert all(rect.width() >= 38 and rect.height() > 0 for rect in rects)
    assert all(strip.rect().contains(rect) for rect in rects)
    assert not any(a.intersects(b) for a, b in combinations(rects, 2))
    assert [(r.y(), r.x()) for r in rects] == sorted((r.y(), r.x()) for r in rects)

    with qtbot.waitSignal(strip.chosen) as chosen:
        qtbot.mouseClick(buttons[4], Qt.MouseButton.LeftButton)
    assert chosen.args == [4]

    items = [AttemptItem(position, QUESTION) for position in range(SECOND)]
    items[4] = AttemptItem(4, QUESTION, response=0, flagged=True)
    strip.update_items(items, current=4)
    assert buttons[4].text() == "5" and buttons[4].marks == "⚑"
    assert buttons[4].accessibleName() == "Question 5: answered, flagged, current"
    assert buttons[3].accessibleName() == "Question 4: not answered"


def test_the_layout_empties_at_once_and_its_widgets_go_with_it(qtbot: QtBot) -> None:
    strip = NavStrip()
    qtbot.addWidget(strip)
    strip.set_count(3)
    old = [strip.button(position) for position in range(3)]
    layout = strip.layout()
    assert isinstance(layout, FlowLayout) and layout.count() == 3

    layout.clear()
    assert layout.count() == 0 and layout.itemAt(0) is None
    strip.show()  # before the deferred deletion: the old buttons must not show with it
    qtbot.waitExposed(strip)
    assert not any(button.isVisible() for button in old)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not any(shiboken6.isValid(button) for button in old)
    assert strip.findChildren(QToolButton) == []
