"""The time left, always visible, derived from the stored deadline and the injected clock.

Nothing counts down by itself: every refresh asks the clock how far the deadline is, so a
resumed attempt shows the true time left and a test moves a fake clock instead of sleeping.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

from quizapp.ui.theme import current_colours

WARNING_SECONDS = 60


def format_remaining(remaining: timedelta) -> str:
    seconds = int(remaining.total_seconds() + 0.999)  # 0.4 s left still shows 0:01
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{seconds:02}" if hours else f"{minutes}:{seconds:02}"


class Countdown(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setObjectName("countdown")
        self._remaining: timedelta | None = None
        self.show_remaining(None)

    @property
    def warning(self) -> bool:
        return self._remaining is not None and self._remaining.total_seconds() <= WARNING_SECONDS

    def show_remaining(self, remaining: timedelta | None) -> None:
        self._remaining = remaining
        if remaining is None:
            text = spoken = "No time limit"
        else:
            clock = format_remaining(remaining)
            text = f"⚠ {clock} left" if self.warning else f"{clock} left"
            spoken = f"Time left: {clock}" + (", less than a minute" if self.warning else "")
        self.setText(f'<span style="font-size:large; font-weight:600">{text}</span>')
        self.setAccessibleName(spoken)
        self._restyle()

    def event(self, event: QEvent) -> bool:
        # The app's palette, not this widget's: our own style sheets change the latter.
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._restyle()
        return super().event(event)

    def _restyle(self) -> None:
        # Colour and the ⚠ sign together: the warning reads without colour vision too.
        background = current_colours().warning if self.warning else "transparent"
        text = "color: white;" if self.warning else ""
        self.setStyleSheet(
            f"QLabel#countdown {{ {text} background: {background}; border-radius: 4px;"
            " padding: 2px 8px; }"
        )
