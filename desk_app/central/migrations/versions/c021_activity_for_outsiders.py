"""the activity mirror says whether an activity is aimed at outsiders

Revision ID: c021
Revises: c020
Create Date: 2026-11-30 15:40:00

Id c022 is the one reserved for this branch; on it the revision follows c019 directly.
The table is a mirror secured already (c0xx before); a new column needs no new policy.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "c021"
down_revision: str | None = "c020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "activity",
        sa.Column("for_outsiders", sa.Boolean(), server_default=sa.false(), nullable=False),
    )


def downgrade() -> None:
    op.drop_column("activity", "for_outsiders")
