"""releases carry the day they take effect; centres say which releases they took in

A release a centre has taken in is fixed: a trigger refuses to change or remove it or its
rows (the office follows it with a new release instead).

Revision ID: c016
Revises: c015
Create Date: 2026-11-30 15:05:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desk_app.models.types
from desk_app.central.access import secure_centre_table

revision: str = "c016"
down_revision: str | None = "c015"
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
    op.execute(_FIXED)
    for table, number in (("master_release", "number"), ("master_item", "release_number")):
        op.execute(
            f"CREATE TRIGGER taken_release_is_fixed BEFORE UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION taken_release_is_fixed('{number}')"
        )


# Taken by a centre it was meant for: that centre has reached this number (or a later one).
_FIXED = """
CREATE FUNCTION taken_release_is_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    release integer := (to_jsonb(OLD) ->> TG_ARGV[0])::integer;
BEGIN
    IF EXISTS (
        SELECT 1 FROM master_release r JOIN release_taken t ON t.release_number >= r.number
        WHERE r.number = release AND (r.centre_code IS NULL OR t.centre_code = r.centre_code)
    ) THEN
        RAISE EXCEPTION 'release % has been taken in by a centre; publish a new one', release
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$
"""


def downgrade() -> None:
    for table in ("master_release", "master_item"):
        op.execute(f"DROP TRIGGER taken_release_is_fixed ON {table}")
    op.execute("DROP FUNCTION taken_release_is_fixed()")
    op.drop_table("release_taken")
    op.drop_column("master_release", "takes_effect")
