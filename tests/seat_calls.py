"""What a seat process (tests/seats.py) can be asked to do: plain service calls, by name.

Runs in the seat processes only; each opens its own engine on the shared URL, as a separate
program on another seat would.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from quizapp.domain.grading import Response
from quizapp.domain.session import AttemptClosed, ItemLocked
from quizapp.services import attempts, question_sets, trainees
from quizapp.storage.database import Database
from quizapp.storage.schema import prepare
from tests.fakes import FakeClock

T0 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
PATIENCE = 300  # seconds a seat waits for the others at the barrier: only a dead seat costs it

_databases: dict[str, Database] = {}


@dataclass(frozen=True)
class Outcome:
    """What one call did: its value, or the error it raised (`error` is the type's name)."""

    value: Any = None
    error: str | None = None
    message: str = ""


def serve(index: int, inbox: Any, results: Any, barrier: Any) -> None:
    """A seat's life: take a call, wait for the others, run it, report; until told to stop."""
    while (task := inbox.get()) is not None:
        name, args = task
        barrier.wait(timeout=PATIENCE)
        try:
            outcome = Outcome(CALLS[name](*args))
        except Exception as error:  # reported, not raised: the test judges it
            outcome = Outcome(None, type(error).__name__, str(error))
        results.put((index, outcome))
    for db in _databases.values():
        db.dispose()


def _db(url: str) -> Database:
    if url not in _databases:
        _databases[url] = Database(url)
    return _databases[url]


def answer_each(
    url: str, attempt_uuid: str, answers: list[tuple[int, Response]], check: bool
) -> list[str]:
    """Answer (and in practice check) each position in turn; per position "ok", or the
    refusal the page knows how to show: "closed" (submitted meanwhile: nothing stored),
    "answered" (stored, then the check found it submitted) or "locked"."""
    clock = FakeClock(T0)
    owner = _owner(url, attempt_uuid)
    said = []
    for position, response in answers:
        try:
            attempts.answer(
                _db(url), attempt_uuid, position, response, trainee_uuid=owner, clock=clock
            )
        except AttemptClosed:
            said.append("closed")
            continue
        except ItemLocked:
            said.append("locked")
            continue
        try:
            if check:
                attempts.check(_db(url), attempt_uuid, position, trainee_uuid=owner, clock=clock)
        except AttemptClosed:
            said.append("answered")
        else:
            said.append("ok")
    return said


def submit_after(url: str, attempt_uuid: str, reads: int) -> float | None:
    """Read the attempt `reads` times (so the submit lands somewhere among the answers),
    then submit it; its score."""
    clock = FakeClock(T0)
    owner = _owner(url, attempt_uuid)
    for _ in range(reads):
        attempts.load_attempt(_db(url), attempt_uuid, clock=clock)
    return attempts.submit(_db(url), attempt_uuid, trainee_uuid=owner, clock=clock).session.score


def _owner(url: str, attempt_uuid: str) -> str:
    """The trainee the seat answers as: the attempt's own."""
    return attempts.load_attempt(_db(url), attempt_uuid, clock=FakeClock(T0)).trainee_uuid


def import_file(url: str, path: str) -> tuple[bool, int | None, list[str]]:
    report = question_sets.import_file(_db(url), Path(path))
    return report.created, report.version, [str(p) for p in report.errors]


def add_trainee(url: str, name: str) -> str:
    return trainees.add_trainee(_db(url), name).name


def start_seat(url: str) -> list[tuple[str, bool, int | None]]:
    """What every seat does first: bring the database to this schema, import the shipped
    sets; what each import reported."""
    db = _db(url)
    prepare(db)
    return [(r.set_id, r.created, r.version) for r in question_sets.import_shipped_sets(db)]


CALLS = {
    "answer_each": answer_each,
    "submit_after": submit_after,
    "import_file": import_file,
    "add_trainee": add_trainee,
    "start_seat": start_seat,
}
