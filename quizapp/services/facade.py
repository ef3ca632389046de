"""Every use case the desktop app calls, bound to one database and one clock.

The UI holds this instead of a Database and a clock (ui/app.py makes it once, through the
start-up service), so no page can reach storage, open a transaction of its own or read the
time another way. Each method is one service call, one transaction; plain objects come back.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from quizapp.domain.grading import Response
from quizapp.domain.questions import SourceDocument
from quizapp.domain.session import Attempt, Clock, QuizSettings
from quizapp.domain.trainees import Trainee
from quizapp.services import (
    attempts,
    practice,
    question_sets,
    score_exports,
    scores,
    start_up,
    trainees,
)
from quizapp.services.attempts import AttemptSummary, LastChoice
from quizapp.services.question_sets import SetSummary
from quizapp.services.score_exports import ExportedResults, TraineeReport
from quizapp.services.scores import (
    DashboardFilter,
    DashboardRow,
    HistoryEntry,
    HistorySort,
    Page,
    SetStatistics,
    TopicScore,
)
from quizapp.storage.database import Database


class Services:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    @property
    def database_name(self) -> str:
        """Where the data lives, for the About box; never shows a password."""
        return self._db.display_name

    def now(self) -> datetime:
        return self._clock.now()

    def schema_revision(self) -> tuple[str | None, str]:
        """The revision the database records, and the one this app expects."""
        return start_up.schema_revision(self._db)

    def close(self) -> None:
        self._db.dispose()

    # -- who trains ----------------------------------------------------------------------

    def list_trainees(self) -> list[Trainee]:
        return trainees.list_trainees(self._db)

    def add_trainee(self, name: str) -> Trainee:
        return trainees.add_trainee(self._db, name)

    # -- question sets ---------------------------------------------------------------------

    def list_sets(self, trainee_uuid: str | None = None) -> list[SetSummary]:
        return question_sets.list_sets(self._db, trainee_uuid)

    # -- attempts ----------------------------------------------------------------------------

    def start_attempt(
        self, trainee_uuid: str, set_slug: str, settings: QuizSettings, *, attempt_uuid: str
    ) -> Attempt:
        return attempts.start_attempt(
            self._db, trainee_uuid, set_slug, settings, attempt_uuid=attempt_uuid, clock=self._clock
        )

    def load_attempt(self, attempt_uuid: str) -> Attempt:
        return attempts.load_attempt(self._db, attempt_uuid, clock=self._clock)

    def open_attempts(self, trainee_uuid: str) -> list[Attempt]:
        return attempts.open_attempts(self._db, trainee_uuid, clock=self._clock)

    def list_attempts(self, trainee_uuid: str) -> list[AttemptSummary]:
        return attempts.list_attempts(self._db, trainee_uuid)

    def last_choice(self, trainee_uuid: str) -> LastChoice | None:
        return attempts.last_choice(self._db, trainee_uuid)

    def attempt_document(self, attempt_uuid: str) -> SourceDocument | None:
        return attempts.attempt_document(self._db, attempt_uuid)

    def answer(self, attempt_uuid: str, position: int, response: Response) -> Attempt:
        return attempts.answer(self._db, attempt_uuid, position, response, clock=self._clock)

    def set_flag(self, attempt_uuid: str, position: int, flagged: bool) -> Attempt:
        return attempts.set_flag(self._db, attempt_uuid, position, flagged, clock=self._clock)

    def go_to(
        self, attempt_uuid: str, position: int, *, seconds_on_current: float, move_uuid: str
    ) -> Attempt:
        return attempts.go_to(
            self._db,
            attempt_uuid,
            position,
            seconds_on_current=seconds_on_current,
            move_uuid=move_uuid,
            clock=self._clock,
        )

    def check(self, attempt_uuid: str, position: int) -> Attempt:
        return attempts.check(self._db, attempt_uuid, position, clock=self._clock)

    def submit(self, attempt_uuid: str) -> Attempt:
        return attempts.submit(self._db, attempt_uuid, clock=self._clock)

    def abandon(self, attempt_uuid: str) -> Attempt:
        return attempts.abandon(self._db, attempt_uuid, clock=self._clock)

    # -- score review ------------------------------------------------------------------------

    def trainee_history(
        self,
        trainee_uuid: str,
        *,
        sort: HistorySort = HistorySort.STARTED,
        descending: bool = True,
        offset: int = 0,
        limit: int = scores.PAGE_SIZE,
    ) -> Page[HistoryEntry]:
        return scores.trainee_history(
            self._db, trainee_uuid, sort=sort, descending=descending, offset=offset, limit=limit
        )

    def topic_scores(self, trainee_uuid: str, set_slug: str | None = None) -> list[TopicScore]:
        return scores.topic_scores(self._db, trainee_uuid, set_slug)

    def dashboard(
        self,
        which: DashboardFilter | None = None,
        *,
        by_activity: bool = False,
        offset: int = 0,
        limit: int = scores.PAGE_SIZE,
    ) -> Page[DashboardRow]:
        return scores.dashboard(
            self._db, which, by_activity=by_activity, offset=offset, limit=limit
        )

    def set_statistics(
        self,
        set_slug: str,
        version: int | None = None,
        *,
        first_attempts: bool = False,
        with_choice_counts: bool = False,
    ) -> SetStatistics:
        return scores.set_statistics(
            self._db,
            set_slug,
            version,
            first_attempts=first_attempts,
            with_choice_counts=with_choice_counts,
        )

    def export_results_csv(
        self, folder: Path, *, set_slug: str | None = None, trainee_name: str | None = None
    ) -> ExportedResults:
        return score_exports.export_results_csv(
            self._db, folder, set_slug=set_slug, trainee_name=trainee_name
        )

    def trainee_report(self, trainee_name: str, set_slug: str | None = None) -> TraineeReport:
        return score_exports.trainee_report(self._db, trainee_name, set_slug=set_slug)

    # -- practice of weak questions ------------------------------------------------------------

    def practice_outlook(self, trainee_uuid: str, set_slug: str) -> practice.Outlook:
        return practice.outlook(self._db, trainee_uuid, set_slug, clock=self._clock)

    def start_weak_practice(
        self, trainee_uuid: str, set_slug: str, *, count: int = 10, attempt_uuid: str | None = None
    ) -> Attempt:
        return practice.start_weak_practice(
            self._db,
            trainee_uuid,
            set_slug,
            count=count,
            clock=self._clock,
            attempt_uuid=attempt_uuid,
        )

    def update_schedule(self, attempt_uuid: str) -> int:
        return practice.update_schedule(self._db, attempt_uuid, clock=self._clock)
