"""One button per question, showing which are answered, unanswered, flagged and current,
and in practice how each checked answer went.

State is shown by shape and glyph as well as colour (filled = answered, ⚑ = flagged, thick
frame = current, ✔ ◑ ✘ = checked right, partly right, wrong), so it reads in both themes and
without colour vision.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QToolButton, QWidget

from quizapp.domain.session import AttemptItem
from quizapp.ui.theme import current_colours
from quizapp.ui.widgets import FlowLayout

_GLYPHS = {"checked: right": "✔", "checked: partly right": "◑", "checked: wrong": "✘"}


def _checked(item: AttemptItem) -> str:
    """How a checked practice answer went, in words; empty when it is not checked."""
    if not item.checked or item.score is None:
        return ""
    if item.score > 0 and item.score >= item.question.max_fraction - 1e-9:
        return "checked: right"
    return "checked: partly right" if item.score > 0 else "checked: wrong"


class NavStrip(QWidget):
    chosen = Signal(int)  # a position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Questions")
        self._layout = FlowLayout(self)
        self._buttons: list[QToolButton] = []
        self._positions: dict[QToolButton, int] = {}
        # What each button shows (answered, flagged, current, how a checked answer went);
        # None before it is first styled.
        self._states: list[tuple[bool, bool, bool, str] | None] = []

    def set_count(self, count: int) -> None:
        # All at once: one removeWidget per button scans the whole layout, 10^8 calls for a
        # quiz of 10,000 questions.
        self._layout.clear()
        self._buttons = []
        self._positions = {}
        self._states = []
        for position in range(count):
            button = QToolButton(self)
            button.setText(str(position + 1))
            button.setMinimumWidth(38)
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

    def button(self, position: int) -> QToolButton:
        return self._buttons[position]

    def update_items(self, items: list[AttemptItem], current: int) -> None:
        """Restyle the buttons whose state changed: a move changes two of a hundred, and a
        style sheet costs tens of microseconds each, more than a frame for all of them."""
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
        number = position + 1
        glyphs = " ".join(g for g in (_GLYPHS.get(checked, ""), "⚑" if flagged else "") if g)
        button.setText(f"{number} {glyphs}" if glyphs else str(number))
        words = [checked or ("answered" if answered else "not answered")]
        if flagged:
            words.append("flagged")
        if current:
            words.append("current")
        description = f"Question {number}: {', '.join(words)}"
        button.setAccessibleName(description)
        button.setToolTip(description)
        palette = QGuiApplication.palette()
        meaning = current_colours()
        if answered:
            background = palette.highlight().color().name()
            text = palette.highlightedText().color().name()
        else:
            background = palette.base().color().name()
            text = palette.text().color().name()
        border = palette.text().color().name() if current else palette.mid().color().name()
        width = 3 if current else 1
        flag = f"color: {meaning.flag};" if flagged and not answered else ""
        underline = f"border-bottom: 4px solid {meaning.flag};" if flagged else ""
        button.setStyleSheet(
            f"QToolButton {{ background: {background}; color: {text}; {flag}"
            f" border: {width}px solid {border}; {underline} border-radius: 4px;"
            f" padding: 3px 6px; font-weight: {'bold' if current else 'normal'}; }}"
        )

    def event(self, event: QEvent) -> bool:
        # The app's palette, not this widget's: our own style sheets change the latter.
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            for position, state in enumerate(self._states):
                if state is not None:
                    self._style(position)
        return super().event(event)
