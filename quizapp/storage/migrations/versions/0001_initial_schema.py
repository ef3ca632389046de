"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-28 22:52:37.753561
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document')),
    sa.UniqueConstraint('sha256', name=op.f('uq_document_sha256'))
    )
    op.create_table('exam',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('set_slug', sa.String(length=200), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('question_count', sa.Integer(), nullable=False),
    sa.Column('time_limit_seconds', sa.Integer(), nullable=True),
    sa.Column('pass_mark', sa.Float(), nullable=True),
    sa.Column('attempts_allowed', sa.Integer(), nullable=True),
    sa.Column('show_answers', sa.String(length=20), nullable=False),
    sa.Column('mode', sa.String(length=10), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exam'))
    )
    with op.batch_alter_table('exam', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exam_set_slug'), ['set_slug'], unique=False)

    op.create_table('trainee',
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('pin_hash', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_trainee')),
    sa.UniqueConstraint('name', name=op.f('uq_trainee_name'))
    )
    op.create_table('question_set',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('origin', sa.String(length=20), nullable=False),
    sa.Column('source_format', sa.String(length=20), nullable=False),
    sa.Column('file_name', sa.Text(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('typo_tolerance', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_question_set_document_id_document')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_question_set')),
    sa.UniqueConstraint('slug', 'version', name=op.f('uq_question_set_slug'))
    )
    with op.batch_alter_table('question_set', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_question_set_slug'), ['slug'], unique=False)

    op.create_table('attempt',
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('trainee_uuid', sa.String(length=36), nullable=False),
    sa.Column('set_id', sa.Integer(), nullable=False),
    sa.Column('exam_id', sa.Integer(), nullable=True),
    sa.Column('mode', sa.String(length=10), nullable=False),
    sa.Column('settings', sa.JSON(), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('deadline', sa.DateTime(), nullable=True),
    sa.Column('submitted_at', sa.DateTime(), nullable=True),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('current_position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['exam_id'], ['exam.id'], name=op.f('fk_attempt_exam_id_exam')),
    sa.ForeignKeyConstraint(['set_id'], ['question_set.id'], name=op.f('fk_attempt_set_id_question_set')),
    sa.ForeignKeyConstraint(['trainee_uuid'], ['trainee.uuid'], name=op.f('fk_attempt_trainee_uuid_trainee')),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_attempt'))
    )
    with op.batch_alter_table('attempt', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attempt_set_id'), ['set_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attempt_state'), ['state'], unique=False)
        batch_op.create_index(batch_op.f('ix_attempt_trainee_uuid'), ['trainee_uuid'], unique=False)

    op.create_table('question',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('set_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('type', sa.String(length=10), nullable=False),
    sa.Column('prompt', sa.Text(), nullable=False),
    sa.Column('explanation', sa.Text(), nullable=False),
    sa.Column('quote', sa.Text(), nullable=False),
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.Column('highlight_start', sa.Integer(), nullable=True),
    sa.Column('highlight_end', sa.Integer(), nullable=True),
    sa.Column('section', sa.Text(), nullable=False),
    sa.Column('tags', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['set_id'], ['question_set.id'], name=op.f('fk_question_set_id_question_set'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_question')),
    sa.UniqueConstraint('set_id', 'key', name=op.f('uq_question_set_id'))
    )
    op.create_table('accepted_answer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('question_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('fraction', sa.Float(), nullable=False),
    sa.Column('case_sensitive', sa.Boolean(), nullable=False),
    sa.Column('feedback', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['question_id'], ['question.id'], name=op.f('fk_accepted_answer_question_id_question'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_accepted_answer'))
    )
    with op.batch_alter_table('accepted_answer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_accepted_answer_question_id'), ['question_id'], unique=False)

    op.create_table('attempt_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('attempt_uuid', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('question_id', sa.Integer(), nullable=False),
    sa.Column('choice_order', sa.JSON(), nullable=False),
    sa.Column('response', sa.JSON(none_as_null=True), nullable=True),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('flagged', sa.Boolean(), nullable=False),
    sa.Column('checked', sa.Boolean(), nullable=False),
    sa.Column('answered_at', sa.DateTime(), nullable=True),
    sa.Column('seconds_spent', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['attempt_uuid'], ['attempt.uuid'], name=op.f('fk_attempt_item_attempt_uuid_attempt'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['question_id'], ['question.id'], name=op.f('fk_attempt_item_question_id_question')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attempt_item')),
    sa.UniqueConstraint('attempt_uuid', 'position', name=op.f('uq_attempt_item_attempt_uuid'))
    )
    with op.batch_alter_table('attempt_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attempt_item_question_id'), ['question_id'], unique=False)

    op.create_table('choice',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('question_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('fraction', sa.Float(), nullable=False),
    sa.Column('feedback', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['question_id'], ['question.id'], name=op.f('fk_choice_question_id_question'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_choice'))
    )
    with op.batch_alter_table('choice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_choice_question_id'), ['question_id'], unique=False)

    


def downgrade() -> None:
    
    with op.batch_alter_table('choice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_choice_question_id'))

    op.drop_table('choice')
    with op.batch_alter_table('attempt_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attempt_item_question_id'))

    op.drop_table('attempt_item')
    with op.batch_alter_table('accepted_answer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_accepted_answer_question_id'))

    op.drop_table('accepted_answer')
    op.drop_table('question')
    with op.batch_alter_table('attempt', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attempt_trainee_uuid'))
        batch_op.drop_index(batch_op.f('ix_attempt_state'))
        batch_op.drop_index(batch_op.f('ix_attempt_set_id'))

    op.drop_table('attempt')
    with op.batch_alter_table('question_set', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_question_set_slug'))

    op.drop_table('question_set')
    op.drop_table('trainee')
    with op.batch_alter_table('exam', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_exam_set_slug'))

    op.drop_table('exam')
    op.drop_table('document')
    
