"""question_set.answer_matching: how a set's short answers are compared

"lenient" (the default for every set, stored ones too) or "strict" (Moodle's comparison of
the normalised texts alone), as a native file's `grading: {matching: ...}` asks.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 18:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("question_set") as batch:
        batch.add_column(
            sa.Column(
                "answer_matching", sa.String(length=10), nullable=False, server_default="lenient"
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("question_set") as batch:
        batch.drop_column("answer_matching")
