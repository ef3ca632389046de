"""The trainee's area: its pages and the way between them.

Who is training -> start a quiz (or resume or review one) -> the quiz -> its results -> back
to the start; from the start, My scores (ui/scores/) -> a review, or a weak-question practice
-> its results -> back to My scores. The trainee page comes first and alone: it can show the
first look's names before the rest of the app is loaded. The other pages are built while the
database opens, and a name picked before that waits for them. Whether a window command applies
(Change trainee, My scores) is read from the page on screen, when it changes (`page_changed`),
never set by hand.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from quizapp.domain.trainees import Trainee
from quizapp.services.errors import InvalidInput, SecretRequired, ServiceError
from quizapp.ui.backend import Backend, StartUp, expecting
from quizapp.ui.trainee.trainee_page import TraineePage
from quizapp.ui.widgets import Notice, NoticeKind, confirm

if TYPE_CHECKING:
    from quizapp.domain.questions import Question, SourceDocument
    from quizapp.domain.session import Attempt
    from quizapp.services.facade import Services
    from quizapp.ui.reader_dialog import ReaderDialog
    from quizapp.ui.scores.trainee_scores import TraineeScoresPage
    from quizapp.ui.trainee.pin_dialog import PinDialog
    from quizapp.ui.trainee.quiz.page import QuizPage
    from quizapp.ui.trainee.quiz.saver import SaveState
    from quizapp.ui.trainee.results_page import ResultsPage
    from quizapp.ui.trainee.start_page import StartPage

log = logging.getLogger(__name__)


class TraineeArea(QStackedWidget):
    listed = Signal()  # the trainees' names are shown (again)
    trainee_changed = Signal(str)  # the name now training; "" when nobody is
    page_changed = Signal()

    # Built by build_pages(), while the database opens.
    start_page: StartPage
    quiz_page: QuizPage
    results_page: ResultsPage
    scores_page: TraineeScoresPage

    def __init__(self, backend: Backend, notice: Notice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._notice = notice  # the shell's banner: what the trainee must know now
        self._built = False
        self._waiting: Callable[[], None] | None = None  # a request made before that
        self.trainee: Trainee | None = None
        self.reader: ReaderDialog | None = None
        self.pin_dialog: PinDialog | None = None  # asking the PIN of the name picked
        self._glyphs_told: set[tuple[str, ...]] = set()  # font packages named already
        self._from_scores = False  # the review or practice on screen was opened from My scores
        self.trainee_page = TraineePage()
        self.trainee_page.chosen.connect(self.choose_trainee)
        self.trainee_page.add_requested.connect(self.add_trainee)
        self.addWidget(self.trainee_page)
        self.currentChanged.connect(self.page_changed)

    @property
    def can_change_trainee(self) -> bool:
        return self.currentWidget() in self._trainee_pages()

    @property
    def can_open_trainer(self) -> bool:
        """Between quizzes: the names, the start page or the results."""
        return self.currentWidget() is self.trainee_page or self.can_change_trainee

    @property
    def can_leave_quiz(self) -> bool:
        return self._built and self.currentWidget() is self.quiz_page

    def running_exam(self) -> Attempt | None:
        """The timed exam on screen, whose clock goes on whatever the window does."""
        attempt = self.quiz_page.attempt if self.can_leave_quiz else None
        if attempt is None or attempt.session.deadline is None:
            return None
        return attempt

    def _trainee_pages(self) -> tuple[QWidget, ...]:
        return (self.start_page, self.results_page, self.scores_page) if self._built else ()

    def show_first_look(self, people: list[Trainee]) -> None:
        """The names read before the database is open; picking one waits for it."""
        self._show_trainee_page(people)

    def build_pages(self) -> None:
        """The other pages, made while the database opens on the backend's worker."""
        from quizapp.ui.scores.trainee_scores import TraineeScoresPage
        from quizapp.ui.trainee.quiz.page import QuizPage
        from quizapp.ui.trainee.results_page import ResultsPage
        from quizapp.ui.trainee.start_page import StartPage

        self.start_page = StartPage(self._backend)
        self.quiz_page = QuizPage(self._backend)
        self.results_page = ResultsPage()
        self.scores_page = TraineeScoresPage(self._backend)
        for page in (self.start_page, self.quiz_page, self.results_page, self.scores_page):
            self.addWidget(page)
        self.start_page.scores_requested.connect(self.show_scores)
        self.scores_page.open_requested.connect(self._review_from_scores)
        self.scores_page.practice_started.connect(self._practise_from_scores)
        self.scores_page.done.connect(self.show_start)
        self.scores_page.problem.connect(self.show_error)
        self.start_page.started.connect(self._begin)
        self.start_page.open_requested.connect(self.open_attempt)
        self.start_page.change_trainee.connect(self.show_trainees)
        self.start_page.problem.connect(self.show_error)
        self.start_page.exam_unfinished.connect(self._exam_unfinished)
        self.start_page.refreshed.connect(
            lambda: self.check_glyphs(
                " ".join(f"{s.title} {s.source_title}" for s in self.start_page.sets_model.rows)
            )
        )
        self.quiz_page.shown.connect(self.check_glyphs)
        self.quiz_page.finished.connect(self._quiz_finished)
        self.quiz_page.left.connect(lambda _attempt: self.show_start())
        self.quiz_page.save_failed.connect(self._save_failed)
        self.quiz_page.saved.connect(lambda: self._notice.clear(NoticeKind.ERROR))
        self.quiz_page.passage_requested.connect(self.show_passage)
        self.results_page.done.connect(self._results_done)
        self.results_page.passage_requested.connect(self.show_passage)
        self._built = True

    def open(self, people: list[Trainee]) -> None:
        """The database is open: the names as it has them, then what was asked meanwhile."""
        self._show_trainee_page(people)
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            waiting()

    def _ready_or_later(self, request: Callable[[], None]) -> bool:
        """True when the pages and data are there; otherwise keep `request` (the latest one
        asked) for when they are, unless the database could not be opened at all."""
        if self._backend.started:
            return True
        if self._backend.state is not StartUp.FAILED:
            self._waiting = request
        return False

    # -- who trains ---------------------------------------------------------------------------

    def show_trainees(self) -> None:
        """Nobody is training now: the list of names, read again."""
        self.trainee = None
        self.trainee_changed.emit("")

        def signed_out(services: Services) -> list[Trainee]:
            services.sign_out()
            return services.list_trainees()

        self._backend.call(
            signed_out,
            self._show_trainee_page,
            expecting(ServiceError, lambda error: self._show_trainees_failed(error)),
        )

    def _show_trainees_failed(self, error: ServiceError) -> None:
        self.show_error(str(error))
        self._show_trainee_page([])

    def _show_trainee_page(self, people: list[Trainee]) -> None:
        self.trainee_page.show_trainees(people)
        self.setCurrentWidget(self.trainee_page)
        self.listed.emit()
        self.check_glyphs(" ".join(person.name for person in people))

    def add_trainee(self, name: str) -> None:
        if not self._ready_or_later(lambda: self.add_trainee(name)):
            return

        def refused(error: ServiceError) -> None:
            if isinstance(error, InvalidInput):
                self.trainee_page.name_refused(str(error))
            else:
                self.show_error(str(error))

        def added(person: Trainee) -> None:
            self.trainee_page.name_added()
            self.choose_trainee(person)

        self._backend.call(lambda s: s.add_trainee(name), added, expecting(ServiceError, refused))

    def choose_trainee(self, trainee: Trainee) -> None:
        """Train as `trainee`: the seat signs in as them, so every change it makes to a quiz
        is made as them (services/facade.py); a trainee with a PIN types it first."""
        if not self._ready_or_later(lambda: self.choose_trainee(trainee)):
            return

        def refused(error: ServiceError) -> None:
            if isinstance(error, SecretRequired):
                self._ask_pin(trainee)
            else:
                self.show_error(str(error))

        self._backend.call(
            lambda s: s.sign_in(trainee.uuid), self._signed_in, expecting(ServiceError, refused)
        )

    def _ask_pin(self, trainee: Trainee) -> None:
        from quizapp.ui.trainee.pin_dialog import PinDialog

        self.pin_dialog = PinDialog(self._backend, trainee, self)
        self.pin_dialog.signed_in.connect(self._signed_in)
        self.pin_dialog.open()

    def _signed_in(self, person: Trainee) -> None:
        self.trainee = person
        self.trainee_changed.emit(person.name)
        self.show_start()

    def show_start(self) -> None:
        self._from_scores = False
        if self.trainee is None:
            self.show_trainees()
            return
        self.start_page.show_trainee(self.trainee)
        self.setCurrentWidget(self.start_page)

    # -- my scores ---------------------------------------------------------------------------

    @property
    def can_show_scores(self) -> bool:
        """Between quizzes, with a trainee chosen."""
        return self.trainee is not None and self.can_change_trainee

    def show_scores(self) -> None:
        """My scores, read afresh; a review or practice opened from it comes back to it."""
        if self.trainee is None or not self._built:
            return
        self._from_scores = False
        self._notice.clear()
        self.scores_page.show_trainee(self.trainee)
        self.setCurrentWidget(self.scores_page)
        self.scores_page.tabs.currentWidget().setFocus()

    def _review_from_scores(self, attempt_uuid: str) -> None:
        self._from_scores = True
        self.open_attempt(attempt_uuid)

    def _practise_from_scores(self, attempt: Attempt) -> None:
        self._from_scores = True
        self._begin(attempt)

    def _results_done(self) -> None:
        if self._from_scores:
            self.show_scores()
        else:
            self.show_start()

    # -- quizzes -----------------------------------------------------------------------------

    def open_attempt(self, attempt_uuid: str) -> None:
        """Resume an attempt in progress, or review a closed one."""
        self._backend.call(
            lambda s: s.load_attempt(attempt_uuid),
            self._opened,
            expecting(ServiceError, lambda error: self.show_error(str(error))),
        )

    def _opened(self, attempt: Attempt) -> None:
        from quizapp.domain.session import AttemptState

        state = attempt.session.state
        if state is AttemptState.IN_PROGRESS:
            self._begin(attempt)
        elif state is AttemptState.ABANDONED:
            # No results to show, and its right answers would turn the next try into a copy.
            self._notice.show_message(
                "That quiz was discarded before it was finished: it has no results to review."
            )
        else:
            self._show_results(attempt)

    def _begin(self, attempt: Attempt) -> None:
        self._notice.clear()
        self.quiz_page.load(attempt)
        self.setCurrentWidget(self.quiz_page)
        self.quiz_page.question_view.focus_answer()

    def _quiz_finished(self, attempt: Attempt, submitted_here: bool) -> None:
        from quizapp.domain.session import AttemptState, Mode

        state = attempt.session.state
        if attempt.session.mode is Mode.PRACTICE and state is not AttemptState.ABANDONED:
            self._move_schedule(attempt.uuid)
        if state is AttemptState.ABANDONED:  # discarded in another window on the same data
            self.show_start()
            self._notice.show_message(
                "This quiz was discarded in another window, so it has no results."
            )
            return
        self._show_results(attempt)
        if state is AttemptState.EXPIRED:
            self._notice.show_message(
                "Time is up. Your quiz was submitted automatically with every answer saved before "
                "the deadline."
            )
        elif not submitted_here:
            self._notice.show_message("This quiz was submitted in another window.")

    def _move_schedule(self, attempt_uuid: str) -> None:
        """A finished practice is a review of each question it asked: the trainee's schedule
        of weak questions moves on by its answers (services/practice.py), whether the practice
        was drawn from the weak questions or chosen on the start page."""
        self._backend.call(
            lambda s: s.update_schedule(attempt_uuid),
            lambda _moved: None,
            expecting(ServiceError, lambda error: self.show_error(str(error))),
        )

    def _show_results(self, attempt: Attempt) -> None:
        self._notice.clear()
        self.results_page.show_attempt(attempt)
        self.setCurrentWidget(self.results_page)
        self.check_glyphs(" ".join(item.question.prompt for item in attempt.session.items))

    def show_passage(self, attempt_uuid: str, question: Question) -> None:
        self._backend.call(
            lambda s: s.attempt_document(attempt_uuid),
            lambda document: self._read(document, question),
            expecting(ServiceError, lambda error: self.show_error(str(error))),
        )

    def _read(self, document: SourceDocument | None, question: Question) -> None:
        from quizapp.ui.reader_dialog import ReaderDialog

        if document is None:
            self.show_error("The source of this question set is not in the database.")
            return
        if self.reader is not None:
            self.reader.close()
        self.check_glyphs(f"{document.title} {document.text}")
        self.reader = ReaderDialog(document, question, self)
        # The window's commands (text size, quit, help) work in the reader too.
        self.reader.addActions(self.window().actions())
        self.reader.open()

    # -- what the shell asks ------------------------------------------------------------------

    def save_state(self) -> SaveState:
        """Whether what the quiz on screen shows is all saved (see saver.py)."""
        return self.quiz_page.save_state()

    def after_saving(self, then: Callable[[bool], object]) -> None:
        self.quiz_page.saver.after_saving(then)

    def leave_quiz(self) -> None:
        self.quiz_page.leave()

    def may_quit(self) -> bool:
        """Whether the app may close now: yes, unless an exam is on screen and the trainee,
        told that its clock keeps running while QuizApp is closed, chooses to stay."""
        from quizapp.ui.trainee.quiz.countdown import format_remaining

        attempt = self.running_exam()
        remaining = attempt.session.remaining() if attempt is not None else None
        if attempt is None or remaining is None or attempt.session.deadline is None:
            return True
        deadline = attempt.session.deadline.astimezone().strftime("%H:%M")
        return confirm(
            self,
            "Quit during your exam?",
            f"Your exam “{attempt.set_title}” is not finished, and its clock keeps running "
            f"while QuizApp is closed: {format_remaining(remaining)} left. At {deadline} it "
            "is submitted with the answers saved by then.\n\nEvery answer you have given is "
            "saved: open QuizApp again to resume the exam.",
            "Quit",
            "Back to the exam",
        )

    def _exam_unfinished(self, message: str, attempt_uuid: str) -> None:
        self._notice.show_message(
            message, NoticeKind.ERROR, action=("Resume it", lambda: self.open_attempt(attempt_uuid))
        )

    def check_glyphs(self, text: str) -> None:
        """When text on screen has characters no installed font has (they show as boxes),
        say which font package draws them: once per package, and never over an error."""
        from quizapp.ui.glyphs import missing_glyphs

        found = missing_glyphs(text)
        if found is None or found.packages in self._glyphs_told:
            return
        if self._notice.text() and self._notice.kind is NoticeKind.ERROR:
            return  # the error first; the next text that needs the fonts says it
        self._glyphs_told.add(found.packages)
        # Which packages only: the characters may be a trainee's name.
        log.warning("Text with characters no font has; to install: %s", " ".join(found.packages))
        self._notice.show_message(found.message)

    def show_error(self, message: str) -> None:
        self._notice.show_message(message, NoticeKind.ERROR)

    def _save_failed(self, message: str) -> None:
        self.show_error(
            f"Your last answer could not be saved: {message}\nIt is still on screen and "
            "QuizApp keeps trying to save it. Please do not close QuizApp until this message "
            "goes away."
        )
