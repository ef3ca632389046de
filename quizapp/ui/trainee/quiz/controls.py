"""The quiz page's frame: the header (set, mode, saving status, time left, the way out), the
question strip with its progress bar, the buttons with the key the command table gives each
in its tooltip, and the page's keys from that table."""

from __future__ import annotations

import html
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.domain.session import AttemptItem
from quizapp.ui.shortcuts import QUIZ_BINDINGS, Command, binding
from quizapp.ui.trainee.quiz.countdown import Countdown
from quizapp.ui.trainee.quiz.nav_strip import NavStrip
from quizapp.ui.trainee.quiz.saver import Saver, SaveState
from quizapp.ui.widgets import Column, muted_label

SAVED = "✔ All answers saved."


def key_hint(command: Command) -> str:
    return QKeySequence(binding(command).keys[0]).toString(QKeySequence.SequenceFormat.NativeText)


def bind_keys(page: QWidget, handlers: dict[Command, Callable[..., None]]) -> None:
    """Every quiz binding of the command table, to the page's handler for its command."""
    for entry in QUIZ_BINDINGS:
        handler = handlers[entry.command]
        slot = partial(handler, entry.argument) if entry.argument is not None else handler
        for key in entry.keys:
            # Window-wide but only while the page is showing: Qt ignores the shortcuts of
            # hidden widgets, and the Finish dialog is a window of its own.
            shortcut = QShortcut(
                QKeySequence(key), page, slot, context=Qt.ShortcutContext.WindowShortcut
            )
            shortcut.setAutoRepeat(entry.repeats)


class QuizHeader(QWidget):
    """The set and mode, what the database has of the answers so far, the time left, and
    the way back to the start page that keeps the quiz to resume."""

    def __init__(self, saver: Saver) -> None:
        super().__init__()
        self._saver = saver
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label = muted_label()
        self.status_label.setAccessibleName("Saving status")
        self.countdown = Countdown()
        self.leave_button = QPushButton("Leave for now")
        self.leave_button.setAccessibleName("Leave the quiz for now")
        self.leave_button.setAutoDefault(False)
        self.leave_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        titles = QVBoxLayout()
        titles.addWidget(self.title_label)
        titles.addWidget(self.status_label)
        right = QVBoxLayout()
        right.addWidget(self.countdown, 0, Qt.AlignmentFlag.AlignRight)
        right.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(titles, 1)
        layout.addLayout(right)
        saver.saving.connect(self.saving)
        saver.waiting.connect(self._waiting)
        saver.failed.connect(self.not_saved)

    def saving(self) -> None:
        """Something on screen is not in the database yet (a change queued, a keystroke
        waiting for its pause): never "saved" until it is. While the database refuses,
        "not saved yet" stays: it is still true, and "saving" would promise what is not."""
        if self._saver.state is not SaveState.REFUSED:
            self.status_label.setText("Saving…")

    def saved(self) -> None:
        self.status_label.setText(SAVED)

    def _waiting(self) -> None:
        self.status_label.setText(
            "Waiting for the database to save your answer… It stays on screen and is "
            "saved as soon as the database lets it."
        )

    def not_saved(self) -> None:
        self.status_label.setText("✘ Not saved yet — retrying…")

    def show_attempt(self, set_title: str, practice: bool, *, timed: bool) -> None:
        mode = "Practice" if practice else "Exam"
        # A set's title is text, not markup: "Safety <rules> & A<B" shows as written.
        self.title_label.setText(f"<b>{html.escape(set_title)}</b> — {mode}")
        self.title_label.setAccessibleName(f"{set_title} — {mode}")
        self.status_label.setText("Your answers are saved as you go.")
        self.leave_button.setToolTip(
            "Back to the start page. The quiz stays open to resume"
            + ("; its clock keeps running." if timed else ".")
        )


class QuestionStrip(QWidget):
    """Every question's button, and beside them how many are answered."""

    def __init__(self) -> None:
        super().__init__()
        self.nav_strip = NavStrip()
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setAccessibleName("Answered")
        self.progress.setFormat("%v of %m answered")
        metrics = self.fontMetrics()
        self.progress.setMinimumWidth(metrics.horizontalAdvance("000 of 000 answered") + 32)
        self.progress.setMinimumHeight(metrics.height() + 14)  # as tall as a strip button
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.nav_strip, 1)
        layout.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignTop)

    def show_items(self, items: list[AttemptItem], current: int) -> None:
        self.nav_strip.update_items(items, current)
        answered = sum(1 for item in items if item.answered)
        self.progress.setMaximum(len(items))
        self.progress.setValue(answered)
        self.progress.setAccessibleDescription(f"{answered} of {len(items)} answered")


def _button(text: str, name: str, command: Command) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setToolTip(f"{name} ({key_hint(command)})")
    button.setAutoDefault(False)
    # Focus by Tab only: after a click on Flag, Enter must still go on, not unflag.
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


class QuizButtons(QWidget):
    def __init__(
        self,
        *,
        previous: Callable[[], None],
        flag: Callable[[], None],
        check: Callable[[], None],
        next: Callable[[], None],
        finish: Callable[[], None],
    ) -> None:
        super().__init__()
        self.previous_button = _button("◀ Previous", "Previous question", Command.PREVIOUS)
        self.flag_button = _button("⚑ Flag for review", "Flag for review", Command.FLAG)
        self.flag_button.setCheckable(True)
        # As wide flagged as not: the buttons beside it never move.
        for text in ("⚑ Flag for review", "⚑ Flagged"):
            self.flag_button.setText(text)
            self.flag_button.setMinimumWidth(
                max(self.flag_button.minimumWidth(), self.flag_button.sizeHint().width())
            )
        self.check_button = _button("Check answer", "Check answer", Command.GO_ON)
        self.next_button = _button("Next ▶", "Next question", Command.NEXT)
        self.next_button.setProperty("primary", True)
        self.finish_button = _button("Finish…", "Finish the quiz", Command.FINISH)
        for button, handler in (
            (self.previous_button, previous),
            (self.flag_button, flag),
            (self.check_button, check),
            (self.next_button, next),
            (self.finish_button, finish),
        ):
            button.clicked.connect(handler)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.flag_button)
        layout.addStretch(1)
        layout.addWidget(self.check_button)
        layout.addWidget(self.next_button)
        layout.addSpacing(24)
        layout.addWidget(self.finish_button)

    def show_flag(self, flagged: bool) -> None:
        self.flag_button.setChecked(flagged)
        self.flag_button.setText("⚑ Flagged" if flagged else "⚑ Flag for review")
        self.flag_button.setAccessibleName("Unflag" if flagged else "Flag for review")


def quiz_column(header: QWidget, strip: QWidget, question: QWidget, buttons: QWidget) -> Column:
    """The page's parts one under the other, the whole at the question's reading measure, so
    on a wide screen the clock and the buttons stay beside the question (scaled as the
    prompt's larger text). Nothing stretches between the question and the buttons: Next is
    where the eye already is."""
    rule = QFrame()
    rule.setObjectName("rule")
    column = QVBoxLayout()
    column.setSpacing(10)
    for part in (header, strip, rule, question, buttons):
        column.addWidget(part)
    column.addStretch(1)
    return Column(column, scale=1.3)
