"""score review: indexes for history and item statistics, practice cards for weak questions

A trainee's history pages by (trainee_uuid, started_at), which replaces the index on
trainee_uuid alone; item statistics read (attempt_uuid, question_id, score) from an index
that covers them; practice_card keeps each trainee's fsrs schedule per set and question key.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 18:40:00
"""

import sqlalchemy as sa
from alembic import op


revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("attempt") as batch:
        batch.drop_index("ix_attempt_trainee_uuid")
        batch.create_index("ix_attempt_trainee_uuid_started_at", ["trainee_uuid", "started_at"])
    with op.batch_alter_table("attempt_item") as batch:
        batch.create_index(
            "ix_attempt_item_attempt_uuid_question_id_score",
            ["attempt_uuid", "question_id", "score"],
        )
    op.create_table(
        "practice_card",
        sa.Column("trainee_uuid", sa.String(length=36), nullable=False),
        sa.Column("set_slug", sa.String(length=200), nullable=False),
        sa.Column("question_key", sa.String(length=200), nullable=False),
        sa.Column("state", sa.Integer(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=True),
        sa.Column("stability", sa.Float(), nullable=True),
        sa.Column("difficulty", sa.Float(), nullable=True),
        sa.Column("due", sa.DateTime(), nullable=False),
        sa.Column("last_review", sa.DateTime(), nullable=True),
        sa.Column("reviews", sa.Integer(), nullable=False),
        sa.Column("last_attempt_uuid", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["trainee_uuid"],
            ["trainee.uuid"],
            name="fk_practice_card_trainee_uuid_trainee",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "trainee_uuid", "set_slug", "question_key", name="pk_practice_card"
        ),
    )


def downgrade() -> None:
    op.drop_table("practice_card")
    with op.batch_alter_table("attempt_item") as batch:
        batch.drop_index("ix_attempt_item_attempt_uuid_question_id_score")
    with op.batch_alter_table("attempt") as batch:
        batch.drop_index("ix_attempt_trainee_uuid_started_at")
        batch.create_index("ix_attempt_trainee_uuid", ["trainee_uuid"])
