"""The quiz page: shows the attempt, applies each change on screen and saves it at once.

The page keeps its own copy of the attempt (the domain session, which enforces the rules)
and hands every change to the Saver as a service call, so the screen never waits on the
database and never pretends something was saved: the status line and the window's banner say
what the database has accepted. Time comes from the backend's clock; the timer only asks it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Hashable
from datetime import datetime, timedelta
from functools import partial

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from quizapp.domain.grading import Response
from quizapp.domain.session import Attempt, AttemptClosed, AttemptItem, ItemLocked, Mode
from quizapp.services.errors import StorageFailure
from quizapp.ui.backend import Backend, expecting
from quizapp.ui.shortcuts import Command
from quizapp.ui.trainee.quiz.controls import (
    QuestionStrip,
    QuizButtons,
    QuizHeader,
    bind_keys,
    key_hint,
    quiz_column,
)
from quizapp.ui.trainee.quiz.finishing import Finishing
from quizapp.ui.trainee.quiz.question_area import QuestionArea
from quizapp.ui.trainee.quiz.saver import Saver, SaveState, Write
from quizapp.ui.widgets import press_focused_button

TICK_MS = 500
# Within this of the deadline, typed text is saved at every keystroke instead of after a pause.
LAST_CALL = timedelta(seconds=2)


class QuizPage(QWidget):
    finished = Signal(object, bool)  # the closed Attempt; True when this page submitted it
    left = Signal(object)  # the Attempt, still open, every answer of it saved
    shown = Signal(str)  # the text of the question now on screen (for the font check)
    save_failed = Signal(str)  # for the window's banner
    saved = Signal()  # everything asked so far is in the database
    passage_requested = Signal(str, object)  # attempt uuid, Question

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._attempt: Attempt | None = None
        self._arrived: datetime = backend.now()
        self._ending = False  # the attempt as stored is being read, to leave the page

        self.saver = Saver(backend, self)
        self.saver.saved.connect(self.saved)
        self.saver.saved.connect(self._all_saved)
        self.saver.failed.connect(self.save_failed)
        self.saver.closed.connect(self.close_as_stored)
        self.saver.refused.connect(self._reload_after_refusal)
        self.finishing = Finishing(backend, self.saver, self)
        self.finishing.confirmed.connect(self._submit)
        self.finishing.dialog_closed.connect(self._back_from_finishing)
        self.finishing.go_to.connect(self.go_to)
        self.finishing.submitted.connect(partial(self._leave, submitted_here=True))
        self.finishing.closed_elsewhere.connect(self.close_as_stored)
        self.finishing.left.connect(self._left_open)

        self.header = QuizHeader(self.saver)
        self.title_label = self.header.title_label
        self.status_label = self.header.status_label
        self.countdown = self.header.countdown
        self.finishing.not_submitted.connect(self.status_label.setText)
        self.header.leave_button.clicked.connect(self.leave)

        self.strip = QuestionStrip()
        self.nav_strip = self.strip.nav_strip
        self.nav_strip.chosen.connect(self.go_to)

        self.question_area = QuestionArea()
        self.question_area.passage_requested.connect(self._request_passage)
        self.question_view = self.question_area.question_view
        self.question_view.response_changed.connect(self._answer)
        self.question_view.typing.connect(self.header.saving)

        self.buttons = QuizButtons(
            previous=self.previous,
            flag=self.toggle_flag,
            check=self.check,
            next=self.next,
            finish=self.finish,
        )
        self.previous_button = self.buttons.previous_button
        self.flag_button = self.buttons.flag_button
        self.check_button = self.buttons.check_button
        self.next_button = self.buttons.next_button
        self.finish_button = self.buttons.finish_button

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(quiz_column(self.header, self.strip, self.question_area, self.buttons))
        QWidget.setTabOrder(self.question_view, self.previous_button)

        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        bind_keys(
            self,
            {
                Command.PICK: self.question_view.pick,
                Command.GO_ON: self.go_on,
                Command.NEXT: self.next,
                Command.PREVIOUS: self.previous,
                Command.FLAG: self.toggle_flag,
                Command.FINISH: self.finish,
            },
        )

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
        self._arrived = self._backend.now()
        session = attempt.session
        practice = session.mode is Mode.PRACTICE
        self.header.show_attempt(attempt.set_title, practice, timed=session.deadline is not None)
        self.check_button.setVisible(practice)
        self.nav_strip.set_count(len(session.items))
        self._show_current()
        self.tick()
        self._timer.start()

    def save_state(self) -> SaveState:
        """Hand over what is typed, then say whether everything on screen is saved."""
        if self._attempt is None:
            return SaveState.SAVED
        self.question_view.commit_text()
        return self.saver.state

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
                f"This is the last question. Choose Finish ({key_hint(Command.FINISH)}) "
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
        now = self._backend.now()
        seconds = max(0.0, (now - self._arrived).total_seconds())
        move_uuid = str(uuid.uuid4())  # the saver's retries send this move, not another
        moved = self._apply(
            lambda: attempt.session.go_to(position, seconds_on_current=seconds),
            None,
            lambda s: s.go_to(
                attempt.uuid, position, seconds_on_current=seconds, move_uuid=move_uuid
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
        write: Write,
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
            lambda s: s.set_flag(attempt.uuid, position, flagged),
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
            lambda s: s.check(attempt.uuid, item.position),
        ):
            self._show_current()

    def leave(self) -> None:
        """Back to the start page, the attempt left open to resume, once everything on
        screen is saved (the saver keeps trying, and the page stays, while it is not)."""
        attempt = self._attempt
        if attempt is None or self.finishing.busy:
            return
        self.question_view.commit_text()
        # Once saved; not when the time was up on the way (the page shows the result).
        if self._attempt is not None and self._move(attempt, attempt.session.current):
            self.finishing.leave(attempt)

    def finish(self) -> None:
        if self._attempt is None or self.finishing.busy:
            return
        self.question_view.commit_text()
        if self._attempt is not None:
            self.finishing.ask(self._attempt.session.items)

    def _back_from_finishing(self) -> None:
        if self._attempt is not None:
            self.question_view.focus_answer()

    def _submit(self) -> None:
        """Note the time on this question, then submit once every answer is saved."""
        attempt = self._attempt
        if attempt is not None and self._move(attempt, attempt.session.current):
            self.finishing.submit(attempt)

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
        # After what is queued: an answer typed up to the deadline is written before the
        # read that expires the attempt (and one the database refuses is not waited for).
        self.saver.after_saving(
            lambda _saved: self._with_stored(partial(self._leave, submitted_here=False))
        )

    def _reload_after_refusal(self, reason: str) -> None:
        """Another window changed this attempt in a way this one's copy did not know (it
        checked a practice answer): show what is stored, and say why the answer moved."""
        if self._attempt is not None:
            self._with_stored(partial(self._show_stored, reason))

    def _show_stored(self, reason: str, stored: Attempt) -> None:
        if not stored.session.is_open:
            self._leave(stored, submitted_here=False)
            return
        self._attempt = stored
        self._show_current()
        self.status_label.setText(
            f"✘ Not changed: {reason} (in another window?). The stored answer is shown."
        )

    # -- helpers ----------------------------------------------------------------------------

    def _with_stored(self, then: Callable[[Attempt], object]) -> None:
        """`then` the attempt as the database has it, after the writes queued before; when
        it cannot be read the trainee is told (a timed quiz's next tick tries again, any
        quiz's next change)."""
        assert self._attempt is not None
        asked = self._attempt

        def read(stored: Attempt) -> None:
            self._ending = False
            if self._attempt is asked:  # not left or replaced meanwhile
                then(stored)

        def unread(error: StorageFailure) -> None:
            self._ending = False
            self.header.not_saved()
            self.save_failed.emit(str(error))

        self._backend.call(
            lambda s: s.load_attempt(asked.uuid), read, expecting(StorageFailure, unread)
        )

    def _leave(self, attempt: Attempt, *, submitted_here: bool | None) -> None:
        """Off the page: `attempt` closed (submitted here or not), or left open (None)."""
        self._timer.stop()
        self.saver.discard()
        self.question_view.clear()
        self._attempt = None
        self.finishing.stop()
        if submitted_here is None:
            self.left.emit(attempt)
        else:
            self.finished.emit(attempt, submitted_here)

    def _answer(self, position: int, response: Response) -> None:
        attempt = self._attempt
        if attempt is None:
            return
        if self._apply(
            lambda: attempt.session.answer(position, response),
            ("answer", position),
            lambda s: s.answer(attempt.uuid, position, response),
        ):
            self._refresh_state()

    def _show_current(self) -> None:
        assert self._attempt is not None
        session = self._attempt.session
        item = self.current_item
        self.question_area.show_item(
            item, len(session.items), session.grading, has_source=self._attempt.has_source
        )
        self.previous_button.setEnabled(item.position > 0)
        self.next_button.setEnabled(item.position < len(session.items) - 1)
        self.check_button.setEnabled(not item.checked)
        self._refresh_state()
        self.question_view.focus_answer()
        question = item.question
        self.shown.emit(" ".join((question.prompt, *(c.text for c in question.choices))))

    def _refresh_state(self) -> None:
        assert self._attempt is not None
        item = self.current_item
        self.buttons.show_flag(item.flagged)
        self.strip.show_items(self._attempt.session.items, self._attempt.session.current)

    def _left_open(self, attempt: Attempt) -> None:
        if attempt is self._attempt:
            self._leave(attempt, submitted_here=None)

    def _all_saved(self) -> None:
        """What the saver was given is in; "saved" only if no keystroke awaits its pause, and
        else "saving" again: the database no longer keeps anything waiting, so a "waiting for
        the database" said during a slow write is no longer true."""
        if self.question_view.typing_pending:
            self.header.saving()
        else:
            self.header.saved()

    def _request_passage(self, question: object) -> None:
        if self._attempt is not None:
            self.passage_requested.emit(self._attempt.uuid, question)
