"""Importing question files into set versions, listing sets, writing them back out.

Each file is one transaction: it is checked whole first, and either every question of it is
stored or none is. A set version never changes once stored, so an unchanged file adds
nothing and a changed one adds the next version, while old attempts keep their questions.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

from quizapp.domain.exams import Exam
from quizapp.domain.problems import Problem, QuestionFileError, Skipped
from quizapp.domain.questions import QUESTION_TYPES, QuestionSet, set_id_problem
from quizapp.domain.set_changes import SetChanges, compare
from quizapp.formats.base import ReadResult
from quizapp.paths import questions_dir
from quizapp.services.errors import NotFound, once_more_on_conflict, unit_of_work
from quizapp.services.steps import Steps
from quizapp.storage import exams as exam_store
from quizapp.storage import question_sets as store
from quizapp.storage import trainer as trainer_store
from quizapp.storage.database import Database

log = logging.getLogger(__name__)
# Versions a trainer made in the app: a shipped file never replaces them (import_result).
TRAINER_ORIGINS = ("edited", "generator")


@dataclass
class ImportReport:
    """What happened to one file; `refused` files wrote nothing."""

    file: str
    format: str = ""
    set_id: str = ""
    version: int | None = None
    questions: int = 0
    by_type: dict[str, int] = field(default_factory=dict)
    skipped: list[Skipped] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    refused: bool = False
    created: bool = False
    # What the new version changes of the one before it (None for a first version).
    changes: SetChanges | None = None
    # A shipped file left out because the newest version is the trainer's own work.
    kept_trainer_version: bool = False

    def as_json(self) -> dict[str, object]:
        return {
            "file": self.file,
            "format": self.format,
            "set_id": self.set_id,
            "version": self.version,
            "questions": self.questions,
            "by_type": self.by_type,
            "skipped": [{"line": s.line, "reason": s.reason} for s in self.skipped],
            "errors": [{"line": p.line, "message": p.message} for p in self.errors],
            "refused": self.refused,
            "created": self.created,
            "changes": (
                {
                    "added": list(self.changes.added),
                    "removed": list(self.changes.removed),
                    "edited": list(self.changes.edited),
                }
                if self.changes is not None
                else None
            ),
        }

    def problem_lines(self) -> list[str]:
        """What is skipped and what is wrong, one line each, as `quizapp import` prints them."""
        return [f"{self.file}:{s.line}: skipped: {s.reason}" for s in self.skipped] + [
            str(p) for p in self.errors
        ]

    def outcome_line(self, *, dry_run: bool = False) -> str:
        """What became of the file, in the words of `quizapp import`."""
        if self.refused:
            return f"{self.file}: refused; nothing was imported"
        if self.kept_trainer_version:
            return (
                f"{self.file}: not imported; the newest version of set {self.set_id!r} "
                f"(version {self.version}) is the trainer's own"
            )
        if not self.created:
            return (
                f"{self.file}: unchanged; set {self.set_id!r} is already at version {self.version}"
            )
        verb = "would import" if dry_run else "imported"
        changed = f" ({self.changes.describe()})" if self.changes is not None else ""
        return (
            f"{self.file}: {verb} {self.questions} questions as set {self.set_id!r} "
            f"version {self.version}{changed}"
        )


@dataclass(frozen=True)
class SetSummary:
    """A set as the trainee chooses it: its newest version and how they did on it."""

    slug: str
    version: int
    title: str
    question_count: int
    last_taken: datetime | None = None
    best_score: float | None = None  # of an exam: a practice is not a best score
    question_types: tuple[tuple[str, int], ...] = ()  # ("single", 12), ... in that order
    source_title: str = ""  # the document its questions quote, if any
    origin: str = ""  # shipped, file, generator
    exam: Exam | None = None  # the exam the trainer set for it: taken instead of free settings
    exam_attempts_used: int = 0


def read_question_file(path: Path, fmt: str = "auto") -> ReadResult:
    """Parse a file of any supported format (raises QuestionFileError)."""
    from quizapp.formats import registry

    return registry.read_file(path, fmt)


def import_file(
    db: Database,
    path: Path,
    *,
    fmt: str = "auto",
    skip_invalid: bool = False,
    dry_run: bool = False,
    origin: str = "file",
    set_id: str | None = None,
) -> ImportReport:
    """Read and store one file; problems come back in the report, never half-written.

    `set_id` stores it as that set instead of the one the file names (its `id:`, or a slug
    of its name for the other formats): two files called quiz.gift from two courses are two
    sets, not two versions of one.
    """
    if set_id is not None and (problem := set_id_problem(set_id)):
        return ImportReport(
            str(path), format=fmt, errors=[Problem(str(path), None, problem)], refused=True
        )
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        result = read_question_file(path, fmt)
    except OSError as error:
        unread = Problem(str(path), None, f"cannot read the file: {error.strerror or error}")
        return ImportReport(str(path), format=fmt, errors=[unread], refused=True)
    except QuestionFileError as error:
        return ImportReport(
            str(path), format=fmt, skipped=list(error.skipped), errors=error.problems, refused=True
        )
    if set_id is not None:
        result = replace(result, question_set=replace(result.question_set, id=set_id))
    return import_result(
        db,
        result,
        file=str(path),
        # The digest says "these bytes are stored as the set they name" (the shipped sets are
        # skipped on it): not so when they were stored under another id.
        file_sha256=digest if set_id is None else None,
        skip_invalid=skip_invalid,
        dry_run=dry_run,
        origin=origin,
    )


def import_result(
    db: Database,
    result: ReadResult,
    *,
    file: str,
    file_sha256: str | None = None,
    skip_invalid: bool = False,
    dry_run: bool = False,
    origin: str = "file",
    steps: Steps | None = None,
) -> ImportReport:
    """Store a file already read as the next version of its set (see import_file).

    `steps` hears how far the writing got and may stop it (nothing is then written). A
    shipped file (`origin` "shipped") never replaces a version the trainer made: an edit or
    a set saved from the generator stays what trainees take.
    """
    qset = result.question_set
    report = ImportReport(
        file,
        format=result.format,
        set_id=qset.id,
        questions=len(qset.questions),
        by_type=dict(Counter(q.type for q in qset.questions)),
        skipped=list(result.skipped),
        errors=list(result.invalid),
    )
    if result.invalid and not skip_invalid:
        report.refused = True
        return report
    if not qset.questions:
        report.errors.append(Problem(file, None, "the file has no question that can be imported"))
        report.refused = True
        return report
    content_hash = qset.content_hash()

    def store_version() -> None:
        """The newest version read under the write lock decides; a second import of the same
        content at the same moment (two seats starting on one new file) loses its insert
        to the first and, run again, finds the first's version."""
        report.created = False
        with unit_of_work(db, writes=not dry_run) as session:
            newest = store.newest_version(session, qset.id)
            if newest is not None and newest.content_hash == content_hash:
                report.version = newest.version
                if file_sha256 and not dry_run:
                    newest.file_sha256 = file_sha256  # the same set in other bytes: known now too
                return
            if newest is not None and origin == "shipped" and newest.origin in TRAINER_ORIGINS:
                report.version = newest.version
                report.kept_trainer_version = True
                return
            report.version = newest.version + 1 if newest else 1
            report.created = True
            if newest is not None:
                before = store.load_questions(session, set_pk=newest.id).values()
                report.changes = compare(list(before), qset.questions)
            if dry_run:
                return
            store.insert_version(
                session,
                qset,
                version=report.version,
                origin=origin,
                source_format=result.format,
                file_name=Path(file).name,
                file_sha256=file_sha256,
                content_hash=content_hash,
                now=datetime.now(UTC),
                on_chunk=(None if steps is None else partial(_written, steps, Path(file).name)),
            )
            if steps is not None:
                steps.check()  # the last moment a cancel takes everything back

    once_more_on_conflict(store_version)
    return report


def _written(steps: Steps, name: str, done: int, total: int) -> None:
    steps.report(done, total, f"Storing {name}: {done} of {total} questions")
    steps.check()


def _log_import(report: ImportReport, origin: str) -> None:
    """At INFO, refusals too: a refused file is the trainer's to fix (the CLI prints why),
    not the app's error, and the command line shows no record below WARNING."""
    if report.refused:
        log.info(
            "Import of %s (%s) refused: %s",
            report.file,
            origin,
            "; ".join(
                f"line {p.line}: {p.message}" if p.line else p.message for p in report.errors
            ),
        )
    elif report.created:
        log.info(
            "Imported %s (%s, %s) as set %s version %s: %d questions %s, %d skipped",
            report.file,
            origin,
            report.format,
            report.set_id,
            report.version,
            report.questions,
            report.by_type,
            len(report.skipped),
        )
    else:
        log.info(
            "%s (%s) is set %s version %s already",
            report.file,
            origin,
            report.set_id,
            report.version,
        )


def import_shipped_sets(db: Database) -> list[ImportReport]:
    """Bring in the sets of the shipped questions/ folder that are new or changed.

    A file whose bytes were imported before is not even parsed: this runs at every start.
    """
    paths = sorted(questions_dir().glob("*.yaml"))
    digests = {path: hashlib.sha256(path.read_bytes()).hexdigest() for path in paths}
    with unit_of_work(db) as session:
        known = store.known_file_digests(session, list(digests.values()))
    reports = [
        import_file(db, path, fmt="native", origin="shipped")
        for path in paths
        if digests[path] not in known
    ]
    for report in reports:
        _log_import(report, "shipped")
    return reports


def list_sets(db: Database, trainee_uuid: str | None = None) -> list[SetSummary]:
    """Every set trainees may take (not retired): its newest version, its exam if the
    trainer set one, and the trainee's last attempt, best score and exam attempts on it."""
    with unit_of_work(db) as session:
        retired = trainer_store.retired_slugs(session)
        stored = [s for s in store.list_newest(session) if s.slug not in retired]
        outlines = store.set_outlines(session, [s.pk for s in stored])
        history = store.trainee_history(session, trainee_uuid) if trainee_uuid else {}
        exams = exam_store.all_exams(session)
        used = exam_store.attempts_used_by_exam(session, trainee_uuid) if trainee_uuid else {}
    summaries = []
    for s in stored:
        exam_id, exam = exams.get(s.slug, (None, None))
        kinds, source_title = outlines[s.pk]
        last_taken, best_score = history.get(s.slug, (None, None))
        summaries.append(
            SetSummary(
                s.slug,
                s.version,
                s.title,
                s.question_count,
                last_taken,
                best_score,
                tuple((kind, kinds[kind]) for kind in QUESTION_TYPES if kind in kinds),
                source_title,
                s.origin,
                exam=exam,
                exam_attempts_used=used.get(exam_id, 0) if exam_id is not None else 0,
            )
        )
    return summaries


def get_set(db: Database, slug: str, version: int | None = None) -> QuestionSet:
    with unit_of_work(db) as session:
        row = store.find_version(session, slug, version)
        if row is None:
            which = f"version {version} of " if version else ""
            raise NotFound(f"There is no {which}set {slug!r} in {db.display_name}.")
        return store.load_set(session, row)


def export_set(
    db: Database, slug: str, path: Path, fmt: str, version: int | None = None
) -> QuestionSet:
    """Write a stored set to `path` in `fmt`; returns what was written.

    A native file quotes its source document, so the document is written beside it
    (`NAME.source.txt`) and named in the file, which then imports back as the same set.
    """
    from quizapp.formats import registry

    qset = get_set(db, slug, version)
    if fmt == "native" and qset.source is not None:
        document = path.with_name(f"{path.stem}.source.txt")
        document.write_text(qset.source.text, encoding="utf-8")
        qset = replace(qset, source_path=document.name)
    registry.write_file(qset, path, fmt)
    return qset
