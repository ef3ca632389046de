"""trainer mode: the trainer's passphrase, PIN throttling, retired sets, exam settings

trainer_passphrase holds the one salted scrypt hash of the trainer's passphrase and how many
wrong tries came in a row (so every seat of a shared database slows them down alike);
trainee gets the same count for its PIN; retired_set lists the sets trainees no longer see;
an exam is one per set (its unique slug), drawn per section or not, with practice open or
closed and a moment its answers were released. The exam table had no rows before this, and
its unused `mode` column goes.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 10:00:00
"""

import sqlalchemy as sa
from alembic import op


revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "trainer_passphrase",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("passphrase_hash", sa.String(length=200), nullable=False),
        sa.Column("set_at", sa.DateTime(), nullable=False),
        sa.Column("failures", sa.Integer(), server_default="0", nullable=False),
        sa.Column("failed_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_trainer_passphrase"),
    )
    op.create_table(
        "retired_set",
        sa.Column("slug", sa.String(length=200), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("slug", name="pk_retired_set"),
    )
    # Plain ALTER TABLE, never a copy: attempts refer to trainee rows (and a copy's DROP TABLE
    # would be refused by their foreign keys).
    with op.batch_alter_table("trainee", recreate="never") as batch:
        batch.add_column(
            sa.Column("pin_failures", sa.Integer(), server_default="0", nullable=False)
        )
        batch.add_column(sa.Column("pin_failed_at", sa.DateTime(), nullable=True))
    # Copied by SQLite's batch mode: the table has had no rows, so no attempt refers to one.
    with op.batch_alter_table("exam") as batch:
        batch.drop_index("ix_exam_set_slug")
        batch.create_index("ix_exam_set_slug", ["set_slug"], unique=True)
        batch.drop_column("mode")
        batch.add_column(
            sa.Column("per_section", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch.add_column(
            sa.Column("practice_open", sa.Boolean(), server_default=sa.true(), nullable=False)
        )
        batch.add_column(sa.Column("answers_released_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("exam") as batch:
        batch.drop_column("answers_released_at")
        batch.drop_column("practice_open")
        batch.drop_column("per_section")
        batch.add_column(
            sa.Column("mode", sa.String(length=10), server_default="exam", nullable=False)
        )
        batch.drop_index("ix_exam_set_slug")
        batch.create_index("ix_exam_set_slug", ["set_slug"], unique=False)
    with op.batch_alter_table("trainee", recreate="never") as batch:  # SQLite 3.35+
        batch.drop_column("pin_failed_at")
        batch.drop_column("pin_failures")
    op.drop_table("retired_set")
    op.drop_table("trainer_passphrase")
