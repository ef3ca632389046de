"""Sorting a table from the keyboard: "Sort by" (a box of the table's headings) and
"Descending" beside it, always saying what the header's sort indicator says.

A mouse sorts a table by clicking a heading; a keyboard cannot, because Qt's header takes no
focus. Alt+Y reaches the box, the arrow keys choose the column, Tab and Space turn the order
round: each moves the header's indicator, and the table sorts as for a click (QTableView asks
its model to sort). A heading clicked moves the bar in turn, so the two never disagree.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QTableView,
    QWidget,
)

DESCENDING = Qt.SortOrder.DescendingOrder
ASCENDING = Qt.SortOrder.AscendingOrder


class SortingHeader(QHeaderView):
    """A sortable table's headings, with room for the sort arrow in the sorted column only.

    Qt keeps that room (a square the height of the text, and margins: about 20 px) in every
    column of a header that shows the arrow, so that no column moves when the sort does; at
    1024 px wide that took the item statistics' question column down to nothing. A column
    sized to its contents widens when it becomes the sorted one (Qt sizes them again then).
    """

    def __init__(self) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.setSectionsClickable(True)  # as QTableView makes its own header

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        size = super().sectionSizeFromContents(logicalIndex)
        if self.isSortIndicatorShown() and logicalIndex != self.sortIndicatorSection():
            # Less what QCommonStyle adds for the arrow (tests/ui/test_keyboard_sorting.py).
            margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
            size.setWidth(size.width() - self.fontMetrics().height() - 3 * margin)
        return size


class SortBar(QWidget):
    """The keyboard's way to sort `view`, which sorts (ui/scores/calls.table's `sorted_by`)."""

    def __init__(self, view: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._header = view.horizontalHeader()
        model = view.model()
        self.column_box = QComboBox()
        self.column_box.setAccessibleName(f"Sort {view.accessibleName()} by")
        for column in range(model.columnCount()):
            self.column_box.addItem(str(model.headerData(column, Qt.Orientation.Horizontal)))
        self.descending_box = QCheckBox("Descending")
        self.descending_box.setToolTip("Z to A, newest first, highest first")
        label = QLabel("Sort b&y:")
        label.setBuddy(self.column_box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.column_box)
        layout.addWidget(self.descending_box)
        self._show(self._header.sortIndicatorSection(), self._header.sortIndicatorOrder())
        self._header.sortIndicatorChanged.connect(self._show)
        self.column_box.currentIndexChanged.connect(lambda _: self._sort())
        self.descending_box.toggled.connect(lambda _: self._sort())

    def _sort(self) -> None:
        order = DESCENDING if self.descending_box.isChecked() else ASCENDING
        self._header.setSortIndicator(self.column_box.currentIndex(), order)

    def _show(self, column: int, order: Qt.SortOrder) -> None:
        """The header's indicator, shown without sorting again."""
        for box in (self.column_box, self.descending_box):
            box.blockSignals(True)
        self.column_box.setCurrentIndex(column)
        self.descending_box.setChecked(order == DESCENDING)
        for box in (self.column_box, self.descending_box):
            box.blockSignals(False)
