"""sign-ups for activity sessions, their capacity, and strippenkaarten sold and stamped

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-30 14:53:18

Numbered 0018 because 0015 to 0017 are taken by work on other branches; on this branch it
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

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("activity_signup", "multi_visit_card", "card_stamp")


def upgrade() -> None:
    op.create_table(
        "activity_signup",
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("pass_id", sa.Uuid(), nullable=True),
        sa.Column("name", sa.String(length=120), nullable=True),
        sa.Column("by_id", sa.Uuid(), nullable=False),
        sa.Column("cancelled_at", desk_app.models.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("came_at", desk_app.models.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("centre_code", sa.String(length=16), nullable=False),
        sa.Column("created_at", desk_app.models.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["by_id"], ["person.id"], name=op.f("fk_activity_signup_by_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["pass_id"], ["visitor_pass.id"], name=op.f("fk_activity_signup_pass_id_visitor_pass")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["activity_session.id"],
            name=op.f("fk_activity_signup_session_id_activity_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_signup")),
        sa.UniqueConstraint("session_id", "position", name=op.f("uq_activity_signup_session_id")),
    )
    with op.batch_alter_table("activity_signup", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_signup_centre_code"), ["centre_code"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_activity_signup_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "multi_visit_card",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("stamps", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("sale_id", sa.Uuid(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("centre_code", sa.String(length=16), nullable=False),
        sa.Column("created_at", desk_app.models.types.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("stamps > 0", name=op.f("ck_multi_visit_card_stamps_positive")),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_multi_visit_card_product_id_product")
        ),
        sa.ForeignKeyConstraint(
            ["sale_id"], ["sale.id"], name=op.f("fk_multi_visit_card_sale_id_sale")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_multi_visit_card")),
        sa.UniqueConstraint("code", name=op.f("uq_multi_visit_card_code")),
    )
    with op.batch_alter_table("multi_visit_card", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_multi_visit_card_centre_code"), ["centre_code"], unique=False
        )

    op.create_table(
        "card_stamp",
        sa.Column("card_id", sa.Uuid(), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("by_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("centre_code", sa.String(length=16), nullable=False),
        sa.Column("created_at", desk_app.models.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["by_id"], ["person.id"], name=op.f("fk_card_stamp_by_id_person")),
        sa.ForeignKeyConstraint(
            ["card_id"],
            ["multi_visit_card.id"],
            name=op.f("fk_card_stamp_card_id_multi_visit_card"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["activity_session.id"],
            name=op.f("fk_card_stamp_session_id_activity_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_card_stamp")),
    )
    with op.batch_alter_table("card_stamp", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_card_stamp_card_id"), ["card_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_card_stamp_centre_code"), ["centre_code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_card_stamp_session_id"), ["session_id"], unique=False)

    # Added in place (SQLite's ADD COLUMN keeps the tables' change-log triggers), not rebuilt.
    for table, column in (("activity_session", "capacity"), ("product", "stamps")):
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN {column} INTEGER"
            f" CONSTRAINT ck_{table}_{column}_positive CHECK ({column} IS NULL OR {column} > 0)"
        )
    for table in TABLES:
        for statement in change_log_triggers(table):
            op.execute(statement)
    for statement in append_only_triggers("card_stamp"):
        op.execute(statement)


def downgrade() -> None:
    for statement in drop_append_only_triggers("card_stamp"):
        op.execute(statement)
    for table in TABLES:
        for statement in drop_change_log_triggers(table):
            op.execute(statement)
    op.execute("ALTER TABLE product DROP COLUMN stamps")
    op.execute("ALTER TABLE activity_session DROP COLUMN capacity")

    with op.batch_alter_table("card_stamp", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_card_stamp_session_id"))
        batch_op.drop_index(batch_op.f("ix_card_stamp_centre_code"))
        batch_op.drop_index(batch_op.f("ix_card_stamp_card_id"))

    op.drop_table("card_stamp")
    with op.batch_alter_table("multi_visit_card", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_multi_visit_card_centre_code"))

    op.drop_table("multi_visit_card")
    with op.batch_alter_table("activity_signup", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_signup_session_id"))
        batch_op.drop_index(batch_op.f("ix_activity_signup_centre_code"))

    op.drop_table("activity_signup")
