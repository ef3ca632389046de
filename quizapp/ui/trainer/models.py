"""Table models of the trainer's pages, over the plain objects the services return."""

from __future__ import annotations

from quizapp.domain.exams import Exam
from quizapp.services.set_admin import StoredVersion, TrainerSet
from quizapp.services.trainee_admin import TraineeOverview
from quizapp.ui.columns_model import Columns, when


def exam_summary(exam: Exam | None) -> str:
    if exam is None:
        return "—"
    settings = exam.settings
    parts = [f"{settings.question_count}{' per section' if settings.per_section else ''} q."]
    if settings.time_limit is not None:
        parts.append(f"{round(settings.time_limit.total_seconds() / 60)} min")
    if settings.pass_mark is not None:
        parts.append(f"pass {round(settings.pass_mark * 100)} %")
    return ", ".join(parts)


def sets_model() -> Columns[TrainerSet]:
    return Columns[TrainerSet](
        [
            ("Title", lambda s: s.title + ("  (retired)" if s.retired else "")),
            ("Id", lambda s: s.slug),
            ("Version", lambda s: f"v{s.version} of {s.versions}"),
            ("Questions", lambda s: str(s.question_count)),
            ("Exam", lambda s: exam_summary(s.exam)),
        ]
    )


def versions_text(version: StoredVersion) -> str:
    origin = {"edited": "edited here", "generator": "generated here", "shipped": "shipped"}.get(
        version.origin, version.file_name or version.origin
    )
    count = f"{version.question_count} questions"
    return f"v{version.version} — {count}, {origin}, {when(version.imported_at)}"


def trainees_model() -> Columns[TraineeOverview]:
    return Columns[TraineeOverview](
        [
            ("Name", lambda t: t.name),
            ("Attempts", lambda t: str(t.attempts)),
            ("Last started", lambda t: when(t.last_started)),
            ("PIN", lambda t: "yes" if t.has_pin else "—"),
        ]
    )
