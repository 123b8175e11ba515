"""target groups: the organisation's own groups (office master data), an activity's own group

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-30 15:05:00

Numbered 0021 because the revisions between are taken by work on other branches; on this
branch it follows 0014 directly.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desk_app.models.types
from desk_app.db.triggers import change_log_triggers, drop_change_log_triggers

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "own_target_group"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("centre_code", sa.String(length=16), nullable=False),
        sa.Column("created_at", desk_app.models.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_own_target_group")),
    )
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_own_target_group_centre_code"), ["centre_code"], unique=False
        )
    for statement in change_log_triggers(TABLE):
        op.execute(statement)
    # Added in place (SQLite's ADD COLUMN keeps the activity's change-log triggers); Alembic
    # cannot add a column with a named foreign key without rebuilding the table.
    op.execute(
        "ALTER TABLE activity ADD COLUMN own_group_id CHAR(32) "
        "CONSTRAINT fk_activity_own_group_id_own_target_group "
        f"REFERENCES {TABLE} (id)"
    )


def downgrade() -> None:
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_column("own_group_id")
    for statement in drop_change_log_triggers(TABLE):
        op.execute(statement)
    op.drop_table(TABLE)
