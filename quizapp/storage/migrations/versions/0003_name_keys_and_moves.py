"""trainee.name_key (unique) and attempt_move: the database decides look-alike names and replays

Two seats adding 'dana' and 'Dana' at once both passed the check made before the insert; the
folded name is now a unique column. A move between questions is named by its caller and
recorded, so a move replayed after a lost reply adds its time once.

Names that already fold alike (stored by that race) keep the first as written; a later one
gets ' (2)', ' (3)'... so each person can still pick their row and nothing is lost.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 10:00:00
"""

import sqlalchemy as sa
from alembic import op

from quizapp.domain.trainees import MAX_NAME, name_key

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # NOT NULL needs a default to be added to rows already there; every insert names a key.
    op.add_column(
        "trainee", sa.Column("name_key", sa.Text(), nullable=False, server_default="")
    )
    trainee = sa.table(
        "trainee",
        sa.column("uuid", sa.String),
        sa.column("name", sa.String),
        sa.column("name_key", sa.Text),
        sa.column("created_at", sa.DateTime),
    )
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(trainee.c.uuid, trainee.c.name).order_by(trainee.c.created_at, trainee.c.uuid)
    ).all()
    names = {name for _, name in rows}  # a new name must not be one stored: it is unique too
    keys: set[str] = set()
    for uuid, name in rows:
        new_name, suffix = name, 1
        while name_key(new_name) in keys or (new_name != name and new_name in names):
            suffix += 1
            tail = f" ({suffix})"
            new_name = name[: MAX_NAME - len(tail)] + tail
        names.add(new_name)
        keys.add(name_key(new_name))
        bind.execute(
            trainee.update()
            .where(trainee.c.uuid == uuid)
            .values(name=new_name, name_key=name_key(new_name))
        )
    op.create_index("ix_trainee_name_key", "trainee", ["name_key"], unique=True)
    op.create_table(
        "attempt_move",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("attempt_uuid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["attempt_uuid"],
            ["attempt.uuid"],
            name=op.f("fk_attempt_move_attempt_uuid_attempt"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_attempt_move")),
    )
    op.create_index(
        op.f("ix_attempt_move_attempt_uuid"), "attempt_move", ["attempt_uuid"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_attempt_move_attempt_uuid"), table_name="attempt_move")
    op.drop_table("attempt_move")
    op.drop_index("ix_trainee_name_key", table_name="trainee")
    with op.batch_alter_table("trainee") as batch:
        batch.drop_column("name_key")
