"""the hirer mirror carries the e-invoice flag, the KvK number or OIN and the Peppol id

Revision ID: c012
Revises: c011
Create Date: 2026-11-30 13:00:00

The desk's revision 0015 adds the columns to the synced hirer; the mirror follows.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "c012"
down_revision: str | None = "c011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "hirer", sa.Column("e_invoicing", sa.Boolean(), server_default=sa.false(), nullable=False)
    )
    op.add_column(
        "hirer",
        sa.Column("registration_number", sa.String(length=20), server_default="", nullable=False),
    )
    op.add_column(
        "hirer", sa.Column("peppol_id", sa.String(length=64), server_default="", nullable=False)
    )


def downgrade() -> None:
    op.drop_column("hirer", "peppol_id")
    op.drop_column("hirer", "registration_number")
    op.drop_column("hirer", "e_invoicing")
