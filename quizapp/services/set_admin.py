"""The trainer's work on question sets: the list with versions, browsing a version, loading
files with a preview first, editing a question, retiring a set, exporting.

Every function takes the trainer's key and refuses without an unlocked session. A load is
two steps: `preview_file` reads the file and says what would be stored (counts by type,
what is skipped and what is invalid, in the words of `quizapp import`, and what the new
version changes); `load_preview` then stores exactly what was shown, in one transaction that
a cancel takes back whole.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from quizapp.domain.clock import Clock
from quizapp.domain.exams import Exam
from quizapp.domain.problems import Problem, QuestionFileError
from quizapp.domain.question_rules import question_problems
from quizapp.domain.questions import Question, QuestionSet
from quizapp.domain.set_changes import SetChanges
from quizapp.formats.base import ReadResult
from quizapp.formats.interchange import ExportError
from quizapp.services.errors import InvalidInput, NotFound, once_more_on_conflict, unit_of_work
from quizapp.services.question_sets import (
    ImportReport,
    export_set,
    get_set,
    import_result,
    read_question_file,
)
from quizapp.services.steps import Steps
from quizapp.services.trainer import TrainerKey, require
from quizapp.storage import exams as exam_store
from quizapp.storage import question_sets as store
from quizapp.storage import trainer as trainer_store
from quizapp.storage.database import Database
from quizapp.storage.question_sets import StoredVersion

__all__ = ["LoadPreview", "StoredVersion", "TrainerSet"]


@dataclass(frozen=True)
class TrainerSet:
    """A set as the trainer manages it."""

    slug: str
    title: str
    version: int
    versions: int
    question_count: int
    origin: str
    retired: bool
    exam: Exam | None


@dataclass(frozen=True)
class LoadPreview:
    """What loading a file would store; `report` as `quizapp import --dry-run` has it."""

    path: Path
    report: ImportReport
    result: ReadResult | None  # None when the file could not be read at all
    file_sha256: str | None
    exists: bool  # the set is stored already: this makes a new version of it

    @property
    def changes(self) -> SetChanges | None:
        return self.report.changes

    @property
    def loadable(self) -> bool:
        """Something can be stored, the invalid questions skipped if there are any."""
        return self.result is not None and bool(self.result.question_set.questions)


def trainer_sets(db: Database, key: TrainerKey, *, clock: Clock) -> list[TrainerSet]:
    """Every set, retired ones too, by title."""
    require(db, key, clock)
    with unit_of_work(db) as session:
        newest = store.list_newest(session)
        counts = store.version_counts(session)
        retired = trainer_store.retired_slugs(session)
        exams = exam_store.all_exams(session)
    return [
        TrainerSet(
            s.slug,
            s.title,
            s.version,
            counts.get(s.slug, 1),
            s.question_count,
            s.origin,
            s.slug in retired,
            exams[s.slug][1] if s.slug in exams else None,
        )
        for s in newest
    ]


def set_versions(db: Database, key: TrainerKey, slug: str, *, clock: Clock) -> list[StoredVersion]:
    require(db, key, clock)
    with unit_of_work(db) as session:
        return store.versions(session, slug)


def browse(
    db: Database, key: TrainerKey, slug: str, version: int | None = None, *, clock: Clock
) -> QuestionSet:
    """A version's questions with their answers, quotes and explanations."""
    require(db, key, clock)
    return get_set(db, slug, version)


def preview_file(
    db: Database, key: TrainerKey, path: Path, *, clock: Clock, steps: Steps | None = None
) -> LoadPreview:
    """Read `path` and say what loading it would store; writes nothing."""
    require(db, key, clock)
    if steps is not None:
        steps.report(0, 0, f"Reading {path.name}…")
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        result = read_question_file(path)
    except OSError as error:
        unread = Problem(str(path), None, f"cannot read the file: {error.strerror or error}")
        report = ImportReport(str(path), errors=[unread], refused=True)
        return LoadPreview(path, report, None, None, False)
    except QuestionFileError as error:
        report = ImportReport(
            str(path), skipped=list(error.skipped), errors=error.problems, refused=True
        )
        return LoadPreview(path, report, None, None, False)
    if steps is not None:
        steps.check()
    report = import_result(db, result, file=str(path), dry_run=True)
    with unit_of_work(db) as session:
        exists = store.newest_version(session, result.question_set.id) is not None
    return LoadPreview(path, report, result, digest, exists)


def load_preview(
    db: Database,
    key: TrainerKey,
    preview: LoadPreview,
    *,
    skip_invalid: bool = False,
    clock: Clock,
    steps: Steps | None = None,
) -> ImportReport:
    """Store what `preview` showed (the invalid questions only when `skip_invalid`)."""
    require(db, key, clock)
    if preview.result is None:
        return preview.report
    return import_result(
        db,
        preview.result,
        file=str(preview.path),
        file_sha256=preview.file_sha256,
        skip_invalid=skip_invalid,
        steps=steps,
    )


def edit_question(
    db: Database, key: TrainerKey, slug: str, question: Question, *, clock: Clock
) -> ImportReport:
    """Store the newest version with `question` (found by its key) as edited: a new version,
    so attempts already taken keep and show the text they were asked."""
    require(db, key, clock)
    if problems := question_problems(question):
        raise InvalidInput("This question cannot be saved: " + "; ".join(problems) + ".")
    current = get_set(db, slug)
    keys = [q.key for q in current.questions]
    if question.key not in keys:
        raise NotFound(f"Set {slug!r} has no question {question.key!r} any more.")
    questions = tuple(question if q.key == question.key else q for q in current.questions)
    edited = replace(current, questions=questions)
    return _store_trainer_version(db, edited, origin="edited", file="(edited in QuizApp)")


def save_set(
    db: Database,
    key: TrainerKey,
    qset: QuestionSet,
    *,
    replace_existing: bool,
    origin: str,
    clock: Clock,
) -> ImportReport:
    """Store a set the trainer made in the app (generated and reviewed). A set by that id
    is replaced (as a new version) only when the trainer said so: SetExists otherwise."""
    require(db, key, clock)
    if not qset.questions:
        raise InvalidInput("Keep at least one question to save the set.")
    for question in qset.questions:
        if problems := question_problems(question):
            raise InvalidInput(
                f"Question “{question.prompt[:60]}” cannot be saved: " + "; ".join(problems)
            )
    if not replace_existing:
        with unit_of_work(db) as session:
            newest = store.newest_version(session, qset.id)
            if newest is not None:
                raise SetExists(
                    f"There is already a set {qset.id!r} (version {newest.version}, "
                    f"“{newest.title}”). Saving would make version {newest.version + 1} of it, "
                    "which trainees then take instead.",
                    newest.version,
                )
    return _store_trainer_version(db, qset, origin=origin, file="(made in QuizApp)")


class SetExists(InvalidInput):
    def __init__(self, message: str, version: int) -> None:
        super().__init__(message)
        self.version = version


def _store_trainer_version(
    db: Database, qset: QuestionSet, *, origin: str, file: str
) -> ImportReport:
    result = ReadResult(qset, "native")
    return import_result(db, result, file=file, origin=origin)


def retire(db: Database, key: TrainerKey, slug: str, *, retired: bool, clock: Clock) -> None:
    """Trainees no longer see a retired set (nor start it); its versions and scores stay.
    With `retired` False it is offered again."""
    require(db, key, clock)

    def change() -> None:
        with unit_of_work(db, writes=True) as session:
            if store.newest_version(session, slug) is None:
                raise NotFound(f"There is no set {slug!r}.")
            if retired:
                trainer_store.retire(session, slug, datetime.now(UTC))
            else:
                trainer_store.restore(session, slug)

    once_more_on_conflict(change)


def export(
    db: Database,
    key: TrainerKey,
    slug: str,
    path: Path,
    fmt: str,
    version: int | None = None,
    *,
    clock: Clock,
) -> QuestionSet:
    """Write a version (the newest when None) in `fmt`; what does not fit the format, or a
    file that cannot be written, is said in words, and nothing is left half-written."""
    require(db, key, clock)
    try:
        return export_set(db, slug, path, fmt, version)
    except ExportError as error:
        raise InvalidInput(str(error)) from error
    except OSError as error:
        raise InvalidInput(f"{path}: cannot write the file: {error.strerror or error}") from error
