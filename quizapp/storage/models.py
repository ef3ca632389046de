"""The tables, as SQLAlchemy 2 typed models; every change to them goes through a migration.

Trainees and attempts are keyed by UUID so that scores from two machines can be merged later;
a set version is immutable, so old attempts always point at the questions they were asked.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from quizapp.domain.questions import MAX_ID_LENGTH

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC and gives back aware datetimes, so SQLite's naive values never leak out."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("datetimes stored must be timezone-aware")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return value.replace(tzinfo=UTC) if value is not None else None


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class DocumentRow(Base):
    __tablename__ = "document"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)


class QuestionSetRow(Base):
    __tablename__ = "question_set"
    __table_args__ = (UniqueConstraint("slug", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(MAX_ID_LENGTH), index=True)
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(20))
    source_format: Mapped[str] = mapped_column(String(20))
    file_name: Mapped[str] = mapped_column(Text, default="")
    file_sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    typo_tolerance: Mapped[int] = mapped_column(Integer, default=0)
    answer_matching: Mapped[str] = mapped_column(
        String(10), default="lenient", server_default="lenient"
    )
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime())


class QuestionRow(Base):
    __tablename__ = "question"
    __table_args__ = (UniqueConstraint("set_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("question_set.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(MAX_ID_LENGTH))
    type: Mapped[str] = mapped_column(String(10))
    prompt: Mapped[str] = mapped_column(Text)
    explanation: Mapped[str] = mapped_column(Text, default="")
    quote: Mapped[str] = mapped_column(Text, default="")
    span_start: Mapped[int | None] = mapped_column(Integer)
    span_end: Mapped[int | None] = mapped_column(Integer)
    highlight_start: Mapped[int | None] = mapped_column(Integer)
    highlight_end: Mapped[int | None] = mapped_column(Integer)
    section: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)


class ChoiceRow(Base):
    __tablename__ = "choice"

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = mapped_column(
        ForeignKey("question.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    fraction: Mapped[float] = mapped_column(Float)
    feedback: Mapped[str] = mapped_column(Text, default="")


class AcceptedAnswerRow(Base):
    __tablename__ = "accepted_answer"

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = mapped_column(
        ForeignKey("question.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    fraction: Mapped[float] = mapped_column(Float)
    case_sensitive: Mapped[bool] = mapped_column(Boolean, default=False)
    feedback: Mapped[str] = mapped_column(Text, default="")


class TraineeRow(Base):
    __tablename__ = "trainee"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    # The name as domain.trainees.name_key folds it: unique, so that two seats adding 'dana'
    # and 'Dana' at once cannot both succeed (the database decides, not a check before).
    name_key: Mapped[str] = mapped_column(Text, unique=True, index=True)
    # A salted scrypt hash (domain/secrets.py), never the PIN; wrong tries in a row slow
    # the next one down (services/trainees.py).
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    pin_failures: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    pin_failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ExamRow(Base):
    """What a trainer fixed for a set's exam: one per set (services/exams.py)."""

    __tablename__ = "exam"

    id: Mapped[int] = mapped_column(primary_key=True)
    set_slug: Mapped[str] = mapped_column(String(200), index=True, unique=True)
    title: Mapped[str] = mapped_column(Text)
    question_count: Mapped[int] = mapped_column(Integer)
    per_section: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    time_limit_seconds: Mapped[int | None] = mapped_column(Integer)
    pass_mark: Mapped[float | None] = mapped_column(Float)
    attempts_allowed: Mapped[int | None] = mapped_column(Integer)
    practice_open: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    show_answers: Mapped[str] = mapped_column(String(20), default="end")
    answers_released_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class TrainerPassphraseRow(Base):
    """The trainer's passphrase as a salted scrypt hash, one row (id 1) for every seat of
    the database, with the wrong tries in a row that slow the next one down."""

    __tablename__ = "trainer_passphrase"

    id: Mapped[int] = mapped_column(primary_key=True)
    passphrase_hash: Mapped[str] = mapped_column(String(200))
    set_at: Mapped[datetime] = mapped_column(UTCDateTime())
    failures: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class RetiredSetRow(Base):
    """A set trainees no longer see; its versions and every score on them stay."""

    __tablename__ = "retired_set"

    slug: Mapped[str] = mapped_column(String(MAX_ID_LENGTH), primary_key=True)
    retired_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AttemptRow(Base):
    __tablename__ = "attempt"
    # A trainee's history, newest first, a page at a time, without sorting all their attempts.
    __table_args__ = (Index("ix_attempt_trainee_uuid_started_at", "trainee_uuid", "started_at"),)

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    trainee_uuid: Mapped[str] = mapped_column(ForeignKey("trainee.uuid"))
    set_id: Mapped[int] = mapped_column(ForeignKey("question_set.id"), index=True)
    exam_id: Mapped[int | None] = mapped_column(ForeignKey("exam.id"))
    mode: Mapped[str] = mapped_column(String(10))
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    deadline: Mapped[datetime | None] = mapped_column(UTCDateTime())
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    state: Mapped[str] = mapped_column(String(12), index=True)
    score: Mapped[float | None] = mapped_column(Float)
    current_position: Mapped[int] = mapped_column(Integer, default=0)


class AttemptItemRow(Base):
    __tablename__ = "attempt_item"
    __table_args__ = (
        UniqueConstraint("attempt_uuid", "position"),
        # Covers what a trainee's topics read of each of their answers, so they never visit
        # the rows (which carry the responses' text): storage/scores.py.
        Index(
            "ix_attempt_item_attempt_uuid_question_id_score", "attempt_uuid", "question_id", "score"
        ),
        # A set's counted answers in the order item statistics group them, each with its
        # attempt's total: they are read from this index alone, with no join and no sort.
        # It serves every look-up by question too, which it begins with.
        Index(
            "ix_attempt_item_question_id_exam_points_score", "question_id", "exam_points", "score"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_uuid: Mapped[str] = mapped_column(ForeignKey("attempt.uuid", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    question_id: Mapped[int] = mapped_column(ForeignKey("question.id"))
    choice_order: Mapped[list[int]] = mapped_column(JSON, default=list)
    response: Mapped[Any] = mapped_column(JSON(none_as_null=True), nullable=True)
    score: Mapped[float | None] = mapped_column(Float)
    # The points its attempt earned, once that attempt is a graded exam (the answers item
    # statistics count, which pair each mark with the rest of its attempt); None otherwise.
    exam_points: Mapped[float | None] = mapped_column(Float)
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)
    checked: Mapped[bool] = mapped_column(Boolean, default=False)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    seconds_spent: Mapped[float] = mapped_column(Float, default=0.0)


class PracticeCardRow(Base):
    """A trainee's spaced-repetition schedule for one question, as the fsrs package keeps it
    (domain/practice.py). Keyed by the set's slug and the question's stable key, not by row
    id, so the schedule carries over to a new version of the set."""

    __tablename__ = "practice_card"

    trainee_uuid: Mapped[str] = mapped_column(
        ForeignKey("trainee.uuid", ondelete="CASCADE"), primary_key=True
    )
    set_slug: Mapped[str] = mapped_column(String(MAX_ID_LENGTH), primary_key=True)
    question_key: Mapped[str] = mapped_column(String(MAX_ID_LENGTH), primary_key=True)
    state: Mapped[int] = mapped_column(Integer)
    step: Mapped[int | None] = mapped_column(Integer)
    stability: Mapped[float | None] = mapped_column(Float)
    difficulty: Mapped[float | None] = mapped_column(Float)
    due: Mapped[datetime] = mapped_column(UTCDateTime())
    last_review: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reviews: Mapped[int] = mapped_column(Integer, default=0)
    # The attempt whose answer was reviewed last: recording that attempt again changes nothing.
    last_attempt_uuid: Mapped[str | None] = mapped_column(String(36))


class AttemptMoveRow(Base):
    """A move between questions already counted: the caller names each move, so a move
    replayed after a lost reply (the commit made, the answer never received) adds no time."""

    __tablename__ = "attempt_move"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    attempt_uuid: Mapped[str] = mapped_column(
        ForeignKey("attempt.uuid", ondelete="CASCADE"), index=True
    )
