"""the raw copy of what arrived kept per batch, compressed; each mirror row names its change

Revision ID: c007
Revises: c006
Create Date: 2026-11-30 10:00:00

Until now every changed row was stored a second time as JSONB in ``raw_payload``, which cost
the sync three times a bare COPY of the typed rows. From here on each batch is kept once, as
sent, compressed, with its checksum (``raw_batch``); ``raw_payload`` stays, readable, for what
it already holds, and is no longer written. Each mirror row names the change that last wrote
it (``sync_epoch``, ``sync_seq``), so its raw copy is found without a per-row index.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desk_app.models.types
from desk_app.central.access import secure_centre_table

revision: str = "c007"
down_revision: str | None = "c006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The mirrors at this revision; a later mirror gets the columns in its own revision.
MIRRORS = (
    "activity",
    "activity_session",
    "attendance",
    "audit_entry",
    "booking",
    "booking_extra",
    "centre",
    "certificate",
    "checkout",
    "coffee_card",
    "coffee_card_movement",
    "day_close",
    "day_part",
    "hirer",
    "invoice",
    "invoice_line",
    "opening_hours",
    "paid_out",
    "payment",
    "person",
    "product",
    "removed_line",
    "room",
    "room_rate",
    "sale",
    "sale_line",
    "satisfaction_vote",
    "sign_in",
    "sign_out",
    "tab",
    "tab_entry",
    "visit",
    "visitor_pass",
)


def upgrade() -> None:
    op.create_table(
        "raw_batch",
        sa.Column("centre_code", sa.String(length=16), nullable=False),
        sa.Column("epoch", sa.Uuid(), nullable=False),
        sa.Column("first_seq", sa.BigInteger(), nullable=False),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.Column("row_count", sa.Integer(), nullable=False),
        sa.Column("schema_version", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.LargeBinary(), nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=False),
        sa.Column(
            "received_at",
            desk_app.models.types.UTCDateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("centre_code", "epoch", "first_seq", name=op.f("pk_raw_batch")),
    )
    # Compressed already: PostgreSQL's own compression would only cost time.
    op.execute("ALTER TABLE raw_batch ALTER COLUMN body SET STORAGE EXTERNAL")
    secure_centre_table(op.get_bind(), "raw_batch", "SELECT, INSERT")
    # The old copies stay readable; a centre's login writes no new ones.
    op.execute("REVOKE INSERT ON raw_payload FROM desk_centre")
    for table in MIRRORS:
        # Without a default: instant, whatever the table's size.
        op.add_column(table, sa.Column("sync_epoch", sa.Uuid(), nullable=True))
        op.add_column(table, sa.Column("sync_seq", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    for table in MIRRORS:
        op.drop_column(table, "sync_seq")
        op.drop_column(table, "sync_epoch")
    op.execute("GRANT INSERT ON raw_payload TO desk_centre")
    op.drop_table("raw_batch")
