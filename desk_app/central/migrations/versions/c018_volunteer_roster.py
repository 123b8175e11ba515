"""the volunteer roster joins the sync: shift patterns, shifts, holidays, availability

Revision ID: c018
Revises: c017
Create Date: 2026-11-30 15:00:00

Numbered c015 because c014 is reserved for work on another branch; on this branch it follows
c013 directly.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desk_app.models.types
from desk_app.central.access import MIRROR_PRIVILEGES, secure_centre_table

revision: str = "c018"
down_revision: str | None = "c017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("shift_pattern", "shift", "roster_holiday", "volunteer_availability")


def _columns(table: str) -> list[sa.Column[object]]:
    own: dict[str, list[sa.Column[object]]] = {
        "shift_pattern": [
            sa.Column("person_id", sa.Uuid(), nullable=False),
            sa.Column("task", sa.String(length=24), nullable=False),
            sa.Column("weekday", sa.Integer(), nullable=False),
            sa.Column("part", sa.String(length=24), nullable=False),
            sa.Column("first_day", sa.Date(), nullable=False),
            sa.Column("last_day", sa.Date(), nullable=True),
            sa.Column("active", sa.Boolean(), nullable=False),
        ],
        "shift": [
            sa.Column("day", sa.Date(), nullable=False),
            sa.Column("part", sa.String(length=24), nullable=False),
            sa.Column("task", sa.String(length=24), nullable=False),
            sa.Column("person_id", sa.Uuid(), nullable=False),
            sa.Column("pattern_id", sa.Uuid(), nullable=True),
            sa.Column("cancelled", sa.Boolean(), nullable=False),
            sa.Column("swapped_from_id", sa.Uuid(), nullable=True),
            sa.Column("agreed_by_id", sa.Uuid(), nullable=True),
        ],
        "roster_holiday": [
            sa.Column("day", sa.Date(), nullable=False),
            sa.Column("name", sa.String(length=120), nullable=False),
            sa.Column("active", sa.Boolean(), nullable=False),
        ],
        "volunteer_availability": [
            sa.Column("person_id", sa.Uuid(), nullable=False),
            sa.Column("weekday", sa.Integer(), nullable=False),
            sa.Column("part", sa.String(length=24), nullable=False),
            sa.Column("available", sa.Boolean(), nullable=False),
        ],
    }
    return own[table] + [
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
    ]


def upgrade() -> None:
    for table in TABLES:
        op.create_table(
            table,
            *_columns(table),
            sa.PrimaryKeyConstraint("centre_code", "id", name=op.f(f"pk_{table}")),
        )
        secure_centre_table(op.get_bind(), table, MIRROR_PRIVILEGES)


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_table(table)
