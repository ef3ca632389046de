"""Every use case the desktop app calls, bound to one database and one clock.

The UI holds this instead of a Database and a clock (ui/app.py makes it once, through the
start-up service), so no page can reach storage, open a transaction of its own or read the
time another way. Each method is one service call, one transaction; plain objects come back.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from quizapp.domain.exams import Exam, ExamSettings
from quizapp.domain.grading import Response
from quizapp.domain.questions import Question, QuestionSet, SourceDocument
from quizapp.domain.session import Attempt, Clock, QuizSettings
from quizapp.domain.trainees import Trainee
from quizapp.services import (
    attempts,
    exams,
    generation,
    practice,
    question_sets,
    score_exports,
    scores,
    set_admin,
    start_up,
    trainee_admin,
    trainees,
    trainer,
)
from quizapp.services.attempts import AttemptSummary, LastChoice
from quizapp.services.errors import NotYours
from quizapp.services.generation import Drafts
from quizapp.services.question_sets import ImportReport, SetSummary
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
from quizapp.services.set_admin import LoadPreview, StoredVersion, TrainerSet
from quizapp.services.steps import Steps
from quizapp.services.trainee_admin import ClassList, TraineeOverview
from quizapp.services.trainer import TrainerKey
from quizapp.storage.database import Database


class Services:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        # Who is training at this seat: every change to an attempt made through this facade
        # is made as them (and refused on anyone else's), so a PIN guards what it should.
        self._trainee: Trainee | None = None

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

    def sign_in(self, trainee_uuid: str, pin: str | None = None) -> Trainee:
        """Train as this trainee from now on, once their PIN (if any) is given right."""
        self._trainee = None
        self._trainee = trainees.sign_in(self._db, trainee_uuid, pin, clock=self._clock)
        return self._trainee

    def sign_out(self) -> None:
        self._trainee = None

    def _as(self, trainee_uuid: str | None = None) -> str:
        """The trainee signed in here, who must be `trainee_uuid` when it is given."""
        if self._trainee is None:
            raise NotYours("Pick your name first: nobody is training at this seat.")
        if trainee_uuid is not None and trainee_uuid != self._trainee.uuid:
            raise NotYours("That is another trainee's: pick your own name first.")
        return self._trainee.uuid

    # -- question sets ---------------------------------------------------------------------

    def list_sets(self, trainee_uuid: str | None = None) -> list[SetSummary]:
        return question_sets.list_sets(self._db, trainee_uuid)

    # -- attempts ----------------------------------------------------------------------------

    def start_attempt(
        self, trainee_uuid: str, set_slug: str, settings: QuizSettings, *, attempt_uuid: str
    ) -> Attempt:
        return attempts.start_attempt(
            self._db,
            self._as(trainee_uuid),
            set_slug,
            settings,
            attempt_uuid=attempt_uuid,
            clock=self._clock,
        )

    def start_exam(self, trainee_uuid: str, set_slug: str, *, attempt_uuid: str) -> Attempt:
        return attempts.start_exam(
            self._db, self._as(trainee_uuid), set_slug, attempt_uuid=attempt_uuid, clock=self._clock
        )

    def load_attempt(self, attempt_uuid: str) -> Attempt:
        return attempts.own_attempt(
            self._db, attempt_uuid, trainee_uuid=self._as(), clock=self._clock
        )

    def open_attempts(self, trainee_uuid: str) -> list[Attempt]:
        return attempts.open_attempts(self._db, trainee_uuid, clock=self._clock)

    def list_attempts(self, trainee_uuid: str) -> list[AttemptSummary]:
        return attempts.list_attempts(self._db, trainee_uuid)

    def last_choice(self, trainee_uuid: str) -> LastChoice | None:
        return attempts.last_choice(self._db, trainee_uuid)

    def attempt_document(self, attempt_uuid: str) -> SourceDocument | None:
        return attempts.attempt_document(self._db, attempt_uuid)

    def answer(self, attempt_uuid: str, position: int, response: Response) -> Attempt:
        return attempts.answer(
            self._db, attempt_uuid, position, response, trainee_uuid=self._as(), clock=self._clock
        )

    def set_flag(self, attempt_uuid: str, position: int, flagged: bool) -> Attempt:
        return attempts.set_flag(
            self._db, attempt_uuid, position, flagged, trainee_uuid=self._as(), clock=self._clock
        )

    def go_to(
        self, attempt_uuid: str, position: int, *, seconds_on_current: float, move_uuid: str
    ) -> Attempt:
        return attempts.go_to(
            self._db,
            attempt_uuid,
            position,
            seconds_on_current=seconds_on_current,
            move_uuid=move_uuid,
            trainee_uuid=self._as(),
            clock=self._clock,
        )

    def check(self, attempt_uuid: str, position: int) -> Attempt:
        return attempts.check(
            self._db, attempt_uuid, position, trainee_uuid=self._as(), clock=self._clock
        )

    def submit(self, attempt_uuid: str) -> Attempt:
        return attempts.submit(self._db, attempt_uuid, trainee_uuid=self._as(), clock=self._clock)

    def abandon(self, attempt_uuid: str) -> Attempt:
        return attempts.abandon(self._db, attempt_uuid, trainee_uuid=self._as(), clock=self._clock)

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

    # The trainer's views of everyone's scores take the key, as trainer mode's services do
    # (services/trainer.py); the command line, the trainer's own terminal, calls the score
    # services directly, as it does set administration.

    def dashboard(
        self,
        key: TrainerKey,
        which: DashboardFilter | None = None,
        *,
        by_activity: bool = False,
        offset: int = 0,
        limit: int = scores.PAGE_SIZE,
    ) -> Page[DashboardRow]:
        trainer.require(self._db, key, self._clock)
        return scores.dashboard(
            self._db, which, by_activity=by_activity, offset=offset, limit=limit
        )

    def set_statistics(
        self,
        key: TrainerKey,
        set_slug: str,
        version: int | None = None,
        *,
        first_attempts: bool = False,
        with_choice_counts: bool = False,
    ) -> SetStatistics:
        trainer.require(self._db, key, self._clock)
        return scores.set_statistics(
            self._db,
            set_slug,
            version,
            first_attempts=first_attempts,
            with_choice_counts=with_choice_counts,
        )

    def review_attempt(self, key: TrainerKey, attempt_uuid: str) -> Attempt:
        """Any trainee's attempt, answers included: the trainer's review of it."""
        trainer.require(self._db, key, self._clock)
        return scores.any_attempt(self._db, attempt_uuid, clock=self._clock)

    def export_results_csv(
        self,
        key: TrainerKey,
        folder: Path,
        *,
        set_slug: str | None = None,
        trainee_name: str | None = None,
    ) -> ExportedResults:
        trainer.require(self._db, key, self._clock)
        return score_exports.export_results_csv(
            self._db, folder, set_slug=set_slug, trainee_name=trainee_name
        )

    def trainee_report(
        self, key: TrainerKey, trainee_name: str, set_slug: str | None = None
    ) -> TraineeReport:
        trainer.require(self._db, key, self._clock)
        return score_exports.trainee_report(self._db, trainee_name, set_slug=set_slug)

    # -- practice of weak questions ------------------------------------------------------------

    def practice_outlook(self, trainee_uuid: str, set_slug: str) -> practice.Outlook:
        return practice.outlook(self._db, trainee_uuid, set_slug, clock=self._clock)

    def start_weak_practice(
        self, trainee_uuid: str, set_slug: str, *, count: int = 10, attempt_uuid: str | None = None
    ) -> Attempt:
        return practice.start_weak_practice(
            self._db,
            self._as(trainee_uuid),
            set_slug,
            count=count,
            clock=self._clock,
            attempt_uuid=attempt_uuid,
        )

    def update_schedule(self, attempt_uuid: str) -> int:
        return practice.update_schedule(self._db, attempt_uuid, clock=self._clock)

    # -- trainer mode ------------------------------------------------------------------------
    # Every trainer-only call takes the key `unlock` handed out, and the service refuses
    # without it (services/trainer.py): the window is not what keeps trainees out.

    def has_trainer_passphrase(self) -> bool:
        return trainer.has_passphrase(self._db)

    def set_first_passphrase(self, passphrase: str) -> TrainerKey:
        """Set the passphrase when none is set yet, and open trainer mode with it."""
        trainer.set_passphrase(self._db, passphrase, clock=self._clock, first=True)
        return trainer.unlock(self._db, passphrase, clock=self._clock)

    def unlock_trainer(self, passphrase: str) -> TrainerKey:
        return trainer.unlock(self._db, passphrase, clock=self._clock)

    def lock_trainer(self, key: TrainerKey) -> None:
        trainer.lock(key)

    def keep_trainer_open(self, key: TrainerKey) -> None:
        """The trainer is at work in the window: their session is not idle."""
        trainer.require(self._db, key, self._clock)

    def trainer_sets(self, key: TrainerKey) -> list[TrainerSet]:
        return set_admin.trainer_sets(self._db, key, clock=self._clock)

    def set_versions(self, key: TrainerKey, slug: str) -> list[StoredVersion]:
        return set_admin.set_versions(self._db, key, slug, clock=self._clock)

    def browse_set(self, key: TrainerKey, slug: str, version: int | None = None) -> QuestionSet:
        return set_admin.browse(self._db, key, slug, version, clock=self._clock)

    def preview_file(self, key: TrainerKey, path: Path, steps: Steps | None = None) -> LoadPreview:
        return set_admin.preview_file(self._db, key, path, clock=self._clock, steps=steps)

    def load_preview(
        self,
        key: TrainerKey,
        preview: LoadPreview,
        *,
        skip_invalid: bool = False,
        steps: Steps | None = None,
    ) -> ImportReport:
        return set_admin.load_preview(
            self._db, key, preview, skip_invalid=skip_invalid, clock=self._clock, steps=steps
        )

    def edit_question(self, key: TrainerKey, slug: str, question: Question) -> ImportReport:
        return set_admin.edit_question(self._db, key, slug, question, clock=self._clock)

    def save_set(
        self, key: TrainerKey, qset: QuestionSet, *, replace_existing: bool
    ) -> ImportReport:
        return set_admin.save_set(
            self._db,
            key,
            qset,
            replace_existing=replace_existing,
            origin="generator",
            clock=self._clock,
        )

    def retire_set(self, key: TrainerKey, slug: str, *, retired: bool = True) -> None:
        set_admin.retire(self._db, key, slug, retired=retired, clock=self._clock)

    def export_set(
        self, key: TrainerKey, slug: str, path: Path, fmt: str, version: int | None = None
    ) -> QuestionSet:
        return set_admin.export(self._db, key, slug, path, fmt, version, clock=self._clock)

    def draft_from_document(
        self, key: TrainerKey, path: Path, steps: Steps | None = None
    ) -> Drafts:
        return generation.draft_from_document(self._db, key, path, clock=self._clock, steps=steps)

    def get_exam(self, slug: str) -> Exam | None:
        return exams.get_exam(self._db, slug)

    def save_exam(self, key: TrainerKey, slug: str, settings: ExamSettings) -> Exam:
        return exams.save_exam(self._db, key, slug, settings, clock=self._clock)

    def remove_exam(self, key: TrainerKey, slug: str) -> None:
        exams.remove_exam(self._db, key, slug, clock=self._clock)

    def release_answers(self, key: TrainerKey, slug: str, *, released: bool = True) -> None:
        exams.release_answers(self._db, key, slug, released=released, clock=self._clock)

    def trainee_overview(self, key: TrainerKey) -> list[TraineeOverview]:
        return trainee_admin.overview(self._db, key, clock=self._clock)

    def rename_trainee(self, key: TrainerKey, trainee_uuid: str, name: str) -> None:
        trainee_admin.rename(self._db, key, trainee_uuid, name, clock=self._clock)

    def merge_trainees(self, key: TrainerKey, keep_uuid: str, other_uuid: str) -> int:
        return trainee_admin.merge(self._db, key, keep_uuid, other_uuid, clock=self._clock)

    def trainee_attempt_count(self, key: TrainerKey, trainee_uuid: str) -> int:
        return trainee_admin.attempt_count(self._db, key, trainee_uuid, clock=self._clock)

    def delete_trainee(self, key: TrainerKey, trainee_uuid: str) -> int:
        return trainee_admin.delete(self._db, key, trainee_uuid, clock=self._clock)

    def set_trainee_pin(self, key: TrainerKey, trainee_uuid: str, pin: str | None) -> None:
        trainee_admin.set_pin(self._db, key, trainee_uuid, pin, clock=self._clock)

    def import_class_list(self, key: TrainerKey, path: Path) -> ClassList:
        return trainee_admin.import_class_list(self._db, key, path, clock=self._clock)
