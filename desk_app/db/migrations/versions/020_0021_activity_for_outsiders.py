"""an activity in the programme can be aimed at outsiders: the till serves no alcohol during it

Revision ID: 0021
Revises: 0020
Create Date: 2026-11-30 15:40:00

Id 0022 is the one reserved for this branch; on it the revision follows 0019 directly.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Added in place (SQLite's ADD COLUMN keeps the table's change-log triggers), not rebuilt.
    op.add_column(
        "activity",
        sa.Column("for_outsiders", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    op.execute("ALTER TABLE activity DROP COLUMN for_outsiders")  # keeps the triggers
