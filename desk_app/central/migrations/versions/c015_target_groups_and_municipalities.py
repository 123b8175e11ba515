"""the organisation's own target groups join the sync; a centre's municipality

Revision ID: c015
Revises: c014
Create Date: 2026-11-30 15:05:00

Numbered c020 because the revisions between are taken by work on other branches; on this
branch it follows c013 directly.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desk_app.models.types
from desk_app.central.access import MIRROR_PRIVILEGES, secure_centre_table

revision: str = "c015"
down_revision: str | None = "c014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "own_target_group",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("centre_code", sa.String(length=16), nullable=False),
        sa.Column("created_at", desk_app.models.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("late", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column(
            "received_at",
            desk_app.models.types.UTCDateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("sync_epoch", sa.Uuid(), nullable=True),
        sa.Column("sync_seq", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("centre_code", "id", name=op.f("pk_own_target_group")),
    )
    secure_centre_table(op.get_bind(), "own_target_group", MIRROR_PRIVILEGES)
    op.add_column("activity", sa.Column("own_group_id", sa.Uuid(), nullable=True))
    op.add_column(
        "centre_registry",
        sa.Column("municipality", sa.String(length=120), server_default="", nullable=False),
    )


def downgrade() -> None:
    op.drop_column("centre_registry", "municipality")
    op.drop_column("activity", "own_group_id")
    op.drop_table("own_target_group")
