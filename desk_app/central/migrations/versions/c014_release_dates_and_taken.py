"""releases carry the day they take effect; centres say which releases they took in

Revision ID: c014
Revises: c013
Create Date: 2026-11-30 15:05:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desk_app.models.types
from desk_app.central.access import secure_centre_table

revision: str = "c014"
down_revision: str | None = "c013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("master_release", sa.Column("takes_effect", sa.Date(), nullable=True))
    op.create_table(
        "release_taken",
        sa.Column("centre_code", sa.String(length=16), nullable=False),
        sa.Column("release_number", sa.Integer(), nullable=False),
        sa.Column(
            "taken_at",
            desk_app.models.types.UTCDateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("centre_code", "release_number", name=op.f("pk_release_taken")),
    )
    secure_centre_table(op.get_bind(), "release_taken", "SELECT, INSERT")


def downgrade() -> None:
    op.drop_table("release_taken")
    op.drop_column("master_release", "takes_effect")
