"""A choice as the trainee answers it: one large row that is the button, its digit shown.

A radio button beside a label made a target the size of a letter; here the whole row takes
the click, the hover and the keyboard focus, and shows what it is (the key that picks it,
round for "choose one", square for "choose all that apply", filled once chosen) and, once a
practice answer is checked, how it went: the right choices and the trainee's wrong ones are
marked on the rows themselves, in words as well as colour. The look is quizapp.qss's
(`QAbstractButton#choice`); the row paints its frame through the style so the sheet applies.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOption,
    QWidget,
)

from quizapp.domain.review import ChoiceMark
from quizapp.ui.widgets import breakable, restyle, wrapped_label


class ChoiceButton(QAbstractButton):
    """One row; the question view keeps its rows and gives each question's choices to them
    (set_choice), since making a row, three labels and all, is most of a move's time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("choice")
        self.setCheckable(True)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)  # the sheet's :hover needs it
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.key_label = QLabel()
        self.key_label.setObjectName("key")
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label = wrapped_label()
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.mark_label = QLabel()
        self.mark_label.setObjectName("choiceVerdict")
        self.mark_label.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(12)
        layout.addWidget(self.key_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.mark_label, 0, Qt.AlignmentFlag.AlignVCenter)
        for label in (self.key_label, self.text_label, self.mark_label):
            # The row takes every click, wherever on it.
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.toggled.connect(lambda chosen: restyle(self.key_label, chosen=chosen))

    def set_choice(self, number: int, text: str, *, several: bool) -> None:
        """Choice `number` (its digit) of a question; `several` for "choose all that apply"
        (a square key, not a round one). Unmarked, until show_mark."""
        self.setAccessibleName(f"Choice {number}: {text}")
        self.setAccessibleDescription("")
        self.key_label.setText(str(number))
        restyle(self.key_label, shape="square" if several else "round")
        self.text_label.setText(breakable(text))  # a long URL must not widen the page
        self.text_label.setAccessibleName(text)  # without the invisible break points
        self.show_mark(ChoiceMark(None, ""))

    def show_mark(self, mark: ChoiceMark) -> None:
        """A checked practice answer: mark this row as the domain judged it."""
        verdict = mark.verdict.value if mark.verdict is not None else ""
        restyle(self, verdict=verdict)
        restyle(self.mark_label, verdict=verdict)
        glyph = {"right": "✔ ", "wrong": "✘ "}.get(verdict, "")
        self.mark_label.setText(f"{glyph}{mark.words}")
        self.mark_label.setVisible(bool(mark.words))
        if mark.words:
            self.setAccessibleDescription(mark.words)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The frame and background as the sheet gives them for this row's state."""
        option = QStyleOption()
        option.initFrom(self)
        if self.isChecked():
            option.state |= QStyle.StateFlag.State_On
        painter = QPainter(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)
