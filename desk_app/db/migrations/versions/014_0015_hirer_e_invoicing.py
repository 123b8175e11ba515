"""a hirer can take its invoices as UBL e-invoices, with its KvK number or OIN and Peppol id

Revision ID: 0015
Revises: 0011
Create Date: 2026-11-30 13:00:00

Municipalities, schools and housing corporations take invoices as SI-UBL 2.0 (Peppol BIS 3);
the flag says a hirer wants one, the identifiers name it as the buyer.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("hirer", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("e_invoicing", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(
            sa.Column("registration_number", sa.String(length=20), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("peppol_id", sa.String(length=64), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("hirer", schema=None) as batch_op:
        batch_op.drop_column("peppol_id")
        batch_op.drop_column("registration_number")
        batch_op.drop_column("e_invoicing")
