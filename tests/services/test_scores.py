"""Score review through the services: history, topics, the dashboard, item statistics."""

from __future__ import annotations

import math
import random
from datetime import timedelta
from pathlib import Path

import pytest

from quizapp.domain import stats
from quizapp.domain.session import AttemptState, Mode
from quizapp.services import attempts, scores, trainees
from quizapp.services.errors import InvalidInput, NotFound
from quizapp.services.scores import DashboardFilter, HistorySort
from quizapp.storage.database import Database
from tests.fakes import FakeClock
from tests.score_data import HALF, RIGHT, WRONG, at, import_topics_set, random_answers, take

KEYS = ["g-helmet", "g-boots", "g-kit", "n-hurt", "n-days"]


@pytest.fixture
def gear(database: Database, tmp_path: Path) -> Database:
    import_topics_set(database, tmp_path)
    return database


def test_history_lists_every_attempt_with_its_score_and_time(gear: Database) -> None:
    clock = FakeClock(at(1))
    ann = trainees.add_trainee(gear, "Ann")
    bob = trainees.add_trainee(gear, "Bob")
    first = take(gear, clock, ann.uuid, RIGHT, minutes=3)
    practice = take(gear, clock, ann.uuid, {**RIGHT, **WRONG, "g-helmet": 0}, mode=Mode.PRACTICE)
    running = take(gear, clock, ann.uuid, {}, submit=False)
    take(gear, clock, bob.uuid, RIGHT)

    page = scores.trainee_history(gear, ann.uuid)
    assert page.total == 3 and page.offset == 0 and not page.has_more
    assert [e.attempt_uuid for e in page.rows] == [running.uuid, practice.uuid, first.uuid]
    newest, middle, oldest = page.rows
    assert (oldest.mode, oldest.state, oldest.points, oldest.questions) == (
        Mode.EXAM,
        AttemptState.SUBMITTED,
        5.0,
        5,
    )
    assert oldest.percent == 100.0 and oldest.seconds_taken == 180.0
    assert oldest.started_at == at(1) and oldest.set_title == "Site gear"
    assert (middle.mode, middle.percent, middle.points) == (Mode.PRACTICE, 20.0, 1.0)
    assert (newest.state, newest.percent, newest.points, newest.seconds_taken) == (
        AttemptState.IN_PROGRESS,
        None,
        None,
        None,
    )


def test_history_sorts_and_pages(gear: Database) -> None:
    clock = FakeClock(at(1))
    ann = trainees.add_trainee(gear, "Ann")
    made = [
        take(gear, clock, ann.uuid, answers, minutes=minutes)
        for answers, minutes in [(RIGHT, 9), (WRONG, 2), (HALF, 5), ({}, 1)]
    ]
    running = take(gear, clock, ann.uuid, {}, submit=False)
    by_score = scores.trainee_history(gear, ann.uuid, sort=HistorySort.SCORE, descending=False)
    # Ungraded last; equal scores newest first.
    assert [e.percent for e in by_score.rows] == [0.0, 0.0, 10.0, 100.0, None]
    assert [e.attempt_uuid for e in by_score.rows][:2] == [made[3].uuid, made[1].uuid]
    by_time = scores.trainee_history(gear, ann.uuid, sort=HistorySort.TIME)
    assert [e.seconds_taken for e in by_time.rows] == [540.0, 300.0, 120.0, 60.0, None]
    assert by_time.rows[-1].attempt_uuid == running.uuid

    first = scores.trainee_history(gear, ann.uuid, sort=HistorySort.STARTED, limit=2)
    second = scores.trainee_history(gear, ann.uuid, offset=2, limit=2)
    third = scores.trainee_history(gear, ann.uuid, offset=4, limit=2)
    assert (first.total, first.has_more, second.has_more, third.has_more) == (5, True, True, False)
    paged = [e.attempt_uuid for page in (first, second, third) for e in page.rows]
    assert paged == [running.uuid] + [a.uuid for a in reversed(made)]
    with pytest.raises(InvalidInput):
        scores.trainee_history(gear, ann.uuid, limit=0)


def test_topics_are_percent_right_per_section_and_tag_weakest_first(gear: Database) -> None:
    clock = FakeClock(at(1))
    ann = trainees.add_trainee(gear, "Ann")
    take(gear, clock, ann.uuid, {"g-helmet": 0, "g-boots": 0, "g-kit": frozenset({0})})
    take(gear, clock, ann.uuid, {"g-helmet": 0, "n-hurt": "six"}, mode=Mode.PRACTICE)
    attempt = take(gear, clock, ann.uuid, {"g-helmet": 1}, mode=Mode.PRACTICE, submit=False)
    helmet = next(i.position for i in attempt.session.items if i.question.key == "g-helmet")
    attempts.check(
        gear, attempt.uuid, helmet, trainee_uuid=attempt.trainee_uuid, clock=clock
    )  # a checked answer is graded
    take(gear, clock, ann.uuid, RIGHT, submit=False)  # unanswered, not graded: not counted

    topics = scores.topic_scores(gear, ann.uuid)
    found = {(t.kind, t.name): (t.answers, t.percent) for t in topics}
    # Gear: exam 1 + 1 + 0.5 of 3, practice 1 + 0 + 0 of 3, the checked helmet 0 of 1.
    assert found[("section", "Gear")] == (7, pytest.approx(100 * 3.5 / 7))
    assert found[("section", "Numbers")] == (4, pytest.approx(25.0))
    assert found[("tag", "head")] == (3, pytest.approx(100 * 2 / 3))
    assert found[("tag", "ppe")] == (7, pytest.approx(100 * 3.5 / 7))
    assert found[("tag", "figures")] == (4, pytest.approx(25.0))
    assert [t.percent for t in topics] == sorted(t.percent for t in topics)
    assert scores.topic_scores(gear, ann.uuid, "no-such-set") == []


def test_the_dashboard_has_a_row_per_trainee_and_set(gear: Database, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    import_topics_set(gear, other, _renamed("gear", "gear-two", "Site gear two"))
    clock = FakeClock(at(1))
    ann = trainees.add_trainee(gear, "Ann")
    bob = trainees.add_trainee(gear, "Bob")
    trainees.add_trainee(gear, "Cy")  # no attempts: not listed
    take(gear, clock, ann.uuid, RIGHT)  # day 1
    clock.advance(timedelta(days=1))
    take(gear, clock, ann.uuid, WRONG)  # day 2: latest 0%, best 100%
    take(gear, clock, ann.uuid, {}, submit=False)  # running: counted as activity only
    take(gear, clock, ann.uuid, HALF, set_slug="gear-two")
    clock.advance(timedelta(days=1))
    take(gear, clock, bob.uuid, HALF)  # day 3

    page = scores.dashboard(gear)
    assert page.total == 2 and not page.has_more  # trainees
    rows = [
        (r.trainee_name, r.set_slug, r.attempts, r.best_percent, r.latest_percent)
        for r in page.rows
    ]
    assert rows == [
        ("Ann", "gear", 3, 100.0, 0.0),
        ("Ann", "gear-two", 1, 10.0, 10.0),
        ("Bob", "gear", 1, 10.0, 10.0),
    ]
    assert page.rows[1].set_title == "Site gear two"
    assert page.rows[0].last_activity == at(2, 11)  # the running attempt started then

    only_gear = scores.dashboard(gear, DashboardFilter(set_slug="gear"))
    assert [(r.trainee_name, r.set_slug) for r in only_gear.rows] == [
        ("Ann", "gear"),
        ("Bob", "gear"),
    ]
    only_bob = scores.dashboard(gear, DashboardFilter(trainee_uuid=bob.uuid))
    assert [(r.trainee_name, r.set_slug) for r in only_bob.rows] == [("Bob", "gear")]
    day_one = scores.dashboard(gear, DashboardFilter(since=at(1, 0), until=at(2, 0)))
    assert [(r.trainee_name, r.attempts, r.latest_percent) for r in day_one.rows] == [
        ("Ann", 1, 100.0)
    ]
    assert day_one.total == 1
    recent = scores.dashboard(gear, by_activity=True, limit=1)
    assert [r.trainee_name for r in recent.rows] == ["Bob"] and recent.has_more
    rest = scores.dashboard(gear, by_activity=True, offset=recent.next_offset)
    assert [(r.trainee_name, r.set_slug) for r in rest.rows] == [
        ("Ann", "gear"),
        ("Ann", "gear-two"),
    ]
    assert not rest.has_more


def _renamed(old: str, new: str, title: str) -> str:
    from tests.score_data import TOPICS_SET

    return TOPICS_SET.replace(f"id: {old}\n", f"id: {new}\n").replace(
        "title: Site gear\n", f"title: {title}\n"
    )


def marks_matrix(db: Database, clock: FakeClock, uuids: list[str]) -> list[list[float | None]]:
    """The attempts' marks as stored, by question in the set's order (None: not asked)."""
    matrix = []
    for uuid in uuids:
        items = attempts.load_attempt(db, uuid, clock=clock).session.items
        marks = {i.question.key: i.score for i in items}
        matrix.append([marks.get(key) for key in KEYS])
    return matrix


@pytest.mark.parametrize("count", [5, 3], ids=["every-question", "three-of-five"])
def test_item_statistics_from_sql_sums_equal_the_pure_functions(gear: Database, count: int) -> None:
    clock = FakeClock(at(1))
    rng = random.Random(count)
    people = [trainees.add_trainee(gear, f"T{i}") for i in range(7)]
    counted = []
    for _round in range(3):
        for person in people:
            attempt = take(
                gear, clock, person.uuid, random_answers(rng, KEYS), count=count, seed=rng.random()
            )
            counted.append((person.uuid, attempt.uuid))
    # Not counted: practice, an attempt still running, an abandoned one.
    take(gear, clock, people[0].uuid, RIGHT, mode=Mode.PRACTICE)
    take(gear, clock, people[0].uuid, RIGHT, submit=False)
    dropped = take(gear, clock, people[1].uuid, RIGHT, submit=False)
    attempts.abandon(gear, dropped.uuid, trainee_uuid=dropped.trainee_uuid, clock=clock)

    for first_only in (False, True):
        chosen = [u for i, (_, u) in enumerate(counted) if not first_only or i < len(people)]
        matrix = marks_matrix(gear, clock, chosen)
        report = scores.set_statistics(gear, "gear", first_attempts=first_only)
        expected_items = stats.item_statistics(matrix, [1.0] * 5)
        for question, expected in zip(report.questions, expected_items, strict=True):
            _assert_same(question.statistics, expected)
        _assert_same(report.test, stats.test_statistics(matrix, [1.0] * 5))
        assert report.test.attempts == len(chosen)
        assert sum(report.distribution) == len(chosen)
        if count == 5:
            assert report.test.cronbach_alpha is not None
        else:
            assert report.test.cronbach_alpha is None


def test_a_graded_exams_answers_carry_its_points_and_no_other_answers_do(
    gear: Database,
) -> None:
    """What item statistics read (storage/scores.item_sums): written as the attempt is graded,
    whether submitted or expired at its deadline, and never for practice or ungraded ones."""
    clock = FakeClock(at(1))
    ann = trainees.add_trainee(gear, "Ann")
    submitted = take(gear, clock, ann.uuid, {**WRONG, **HALF, "g-helmet": 0})
    overdue = take(gear, clock, ann.uuid, {**RIGHT, "n-days": "8"}, submit=False)
    clock.advance(timedelta(hours=1))
    [expired] = attempts.expire_overdue(gear, clock=clock)
    assert expired.uuid == overdue.uuid and expired.session.state is AttemptState.EXPIRED
    practice = take(gear, clock, ann.uuid, RIGHT, mode=Mode.PRACTICE)
    dropped = take(gear, clock, ann.uuid, RIGHT, submit=False)
    attempts.abandon(gear, dropped.uuid, trainee_uuid=ann.uuid, clock=clock)
    running = take(gear, clock, ann.uuid, RIGHT, submit=False)

    with gear.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT attempt_uuid, score, exam_points FROM attempt_item"
        ).all()
    marks: dict[str, list[float]] = {}
    stored: dict[str, list[float | None]] = {}
    for uuid, score, points in rows:
        marks.setdefault(uuid, []).append(score)
        stored.setdefault(uuid, []).append(points)
    for graded, points in ((submitted.uuid, 1.5), (expired.uuid, 4.0)):
        assert math.fsum(marks[graded]) == pytest.approx(points)
        assert stored[graded] == [pytest.approx(points, abs=1e-12)] * 5
    for other in (practice.uuid, dropped.uuid, running.uuid):
        assert stored[other] == [None] * 5


def _assert_same(ours: object, expected: object) -> None:
    for name, value in vars(expected).items():
        got = getattr(ours, name)
        if isinstance(value, float):
            assert got == pytest.approx(value, rel=1e-9, abs=1e-9), name
        else:
            assert got == value, name


def test_choice_counts_and_the_version_asked_for(gear: Database, tmp_path: Path) -> None:
    clock = FakeClock(at(1))
    ann = trainees.add_trainee(gear, "Ann")
    take(gear, clock, ann.uuid, RIGHT)
    take(gear, clock, ann.uuid, WRONG)
    take(gear, clock, ann.uuid, {"g-kit": frozenset({0, 1, 2})})
    newer = tmp_path / "v2"
    newer.mkdir()
    import_topics_set(gear, newer, _renamed("gear", "gear", "Site gear, again"))

    assert scores.set_statistics(gear, "gear").set_version == 2
    assert scores.set_statistics(gear, "gear").test.attempts == 0
    report = scores.set_statistics(gear, "gear", version=1, with_choice_counts=True)
    by_key = {q.key: q for q in report.questions}
    assert by_key["g-helmet"].choice_counts == (1, 1, 0)
    assert by_key["g-kit"].choice_counts == (3, 2, 2)
    assert by_key["n-hurt"].choice_counts is None
    assert by_key["g-helmet"].statistics.facility == pytest.approx(100 / 3)
    assert report.distribution == (1, 1, 0, 0, 0, 0, 0, 0, 0, 1)  # 0%, 10%, 100%
    data = report.as_json()
    assert data["set"] == {
        "id": "gear",
        "version": 1,
        "title": "Site gear",
        "first_attempts_only": False,
    }
    assert set(data["test"]) == {
        "attempts",
        "mean",
        "median",
        "sd",
        "skewness",
        "kurtosis",
        "cronbach_alpha",
        "error_ratio",
        "standard_error",
    }
    assert (
        data["questions"][0]["discrimination_index"]
        == report.questions[0].statistics.discrimination_index
    )
    with pytest.raises(NotFound, match="no version 7 of set 'gear'"):
        scores.set_statistics(gear, "gear", version=7)
    with pytest.raises(NotFound, match="no set 'nope'"):
        scores.set_statistics(gear, "nope")


def test_the_facade_binds_score_review_and_practice_to_its_database_and_clock(
    gear: Database, tmp_path: Path
) -> None:
    from quizapp.services.facade import Services

    clock = FakeClock(at(1))
    ann = trainees.add_trainee(gear, "Ann")
    take(gear, clock, ann.uuid, WRONG)
    bound = Services(gear, clock)
    assert bound.trainee_history(ann.uuid).total == 1
    assert {t.name for t in bound.topic_scores(ann.uuid)} >= {"Gear", "Numbers"}
    # Everyone's scores are the trainer's: their calls take the key trainer mode hands out.
    key = bound.set_first_passphrase("lantern-orchard-42")
    assert [r.trainee_name for r in bound.dashboard(key).rows] == ["Ann"]
    assert bound.set_statistics(key, "gear", with_choice_counts=True).test.attempts == 1
    assert bound.export_results_csv(key, tmp_path / "out", trainee_name="ann").responses == 5
    assert bound.trainee_report(key, "Ann").trainee_name == "Ann"
    assert bound.practice_outlook(ann.uuid, "gear").wrong == 5
    bound.sign_in(ann.uuid)
    session = bound.start_weak_practice(ann.uuid, "gear", count=2)
    assert len(session.session.items) == 2 and session.session.started_at == clock.now()
    assert bound.update_schedule(session.uuid) == 0  # nothing checked yet
