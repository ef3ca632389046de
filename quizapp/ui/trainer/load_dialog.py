"""Loading question files: what they hold first, then the load with progress and Cancel.

The preview says, per file, what would be stored (counts by type, what is skipped and what
is invalid with its line, in the words of `quizapp import`, and what a new version changes);
nothing is written until Load. A load runs on the task runner, a file per transaction: Cancel
takes back the file being written whole, and says which files were stored before it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.services.question_sets import ImportReport
from quizapp.services.set_admin import LoadPreview
from quizapp.ui.tasks import Progress, Task

if TYPE_CHECKING:
    from quizapp.services.facade import Services
    from quizapp.services.trainer import TrainerKey
    from quizapp.ui.trainer.area import TrainerArea

TYPE_NAMES = {"single": "one answer", "multiple": "several answers", "short": "short answer"}


def preview_text(preview: LoadPreview) -> str:
    """One file's preview, as plain text lines."""
    report = preview.report
    lines = [f"{preview.path.name}"]
    if preview.result is not None:
        counts = ", ".join(
            f"{n} {TYPE_NAMES.get(kind, kind)}" for kind, n in sorted(report.by_type.items())
        )
        lines.append(
            f"  {report.questions} question{'s' * (report.questions != 1)} ({counts or 'none'}) "
            f"in {report.format} as set '{report.set_id}'"
        )
        if not report.created and not report.errors:
            lines.append(f"  unchanged: the set is already at version {report.version}")
        elif preview.exists and report.changes is not None:
            lines.append(f"  a new version {report.version}: {report.changes.describe()}")
            for word, keys in (
                ("added", report.changes.added),
                ("removed", report.changes.removed),
                ("edited", report.changes.edited),
            ):
                if keys:
                    lines.append(f"    {word}: {', '.join(keys[:12])}{' …' * (len(keys) > 12)}")
        elif report.created:
            lines.append("  a new set")
    if report.skipped:
        lines.append(f"  skipped {len(report.skipped)} (not questions QuizApp can ask):")
    lines.extend(f"    {line}" for line in report.problem_lines() if ": skipped: " in line)
    if report.errors:
        lines.append(f"  invalid {len(report.errors)}:")
        lines.extend(f"    {problem}" for problem in report.errors)
    return "\n".join(lines)


class LoadDialog(QDialog):
    def __init__(self, area: TrainerArea, paths: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent or area)
        self._area = area
        self.previews: list[LoadPreview] = []
        self.loaded: list[ImportReport] = []
        self.task: Task | None = None
        self.setWindowTitle("Load question files")
        self.setAccessibleName("Load question files")
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setAccessibleName("What the files hold")
        self.summary.setPlainText("Reading " + ", ".join(p.name for p in paths) + "…")
        self.skip_box = QCheckBox("&Skip the invalid questions and load the rest")
        self.skip_box.hide()
        self.skip_box.toggled.connect(self._update_buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Loading")
        self.progress.hide()
        self.buttons = QDialogButtonBox()
        self.load_button: QPushButton = self.buttons.addButton(
            "&Load", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button: QPushButton = self.buttons.addButton(
            QDialogButtonBox.StandardButton.Cancel
        )
        self.load_button.setEnabled(False)
        self.load_button.clicked.connect(self.load)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.skip_box)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.resize(760, 460)
        self._preview(paths)

    # -- preview -------------------------------------------------------------------------

    def _preview(self, paths: list[Path]) -> None:
        def work(services: Services, key: TrainerKey, progress: Progress) -> list[LoadPreview]:
            found = []
            for number, path in enumerate(paths):
                progress.report(number, len(paths), f"Reading {path.name}…")
                found.append(services.preview_file(key, path, progress))
            return found

        self.task = self._area.call_with_progress(
            work,
            self._previewed,
            label="Reading the files…",
            cancelled=self.reject,
            progressed=self._progressed,
        )
        self._watch(self.task)

    def _previewed(self, previews: list[LoadPreview]) -> None:
        self.task = None
        self.progress.hide()
        self.previews = previews
        self.summary.setPlainText("\n\n".join(preview_text(p) for p in previews))
        fixable = any(p.report.errors and p.loadable for p in previews)
        self.skip_box.setVisible(fixable)
        self._update_buttons()
        self.load_button.setFocus()

    def _to_load(self) -> list[LoadPreview]:
        skip = self.skip_box.isChecked()
        return [
            p
            for p in self.previews
            if p.loadable and p.report.created and (skip or not p.report.errors)
        ]

    def _update_buttons(self) -> None:
        to_load = self._to_load()
        self.load_button.setEnabled(bool(to_load) and self.task is None)
        refused = [p for p in self.previews if p not in to_load and not _unchanged(p)]
        text = f"{len(to_load)} file{'s' * (len(to_load) != 1)} to load."
        if refused and self.skip_box.isVisible() and not self.skip_box.isChecked():
            text += f" {len(refused)} refused: tick the box above to skip the invalid questions."
        elif refused:
            text += f" {len(refused)} refused: see why above."
        self.status.setText(text)

    # -- load --------------------------------------------------------------------------------

    def load(self) -> None:
        to_load = self._to_load()
        if not to_load or self.task is not None:
            return
        skip = self.skip_box.isChecked()
        self.load_button.setEnabled(False)
        self.skip_box.setEnabled(False)
        self.loaded = []

        def work(services: Services, key: TrainerKey, progress: Progress) -> list[ImportReport]:
            for preview in to_load:
                progress.check()
                self.loaded.append(
                    services.load_preview(key, preview, skip_invalid=skip, steps=progress)
                )
            return self.loaded

        self.task = self._area.call_with_progress(
            work,
            self._done,
            label="Loading question files…",
            cancelled=self._cancelled,
            progressed=self._progressed,
        )
        self._watch(self.task)

    def _watch(self, task: Task | None) -> None:
        if task is None:
            return
        self.progress.setRange(0, 0)  # busy until the work says how far it got
        self.progress.show()

    def _progressed(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)
        if text:
            self.status.setText(text)

    def _done(self, reports: list[ImportReport]) -> None:
        self.task = None
        self.progress.hide()
        self.status.setText("\n".join(r.outcome_line() for r in reports))
        self._finish()

    def _cancelled(self) -> None:
        self.task = None
        self.progress.hide()
        kept = [r.outcome_line() for r in self.loaded]
        self.status.setText(
            "Cancelled: the file being loaded was not stored."
            + ("\nLoaded before that:\n" + "\n".join(kept) if kept else " Nothing was stored.")
        )
        self._finish()

    def _finish(self) -> None:
        self.load_button.hide()
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText("Close")
        self.cancel_button.setFocus()
        self._area.sets_page.refresh()

    def cancel(self) -> None:
        """Stop what runs (nothing of the file being written stays), or close."""
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText("Cancelling…")
        else:
            self.reject()

    def reject(self) -> None:
        if self.task is not None:  # Escape while loading: cancel first
            self.cancel()
            return
        super().reject()


def _unchanged(preview: LoadPreview) -> bool:
    return preview.loadable and not preview.report.created and not preview.report.errors
