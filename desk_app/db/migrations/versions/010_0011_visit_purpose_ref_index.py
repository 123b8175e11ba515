"""visits are found by the activity or booking they were for

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30 12:00:00

The Huiskamer's programme (on every scan) and the day close's bookings counted the guests of
an activity or a booking by reading every visit of the year; the index finds them directly.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_visit_purpose_ref", "visit", ["purpose_ref"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_visit_purpose_ref", table_name="visit")
