"""every sync contact of a centre, with its desk's last message (also an empty or failed sync)

Revision ID: c022
Revises: c021
Create Date: 2026-11-30 15:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desk_app.models.types
from desk_app.central.access import secure_centre_table

revision: str = "c022"
down_revision: str | None = "c021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_contact",
        sa.Column("centre_code", sa.String(length=16), nullable=False),
        sa.Column(
            "contacted_at",
            desk_app.models.types.UTCDateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.Column("message", sa.Text(), server_default="", nullable=False),
        sa.Column("last_ok_at", desk_app.models.types.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("centre_code", name=op.f("pk_sync_contact")),
    )
    # A centre's login writes only its own row (the policy's WITH CHECK); the office reads all.
    secure_centre_table(op.get_bind(), "sync_contact", "SELECT, INSERT, UPDATE")


def downgrade() -> None:
    op.drop_table("sync_contact")
