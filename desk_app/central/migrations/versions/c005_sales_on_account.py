"""bar sales on a hirer's account: the hirer of a payment, the payment of an invoice line

Revision ID: c005
Revises: c004
Create Date: 2026-11-29 07:25:00

Both columns may stay empty, so batches in the previous push format still fit.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "c005"
down_revision: str | None = "c004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("payment", sa.Column("hirer_id", sa.Uuid(), nullable=True))
    op.add_column("invoice_line", sa.Column("payment_id", sa.Uuid(), nullable=True))


def downgrade() -> None:
    op.drop_column("invoice_line", "payment_id")
    op.drop_column("payment", "hirer_id")
