"""Results out of the app, for the trainer: attempts.csv and responses.csv into a chosen folder,
and a PDF report of one trainee or one set. The place comes from a file dialog; the work runs
on the task runner, the window's activity bar showing how far it got (and Cancel before the
file is written), and the trainer is told where the files went."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QFileDialog, QWidget

from quizapp.services.errors import InvalidInput
from quizapp.services.score_exports import ATTEMPTS_FILE, RESPONSES_FILE, ExportedResults
from quizapp.ui.scores import pdf_report
from quizapp.ui.tasks import Progress

if TYPE_CHECKING:
    from quizapp.services.facade import Services
    from quizapp.services.trainer import TrainerKey
    from quizapp.ui.trainer.area import TrainerArea

PDF_FILTER = "PDF documents (*.pdf)"
T = TypeVar("T")
Work = Callable[["Services", "TrainerKey", Progress], T]


def file_name(text: str) -> str:
    """A name safe in any file system, from a trainee's name or a set's id."""
    kept = "".join(c if c.isalnum() or c in "-_" else "-" for c in text.strip())
    return kept.strip("-") or "report"


class Exports:
    def __init__(self, area: TrainerArea, parent: QWidget) -> None:
        self._area = area
        self._parent = parent

    def csv(self, *, set_slug: str | None, trainee_name: str | None) -> None:
        """attempts.csv and responses.csv of the set and trainee given (or everyone's)."""
        folder = QFileDialog.getExistingDirectory(
            self._parent, f"Export {ATTEMPTS_FILE} and {RESPONSES_FILE} into which folder?"
        )
        if not folder:
            return

        def work(services: Services, key: TrainerKey, progress: Progress) -> ExportedResults:
            progress.report(0, 0, f"Writing {ATTEMPTS_FILE} and {RESPONSES_FILE}…")
            return services.export_results_csv(
                key, Path(folder), set_slug=set_slug, trainee_name=trainee_name
            )

        self._area.call_with_progress(
            writing(work),
            lambda done: self._area.tell(
                f"Wrote {done.attempts} attempts to {ATTEMPTS_FILE} and {done.responses} "
                f"answers to {RESPONSES_FILE} in {done.folder}."
            ),
            label="Exporting the results…",
            title="The results could not be exported",
        )

    def trainee_pdf(self, trainee_name: str, set_slug: str | None) -> None:
        path = self._ask_pdf(f"Report of {trainee_name}", f"{file_name(trainee_name)}.pdf")
        if path is None:
            return

        def work(services: Services, key: TrainerKey, progress: Progress) -> Path:
            progress.report(0, 2, f"Reading the scores of {trainee_name}…")
            report = services.trainee_report(key, trainee_name, set_slug)
            progress.check()
            progress.report(1, 2, f"Writing {path.name}…")
            pdf_report.write_trainee_report(report, path, printed=services.now())
            return path

        self._run(work, f"The report of {trainee_name}")

    def set_pdf(self, set_slug: str, version: int | None, *, first_attempts: bool) -> None:
        path = self._ask_pdf("Report of the set's statistics", f"{file_name(set_slug)}.pdf")
        if path is None:
            return

        def work(services: Services, key: TrainerKey, progress: Progress) -> Path:
            progress.report(0, 2, "Working out the statistics…")
            stats = services.set_statistics(key, set_slug, version, first_attempts=first_attempts)
            progress.check()
            progress.report(1, 2, f"Writing {path.name}…")
            pdf_report.write_set_report(stats, path, printed=services.now())
            return path

        self._run(work, "The statistics report")

    def _ask_pdf(self, title: str, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self._parent, title, suggested, PDF_FILTER)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def _run(self, work: Work[Path], what: str) -> None:
        self._area.call_with_progress(
            writing(work),
            lambda path: self._area.tell(f"{what} is in {path}."),
            label=f"Writing {what.lower()}…",
            title=f"{what} could not be written",
        )


def writing(work: Work[T]) -> Work[T]:
    """`work`, with a file that cannot be written (a full disk, a folder without the right
    to write) told to the trainer as a problem with the file's name, not as a crash."""

    def run(services: Services, key: TrainerKey, progress: Progress) -> T:
        try:
            return work(services, key, progress)
        except OSError as error:
            where = f" ({error.filename})" if error.filename else ""
            problem = f"The file could not be written{where}: {error.strerror}."
            raise InvalidInput(problem) from error

    return run
