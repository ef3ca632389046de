"""Generating a set from a trainer's document in the app: every draft with its coverage
report, to be reviewed (unticked, edited) before it is saved as a set with the document.

The drafts are only drafts: nothing is stored until the trainer saves (set_admin.save_set),
and a set saved under an id already taken is replaced only when the trainer says so, so a
later regeneration of the same document never quietly overwrites the trainer's edits.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from quizapp.domain.clock import Clock
from quizapp.domain.problems import QuestionFileError
from quizapp.domain.questions import Question, QuestionSet, normalise_source_text
from quizapp.services.errors import InvalidInput
from quizapp.services.steps import Steps
from quizapp.services.trainer import TrainerKey, require
from quizapp.storage.database import Database

DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown")


@dataclass(frozen=True)
class Drafts:
    """The generator's set for a document (not stored), its report as plain text, and the
    questions it left out for want of a reason, which the trainer may give and keep them."""

    document: Path
    question_set: QuestionSet
    report: str
    needing_reasons: tuple[Question, ...] = ()

    @property
    def nothing_drafted(self) -> str:
        """Why the drafts are empty, for the trainer, or "" when there are drafts: the report
        still says what each section holds, so the trainer sees what to write by hand."""
        if self.question_set.questions or self.needing_reasons:
            return ""
        return (
            f"No question could be drawn from {self.document.name}: the generator asks about "
            "sentences that define, list, name or number things, and it found none it could "
            "ask about here. The coverage report shows what it found in each section."
        )


def draft_from_document(
    db: Database, key: TrainerKey, path: Path, *, clock: Clock, steps: Steps | None = None
) -> Drafts:
    """Draft every question the generator finds in a .txt or .md document."""
    require(db, key, clock)
    from quizapp.formats.base import read_text_file
    from quizapp.formats.interchange import default_title, slugify
    from quizapp.generate import analyse, generate_set, needing_reasons
    from quizapp.generate.report import format_report, section_reports

    if path.suffix.lower() not in DOCUMENT_SUFFIXES:
        raise InvalidInput(f"{path.name}: choose a plain-text (.txt) or Markdown (.md) document.")
    try:
        text = read_text_file(path)
    except QuestionFileError as error:
        raise InvalidInput(str(error)) from error
    if steps is not None:
        steps.report(0, 2, f"Reading {path.name}…")
    qset = generate_set(text, set_id=slugify(path.stem) or "document")
    if not qset.title:
        qset = replace(qset, title=default_title(path))
    if steps is not None:
        steps.check()
        steps.report(1, 2, "Writing the coverage report…")
    analysis = analyse(normalise_source_text(text))
    return Drafts(path, qset, format_report(section_reports(analysis)), needing_reasons(analysis))
