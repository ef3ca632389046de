"""One button per question, showing which are answered, unanswered, flagged and current,
and in practice how each checked answer went.

State is shown by shape and sign as well as colour (filled = answered, a thick frame =
current, an orange foot and ⚑ = flagged, ✔ ◑ ✘ = checked right, partly right, wrong), so it
reads in both themes and without colour vision. The signs are drawn small in the button's
corners, never added to its text: every button of a strip is as wide as the widest number,
so flagging one never moves the rest. The colours are quizapp.qss's (`QToolButton#strip`).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QToolButton, QWidget

from quizapp.domain.review import Verdict
from quizapp.domain.session import AttemptItem
from quizapp.ui.widgets import FlowLayout, restyle

_SIGNS = {Verdict.RIGHT: "✔", Verdict.PARTLY: "◑", Verdict.WRONG: "✘"}
_WORDS = {Verdict.RIGHT: "right", Verdict.PARTLY: "partly right", Verdict.WRONG: "wrong"}


def _checked(item: AttemptItem) -> Verdict | None:
    """How a checked practice answer went; None when it is not checked."""
    if not item.checked or item.score is None:
        return None
    if item.score > 0 and item.score >= item.question.max_fraction - 1e-9:
        return Verdict.RIGHT
    return Verdict.PARTLY if item.score > 0 else Verdict.WRONG


class StripButton(QToolButton):
    """A question's number; its signs (`marks`) in the top corners, in a smaller type."""

    def __init__(self, number: int, digits: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("strip")
        self.setText(str(number))
        self._digits = digits  # of the strip's largest number: every button the same width
        self.result = ""  # the sign of a checked practice answer
        self.flag = ""

    @property
    def marks(self) -> str:
        return " ".join(sign for sign in (self.result, self.flag) if sign)

    def sizeHint(self) -> QSize:
        # Measured in bold, as the current question's number is drawn: every button as wide
        # whichever is current.
        font = QFont(self.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        return QSize(
            max(38, metrics.horizontalAdvance("8" * self._digits) + metrics.height() + 4),
            metrics.height() + 14,
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.marks:
            return
        painter = QPainter(self)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.75)
        painter.setFont(font)
        painter.setPen(self.palette().color(self.foregroundRole()))
        corners = self.rect().adjusted(4, 2, -4, -2)
        top = Qt.AlignmentFlag.AlignTop
        painter.drawText(corners, top | Qt.AlignmentFlag.AlignLeft, self.result)
        painter.drawText(corners, top | Qt.AlignmentFlag.AlignRight, self.flag)


class NavStrip(QWidget):
    chosen = Signal(int)  # a position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Questions")
        self._layout = FlowLayout(self)
        self._buttons: list[StripButton] = []
        self._positions: dict[QToolButton, int] = {}
        # What each button shows (answered, flagged, current, how a checked answer went);
        # None before it is first styled.
        self._states: list[tuple[bool, bool, bool, Verdict | None] | None] = []

    def set_count(self, count: int) -> None:
        # All at once: one removeWidget per button scans the whole layout, 10^8 calls for a
        # quiz of 10,000 questions.
        self._layout.clear()
        self._buttons = []
        self._positions = {}
        self._states = []
        digits = len(str(count))
        for position in range(count):
            button = StripButton(position + 1, digits, self)
            # A method, not a lambda per button: PySide takes time quadratic in the number
            # of lambda connections to delete their buttons (a second for 10,000).
            button.clicked.connect(self._clicked)
            self._layout.addWidget(button)
            self._buttons.append(button)
            self._positions[button] = position
            self._states.append(None)

    def _clicked(self) -> None:
        button = self.sender()
        if isinstance(button, QToolButton) and button in self._positions:
            self.chosen.emit(self._positions[button])

    def button(self, position: int) -> StripButton:
        return self._buttons[position]

    def update_items(self, items: list[AttemptItem], current: int) -> None:
        """Restyle the buttons whose state changed: a move changes two of a hundred, and a
        restyle costs tens of microseconds each, more than a frame for all of them."""
        for item in items:
            state = (item.answered, item.flagged, item.position == current, _checked(item))
            if state != self._states[item.position]:
                self._states[item.position] = state
                self._style(item.position)

    def _style(self, position: int) -> None:
        state = self._states[position]
        assert state is not None
        answered, flagged, current, checked = state
        button = self._buttons[position]
        button.result = _SIGNS[checked] if checked else ""
        button.flag = "⚑" if flagged else ""
        words = [
            f"checked: {_WORDS[checked]}" if checked else "answered" if answered else "not answered"
        ]
        if flagged:
            words.append("flagged")
        if current:
            words.append("current")
        description = f"Question {position + 1}: {', '.join(words)}"
        button.setAccessibleName(description)
        button.setToolTip(description)
        restyle(
            button,
            answered=answered,
            flagged=flagged,
            current=current,
            result=checked.value if checked else "",
        )
