"""Small widgets the pages share: the notice banner, a readable column, a wrapping flow
layout, headings, and text that wraps even where it has no word to wrap at. How they look is
the style sheet's business (quizapp.qss): here they only say what they are."""

from __future__ import annotations

import math
from collections.abc import Callable
from enum import StrEnum
from itertools import pairwise

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QSize,
    Qt,
    QTextBoundaryFinder,
)
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QListView,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QWidget,
)


def restyle(widget: QWidget, **properties: object) -> None:
    """Set the properties the style sheet reads (`verdict="right"`) and have it read them
    again; only what changed costs anything (a hundred strip buttons restyle in a frame)."""
    changed = False
    for name, value in properties.items():
        if widget.property(name) != value:
            widget.setProperty(name, value)
            changed = True
    if changed:
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)
        widget.update()


def heading(text: str, role: str = "title") -> QLabel:
    """A heading: `title` for a page's, `heading` for a part's; its size is the sheet's and
    follows the text size setting."""
    label = QLabel()
    label.setProperty("role", role)
    label.setTextFormat(Qt.TextFormat.PlainText)
    set_heading_text(label, text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def set_heading_text(label: QLabel, text: str) -> None:
    # Breakable: one long name in "Hello, NAME" made every page wider than a 1024 px screen.
    label.setText(breakable(text))
    label.setAccessibleName(text)


def muted_label(text: str = "") -> QLabel:
    """Secondary text (a hint, a description), in the sheet's quieter colour."""
    label = wrapped_label(text)
    label.setProperty("role", "muted")
    return label


def problem_label(accessible_name: str) -> QLabel:
    """What is wrong with what was just typed, in the sheet's colour for 'wrong'; hidden
    until there is a problem to say."""
    label = wrapped_label()
    label.setProperty("role", "problem")
    label.setAccessibleName(accessible_name)
    label.hide()
    return label


def say_problem(label: QLabel, message: str) -> None:
    """Show a problem_label with `message`, which a screen reader reads with it."""
    label.setText(message)
    label.setAccessibleDescription(message)
    label.show()


def wrapped_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


# ZERO WIDTH SPACE: Qt may end a line at it, and it shows nothing.
BREAK = "\u200b"
# A label lays out a word it cannot wrap whole, however wide: one pasted URL made every card
# of the results page wider than the window. Stretches longer than this may break anywhere.
# At the largest text size this many wide letters (30 bold W: 695 pixels) still fit in a
# window 1024 pixels wide, and few real words are longer, so ordinary text wraps as before.
LONGEST_WORD = 30


def _boundaries(kind: QTextBoundaryFinder.BoundaryType, text: str) -> list[int]:
    """The boundaries of `kind` after the start of `text`, as indices into `text`.

    Qt counts in UTF-16 units, in which a character beyond U+FFFF (an emoji) takes two.
    """
    index = [i for i, char in enumerate(text) for _ in range(1 + (ord(char) > 0xFFFF))]
    index.append(len(text))
    finder = QTextBoundaryFinder(kind, text)
    found = []
    while (position := finder.toNextBoundary()) != -1:
        found.append(index[position])
    return found


def break_points(text: str) -> list[int]:
    """Where `text` needs a BREAK: between every two characters (whole graphemes, so accents
    and emoji stay in one piece) of each stretch Qt could not wrap that is longer than
    LONGEST_WORD. Qt's own line breaking decides what a stretch is, so text in a language
    written without spaces, which Qt wraps between its characters, is left alone."""
    if len(text) <= LONGEST_WORD:
        return []
    points: list[int] = []
    start = 0
    for end in _boundaries(QTextBoundaryFinder.BoundaryType.Line, text):
        word = text[start:end].rstrip()  # a stretch ends with the spaces after it
        if len(word) > LONGEST_WORD:
            graphemes = _boundaries(QTextBoundaryFinder.BoundaryType.Grapheme, word)
            points.extend(start + point for point in graphemes[:-1])
        start = end
    return points


def breakable(text: str, start: int = 0, end: int | None = None) -> str:
    """`text[start:end]` with the BREAKs the whole text needs, for a label to wrap it.

    The slice lets a highlighted part of a quote break just as it would in the whole quote.
    For display only: the BREAKs go into a label's text (and, invisible, into text copied
    from it), never into accessible names or anything compared or stored.
    """
    end = len(text) if end is None else end
    cuts = [start, *(point for point in break_points(text) if start <= point < end), end]
    return BREAK.join(text[a:b] for a, b in pairwise(cuts))


def confirm(parent: QWidget, title: str, text: str, act: str, keep: str) -> bool:
    """Ask before something that cannot be taken back; True when the trainee chose `act`.
    `keep` is the default: Enter, Escape or a slip of the mouse keeps things as they are.
    The text is plain (a set's title is text, not markup)."""
    from PySide6.QtWidgets import QMessageBox  # here: the first frame has no question to ask

    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAccessibleName(title)
    acted = box.addButton(act, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(box.addButton(keep, QMessageBox.ButtonRole.RejectRole))
    box.exec()
    return box.clickedButton() is acted


def press_focused_button(root: QWidget) -> bool:
    """Enter on a focused push or tool button presses it, as Space does. Qt leaves that to
    dialogs; in a window the key goes unheard (or to a window-wide Enter shortcut). Not a
    radio button or check box: on a choice, Enter goes on. True if pressed."""
    focused = QApplication.focusWidget()
    if (
        isinstance(focused, QPushButton | QToolButton)
        and focused.isEnabled()
        and root.isAncestorOf(focused)
    ):
        focused.click()
        return True
    return False


# What a line of reading text holds at most: long lines are hard to follow back to their
# start, so on a wide screen the text keeps this measure and the page gets margins.
READABLE_CHARACTERS = 70
_SAMPLE = "the quick brown fox jumps over the lazy dog and keeps on reading"


class Column(QWidget):
    """Its content centred, at most `characters` wide in the font of the text it holds
    (`scale` times the app's: the question's is larger), the width following the text size."""

    def __init__(
        self,
        content: QLayout,
        *,
        characters: int = READABLE_CHARACTERS,
        scale: float = 1.0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._characters = characters
        self._scale = scale
        self._content = content
        self.inner = QWidget()
        self.inner.setLayout(content)
        self.inner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(self.inner, 100)
        layout.addStretch(1)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit()
        super().changeEvent(event)

    def _fit(self) -> None:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * self._scale)
        per_character = QFontMetricsF(font).horizontalAdvance(_SAMPLE) / len(_SAMPLE)
        margins = self._content.contentsMargins()
        room = margins.left() + margins.right()
        self.inner.setMaximumWidth(round(per_character * self._characters) + room)


class NoticeKind(StrEnum):
    INFO = "info"
    ERROR = "error"


class Notice(QFrame):
    """A banner across the top of the window: what the trainee must know now, not in a popup.

    A popup can be dismissed unread; the banner stays until the situation changes (a saving
    error clears itself once saving works again) or the trainee closes it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._kind = NoticeKind.INFO
        self._label = wrapped_label()
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QPushButton()
        self.action_button.hide()
        self._close = QToolButton()
        self._close.setObjectName("close")
        self._close.setText("✕")
        self._close.setAccessibleName("Close this message")
        self._close.setToolTip("Close this message")
        self._close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self._label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self._close, 0, Qt.AlignmentFlag.AlignTop)
        self._on_action: Callable[[], None] | None = None
        self.action_button.clicked.connect(self._run_action)
        self.hide()

    @property
    def kind(self) -> NoticeKind:
        return self._kind

    def text(self) -> str:
        return "" if self.isHidden() else self._label.text()

    def show_message(
        self,
        text: str,
        kind: NoticeKind = NoticeKind.INFO,
        *,
        action: tuple[str, Callable[[], None]] | None = None,
    ) -> None:
        self._kind = kind
        self._label.setText(text)
        self.setAccessibleName("Error" if kind is NoticeKind.ERROR else "Notice")
        self.setAccessibleDescription(text)
        self._on_action = action[1] if action else None
        if action:
            self.action_button.setText(action[0])
            self.action_button.setAccessibleName(action[0])
        self.action_button.setVisible(action is not None)
        restyle(self, kind=kind.value)
        self.show()

    def clear(self, kind: NoticeKind | None = None) -> None:
        """Hide the banner (only if it shows a message of `kind`, when given)."""
        if kind is None or kind is self._kind:
            self.hide()

    def _run_action(self) -> None:
        if self._on_action is not None:
            self.hide()
            self._on_action()


class FlowLayout(QLayout):
    """Lays out widgets of one size left to right and wraps them, like words: the question
    strip fits 20 buttons on one line at 1024 pixels and 100 on a few lines, never a hidden
    scroll. One size for all (the first item's) is what keeps the strip still when a sign
    is added to a button, and makes the height for a width a sum instead of a walk over a
    hundred buttons, which one layout pass of the quiz page asked several times."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def clear(self) -> None:
        """Remove every item and delete its widget, in time linear in their number.

        Qt finds a widget's item by asking itemAt for each in turn, both in removeWidget and
        when a child widget leaves its parent, so emptying a strip of 10,000 buttons one by
        one made 10^8 calls into Python and froze the app for a minute. Here the items go at
        once, and the widgets move into a hidden holder (each move finds this layout empty)
        that is deleted later with them: they vanish now and never paint over what comes next.
        """
        import shiboken6  # here: the rest of this module never needs it

        items, self._items = self._items, []
        holder = QWidget(self.parentWidget())
        holder.hide()
        for item in items:
            widget = item.widget()
            shiboken6.delete(item)  # ours since takeAt, as Qt deletes what removeWidget took
            if widget is not None:
                widget.setParent(holder)
        holder.deleteLater()
        self.invalidate()

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def _cell(self) -> QSize:
        return self._items[0].sizeHint() if self._items else QSize(0, 0)

    def _columns(self, width: int) -> int:
        margins = self.contentsMargins()
        room = width - margins.left() - margins.right() + self.spacing()
        return max(1, room // (self._cell().width() + self.spacing()))

    def heightForWidth(self, width: int) -> int:
        margins = self.contentsMargins()
        rows = -(-len(self._items) // self._columns(width))  # rounded up
        cell = self._cell().height()
        return rows * cell + max(0, rows - 1) * self.spacing() + margins.top() + margins.bottom()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        margins = self.contentsMargins()
        cell, columns = self._cell(), self._columns(rect.width())
        step_x, step_y = cell.width() + self.spacing(), cell.height() + self.spacing()
        left, top = rect.x() + margins.left(), rect.y() + margins.top()
        for index, item in enumerate(self._items):
            row, column = divmod(index, columns)
            item.setGeometry(QRect(QPoint(left + column * step_x, top + row * step_y), cell))

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        margins = self.contentsMargins()
        extra = QSize(margins.left() + margins.right(), margins.top() + margins.bottom())
        return self._cell() + extra


class _ScrollContent(QWidget):
    """Content whose height comes from its width alone.

    Qt sizes wrapped labels for their narrowest width when it computes a minimum size, so a
    page of wrapped text claims to need far more height than it uses and the scroll area
    scrolls through empty space. The scroll area asks for the height at its real width.
    """

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), 0)


class _FittingScrollArea(QScrollArea):
    """As tall as its content (Qt caps a scroll area's wish at 24 lines), scrolling only
    when the window has less room than that: what follows it stays right below the content."""

    def sizeHint(self) -> QSize:
        content = self.widget()
        hint = super().sizeHint()
        if content is None:
            return hint
        width = self.viewport().width()
        height = content.heightForWidth(width) if content.hasHeightForWidth() else -1
        return QSize(hint.width(), max(height, content.sizeHint().height()))


def scroll_area(layout: QLayout, *, fit_content: bool = False) -> QScrollArea:
    """A frameless, vertically scrolling area around `layout`; `fit_content` makes it ask
    for its content's whole height (call updateGeometry() when the content changes)."""
    content = _ScrollContent()
    content.setLayout(layout)
    area = _FittingScrollArea() if fit_content else QScrollArea()
    if fit_content:
        area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area


class WrappedRowDelegate(QStyledItemDelegate):
    """Rows of a list whose text wraps, measured and drawn by one layout of their text.

    Qt measures a wrapping row in one rectangle and draws its text in another: with the style
    sheet's check box, a draft that just fitted two lines when measured took three when drawn,
    and its end was elided ("... but …") on the drafting page at 1024x768. Here the row, its
    check box and focus are drawn by the style, and the text by the same layout that sized
    the row.
    """

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        view = option.widget
        if not isinstance(view, QListView):
            return hint
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.rect = QRect(0, 0, view.viewport().width() - 2 * view.spacing(), 1 << 16)
        text = _text_rect(item, view)
        around = item.rect.height() - text.height()
        height = math.ceil(_laid_out(item.text, item.font, text.width()).boundingRect().height())
        return QSize(hint.width(), max(hint.height(), height + around))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        view = option.widget
        if not isinstance(view, QListView):
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text, item.text = item.text, ""
        view.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, view)
        area = _text_rect(item, view)
        layout = _laid_out(text, item.font, area.width())
        used = layout.boundingRect().height()
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setPen(
            item.palette.highlightedText().color() if selected else item.palette.text().color()
        )
        layout.draw(
            painter, QPointF(area.left(), area.top() + max(0.0, (area.height() - used) / 2))
        )
        painter.restore()


def _text_rect(item: QStyleOptionViewItem, view: QListView) -> QRect:
    """Where the style puts a row's text, within the margins it draws text inside."""
    style = view.style()
    text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, view)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, item, view) + 1
    return text.adjusted(margin, 0, -margin, 0)


def _laid_out(text: str, font: QFont, width: int) -> QTextLayout:
    """The text in lines of `width`, broken between words (or inside one too long for a line)."""
    layout = QTextLayout(text, font)
    wrapping = QTextOption()
    wrapping.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(wrapping)
    layout.beginLayout()
    top = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1, width))
        line.setPosition(QPointF(0, top))
        top += line.height()
    layout.endLayout()
    return layout
