"""The crash dialog: an unexpected exception is logged and shown, never a silent exit.

Errors a user can act on (a bad name, a failing disk) are shown where they happen; anything
reaching here is a bug, so the dialog names the log file that holds the details for whoever
fixes it, and reassures the trainee that their acknowledged answers are safe.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)


def report_crash(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """Log the exception and tell the user in a dialog; the app keeps running after it."""
    # Imported here: quizapp.logs brings in logging.handlers, which the first window does not
    # need (about a tenth of the start-up floor).
    from quizapp.logs import log_file

    log.error("Unexpected error", exc_info=(kind, error, trace))
    if QApplication.instance() is None:
        sys.__excepthook__(kind, error, trace)
        return
    from PySide6.QtWidgets import QMessageBox  # imported when needed: the first frame is not

    box = QMessageBox(QMessageBox.Icon.Critical, "QuizApp – unexpected error", "")
    box.setText("Something went wrong inside QuizApp.")
    box.setInformativeText(
        f"{kind.__name__}: {error}\n\nEvery answer that was shown as saved is safe in the "
        f"database. The details were written to {_where(log_file())}\n"
        "Please send that file to whoever looks after QuizApp."
    )
    box.setDetailedText("".join(traceback.format_exception(kind, error, trace)))
    box.setAccessibleName("Unexpected error")
    box.exec()


def _where(path: Path | None) -> str:
    return f"the log file:\n{path}" if path else "the error output (there is no log file)."


def install_crash_dialog() -> None:
    sys.excepthook = report_crash


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """A blocking error dialog for problems that stop the app before its window exists."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, title, message, parent=parent)
    box.setAccessibleName(title)
    box.exec()
