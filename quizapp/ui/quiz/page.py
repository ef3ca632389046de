"""The quiz page: shows the attempt, applies each change on screen and saves it at once.

The page keeps its own copy of the attempt (the domain session, which enforces the rules)
and hands every change to the Saver as a service call, so the screen never waits on the
database and never pretends something was saved: the status line and the window's banner say
what the database has accepted. Time comes from the injected clock; the timer only asks it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Hashable
from datetime import datetime, timedelta
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.domain.grading import Response
from quizapp.domain.session import (
    Attempt,
    AttemptClosed,
    AttemptItem,
    Clock,
    ItemLocked,
    Mode,
)
from quizapp.services import attempts
from quizapp.services.errors import StorageFailure
from quizapp.storage.database import Database
from quizapp.ui.feedback import FeedbackPanel
from quizapp.ui.quiz.countdown import Countdown
from quizapp.ui.quiz.finish_dialog import FinishDialog
from quizapp.ui.quiz.nav_strip import NavStrip
from quizapp.ui.quiz.question_view import QuestionView
from quizapp.ui.quiz.saver import Saver
from quizapp.ui.shortcuts import QUIZ_BINDINGS, Command, binding
from quizapp.ui.widgets import press_focused_button, scroll_area

TICK_MS = 500
# Within this of the deadline, typed text is saved at every keystroke instead of after a pause.
LAST_CALL = timedelta(seconds=2)


def _key_hint(command: Command) -> str:
    return QKeySequence(binding(command).keys[0]).toString(QKeySequence.SequenceFormat.NativeText)


class QuizPage(QWidget):
    finished = Signal(object, bool)  # the closed Attempt; True when this page submitted it
    save_failed = Signal(str)  # for the window's banner
    saved = Signal()  # everything asked so far is in the database
    passage_requested = Signal(str, object)  # attempt uuid, Question

    def __init__(self, db: Database, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._clock = clock
        self._attempt: Attempt | None = None
        self._arrived: datetime = clock.now()
        self._ending = False
        self._finish_dialog: FinishDialog | None = None
        self._feedback: FeedbackPanel | None = None

        self.saver = Saver(self)
        self.saver.saved.connect(self._on_saved)
        self.saver.failed.connect(self._on_save_failed)
        self.saver.closed.connect(self.close_as_stored)
        self.saver.refused.connect(self._reload_after_refusal)

        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setAccessibleName("Saving status")
        self.countdown = Countdown()
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title_label)
        titles.addWidget(self.status_label)
        top.addLayout(titles, 1)
        top.addWidget(self.countdown, 0, Qt.AlignmentFlag.AlignTop)

        self.nav_strip = NavStrip()
        self.nav_strip.chosen.connect(self.go_to)

        self.question_view = QuestionView()
        self.question_view.response_changed.connect(self._answer)
        self._feedback_area = QVBoxLayout()
        content_layout = QVBoxLayout()
        content_layout.addWidget(self.question_view)
        content_layout.addLayout(self._feedback_area)
        content_layout.addStretch(1)
        self.scroll = scroll_area(content_layout)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.previous_button = self._button("◀ Previous", "Previous question", Command.PREVIOUS)
        self.flag_button = self._button("⚑ Flag for review", "Flag for review", Command.FLAG)
        self.flag_button.setCheckable(True)
        self.check_button = self._button("Check answer", "Check answer", Command.GO_ON)
        self.next_button = self._button("Next ▶", "Next question", Command.NEXT)
        self.finish_button = self._button("Finish…", "Finish the quiz", Command.FINISH)
        self.previous_button.clicked.connect(self.previous)
        self.flag_button.clicked.connect(self.toggle_flag)
        self.check_button.clicked.connect(self.check)
        self.next_button.clicked.connect(self.next)
        self.finish_button.clicked.connect(self.finish)
        bottom = QHBoxLayout()
        bottom.addWidget(self.previous_button)
        bottom.addWidget(self.flag_button)
        bottom.addStretch(1)
        bottom.addWidget(self.check_button)
        bottom.addWidget(self.next_button)
        bottom.addSpacing(24)
        bottom.addWidget(self.finish_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.nav_strip)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bottom)
        QWidget.setTabOrder(self.question_view, self.previous_button)

        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        self._bind_shortcuts()

    def _button(self, text: str, name: str, command: Command) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setToolTip(f"{name} ({_key_hint(command)})")
        button.setAutoDefault(False)
        # Focus by Tab only: after a click on Flag, Enter must still go on, not unflag.
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    def _bind_shortcuts(self) -> None:
        handlers = {
            Command.PICK: self.question_view.pick,
            Command.GO_ON: self.go_on,
            Command.NEXT: self.next,
            Command.PREVIOUS: self.previous,
            Command.FLAG: self.toggle_flag,
            Command.FINISH: self.finish,
        }
        for entry in QUIZ_BINDINGS:
            handler = handlers[entry.command]
            slot = partial(handler, entry.argument) if entry.argument is not None else handler
            for key in entry.keys:
                # Window-wide but only while this page is showing: Qt ignores the shortcuts
                # of hidden widgets, and the Finish dialog is a window of its own.
                QShortcut(QKeySequence(key), self, slot, context=Qt.ShortcutContext.WindowShortcut)

    # -- state ----------------------------------------------------------------------------

    @property
    def attempt(self) -> Attempt | None:
        return self._attempt

    @property
    def current_item(self) -> AttemptItem:
        assert self._attempt is not None
        return self._attempt.session.items[self._attempt.session.current]

    def load(self, attempt: Attempt) -> None:
        """Show an attempt in progress at the question the trainee was on."""
        self._attempt = attempt
        self._ending = False
        self._arrived = self._clock.now()
        session = attempt.session
        practice = session.mode is Mode.PRACTICE
        mode = "Practice: each answer is checked and explained" if practice else "Exam"
        self.title_label.setText(f"<b>{attempt.set_title}</b> — {mode}")
        self.check_button.setVisible(practice)
        self.status_label.setText("Your answers are saved as you go.")
        self.nav_strip.set_count(len(session.items))
        self._show_current()
        self.tick()
        self._timer.start()

    def flush(self) -> bool:
        """Write everything typed or chosen so far; False when the database refuses."""
        if self._attempt is None:
            return True
        self.question_view.commit_text()
        return self.saver.flush()

    # -- actions (buttons, shortcuts) -------------------------------------------------------

    def go_on(self) -> None:
        """Enter: on a button, press it; in practice check an unchecked answer first;
        otherwise the next question."""
        if self._attempt is None:
            return
        if press_focused_button(self.window()):  # this window-wide Enter takes the key from it
            return
        self.question_view.commit_text()
        item = self.current_item
        if self._attempt.session.mode is Mode.PRACTICE and item.answered and not item.checked:
            self.check()
        elif item.position == len(self._attempt.session.items) - 1:
            self.status_label.setText(
                f"This is the last question. Choose Finish ({_key_hint(Command.FINISH)}) "
                "when you are ready."
            )
        else:
            self.next()

    def next(self) -> None:
        if self._attempt is not None:
            self.go_to(self._attempt.session.current + 1)

    def previous(self) -> None:
        if self._attempt is not None:
            self.go_to(self._attempt.session.current - 1)

    def go_to(self, position: int) -> None:
        attempt = self._attempt
        if attempt is None or not 0 <= position < len(attempt.session.items):
            return
        if position == attempt.session.current:
            self.question_view.focus_answer()
            return
        self.question_view.commit_text()
        if self._attempt is None:  # the typed answer found the time up
            return
        if self._move(attempt, position):
            self._show_current()

    def _move(self, attempt: Attempt, position: int) -> bool:
        """Go to `position`, or stay there, adding the time since arriving to the question
        left (the last one is left by submitting, not by a move); False when time was up."""
        now = self._clock.now()
        seconds = max(0.0, (now - self._arrived).total_seconds())
        move_uuid = str(uuid.uuid4())  # the saver's retries send this move, not another
        moved = self._apply(
            lambda: attempt.session.go_to(position, seconds_on_current=seconds),
            None,
            lambda: attempts.go_to(
                self._db,
                attempt.uuid,
                position,
                seconds_on_current=seconds,
                move_uuid=move_uuid,
                clock=self._clock,
            ),
            soon=True,
        )
        if moved:
            self._arrived = now
        return moved

    def _apply(
        self,
        change: Callable[[], object],
        key: Hashable,
        write: Callable[[], object],
        *,
        soon: bool = False,
    ) -> bool:
        """Make a change on the page's copy first (it stays on screen whatever happens), then
        hand its write to the saver; False when the quiz closed on the way: its time was up,
        or another window submitted or discarded it (the write found out)."""
        try:
            change()
        except AttemptClosed:
            self.close_as_stored()
            return False
        except ItemLocked as error:  # typed into a question another window has checked since
            self.status_label.setText(f"✘ Not changed: {error}.")
            return False
        if soon:
            self.saver.save_soon(key, write)
        else:
            self.saver.save(key, write)
        return self._attempt is not None

    def toggle_flag(self) -> None:
        attempt = self._attempt
        if attempt is None:
            return
        position = attempt.session.current
        flagged = not self.current_item.flagged
        if self._apply(
            lambda: attempt.session.set_flag(position, flagged),
            ("flag", position),
            lambda: attempts.set_flag(self._db, attempt.uuid, position, flagged, clock=self._clock),
        ):
            self._refresh_state()

    def check(self) -> None:
        """Practice: grade the current answer now, lock it and explain it."""
        attempt = self._attempt
        if attempt is None or attempt.session.mode is not Mode.PRACTICE:
            return
        self.question_view.commit_text()
        item = self.current_item
        if item.checked:
            return
        if not item.answered:
            self.status_label.setText("Answer the question first, then check it.")
            return
        if self._apply(
            lambda: attempt.session.check(item.position),
            ("check", item.position),
            lambda: attempts.check(self._db, attempt.uuid, item.position, clock=self._clock),
        ):
            self._show_current()

    def finish(self) -> None:
        if self._attempt is None or self._finish_dialog is not None:
            return
        self.question_view.commit_text()
        if self._attempt is None:
            return
        dialog = FinishDialog(self._attempt.session.items, self)
        dialog.accepted.connect(self._submit)
        dialog.finished.connect(self._finish_dialog_closed)
        self._finish_dialog = dialog
        dialog.open()

    def _finish_dialog_closed(self) -> None:
        if self._finish_dialog is not None:
            self._finish_dialog.deleteLater()
        self._finish_dialog = None
        if self._attempt is not None:
            self.question_view.focus_answer()

    def _submit(self) -> None:
        attempt = self._attempt
        if attempt is None:
            return
        if not self._move(attempt, attempt.session.current):
            return
        if not self.saver.flush():
            self.status_label.setText(
                "Not submitted: some answers are not saved yet. QuizApp keeps trying."
            )
            return
        try:
            closed = attempts.submit(self._db, attempt.uuid, clock=self._clock)
        except StorageFailure as error:
            self.status_label.setText(
                f"✘ Not submitted: {error}. Your answers are saved; choose Finish… to submit again."
            )
            return
        except AttemptClosed:
            self.close_as_stored()
            return
        self._leave(closed, submitted_here=True)

    def tick(self) -> None:
        """Refresh the countdown from the clock; at the deadline, close the attempt."""
        if self._attempt is None:
            return
        remaining = self._attempt.session.remaining()
        self.countdown.show_remaining(remaining)
        last_call = remaining is not None and remaining <= LAST_CALL
        self.question_view.report_each_keystroke = last_call
        if remaining is None:
            return
        if last_call and self.question_view.typing_pending:
            # A trainee typing up to the deadline never pauses long enough for the typing
            # pause to save the text: save it now, while the service still takes it, and
            # from now on each keystroke.
            self.question_view.commit_text()
        if remaining.total_seconds() <= 0:
            self.close_as_stored()

    def close_as_stored(self) -> None:
        """The attempt is over without this page submitting it: its deadline passed (the
        service then submits what was saved), or another window submitted or discarded it.
        Show it as the database has it."""
        if self._attempt is None or self._ending:
            return
        self._ending = True
        try:
            stored = self._stored()
        finally:
            self._ending = False
        if stored is not None:
            self._leave(stored, submitted_here=False)

    def _reload_after_refusal(self, reason: str) -> None:
        """Another window changed this attempt in a way this one's copy did not know (it
        checked a practice answer): show what is stored, and say why the answer moved."""
        if self._attempt is None:
            return
        stored = self._stored()
        if stored is None:
            return
        if not stored.session.is_open:
            self._leave(stored, submitted_here=False)
            return
        self._attempt = stored
        self._show_current()
        self.status_label.setText(
            f"✘ Not changed: {reason} (in another window?). The stored answer is shown."
        )

    # -- helpers ----------------------------------------------------------------------------

    def _stored(self) -> Attempt | None:
        """The attempt as the database has it; None, and the trainee told, when it cannot be
        read (a timed quiz's next tick tries again, any quiz's next change)."""
        assert self._attempt is not None
        try:
            return attempts.load_attempt(self._db, self._attempt.uuid, clock=self._clock)
        except StorageFailure as error:
            self._on_save_failed(str(error))
            return None

    def _leave(self, closed: Attempt, *, submitted_here: bool) -> None:
        self._timer.stop()
        self.saver.discard()
        self.question_view.clear()
        self._attempt = None
        if self._finish_dialog is not None:
            self._finish_dialog.reject()
        self.finished.emit(closed, submitted_here)

    def _answer(self, position: int, response: Response) -> None:
        attempt = self._attempt
        if attempt is None:
            return
        if self._apply(
            lambda: attempt.session.answer(position, response),
            ("answer", position),
            lambda: attempts.answer(self._db, attempt.uuid, position, response, clock=self._clock),
        ):
            self._refresh_state()

    def _show_current(self) -> None:
        assert self._attempt is not None
        session = self._attempt.session
        item = self.current_item
        self.question_view.show_item(item, len(session.items), locked=item.checked)
        if self._feedback is not None:
            self._feedback.hide()
            self._feedback.deleteLater()
            self._feedback = None
        if item.checked:
            self._feedback = FeedbackPanel(
                item, session.grading, can_show_source=self._attempt.has_source
            )
            self._feedback.show_passage.connect(self._request_passage)
            self._feedback_area.addWidget(self._feedback)
            self._feedback.show()
        self.previous_button.setEnabled(item.position > 0)
        self.next_button.setEnabled(item.position < len(session.items) - 1)
        self.check_button.setEnabled(not item.checked)
        self.scroll.verticalScrollBar().setValue(0)
        self._refresh_state()
        self.question_view.focus_answer()

    def _refresh_state(self) -> None:
        assert self._attempt is not None
        item = self.current_item
        self.flag_button.setChecked(item.flagged)
        self.flag_button.setText("⚑ Flagged" if item.flagged else "⚑ Flag for review")
        self.flag_button.setAccessibleName("Unflag" if item.flagged else "Flag for review")
        self.nav_strip.update_items(self._attempt.session.items, self._attempt.session.current)

    def _request_passage(self, question: object) -> None:
        if self._attempt is not None:
            self.passage_requested.emit(self._attempt.uuid, question)

    def _on_saved(self) -> None:
        self.status_label.setText("✔ All answers saved.")
        self.saved.emit()

    def _on_save_failed(self, message: str) -> None:
        self.status_label.setText("✘ Not saved yet — retrying…")
        self.save_failed.emit(message)
