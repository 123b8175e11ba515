"""allowances paid to volunteers, a volunteer's birth date, private parties, outsiders' events

Revision ID: 0019
Revises: 0018
Create Date: 2026-11-30 15:10:00

Numbered 0017 because 0015 and 0016 are taken by work on other branches; on this branch it
follows 0014 directly.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desk_app.models.types
from desk_app.db.triggers import (
    append_only_triggers,
    change_log_triggers,
    drop_append_only_triggers,
    drop_change_log_triggers,
)

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "allowance_payment"


def upgrade() -> None:
    # Added in place (SQLite's ADD COLUMN keeps the tables' change-log triggers), not rebuilt.
    op.add_column("person", sa.Column("born_on", sa.Date(), nullable=True))
    for table, column in (
        ("booking", "private_party"),
        ("booking", "for_outsiders"),
        ("tab", "for_outsiders"),
    ):
        op.add_column(
            table, sa.Column(column, sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.create_table(
        TABLE,
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("amount_cents", sa.BigInteger(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("recorded_by", sa.Uuid(), nullable=True),
        sa.Column("reverses_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("centre_code", sa.String(length=16), nullable=False),
        sa.Column("created_at", desk_app.models.types.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("amount_cents <> 0", name=op.f("ck_allowance_payment_amount_not_zero")),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_allowance_payment_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["reverses_id"],
            ["allowance_payment.id"],
            name=op.f("fk_allowance_payment_reverses_id_allowance_payment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_allowance_payment")),
        sa.UniqueConstraint(
            "reverses_id", "centre_code", name=op.f("uq_allowance_payment_reverses_id")
        ),
    )
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_allowance_payment_centre_code"), ["centre_code"], unique=False
        )
        batch_op.create_index(
            "ix_allowance_payment_person_month", ["person_id", "month"], unique=False
        )
    for statement in append_only_triggers(TABLE) + change_log_triggers(TABLE):
        op.execute(statement)


def downgrade() -> None:
    for statement in drop_append_only_triggers(TABLE) + drop_change_log_triggers(TABLE):
        op.execute(statement)
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.drop_index("ix_allowance_payment_person_month")
        batch_op.drop_index(batch_op.f("ix_allowance_payment_centre_code"))
    op.drop_table(TABLE)
    op.execute("ALTER TABLE tab DROP COLUMN for_outsiders")
    for column in ("for_outsiders", "private_party"):
        op.execute(f"ALTER TABLE booking DROP COLUMN {column}")
    op.execute("ALTER TABLE person DROP COLUMN born_on")
