"""The time left, always visible, derived from the stored deadline and the injected clock.

Nothing counts down by itself: every refresh asks the clock how far the deadline is, so a
resumed attempt shows the true time left and a test moves a fake clock instead of sleeping.
In the last minute it turns to the sheet's warning colour and says so with a sign too.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from quizapp.ui.widgets import restyle

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
        self.setTextFormat(Qt.TextFormat.PlainText)
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
        self.setText(text)
        self.setAccessibleName(spoken)
        restyle(self, warning=self.warning)
