"""allowances paid to volunteers join the sync; bookings say private party or outsiders' event

Revision ID: c019
Revises: c018
Create Date: 2026-11-30 15:10:00

Numbered c016 because c014 and c015 are taken by work on other branches; on this branch it
follows c013 directly.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desk_app.models.types
from desk_app.central.access import MIRROR_PRIVILEGES, secure_centre_table

revision: str = "c019"
down_revision: str | None = "c018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for table, column in (
        ("booking", "private_party"),
        ("booking", "for_outsiders"),
        ("tab", "for_outsiders"),
    ):
        op.add_column(
            table, sa.Column(column, sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    op.create_table(
        "allowance_payment",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("amount_cents", sa.BigInteger(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("recorded_by", sa.Uuid(), nullable=True),
        sa.Column("reverses_id", sa.Uuid(), nullable=True),
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
        sa.PrimaryKeyConstraint("centre_code", "id", name=op.f("pk_allowance_payment")),
    )
    secure_centre_table(op.get_bind(), "allowance_payment", MIRROR_PRIVILEGES)


def downgrade() -> None:
    op.drop_table("allowance_payment")
    op.drop_column("tab", "for_outsiders")
    for column in ("for_outsiders", "private_party"):
        op.drop_column("booking", column)
