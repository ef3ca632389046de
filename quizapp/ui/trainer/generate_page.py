"""Generating a set from a trainer's document: every draft with its answer, quote and
explanation, and the generator's coverage report; untick a draft or edit its words, then
save the rest as a set that keeps the document (so reviews quote it). The drafts the
generator left out for want of a reason follow, unticked: a trainer who knows why the rule
holds writes it into the explanation and ticks them.

Nothing is stored before Save. Saving under the id of a set that exists asks first, so
generating the same document again never quietly replaces the set the trainer saved.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from quizapp.domain.questions import Question, QuestionSet
from quizapp.services.errors import ServiceError
from quizapp.services.generation import Drafts
from quizapp.services.question_sets import ImportReport
from quizapp.services.set_admin import SetExists
from quizapp.ui.trainer.messages import confirm, show_problem
from quizapp.ui.trainer.question_editor import QuestionEditor
from quizapp.ui.widgets import WrappedRowDelegate, wrapped_label

if TYPE_CHECKING:
    from quizapp.services.facade import Services
    from quizapp.services.trainer import TrainerKey
    from quizapp.ui.tasks import Progress
    from quizapp.ui.trainer.area import TrainerArea

DOCUMENTS = "Documents (*.txt *.md *.markdown)"


class GeneratePage(QWidget):
    def __init__(self, area: TrainerArea) -> None:
        super().__init__()
        self._area = area
        self.drafts: Drafts | None = None
        self.questions: list[Question] = []  # the drafts as edited so far
        self._editing = -1
        # Rows of drafts that wait for a reason, with the explanation the generator gave them:
        # one saved unchanged would explain nothing.
        self._unexplained: dict[int, str] = {}

        self.choose_button = QPushButton("Choose a &document…")
        self.choose_button.clicked.connect(self.choose_document)
        self.intro = wrapped_label(
            "Choose a plain-text or Markdown document: QuizApp drafts questions from it. "
            "Untick the ones to leave out, correct the words of any, then save them as a set. "
            "Those marked “Needs a reason” are kept once you write why their rule holds."
        )
        self.drafts_list = QListWidget()
        self.drafts_list.setAccessibleName("Drafted questions (ticked ones are saved)")
        self.drafts_list.setWordWrap(True)
        self.drafts_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.drafts_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.drafts_list.setProperty("wrapping", True)  # the sheet's rule for wrapped items
        self.drafts_list.setSpacing(3)  # the room the items' padding gave, kept by the layout
        self.drafts_list.setItemDelegate(WrappedRowDelegate(self.drafts_list))
        self.drafts_list.currentRowChanged.connect(self._draft_chosen)
        self.drafts_list.itemChanged.connect(lambda _item: self._update_save())
        self.editor = QuestionEditor()
        self.reason_hint = wrapped_label(
            "QuizApp found no reason for this rule in the document, so it left the question "
            "out: an explanation that only repeats the rule teaches nothing. Write in the "
            "explanation why the rule holds, then tick the question to keep it."
        )
        editor_page = QWidget()
        editor_layout = QVBoxLayout(editor_page)
        editor_layout.addWidget(self.reason_hint)
        editor_layout.addWidget(self.editor, 1)
        editor_scroll = QScrollArea()
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setWidget(editor_page)
        self.report_view = QPlainTextEdit()
        self.report_view.setReadOnly(True)
        self.report_view.setAccessibleName("What the generator found, kept and dropped")
        self.right_tabs = QTabWidget()
        self.right_tabs.addTab(editor_scroll, "The &question")
        self.right_tabs.addTab(self.report_view, "Co&verage report")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.drafts_list)
        splitter.addWidget(self.right_tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        self.id_field = QLineEdit()
        self.id_field.setAccessibleName("Set id")
        self.title_field = QLineEdit()
        self.title_field.setAccessibleName("Set title")
        self.save_button = QPushButton("&Save as a set")
        self.save_button.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow("Set &id:", self.id_field)
        form.addRow("&Title:", self.title_field)
        save_row = QHBoxLayout()
        save_row.addLayout(form, 1)
        save_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)
        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(save_row)
        self._show(None)

    def choose_document(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Generate from a document", "", DOCUMENTS)
        if name:
            self.draft(Path(name))

    def draft(self, path: Path) -> None:
        self.choose_button.setEnabled(False)

        def work(services: Services, key: TrainerKey, progress: Progress) -> Drafts:
            return services.draft_from_document(key, path, progress)

        def failed(error: ServiceError) -> None:
            self.choose_button.setEnabled(True)
            show_problem(self, "No questions drafted", str(error))

        self._area.call_with_progress(
            work,
            self._drafted,
            label=f"Drafting questions from {path.name}…",
            failed=failed,
            cancelled=lambda: self.choose_button.setEnabled(True),
        )

    def _drafted(self, drafts: Drafts) -> None:
        self.choose_button.setEnabled(True)
        self._show(drafts)
        if drafts.nothing_drafted:
            self.right_tabs.setCurrentWidget(self.report_view)
            show_problem(self, "No questions drafted", drafts.nothing_drafted)

    def _show(self, drafts: Drafts | None) -> None:
        self.drafts = drafts
        kept = list(drafts.question_set.questions) if drafts else []
        waiting = list(drafts.needing_reasons) if drafts else []
        self.questions = kept + waiting
        self._unexplained = {len(kept) + n: q.explanation for n, q in enumerate(waiting)}
        self._editing = -1
        self.drafts_list.blockSignals(True)
        self.drafts_list.clear()
        for row, question in enumerate(self.questions):
            item = QListWidgetItem(self._label(row, question))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Unchecked if row in self._unexplained else Qt.CheckState.Checked
            )
            if row in self._unexplained:
                item.setToolTip("No reason found: write why in its explanation to keep it")
            self.drafts_list.addItem(item)
        self.drafts_list.blockSignals(False)
        self.report_view.setPlainText(drafts.report if drafts else "")
        self.id_field.setText(drafts.question_set.id if drafts else "")
        self.title_field.setText(drafts.question_set.title if drafts else "")
        self.editor.show_question(None)
        self.reason_hint.setVisible(False)
        for widget in (self.drafts_list, self.right_tabs, self.id_field, self.title_field):
            widget.setEnabled(drafts is not None)
        if self.questions:
            self.drafts_list.setCurrentRow(0)
        self._update_save()

    def forget(self) -> None:
        """Trainer mode locked: no draft stays on screen for the next person."""
        self._show(None)

    def _keep_edits(self) -> None:
        if 0 <= self._editing < len(self.questions):
            edited = self.editor.question()
            if edited is not None:
                self.questions[self._editing] = edited
                self.drafts_list.item(self._editing).setText(self._label(self._editing, edited))

    def _label(self, row: int, question: Question) -> str:
        """A draft as listed: one that waits for a reason says so until it has one."""
        if self._unexplained.get(row) == question.explanation:
            return f"Needs a reason: {question.prompt}"
        return question.prompt

    def _draft_chosen(self, row: int) -> None:
        self._keep_edits()
        self._editing = row
        self.editor.show_question(self.questions[row] if 0 <= row < len(self.questions) else None)
        self.reason_hint.setVisible(row in self._unexplained)

    def ticked(self) -> list[Question]:
        self._keep_edits()
        return [
            question
            for row, question in enumerate(self.questions)
            if self.drafts_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _update_save(self) -> None:
        count = sum(
            self.drafts_list.item(row).checkState() == Qt.CheckState.Checked
            for row in range(self.drafts_list.count())
        )
        self.save_button.setEnabled(count > 0)
        self.save_button.setText(f"&Save {count} question{'s' * (count != 1)} as a set")

    def save(self, *, replace_existing: bool = False) -> None:
        if self.drafts is None:
            return
        ticked = self.ticked()  # the edits in the editor kept first
        still = [
            self.questions[row].prompt
            for row, original in self._unexplained.items()
            if self.drafts_list.item(row).checkState() == Qt.CheckState.Checked
            and self.questions[row].explanation == original
        ]
        if still:
            show_problem(
                self,
                "Write why first",
                "These ticked questions still have only the rule as their explanation. Write "
                "why each rule holds, or untick them:\n\n" + "\n".join(f"• {p}" for p in still),
            )
            return
        qset: QuestionSet = replace(
            self.drafts.question_set,
            id=self.id_field.text().strip(),
            title=self.title_field.text().strip() or self.drafts.question_set.title,
            questions=tuple(ticked),
        )

        def refused(error: ServiceError) -> None:
            if isinstance(error, SetExists) and confirm(
                self,
                "Replace the set?",
                f"{error}\n\nSave anyway as version {error.version + 1}? Otherwise change the "
                "set id to save it as a set of its own.",
                f"Save as version {error.version + 1}",
                destructive=True,
            ):
                self.save(replace_existing=True)
            elif not isinstance(error, SetExists):
                show_problem(self, "Set not saved", str(error))

        self._area.call(
            lambda s, key: s.save_set(key, qset, replace_existing=replace_existing),
            self._saved,
            failed=refused,
        )

    def _saved(self, report: ImportReport) -> None:
        self._area.tell(
            f"Saved {report.questions} questions as set '{report.set_id}' version {report.version}."
        )
        self._show(None)
        self._area.sets_page.refresh()
        self._area.tabs.setCurrentWidget(self._area.sets_page)
