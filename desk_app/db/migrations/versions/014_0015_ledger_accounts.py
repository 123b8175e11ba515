"""the ledger mapping the office sends the centres: one row per slot, pulled and synced

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-30 15:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desk_app.models.types
from desk_app.db.triggers import change_log_triggers, drop_change_log_triggers

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "ledger_account"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("slot", sa.String(length=40), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=1), nullable=False),
        sa.Column("rgs", sa.String(length=40), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("centre_code", sa.String(length=16), nullable=False),
        sa.Column("created_at", desk_app.models.types.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("kind IN ('B', 'P')", name=op.f("ck_ledger_account_kind_known")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_account")),
        sa.UniqueConstraint("centre_code", "slot", name=op.f("uq_ledger_account_centre_code")),
    )
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ledger_account_centre_code"), ["centre_code"], unique=False
        )
    for statement in change_log_triggers(TABLE):
        op.execute(statement)


def downgrade() -> None:
    for statement in drop_change_log_triggers(TABLE):
        op.execute(statement)
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ledger_account_centre_code"))
    op.drop_table(TABLE)
