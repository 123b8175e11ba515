"""a login per centre and for the office, row-level security on every central table

Revision ID: c006
Revises: c005
Create Date: 2026-11-30 09:00:00

Until now any login that could write one centre's rows could write every centre's. The group
roles ``desk_centre`` and ``desk_office`` carry the privileges; each centre's rows are
visible and writable only to that centre's login (see ``desk_app.central.access``).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desk_app.models.types
from desk_app.central.access import (
    CENTRE_BOOKKEEPING,
    MIRROR_PRIVILEGES,
    create_groups,
    secure_centre_table,
    secure_reference_tables,
)

revision: str = "c006"
down_revision: str | None = "c005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The mirrors at this revision; a later mirror is secured by its own revision.
MIRRORS = (
    "activity",
    "activity_session",
    "attendance",
    "audit_entry",
    "booking",
    "booking_extra",
    "centre",
    "certificate",
    "checkout",
    "coffee_card",
    "coffee_card_movement",
    "day_close",
    "day_part",
    "hirer",
    "invoice",
    "invoice_line",
    "opening_hours",
    "paid_out",
    "payment",
    "person",
    "product",
    "removed_line",
    "room",
    "room_rate",
    "sale",
    "sale_line",
    "satisfaction_vote",
    "sign_in",
    "sign_out",
    "tab",
    "tab_entry",
    "visit",
    "visitor_pass",
)
REFERENCE = ("accepted_version", "master_release", "master_item", "centre_registry", "desk_login")


def upgrade() -> None:
    op.create_table(
        "centre_registry",
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column(
            "registered_at",
            desk_app.models.types.UTCDateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_centre_registry")),
    )
    op.create_table(
        "desk_login",
        sa.Column("role_name", sa.String(length=63), nullable=False),
        sa.Column("centre_code", sa.String(length=16), nullable=True),
        sa.Column(
            "created_at",
            desk_app.models.types.UTCDateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["centre_code"],
            ["centre_registry.code"],
            name=op.f("fk_desk_login_centre_code_centre_registry"),
        ),
        sa.PrimaryKeyConstraint("role_name", name=op.f("pk_desk_login")),
    )
    connection = op.get_bind()
    create_groups(connection)
    for table in MIRRORS:
        secure_centre_table(connection, table, MIRROR_PRIVILEGES)
    for table, privileges in CENTRE_BOOKKEEPING.items():
        secure_centre_table(connection, table, privileges)
    secure_reference_tables(connection)


def downgrade() -> None:
    # The group roles stay: roles are server-wide, another central database may use them.
    for table in (*MIRRORS, *CENTRE_BOOKKEEPING, *REFERENCE[:3]):
        op.execute(f"REVOKE ALL ON {table} FROM desk_centre, desk_office")
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        for policy in ("own_centre", "office_reads", "everyone_reads", "office_publishes"):
            op.execute(f"DROP POLICY IF EXISTS {policy} ON {table}")
        op.execute(f"DROP POLICY IF EXISTS meant_for_centre ON {table}")
    # Together: each one's policies and keys refer to the other.
    op.execute("DROP TABLE desk_login, centre_registry")
