"""question_set.file_sha256: the digest of the file a version was read from

Lets the app skip re-reading a shipped file that has not changed since it was imported.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 23:55:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("question_set") as batch:
        batch.add_column(sa.Column("file_sha256", sa.String(length=64), nullable=True))
        batch.create_index("ix_question_set_file_sha256", ["file_sha256"])


def downgrade() -> None:
    with op.batch_alter_table("question_set") as batch:
        batch.drop_index("ix_question_set_file_sha256")
        batch.drop_column("file_sha256")
