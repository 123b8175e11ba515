"""direct debit: a hirer's SEPA mandate, the centre's creditor identifier, collections as facts

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30 13:20:00

Numbered 0014 because the revisions 0012 and 0013 are taken by work on other branches; on this
branch it follows 0011 directly.
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

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "invoice_collection"


def upgrade() -> None:
    # Added in place (SQLite's ADD COLUMN keeps the tables' change-log triggers), not rebuilt.
    op.add_column(
        "hirer",
        sa.Column("mandate_reference", sa.String(length=35), nullable=False, server_default=""),
    )
    op.add_column("hirer", sa.Column("mandate_signed_on", sa.Date(), nullable=True))
    op.add_column(
        "hirer", sa.Column("mandate_first", sa.Boolean(), nullable=False, server_default="1")
    )
    op.add_column(
        "centre",
        sa.Column("creditor_id", sa.String(length=35), nullable=False, server_default=""),
    )
    _create_collections()
    for statement in append_only_triggers(TABLE) + change_log_triggers(TABLE):
        op.execute(statement)


def _create_collections() -> None:
    op.create_table(
        TABLE,
        sa.Column("invoice_id", sa.Uuid(), nullable=False),
        sa.Column("collect_on", sa.Date(), nullable=False),
        sa.Column("amount_cents", sa.BigInteger(), nullable=False),
        sa.Column("mandate_reference", sa.String(length=35), nullable=False),
        sa.Column("sequence", sa.String(length=4), nullable=False),
        sa.Column("end_to_end_id", sa.String(length=35), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("reverses_id", sa.Uuid(), nullable=True),
        sa.Column("by_id", sa.Uuid(), nullable=True),
        sa.Column("by_name", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("centre_code", sa.String(length=16), nullable=False),
        sa.Column("created_at", desk_app.models.types.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("amount_cents <> 0", name=op.f("ck_invoice_collection_amount_not_zero")),
        sa.ForeignKeyConstraint(
            ["by_id"], ["person.id"], name=op.f("fk_invoice_collection_by_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoice.id"], name=op.f("fk_invoice_collection_invoice_id_invoice")
        ),
        sa.ForeignKeyConstraint(
            ["reverses_id"],
            ["invoice_collection.id"],
            name=op.f("fk_invoice_collection_reverses_id_invoice_collection"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_collection")),
        sa.UniqueConstraint(
            "reverses_id", "centre_code", name=op.f("uq_invoice_collection_reverses_id")
        ),
    )
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_invoice_collection_centre_code"), ["centre_code"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_invoice_collection_invoice_id"), ["invoice_id"], unique=False
        )


def downgrade() -> None:
    for statement in drop_append_only_triggers(TABLE) + drop_change_log_triggers(TABLE):
        op.execute(statement)
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invoice_collection_invoice_id"))
        batch_op.drop_index(batch_op.f("ix_invoice_collection_centre_code"))
    op.drop_table(TABLE)
    op.execute("ALTER TABLE centre DROP COLUMN creditor_id")
    for column in ("mandate_first", "mandate_signed_on", "mandate_reference"):
        op.execute(f"ALTER TABLE hirer DROP COLUMN {column}")
