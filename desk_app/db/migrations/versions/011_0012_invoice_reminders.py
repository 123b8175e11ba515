"""reminders and final notices sent for overdue room-hire invoices, as facts

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30 13:10:00

Numbered 0013 beside a revision 0012 planned on another branch; this branch has none, so it
follows 0011.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desk_app.models.types
from desk_app.db.triggers import (
    append_only_triggers,
    change_log_triggers,
    drop_append_only_triggers,
    drop_change_log_triggers,
)

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "invoice_reminder"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("invoice_id", sa.Uuid(), nullable=False),
        sa.Column(
            "level",
            sa.Enum(
                "first",
                "final",
                name="reminderlevel",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("amount_cents", sa.BigInteger(), nullable=False),
        sa.Column("by_id", sa.Uuid(), nullable=True),
        sa.Column("by_name", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("centre_code", sa.String(length=16), nullable=False),
        sa.Column("created_at", desk_app.models.types.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("amount_cents > 0", name=op.f("ck_invoice_reminder_amount_positive")),
        sa.ForeignKeyConstraint(
            ["by_id"], ["person.id"], name=op.f("fk_invoice_reminder_by_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoice.id"], name=op.f("fk_invoice_reminder_invoice_id_invoice")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_reminder")),
        sa.UniqueConstraint("invoice_id", "level", name=op.f("uq_invoice_reminder_invoice_id")),
    )
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_invoice_reminder_centre_code"), ["centre_code"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_invoice_reminder_invoice_id"), ["invoice_id"], unique=False
        )
    for statement in append_only_triggers(TABLE) + change_log_triggers(TABLE):
        op.execute(statement)


def downgrade() -> None:
    for statement in drop_append_only_triggers(TABLE) + drop_change_log_triggers(TABLE):
        op.execute(statement)
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invoice_reminder_invoice_id"))
        batch_op.drop_index(batch_op.f("ix_invoice_reminder_centre_code"))
    op.drop_table(TABLE)
