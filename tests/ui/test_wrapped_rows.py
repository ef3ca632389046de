"""The drafts list's rows hold every line of their text at any width: a row measured on the
style's indicator metric was a line short where the style sheet draws the check box wider, and
the end of a draft was elided ("... but …") on the drafting page at 1024x768."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QListWidgetItem,
    QStyleOptionViewItem,
)
from pytestqt.qtbot import QtBot

from quizapp.ui.theme import LIGHT_COLOURS, style_sheet
from quizapp.ui.widgets import WrappedRowDelegate, _laid_out, _text_rect

DRAFTS = (
    "Which is NOT one of the three points that the secretary of each village party branch "
    "should adhere to when implementing policies and accomplishing tasks?",
    "What is the fundamental purpose of the party?",
    "Needs a reason: In concrete work, the village party branch is not only a leader and a "
    "decision-maker, but also what?",
    'Needs a reason: "Dual identity" means that the secretary of the village party branch is '
    "not only the person in charge of the work of the village party, but also what?",
)


@pytest.fixture
def styled() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    app.setStyleSheet(style_sheet(LIGHT_COLOURS, app.font().pointSizeF()))
    yield
    app.setStyleSheet(before)


def _drafts_list(qtbot: QtBot) -> QListWidget:
    """Made as the drafting page makes it (generate_page.py)."""
    view = QListWidget()
    qtbot.addWidget(view)
    view.setWordWrap(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListWidget.ResizeMode.Adjust)
    view.setProperty("wrapping", True)
    view.setSpacing(3)
    view.setItemDelegate(WrappedRowDelegate(view))
    for text in DRAFTS:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        view.addItem(item)
    return view


def _lines_fit(view: QListWidget, row: int) -> bool:
    """Whether the row's text, in the lines the delegate draws it in, fits the row as the view
    placed it (the row's height was measured before, on the list's width)."""
    option = QStyleOptionViewItem()
    view.itemDelegate().initStyleOption(option, view.indexFromItem(view.item(row)))
    option.widget = view
    option.rect = view.visualItemRect(view.item(row))
    area = _text_rect(option, view)
    return _laid_out(option.text, option.font, area.width()).boundingRect().height() <= (
        area.height()
    )


def test_a_row_is_drawn_with_its_text(qtbot: QtBot) -> None:
    view = _drafts_list(qtbot)
    view.resize(320, 400)
    view.show()
    image = view.viewport().grab().toImage()
    row = view.visualItemRect(view.item(0))
    text = _text_rect(_option(view, 0), view)
    inked = {
        image.pixelColor(x, y).name()
        for x in range(text.left(), text.right())
        for y in range(row.top(), row.bottom())
    }
    assert len(inked) > 2  # the background alone is one colour, text adds its own and edges


def _option(view: QListWidget, row: int) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    view.itemDelegate().initStyleOption(option, view.indexFromItem(view.item(row)))
    option.widget = view
    option.rect = view.visualItemRect(view.item(row))
    return option


@pytest.mark.usefixtures("styled")
def test_every_row_holds_all_its_lines_at_any_width(qtbot: QtBot) -> None:
    view = _drafts_list(qtbot)
    view.show()
    short = []
    for width in range(280, 520, 2):
        view.resize(width, 600)
        QApplication.processEvents()
        short += [(width, row) for row in range(view.count()) if not _lines_fit(view, row)]
    assert short == []
