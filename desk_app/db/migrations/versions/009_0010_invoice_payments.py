"""payments against room-hire invoices: the facts an invoice's open amount is computed from

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 12:40:00
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

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "invoice_payment"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("invoice_id", sa.Uuid(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("amount_cents", sa.BigInteger(), nullable=False),
        sa.Column(
            "method",
            sa.Enum(
                "bank",
                "cash",
                "card",
                "direct_debit",
                "write_off",
                name="settlementmethod",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("source", sa.String(length=120), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("reverses_id", sa.Uuid(), nullable=True),
        sa.Column("by_id", sa.Uuid(), nullable=True),
        sa.Column("by_name", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("centre_code", sa.String(length=16), nullable=False),
        sa.Column("created_at", desk_app.models.types.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("amount_cents <> 0", name=op.f("ck_invoice_payment_amount_not_zero")),
        sa.ForeignKeyConstraint(
            ["by_id"], ["person.id"], name=op.f("fk_invoice_payment_by_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoice.id"], name=op.f("fk_invoice_payment_invoice_id_invoice")
        ),
        sa.ForeignKeyConstraint(
            ["reverses_id"],
            ["invoice_payment.id"],
            name=op.f("fk_invoice_payment_reverses_id_invoice_payment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_payment")),
        sa.UniqueConstraint(
            "reverses_id", "centre_code", name=op.f("uq_invoice_payment_reverses_id")
        ),
    )
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_invoice_payment_centre_code"), ["centre_code"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_invoice_payment_invoice_id"), ["invoice_id"], unique=False
        )
    for statement in append_only_triggers(TABLE) + change_log_triggers(TABLE):
        op.execute(statement)


def downgrade() -> None:
    for statement in drop_append_only_triggers(TABLE) + drop_change_log_triggers(TABLE):
        op.execute(statement)
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invoice_payment_invoice_id"))
        batch_op.drop_index(batch_op.f("ix_invoice_payment_centre_code"))
    op.drop_table(TABLE)
