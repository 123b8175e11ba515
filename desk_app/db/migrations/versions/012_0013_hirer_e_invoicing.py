"""a hirer can take its invoices as UBL e-invoices, with its KvK number or OIN and Peppol id

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30 13:00:00

Municipalities, schools and housing corporations take invoices as SI-UBL 2.0 (Peppol BIS 3);
the flag says a hirer wants one, the identifiers name it as the buyer. The columns are added
in place (SQLite's ADD COLUMN keeps the hirer's change-log triggers), not by rebuilding the table.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
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
    for column in ("peppol_id", "registration_number", "e_invoicing"):
        op.execute(f"ALTER TABLE hirer DROP COLUMN {column}")
