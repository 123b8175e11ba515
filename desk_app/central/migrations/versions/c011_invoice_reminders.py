"""reminders sent for overdue room-hire invoices join the sync

Revision ID: c011
Revises: c010
Create Date: 2026-11-30 13:10:00

Numbered c012 beside a revision c011 planned on another branch; this branch has none, so it
follows c010.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desk_app.models.types
from desk_app.central.access import MIRROR_PRIVILEGES, secure_centre_table

revision: str = "c011"
down_revision: str | None = "c010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "invoice_reminder",
        sa.Column("invoice_id", sa.Uuid(), nullable=False),
        sa.Column("level", sa.String(length=24), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("amount_cents", sa.BigInteger(), nullable=False),
        sa.Column("by_id", sa.Uuid(), nullable=True),
        sa.Column("by_name", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("centre_code", sa.String(length=16), nullable=False),
        sa.Column("created_at", desk_app.models.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("late", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column(
            "received_at",
            desk_app.models.types.UTCDateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("sync_epoch", sa.Uuid(), nullable=True),
        sa.Column("sync_seq", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("centre_code", "id", name=op.f("pk_invoice_reminder")),
    )
    secure_centre_table(op.get_bind(), "invoice_reminder", MIRROR_PRIVILEGES)


def downgrade() -> None:
    op.drop_table("invoice_reminder")
