"""The trainer's question sets: each with its versions and exam; load files (or drop them
here); browse a version's questions with answers and quotes; edit one (a new version); set
the exam; release its answers; retire a set; export it to any format."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from quizapp.domain.exams import ShowAnswers
from quizapp.domain.questions import Question, QuestionSet
from quizapp.formats import FORMAT_NAMES
from quizapp.services.question_sets import ImportReport
from quizapp.services.set_admin import StoredVersion, TrainerSet
from quizapp.ui.trainer.exam_dialog import REMOVE, ExamDialog
from quizapp.ui.trainer.load_dialog import LoadDialog
from quizapp.ui.trainer.messages import confirm, show_problem
from quizapp.ui.trainer.models import sets_model, versions_text
from quizapp.ui.trainer.question_editor import EditQuestionDialog, question_html
from quizapp.ui.widgets import wrapped_label

if TYPE_CHECKING:
    from quizapp.services.facade import Services
    from quizapp.services.trainer import TrainerKey
    from quizapp.ui.trainer.area import TrainerArea

LOADABLE = "Question files (*.yaml *.yml *.gift *.txt *.xml *.csv *.tsv);;All files (*)"
EXPORT_FILTERS = {
    "native": "QuizApp YAML (*.yaml)",
    "gift": "Moodle GIFT (*.gift)",
    "aiken": "Aiken (*.txt)",
    "moodle-xml": "Moodle XML (*.xml)",
    "csv": "CSV table (*.csv)",
}
assert set(EXPORT_FILTERS) == set(FORMAT_NAMES)  # every format can be chosen


class SetsPage(QWidget):
    def __init__(self, area: TrainerArea) -> None:
        super().__init__()
        self._area = area
        self.setAcceptDrops(True)
        self.sets: list[TrainerSet] = []
        self.versions: list[StoredVersion] = []
        self.shown: QuestionSet | None = None
        self.edit_dialog: EditQuestionDialog | None = None
        self.load_dialog: LoadDialog | None = None

        self.model = sets_model()
        self.sets_view = QTableView()
        self.sets_view.setModel(self.model)
        self.sets_view.setAccessibleName("Question sets")
        self.sets_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sets_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sets_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sets_view.setTabKeyNavigation(False)
        self.sets_view.setAlternatingRowColors(True)
        self.sets_view.verticalHeader().hide()
        header = self.sets_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.sets_view.selectionModel().currentRowChanged.connect(self._set_chosen)

        self.load_button = QPushButton("&Load files…")
        self.load_button.setToolTip("Or drop question files on this page")
        self.load_button.clicked.connect(self.choose_files)
        self.exam_button = QPushButton("E&xam…")
        self.exam_button.clicked.connect(self.edit_exam)
        self.release_button = QPushButton("Release &answers")
        self.release_button.clicked.connect(self.toggle_release)
        self.retire_button = QPushButton("&Retire")
        self.retire_button.clicked.connect(self.toggle_retired)
        self.export_button = QPushButton("Ex&port…")
        self.export_button.clicked.connect(self.choose_export)
        buttons = QHBoxLayout()
        for button in (
            self.load_button,
            self.exam_button,
            self.release_button,
            self.retire_button,
            self.export_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.drop_hint = QLabel("Drop question files here to load them.")
        self.drop_hint.setEnabled(False)  # drawn as a hint, in the theme's dim text

        self.version_box = QComboBox()
        self.version_box.setAccessibleName("Version")
        self.version_box.activated.connect(self._version_chosen)
        self.questions_list = QListWidget()
        self.questions_list.setAccessibleName("Questions of this version")
        self.questions_list.setWordWrap(True)
        # Wrapped to the list's width, laid out again as it changes: no line runs off its edge.
        self.questions_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.questions_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.questions_list.setProperty("wrapping", True)  # the sheet's rule for wrapped items
        self.questions_list.setSpacing(3)  # the room the items' padding gave, kept by the layout
        self.questions_list.currentRowChanged.connect(self._question_chosen)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName("The question with its answer and quote")
        self.detail.setOpenLinks(False)
        self.edit_button = QPushButton("&Edit question…")
        self.edit_button.clicked.connect(self.edit_question)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        left_layout.addWidget(self.sets_view, 1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.drop_hint)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 0, 0)
        version_row = QHBoxLayout()
        version_label = QLabel("&Version:")
        version_label.setBuddy(self.version_box)
        version_row.addWidget(version_label)
        version_row.addWidget(self.version_box, 1)
        right_layout.addLayout(version_row)
        right_layout.addWidget(self.questions_list, 2)
        right_layout.addWidget(self.detail, 3)
        edit_row = QHBoxLayout()
        edit_row.addStretch(1)
        edit_row.addWidget(self.edit_button)
        right_layout.addLayout(edit_row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        # The sets' table asks for all its columns: without sizes of its own the questions
        # and their answers were left a narrow strip.
        splitter.setSizes([6000, 4000])
        splitter.setChildrenCollapsible(False)
        self.empty_label = wrapped_label(
            "No question sets yet: load files (or drop them here), or generate a set from a "
            "document."
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    # -- the list ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self._area.call(lambda s, key: s.trainer_sets(key), self._show_sets)

    def _show_sets(self, sets: list[TrainerSet]) -> None:
        chosen = self.chosen()
        self.sets = sets
        self.model.set_rows(sets)
        self.empty_label.setVisible(not sets)
        slugs = [s.slug for s in sets]
        if sets:
            row = slugs.index(chosen.slug) if chosen and chosen.slug in slugs else 0
            self.sets_view.selectRow(row)
            self._load_set(sets[row])
        self._update_buttons()

    def chosen(self) -> TrainerSet | None:
        index = self.sets_view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def select(self, slug: str) -> None:
        row = next(i for i, s in enumerate(self.sets) if s.slug == slug)
        self.sets_view.selectRow(row)

    def _set_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._load_set(self.model.rows[current.row()])
        self._update_buttons()

    def _load_set(self, chosen: TrainerSet, version: int | None = None) -> None:
        """Its versions, and the questions of `version` (the newest when None)."""

        def read(services: Services, key: TrainerKey) -> tuple[list[StoredVersion], QuestionSet]:
            return services.set_versions(key, chosen.slug), services.browse_set(
                key, chosen.slug, version
            )

        self._area.call(read, lambda found: self._show_version(*found, version))

    def _show_version(
        self, versions: list[StoredVersion], shown: QuestionSet, version: int | None
    ) -> None:
        self.versions, self.shown = versions, shown
        self.version_box.clear()
        for stored in self.versions:
            self.version_box.addItem(versions_text(stored), stored.version)
        numbers = [v.version for v in versions]
        self.version_box.setCurrentIndex(numbers.index(version) if version in numbers else 0)
        self.questions_list.clear()
        for number, question in enumerate(self.shown.questions, 1):
            self.questions_list.addItem(f"{number}. {question.prompt}")
        if self.shown.questions:
            self.questions_list.setCurrentRow(0)
        self._update_buttons()

    def _version_chosen(self, index: int) -> None:
        chosen = self.chosen()
        if chosen is not None and index >= 0:
            self._load_set(chosen, self.version_box.itemData(index))

    def _question_chosen(self, row: int) -> None:
        question = self.current_question()
        self.detail.setHtml(question_html(question) if question else "")
        self._update_buttons()

    def current_question(self) -> Question | None:
        row = self.questions_list.currentRow()
        if self.shown is None or not 0 <= row < len(self.shown.questions):
            return None
        return self.shown.questions[row]

    def _update_buttons(self) -> None:
        chosen = self.chosen()
        for button in (self.exam_button, self.retire_button, self.export_button):
            button.setEnabled(chosen is not None)
        self.retire_button.setText("Bring &back" if chosen and chosen.retired else "&Retire")
        on_release = (
            chosen is not None
            and chosen.exam is not None
            and chosen.exam.settings.show_answers is ShowAnswers.ON_RELEASE
        )
        self.release_button.setVisible(on_release)
        if on_release and chosen is not None and chosen.exam is not None:
            released = chosen.exam.released_at is not None
            self.release_button.setText(
                "Take back the &answers" if released else "Release &answers"
            )
        newest = self.version_box.currentIndex() == 0
        self.edit_button.setEnabled(self.current_question() is not None and newest)
        self.edit_button.setToolTip("" if newest else "Only the newest version can be edited")

    # -- loading ------------------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, "Load question files", "", LOADABLE)
        if names:
            self.load_files([Path(name) for name in names])

    def load_files(self, paths: list[Path]) -> None:
        self.load_dialog = LoadDialog(self._area, paths, self)
        self.load_dialog.open()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.load_files(paths)

    # -- one set ---------------------------------------------------------------------------------

    def edit_question(self) -> None:
        chosen, question = self.chosen(), self.current_question()
        if chosen is None or question is None:
            return
        self.edit_dialog = EditQuestionDialog(question, self)
        self.edit_dialog.accepted.connect(lambda: self._save_question(chosen.slug))
        self.edit_dialog.open()

    def _save_question(self, slug: str) -> None:
        assert self.edit_dialog is not None
        edited = self.edit_dialog.editor.question()
        if edited is None:
            return

        def saved(report: ImportReport) -> None:
            changed = f"version {report.version}" if report.created else "no change"
            self._area.tell(f"Saved as {changed}.")
            self.refresh()

        self._area.call(
            lambda s, key: s.edit_question(key, slug, edited), saved, title="Question not saved"
        )

    def edit_exam(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        dialog = ExamDialog(chosen.title, chosen.question_count, chosen.exam, self)
        result = dialog.exec()
        if result == REMOVE:
            self._area.call(
                lambda s, key: s.remove_exam(key, chosen.slug), lambda _: self.refresh()
            )
        elif result == QDialog.DialogCode.Accepted:
            settings = dialog.settings()
            self._area.call(
                lambda s, key: s.save_exam(key, chosen.slug, settings),
                lambda _: self.refresh(),
                title="Exam not saved",
            )

    def toggle_release(self) -> None:
        chosen = self.chosen()
        if chosen is None or chosen.exam is None:
            return
        release = chosen.exam.released_at is None
        self._area.call(
            lambda s, key: s.release_answers(key, chosen.slug, released=release),
            lambda _: self.refresh(),
        )

    def toggle_retired(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        retire = not chosen.retired
        if retire and not confirm(
            self,
            "Retire this set?",
            f"Retire “{chosen.title}”? Trainees will no longer see it or start it. Its "
            "versions and every score on it stay, and you can bring it back later.",
            "Retire",
            destructive=False,
        ):
            return
        self._area.call(
            lambda s, key: s.retire_set(key, chosen.slug, retired=retire), lambda _: self.refresh()
        )

    def choose_export(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        filters = ";;".join(EXPORT_FILTERS.values())
        name, chosen_filter = QFileDialog.getSaveFileName(
            self, "Export the set", f"{chosen.slug}.yaml", filters
        )
        if not name:
            return
        fmt = next(f for f, text in EXPORT_FILTERS.items() if text == chosen_filter)
        self.export_to(Path(name), fmt)

    def export_to(self, path: Path, fmt: str) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        version = self.version_box.currentData()

        def written(qset: QuestionSet) -> None:
            self._area.tell(f"Wrote {len(qset.questions)} questions to {path}.")

        def refused(error: Exception) -> None:
            show_problem(self, "Not exported", str(error))

        self._area.call(
            lambda s, key: s.export_set(key, chosen.slug, path, fmt, version),
            written,
            failed=refused,
        )
