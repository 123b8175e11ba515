"""a stamp's mirror carries the turnover it recognises, its VAT rate and what it undoes

Revision ID: c020
Revises: c019
Create Date: 2026-11-30 15:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "c020"
down_revision: str | None = "c019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "card_stamp", sa.Column("value_cents", sa.BigInteger(), server_default="0", nullable=False)
    )
    op.add_column(
        "card_stamp", sa.Column("vat_rate", sa.Integer(), server_default="21", nullable=False)
    )
    op.add_column("card_stamp", sa.Column("reverses_id", sa.Uuid(), nullable=True))
    op.add_column(
        "card_stamp", sa.Column("reason", sa.String(length=200), server_default="", nullable=False)
    )


def downgrade() -> None:
    for column in ("reason", "reverses_id", "vat_rate", "value_cents"):
        op.drop_column("card_stamp", column)
