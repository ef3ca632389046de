"""Writers racing for one unique thing, from separate processes (issue 11, points 4 and 5).

Two imports of one file at once: the second finds the first's version and says so, as it
would a moment later. Seats starting together on a new shared file all start. Two seats
adding look-alike names at once: one is added, the other is told whose name it is. No
database's own wording ever reaches the message.
"""

from __future__ import annotations

from pathlib import Path

from quizapp.domain.questions import Choice, Question, QuestionSet
from quizapp.formats import native
from quizapp.services import question_sets, trainees
from quizapp.storage.database import Database
from tests.databases import RAW_ERROR_WORDS
from tests.seats import Seats

ROUNDS = 10


def small_set(set_id: str) -> QuestionSet:
    question = Question("q1", "single", "Which?", choices=(Choice("this", 1.0), Choice("that")))
    return QuestionSet(set_id, f"Set {set_id}", (question,))


def test_two_imports_of_one_file_at_once_store_it_once(shared_url: str, tmp_path: Path) -> None:
    with Seats(2) as seats:
        for n in range(ROUNDS):
            path = tmp_path / f"shared-{n}.yaml"
            native.write_file(small_set(f"shared-{n}"), path)
            first, second = seats.round([("import_file", (shared_url, str(path)))] * 2)
            for outcome in (first, second):
                assert outcome.error is None, outcome.message
                _, version, errors = outcome.value
                assert version == 1 and errors == []
            assert sorted([first.value[0], second.value[0]]) == [False, True]
    db = Database(shared_url)
    stored = {s.slug: s.version for s in question_sets.list_sets(db)}
    assert stored == {f"shared-{n}": 1 for n in range(ROUNDS)}
    db.dispose()


def test_seats_starting_together_on_a_new_file_all_start(tmp_path: Path) -> None:
    """Every seat of a room pointed at one new SQLite file: each builds the schema if it
    finds none and imports the shipped sets; one of them stores each set, the others find it
    (before: 35 of 60 seat starts failed on a raw unique-constraint error)."""
    seats_count, rounds = 4, 5
    with Seats(seats_count) as seats:
        for n in range(rounds):
            url = f"sqlite:///{tmp_path / f'room-{n}.sqlite3'}"
            outcomes = seats.round([("start_seat", (url,))] * seats_count)
            for outcome in outcomes:
                assert outcome.error is None, outcome.message
            reports = [report for outcome in outcomes for report in outcome.value]
            shipped = {set_id for set_id, _created, _version in reports}
            for set_id in shipped:
                made = [created for sid, created, _version in reports if sid == set_id]
                assert made.count(True) == 1, f"{set_id}: {made}"
            db = Database(url)
            assert {s.slug: s.version for s in question_sets.list_sets(db)} == dict.fromkeys(
                shipped, 1
            )
            db.dispose()


def test_two_seats_adding_look_alike_names_at_once_add_one(shared_url: str) -> None:
    pairs = [("dana", "Dana"), ("Zoë", "ZOE\u0308"), ("Anna", "anna\u200b")]
    added: list[str] = []
    with Seats(2) as seats:
        for n in range(20):
            first, second = pairs[n % len(pairs)]
            names = (f"{first} {n}", f"{second} {n}")
            outcomes = seats.round([("add_trainee", (shared_url, name)) for name in names])
            [winner] = [o.value for o in outcomes if o.error is None]
            [loser] = [o for o in outcomes if o.error is not None]
            assert loser.error == "InvalidInput"
            assert loser.message == (
                f"There is already a trainee called '{winner}'; pick it from the list."
            )
            assert not any(word in loser.message for word in RAW_ERROR_WORDS)
            added.append(winner)
    db = Database(shared_url)
    assert sorted(t.name for t in trainees.list_trainees(db)) == sorted(added)
    db.dispose()
