"""The ways out of a quiz: finishing it (the last look, FinishDialog, then the submit), or
leaving it for now (back to the start page, the attempt open to resume).

Both wait for the saver: an answer still on its way is written first, and one the database
refuses stops them with a word instead of losing the answer.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from quizapp.domain.session import Attempt, AttemptClosed, AttemptItem
from quizapp.services.errors import StorageFailure
from quizapp.ui.backend import Backend
from quizapp.ui.trainee.quiz.finish_dialog import FinishDialog
from quizapp.ui.trainee.quiz.saver import Saver


class Finishing(QObject):
    confirmed = Signal()  # the trainee chose Submit: note the time on this question, then submit
    dialog_closed = Signal()
    go_to = Signal(int)  # a question the summary's link leads back to
    submitted = Signal(object)  # the submitted Attempt
    closed_elsewhere = Signal()  # it was closed meanwhile: its deadline, or another window
    not_submitted = Signal(str)  # why, for the status line
    left = Signal(object)  # the Attempt left open, every answer of it saved

    def __init__(self, backend: Backend, saver: Saver, page: QWidget) -> None:
        super().__init__(page)
        self._backend = backend
        self._saver = saver
        self._page = page
        self.dialog: FinishDialog | None = None
        self._submitting: Attempt | None = None

    @property
    def busy(self) -> bool:
        return self.dialog is not None or self._submitting is not None

    def ask(self, items: list[AttemptItem]) -> None:
        if self.busy:
            return
        self.dialog = FinishDialog(items, self._page)
        self.dialog.accepted.connect(self.confirmed)
        self.dialog.finished.connect(self._dialog_finished)
        self.dialog.go_to.connect(self.go_to)
        self.dialog.open()

    def _dialog_finished(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self.dialog_closed.emit()

    def leave(self, attempt: Attempt) -> None:
        """`left` once everything is saved (the saver keeps trying while it is not, and the
        trainee stays on the quiz meanwhile)."""
        self._saver.after_saving(partial(self._saved_to_leave, attempt))

    def _saved_to_leave(self, attempt: Attempt, saved: bool) -> None:
        if saved:
            self.left.emit(attempt)

    def submit(self, attempt: Attempt) -> None:
        self._submitting = attempt
        self._saver.after_saving(partial(self._saved, attempt))

    def stop(self) -> None:
        """The attempt is over: no dialog, no submit in flight matters any more."""
        self._submitting = None
        if self.dialog is not None:
            self.dialog.reject()

    def _saved(self, attempt: Attempt, saved: bool) -> None:
        if self._submitting is not attempt:  # closed on the way
            return
        if not saved:
            self._submitting = None
            self.not_submitted.emit(
                "Not submitted: some answers are not saved yet. QuizApp keeps trying."
            )
            return
        self._backend.call(lambda s: s.submit(attempt.uuid), self._done, self._refused)

    def _done(self, closed: Attempt) -> None:
        if self._submitting is not None:
            self._submitting = None
            self.submitted.emit(closed)

    def _refused(self, error: Exception) -> None:
        self._submitting = None
        if isinstance(error, AttemptClosed):
            self.closed_elsewhere.emit()
        elif isinstance(error, StorageFailure):
            self.not_submitted.emit(
                f"✘ Not submitted: {error}. Your answers are saved; choose Finish… to submit again."
            )
        else:
            raise error
