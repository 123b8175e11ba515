"""a receipt, invoice or day-close number given twice by one centre is held for a person

Revision ID: c008
Revises: c007
Create Date: 2026-11-30 12:00:00

A restored backup could give a number again that the central database already holds for
another row. The receiver refuses such a row into ``number_conflict`` instead of storing two
rows with one number; the indexes let it look a batch's numbers up without a scan.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import desk_app.models.types
from desk_app.central.access import secure_centre_table

revision: str = "c008"
down_revision: str | None = "c007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NUMBERED = {"sale": "receipt_number", "invoice": "number", "day_close": "number"}


def upgrade() -> None:
    op.create_table(
        "number_conflict",
        sa.Column("centre_code", sa.String(length=16), nullable=False),
        sa.Column("epoch", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("existing_id", sa.Uuid(), nullable=False),
        sa.Column("payload", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("resolved", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column(
            "received_at",
            desk_app.models.types.UTCDateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("centre_code", "epoch", "seq", name=op.f("pk_number_conflict")),
    )
    secure_centre_table(op.get_bind(), "number_conflict", "SELECT, INSERT")
    for table, column in NUMBERED.items():
        op.create_index(f"ix_{table}_centre_number", table, ["centre_code", column])


def downgrade() -> None:
    for table in NUMBERED:
        op.drop_index(f"ix_{table}_centre_number", table_name=table)
    op.drop_table("number_conflict")
