"""The sets to choose from, each a card-like row: its title, a line on what it is (how many
questions of which kind, the document they quote) and how the trainee has done on it.

A table of four narrow columns said the same in numbers and dashes; a row that reads as a
sentence tells a trainee which set is which. The row's background (hover, selected) is the
sheet's `QListView::item`; the three lines are drawn here, elided to the row's width, the
whole of them in the tooltip and for screen readers.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from quizapp.ui.theme import current_colours
from quizapp.ui.trainee.models import DESCRIPTION_ROLE, RECORD_ROLE, SetListModel

_Index = QModelIndex | QPersistentModelIndex
PADDING = 10


class _SetDelegate(QStyledItemDelegate):
    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setWeight(QFont.Weight.DemiBold)
        title.setPointSizeF(title.pointSizeF() * 1.1)
        return title, QFont(option.font)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        title, body = self._fonts(option)
        height = QFontMetrics(title).height() + 2 * QFontMetrics(body).height()
        # No width of its own: the row is as wide as the list, its lines elided to fit.
        return QSize(0, height + 2 * PADDING + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        panel = QStyleOptionViewItem(option)
        self.initStyleOption(panel, index)
        panel.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, panel, painter, widget
            )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        strong = (
            option.palette.highlightedText().color() if selected else option.palette.text().color()
        )
        quiet = strong if selected else QColor(current_colours().muted)
        title_font, body_font = self._fonts(option)
        area = option.rect.adjusted(PADDING + 4, PADDING, -PADDING - 4, -PADDING)
        top = area.top()
        painter.save()
        for font, colour, text in (
            (title_font, strong, index.data(Qt.ItemDataRole.DisplayRole)),
            (body_font, quiet, index.data(DESCRIPTION_ROLE)),
            (body_font, quiet, index.data(RECORD_ROLE)),
        ):
            metrics = QFontMetrics(font)
            painter.setFont(font)
            painter.setPen(colour)
            line = QRect(area.left(), top, area.width(), metrics.height())
            shown = metrics.elidedText(str(text or ""), Qt.TextElideMode.ElideRight, line.width())
            painter.drawText(
                line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown
            )
            top += metrics.height() + 3
        painter.restore()


class SetList(QListView):
    """The sets; Enter (or a double click) on one starts the quiz, as Start does."""

    def __init__(self, model: SetListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(_SetDelegate(self))
        self.setAccessibleName("Question sets")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSpacing(2)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)  # the hover background follows the mouse

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Taken here: passed on, Enter also pressed whatever button had the focus next.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            event.accept()
            self.activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)

    def select_row(self, row: int) -> None:
        self.setCurrentIndex(self.model().index(row, 0))
