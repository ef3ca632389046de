"""The trainer's exams: one per set, fixing what trainees take (services/attempts.py starts
it), and the release of its answers when they are shown only once the trainer says so."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from quizapp.domain.clock import Clock
from quizapp.domain.exams import Exam, ExamSettings, exam_problems
from quizapp.services.errors import InvalidInput, NotFound, once_more_on_conflict, unit_of_work
from quizapp.services.trainer import TrainerKey, require
from quizapp.storage import exams as store
from quizapp.storage import question_sets as set_store
from quizapp.storage.database import Database


def get_exam(db: Database, slug: str) -> Exam | None:
    """The set's exam, if it has one (trainees read it too: it is what they will take)."""
    with unit_of_work(db) as session:
        found = store.exam(session, slug)
    return found[1] if found else None


def save_exam(
    db: Database, key: TrainerKey, slug: str, settings: ExamSettings, *, clock: Clock
) -> Exam:
    """Set or change the set's exam. Attempts already started keep the terms they began
    with; a release already given stays given."""
    require(db, key, clock)
    if problems := exam_problems(settings):
        raise InvalidInput(" ".join(problems))

    def save() -> Exam:
        with unit_of_work(db, writes=True) as session:
            newest = set_store.newest_version(session, slug)
            if newest is None:
                raise NotFound(f"There is no set {slug!r}.")
            titled = settings if settings.title else replace(settings, title=newest.title)
            store.save_exam(session, slug, titled, clock.now())
            found = store.exam(session, slug)
            assert found is not None
            return found[1]

    return once_more_on_conflict(save)


def remove_exam(db: Database, key: TrainerKey, slug: str, *, clock: Clock) -> None:
    """Trainees choose their own settings again; results already given keep theirs."""
    require(db, key, clock)
    with unit_of_work(db, writes=True) as session:
        store.remove_exam(session, slug)


def release_answers(
    db: Database, key: TrainerKey, slug: str, *, released: bool = True, clock: Clock
) -> datetime | None:
    """Let trainees see the right answers of the exam's attempts (or take that back)."""
    require(db, key, clock)
    when = clock.now() if released else None
    with unit_of_work(db, writes=True) as session:
        if not store.release_answers(session, slug, when):
            raise NotFound(f"Set {slug!r} has no exam whose answers could be released.")
    return when
