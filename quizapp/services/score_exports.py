"""Results out of the app: attempts.csv and responses.csv for a spreadsheet or a script, and the
data of a trainee's report (the PDF itself is drawn by the UI layer, which owns Qt).

Rows are streamed from the database straight into the files, so exporting two million
answers holds a few thousand in memory at a time.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from quizapp.domain.trainees import Trainee, same_name
from quizapp.services.errors import NotFound, unit_of_work
from quizapp.services.scores import HistoryEntry, TopicScore, topic_scores, trainee_history
from quizapp.storage import scores as store
from quizapp.storage import trainees as trainee_store
from quizapp.storage.database import Database

ATTEMPTS_FILE = "attempts.csv"
RESPONSES_FILE = "responses.csv"

ATTEMPT_COLUMNS = (
    "attempt_id",
    "trainee",
    "set_id",
    "set_version",
    "set_title",
    "mode",
    "state",
    "started_at",
    "submitted_at",
    "seconds_taken",
    "questions",
    "points",
    "percent",
)
RESPONSE_COLUMNS = (
    "attempt_id",
    "trainee",
    "set_id",
    "set_version",
    "position",
    "question_id",
    "question_type",
    "response",
    "score",
    "flagged",
    "answered_at",
    "seconds_spent",
)


@dataclass(frozen=True)
class ExportedResults:
    folder: Path
    attempts: int
    responses: int


def find_trainee(db: Database, name: str) -> Trainee:
    """The trainee called `name`, whatever its letter case (as names are unique)."""
    with unit_of_work(db) as session:
        people = trainee_store.all_trainees(session)
    match = next((person for person in people if same_name(person.name, name)), None)
    if match is None:
        raise NotFound(f"There is no trainee called '{name}'.")
    return match


def export_results_csv(
    db: Database, folder: Path, *, set_slug: str | None = None, trainee_name: str | None = None
) -> ExportedResults:
    """Write attempts.csv (one row per attempt) and responses.csv (one per answer) into
    `folder`, made if need be, for one set, one trainee, both or everything."""
    which = store.ExportFilter(
        set_slug, find_trainee(db, trainee_name).uuid if trainee_name is not None else None
    )
    folder.mkdir(parents=True, exist_ok=True)
    with unit_of_work(db) as session:
        attempts = _write(
            folder / ATTEMPTS_FILE,
            ATTEMPT_COLUMNS,
            map(_attempt_row, store.export_attempts(session, which)),
        )
        texts = store.choice_texts(session, set_slug)
        responses = _write(
            folder / RESPONSES_FILE,
            RESPONSE_COLUMNS,
            (_response_row(row, texts) for row in store.export_responses(session, which)),
        )
    return ExportedResults(folder, attempts, responses)


def _write(path: Path, columns: Sequence[str], rows: Any) -> int:
    # utf-8-sig: spreadsheet programs then read the names' accents right.
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        count = 0
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def _time(moment: datetime | None) -> str:
    return "" if moment is None else moment.isoformat()


def _number(value: float | None, digits: int = 4) -> str:
    return "" if value is None else f"{round(value, digits):g}"


def _attempt_row(row: tuple[Any, ...]) -> list[object]:
    uuid, name, slug, version, title, mode, state, started, submitted, seconds, score, n = row
    return [
        uuid,
        name,
        slug,
        version,
        title,
        mode,
        state,
        _time(started),
        _time(submitted),
        _number(seconds, 1),
        n,
        _number(None if score is None else score * n),
        _number(None if score is None else 100 * score, 2),
    ]


def _response_row(row: tuple[Any, ...], texts: dict[int, list[str]]) -> list[object]:
    uuid, name, slug, version, position, qid, key, kind, response, score, flagged, when, spent = row
    return [
        uuid,
        name,
        slug,
        version,
        position + 1,
        key,
        kind,
        response_text(kind, response, texts.get(qid, [])),
        _number(score),
        "yes" if flagged else "no",
        _time(when),
        _number(spent, 1),
    ]


def response_text(kind: str, response: Any, choices: Sequence[str]) -> str:
    """An answer as the trainee gave it: the chosen choices' texts (one a line), or the text
    typed; blank when unanswered."""
    if response is None:
        return ""
    if kind == "short":
        return str(response)
    indices = response if isinstance(response, list) else [response]
    return "\n".join(choices[i] if 0 <= i < len(choices) else f"#{i + 1}" for i in indices)


@dataclass(frozen=True)
class TraineeReport:
    """What a trainee's printed report shows."""

    trainee_name: str
    attempts: list[HistoryEntry]
    topics: list[TopicScore]


def trainee_report(
    db: Database, trainee_name: str, *, set_slug: str | None = None
) -> TraineeReport:
    """The trainee's every attempt (of one set, or all), oldest first, and their topics."""
    trainee = find_trainee(db, trainee_name)
    entries: list[HistoryEntry] = []
    while True:
        page = trainee_history(db, trainee.uuid, descending=False, offset=len(entries), limit=1000)
        entries += page.rows
        if not page.has_more:
            break
    if set_slug is not None:
        entries = [e for e in entries if e.set_slug == set_slug]
    return TraineeReport(trainee.name, entries, topic_scores(db, trainee.uuid, set_slug))
