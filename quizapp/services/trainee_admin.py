"""The trainer's work on the list of trainees: rename, merge two entries of one person,
delete (with how many attempts go), a class list from CSV, and PINs.

Every function takes the trainer's key and refuses without an unlocked session.
"""

from __future__ import annotations

import csv
import io
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from quizapp.domain.clock import Clock
from quizapp.domain.problems import Problem
from quizapp.domain.secrets import hash_secret, pin_problem
from quizapp.domain.trainees import name_key
from quizapp.services.errors import (
    InvalidInput,
    NotFound,
    once_more_on_conflict,
    unit_of_work,
)
from quizapp.services.trainees import clean_name
from quizapp.services.trainer import TrainerKey, require
from quizapp.storage import trainees as store
from quizapp.storage.database import Database
from quizapp.storage.trainees import TraineeOverview

__all__ = ["ClassList", "TraineeOverview"]


def overview(db: Database, key: TrainerKey, *, clock: Clock) -> list[TraineeOverview]:
    require(db, key, clock)
    with unit_of_work(db) as session:
        return store.overview(session)


def rename(db: Database, key: TrainerKey, trainee_uuid: str, name: str, *, clock: Clock) -> None:
    require(db, key, clock)
    cleaned = clean_name(name)

    def change() -> None:
        with unit_of_work(db, writes=True) as session:
            row = store.trainee_row(session, trainee_uuid)
            if row is None:
                raise NotFound("That trainee no longer exists.")
            clash = store.name_taken(session, cleaned)
            if clash is not None and row.name_key != name_key(cleaned):
                raise InvalidInput(
                    f"There is already a trainee called '{clash}': merge the two instead."
                )
            store.rename(session, trainee_uuid, cleaned)

    once_more_on_conflict(change)


def merge(db: Database, key: TrainerKey, keep_uuid: str, other_uuid: str, *, clock: Clock) -> int:
    """Move `other`'s attempts (and practice schedules) to `keep`, then delete `other`;
    returns how many attempts moved. Both must exist: nothing is half-merged."""
    require(db, key, clock)
    if keep_uuid == other_uuid:
        raise InvalidInput("Pick two different trainees to merge.")
    with unit_of_work(db, writes=True) as session:
        if store.trainee_row(session, keep_uuid) is None or (
            store.trainee_row(session, other_uuid) is None
        ):
            raise NotFound("One of the two trainees no longer exists: nothing was merged.")
        return store.merge(session, keep_uuid, other_uuid)


def attempt_count(db: Database, key: TrainerKey, trainee_uuid: str, *, clock: Clock) -> int:
    """How many attempts a delete would take with it (for the confirmation)."""
    require(db, key, clock)
    with unit_of_work(db) as session:
        return store.attempt_count(session, trainee_uuid)


def delete(db: Database, key: TrainerKey, trainee_uuid: str, *, clock: Clock) -> int:
    """Delete the trainee and all their attempts; returns how many attempts went."""
    require(db, key, clock)
    with unit_of_work(db, writes=True) as session:
        if store.trainee_row(session, trainee_uuid) is None:
            raise NotFound("That trainee no longer exists.")
        return store.delete_trainee(session, trainee_uuid)


def set_pin(
    db: Database, key: TrainerKey, trainee_uuid: str, pin: str | None, *, clock: Clock
) -> None:
    """Give the trainee a PIN (only its salted hash is stored), or with None take it away."""
    require(db, key, clock)
    if pin is not None and (problem := pin_problem(pin)) is not None:
        raise InvalidInput(problem)
    hashed = hash_secret(pin) if pin is not None else None
    with unit_of_work(db, writes=True) as session:
        if store.trainee_row(session, trainee_uuid) is None:
            raise NotFound("That trainee no longer exists.")
        store.set_pin(session, trainee_uuid, hashed)


@dataclass
class ClassList:
    """What a class list brought: names added, names already there, lines refused."""

    added: list[str] = field(default_factory=list)
    known: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def read_class_list(path: Path) -> tuple[list[tuple[int, str]], list[Problem]]:
    """(line, name) of every name in a CSV class list: the first column, or the one headed
    'name'; a first row that is only that heading is skipped. Any delimiter of , ; or tab."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        return [], [Problem(str(path), None, f"cannot read the file: {error.strerror or error}")]
    except UnicodeDecodeError:
        return [], [Problem(str(path), None, "the file is not UTF-8 text; save it as UTF-8")]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], ",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    column = 0
    start = 0
    if rows and any(cell.strip().casefold() == "name" for cell in rows[0]):
        column = [cell.strip().casefold() for cell in rows[0]].index("name")
        start = 1
    names: list[tuple[int, str]] = []
    problems: list[Problem] = []
    for line, row in enumerate(rows[start:], start=start + 1):
        cell = row[column].strip() if len(row) > column else ""
        if not cell:
            if any(c.strip() for c in row):
                problems.append(Problem(str(path), line, "no name in this line"))
            continue
        names.append((line, cell))
    return names, problems


def import_class_list(db: Database, key: TrainerKey, path: Path, *, clock: Clock) -> ClassList:
    """Add every name of the list not there yet, in one transaction; a name already there
    (whatever its letter case) is left as it is, a name that cannot be one is reported."""
    require(db, key, clock)
    names, problems = read_class_list(path)
    report = ClassList(problems=problems)
    cleaned: list[tuple[int, str]] = []
    for line, name in names:
        try:
            cleaned.append((line, clean_name(name)))
        except InvalidInput as error:
            report.problems.append(Problem(str(path), line, str(error)))

    def add_all() -> None:
        report.added.clear()
        report.known.clear()
        seen: set[str] = set()
        with unit_of_work(db, writes=True) as session:
            for _line, name in cleaned:
                if name_key(name) in seen:
                    continue
                seen.add(name_key(name))
                clash = store.name_taken(session, name)
                if clash is not None:
                    report.known.append(clash)
                    continue
                store.insert_trainee(session, str(uuid.uuid4()), name, datetime.now(UTC))
                report.added.append(name)

    once_more_on_conflict(add_all)
    return report
