"""An attempt's review for the trainer: the trainee's own results screen (ui/trainee), every
question with its answer and explanation, in a dialog over the trainer's pages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from quizapp.domain.questions import Question, SourceDocument
from quizapp.domain.session import Attempt
from quizapp.ui.trainee.results_page import ResultsPage

if TYPE_CHECKING:
    from quizapp.ui.reader_dialog import ReaderDialog
    from quizapp.ui.trainer.area import TrainerArea


class ReviewDialog(QDialog):
    def __init__(self, area: TrainerArea, attempt: Attempt, parent: QWidget) -> None:
        super().__init__(parent)
        self._area = area
        self.reader: ReaderDialog | None = None
        self.setWindowTitle(f"Review — {attempt.set_title}")
        self.setAccessibleName("Review of an attempt")
        self.results = ResultsPage()
        self.results.done_button.setText("&Close")
        self.results.done_button.setAccessibleName("Close the review")
        self.results.done.connect(self.accept)
        self.results.passage_requested.connect(self._read)
        layout = QVBoxLayout(self)
        layout.addWidget(self.results)
        self.results.show_attempt(attempt)
        window = parent.window()
        self.resize(window.width() * 9 // 10, window.height() * 9 // 10)

    def _read(self, attempt_uuid: str, question: Question) -> None:
        self._area.call(
            lambda s, _key: s.attempt_document(attempt_uuid),
            lambda document: self._show_passage(document, question),
        )

    def _show_passage(self, document: SourceDocument | None, question: Question) -> None:
        from quizapp.ui.reader_dialog import ReaderDialog

        if document is None:
            self._area.tell("The source of this question set is not in the database.")
            return
        self.reader = ReaderDialog(document, question, self)
        self.reader.open()
