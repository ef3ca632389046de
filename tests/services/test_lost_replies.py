"""A reply lost after the commit: the call failed for its caller, yet its work is stored.

The connection is patched to drop right after the database committed (as a server that
goes away, or a network that fails, between COMMIT and its answer). The caller sees a
StorageFailure and, as the page's saver does, sends the same call again: a start with the
same caller-made UUID finds the attempt it stored, and the same move adds its time once.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from quizapp.domain.session import QuizSettings
from quizapp.formats import native
from quizapp.services import attempts, trainees
from quizapp.services.errors import StorageFailure
from quizapp.services.question_sets import import_result
from quizapp.storage.database import Database
from tests.fakes import DropAfterCommit, FakeClock
from tests.sample_sets import write_sample_set
from tests.seat_calls import T0


def test_a_start_and_a_move_sent_again_after_a_lost_reply_add_nothing(
    shared_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = Database(shared_url)
    path = write_sample_set(tmp_path)
    import_result(db, native.read_file(path), file=str(path))
    ann = trainees.add_trainee(db, "Ann")
    clock = FakeClock(T0)
    settings = QuizSettings(count=4)
    link = DropAfterCommit(db, monkeypatch)

    start = str(uuid.uuid4())
    link.armed = True
    with pytest.raises(StorageFailure, match="server closed the connection"):
        attempts.start_attempt(db, ann.uuid, "safety", settings, attempt_uuid=start, clock=clock)
    assert link.dropped == 1
    again = attempts.start_attempt(
        db, ann.uuid, "safety", settings, attempt_uuid=start, clock=clock
    )
    assert again.uuid == start
    assert [a.uuid for a in attempts.list_attempts(db, ann.uuid)] == [start]
    first = attempts.load_attempt(db, start, clock=clock)
    assert [i.question.key for i in again.session.items] == [
        i.question.key for i in first.session.items
    ]

    move = str(uuid.uuid4())
    link.armed = True
    with pytest.raises(StorageFailure, match="server closed the connection"):
        attempts.go_to(
            db,
            start,
            2,
            seconds_on_current=12.5,
            move_uuid=move,
            trainee_uuid=ann.uuid,
            clock=clock,
        )
    assert link.dropped == 2
    replayed = attempts.go_to(
        db, start, 2, seconds_on_current=12.5, move_uuid=move, trainee_uuid=ann.uuid, clock=clock
    )
    assert replayed.session.current == 2
    assert [i.seconds_spent for i in replayed.session.items] == [12.5, 0.0, 0.0, 0.0]

    # A move of its own still counts, and so does the way back.
    attempts.go_to(
        db,
        start,
        0,
        seconds_on_current=3.0,
        move_uuid=str(uuid.uuid4()),
        trainee_uuid=ann.uuid,
        clock=clock,
    )
    stored = attempts.load_attempt(db, start, clock=clock).session
    assert stored.current == 0
    assert [i.seconds_spent for i in stored.items] == [12.5, 0.0, 3.0, 0.0]
    db.dispose()
