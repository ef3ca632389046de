"""A submit racing answers from other processes: the submit wins or the answer does, never
both halves of each (issue 11: a submitted attempt reopened, 40 of 40 trials).

Each round starts an attempt of 20 questions; four seats answer five positions each (and in
practice check each), while a fifth submits after a few reads, so the submit lands at a
different point among the answers every round. Whatever the order, the attempt ends
submitted with the score of exactly the answers stored, every answer acknowledged is stored
as given, and every answer refused (the page's "closed" refusal) left nothing behind.
"""

from __future__ import annotations

import random
import uuid
from pathlib import Path

import pytest

from quizapp.domain.grading import grade
from quizapp.domain.questions import Choice, Question, QuestionSet
from quizapp.domain.session import AttemptState, Mode, QuizSettings
from quizapp.formats import native
from quizapp.services import attempts, trainees
from quizapp.services.question_sets import import_file
from quizapp.storage.database import Database
from tests.fakes import FakeClock
from tests.seat_calls import T0
from tests.seats import Seats

QUESTIONS = 20
ANSWERING_SEATS = 4
ROUNDS = {Mode.EXAM: 50, Mode.PRACTICE: 20}


def twenty_questions() -> QuestionSet:
    return QuestionSet(
        "race",
        "Race",
        tuple(
            Question(
                f"q{i}",
                "single",
                f"Which is item {i}?",
                choices=(Choice(f"item {i}", 1.0), Choice("another"), Choice("none")),
            )
            for i in range(QUESTIONS)
        ),
    )


@pytest.mark.parametrize("mode", [Mode.EXAM, Mode.PRACTICE])
def test_a_submit_racing_twenty_answers_always_ends_submitted_with_its_score(
    shared_url: str, tmp_path: Path, mode: Mode
) -> None:
    db = Database(shared_url)
    path = tmp_path / "race.yaml"
    native.write_file(twenty_questions(), path)
    import_file(db, path)
    ann = trainees.add_trainee(db, "Ann")
    clock = FakeClock(T0)
    settings = QuizSettings(count=QUESTIONS, mode=mode, shuffle_choices=False)
    rng = random.Random(11)
    said: dict[str, int] = {"ok": 0, "answered": 0, "closed": 0, "locked": 0}
    contested = 0
    with Seats(ANSWERING_SEATS + 1) as seats:
        for _ in range(ROUNDS[mode]):
            started = attempts.start_attempt(
                db, ann.uuid, "race", settings, attempt_uuid=str(uuid.uuid4()), clock=clock
            )
            # Right for about half the positions, so the score depends on which got in.
            given = {p: rng.choice((0, 1)) for p in range(QUESTIONS)}
            shares = [
                list(range(QUESTIONS))[seat::ANSWERING_SEATS] for seat in range(ANSWERING_SEATS)
            ]
            outcomes = seats.round(
                [
                    (
                        "answer_each",
                        (
                            shared_url,
                            started.uuid,
                            [(p, given[p]) for p in share],
                            mode is Mode.PRACTICE,
                        ),
                    )
                    for share in shares
                ]
                + [("submit_after", (shared_url, started.uuid, rng.randrange(6)))]
            )
            *answered, submitted = outcomes
            assert submitted.error is None, submitted.message
            stored = attempts.load_attempt(db, started.uuid, clock=clock)
            quiz = stored.session
            assert quiz.state is AttemptState.SUBMITTED
            for share, outcome in zip(shares, answered, strict=True):
                assert outcome.error is None, outcome.message
                for position, verdict in zip(share, outcome.value, strict=True):
                    item = quiz.items[position]
                    said[verdict] += 1
                    if verdict == "closed":
                        assert item.response is None and not item.checked
                    else:
                        assert item.response == given[position]
                        checked = verdict == "ok" and mode is Mode.PRACTICE
                        assert item.checked is checked
            for item in quiz.items:
                assert item.score == grade(item.question, item.response).fraction
            expected = sum(item.score or 0.0 for item in quiz.items) / QUESTIONS
            assert submitted.value == pytest.approx(expected)
            [summary] = [s for s in attempts.list_attempts(db, ann.uuid) if s.uuid == started.uuid]
            assert summary.state is AttemptState.SUBMITTED
            assert summary.score == pytest.approx(expected)
            verdicts = {v for outcome in answered for v in outcome.value}
            contested += bool(verdicts & {"ok", "answered"}) and "closed" in verdicts
    print(
        f"\n{mode.value} on {db.url.get_backend_name()}: {ROUNDS[mode]} rounds, answers {said}, "
        f"{contested} rounds with answers both before and after the submit"
    )
    assert said["locked"] == 0
    assert contested > 0, "the submit never came between two answers: no race was run"
    db.dispose()
