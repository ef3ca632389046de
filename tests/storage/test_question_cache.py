"""The questions of a stored set version are read once per Database, not at every change."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import event

from quizapp.domain.session import QuizSettings
from quizapp.formats import native
from quizapp.services import attempts, trainees
from quizapp.services.question_sets import import_result
from quizapp.storage.database import QUESTIONS, Database
from quizapp.storage.question_sets import question_keys
from tests.fakes import FakeClock
from tests.sample_sets import write_sample_set

T0 = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


def _question_reads(db: Database) -> list[str]:
    """Every statement that reads the question table, as it runs."""
    seen: list[str] = []

    def record(_conn, _cursor, statement: str, *_args) -> None:
        if "FROM question " in statement or "FROM question\n" in statement:
            seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    return seen


def test_answers_after_the_first_read_no_question_again(database: Database, tmp_path: Path) -> None:
    path = write_sample_set(tmp_path)
    import_result(database, native.read_file(path), file=str(path))
    clock = FakeClock(T0)
    ann = trainees.add_trainee(database, "Ann")
    started = attempts.start_attempt(
        database,
        ann.uuid,
        "safety",
        QuizSettings(count=4),
        attempt_uuid=str(uuid.uuid4()),
        clock=clock,
    )
    reads = _question_reads(database)
    attempts.answer(database, started.uuid, 0, None, trainee_uuid=ann.uuid, clock=clock)
    assert len(reads) == 1, "the first change reads the attempt's questions"
    for position in (1, 2, 3):
        done = attempts.answer(
            database, started.uuid, position, None, trainee_uuid=ann.uuid, clock=clock
        )
    assert len(reads) == 1
    assert [i.question.key for i in done.session.items] == [
        i.question.key for i in started.session.items
    ]


def test_another_set_under_the_same_row_id_is_read_afresh(
    database: Database, tmp_path: Path
) -> None:
    """Keyed by content hash too: were a row id given again, the old questions never show."""
    path = write_sample_set(tmp_path)
    import_result(database, native.read_file(path), file=str(path))
    with database.transaction() as session:
        ids = [qid for _key, qid in question_keys(session, 1)]
    reads = _question_reads(database)
    with database.transaction() as session:
        cache = session.info[QUESTIONS]
        first = cache.questions(session, (1, "hash-a"), ids)
        again = cache.questions(session, (1, "hash-a"), ids)
        other = cache.questions(session, (1, "hash-b"), ids)
    assert len(reads) == 2
    assert first == again == other
