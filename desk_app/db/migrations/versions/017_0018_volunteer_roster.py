"""volunteer roster: shift patterns, shifts with exceptions and swaps, holidays, availability

Revision ID: 0018
Revises: 0017
Create Date: 2026-11-30 15:00:00

Numbered 0016 because 0015 is reserved for work on another branch; on this branch it follows
0014 directly.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desk_app.models.types
from desk_app.db.triggers import change_log_triggers, drop_change_log_triggers

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("shift_pattern", "shift", "roster_holiday", "volunteer_availability")
TASKS = ("reception", "bar", "bhv", "activity_leader", "youth_work")


def _task() -> sa.Enum:
    return sa.Enum(*TASKS, name="shifttask", native_enum=False, create_constraint=True, length=24)


def _part() -> sa.Enum:
    return sa.Enum(
        "morning",
        "afternoon",
        "evening",
        name="daypartkey",
        native_enum=False,
        create_constraint=True,
        length=24,
    )


def _synced() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("centre_code", sa.String(length=16), nullable=False),
        sa.Column("created_at", desk_app.models.types.UTCDateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    _patterns()
    _shifts()
    _holidays()
    _availability()
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(
                batch_op.f(f"ix_{table}_centre_code"), ["centre_code"], unique=False
            )
        for statement in change_log_triggers(table):
            op.execute(statement)


def _patterns() -> None:
    op.create_table(
        "shift_pattern",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("task", _task(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("part", _part(), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_synced(),
        sa.CheckConstraint("weekday BETWEEN 0 AND 6", name=op.f("ck_shift_pattern_weekday_range")),
        sa.CheckConstraint(
            "last_day IS NULL OR last_day >= first_day",
            name=op.f("ck_shift_pattern_last_after_first"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_shift_pattern_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shift_pattern")),
    )
    with op.batch_alter_table("shift_pattern", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_shift_pattern_person_id"), ["person_id"])


def _shifts() -> None:
    op.create_table(
        "shift",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("part", _part(), nullable=False),
        sa.Column("task", _task(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("pattern_id", sa.Uuid(), nullable=True),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("swapped_from_id", sa.Uuid(), nullable=True),
        sa.Column("agreed_by_id", sa.Uuid(), nullable=True),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_shift_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["pattern_id"], ["shift_pattern.id"], name=op.f("fk_shift_pattern_id_shift_pattern")
        ),
        sa.ForeignKeyConstraint(
            ["swapped_from_id"], ["person.id"], name=op.f("fk_shift_swapped_from_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["agreed_by_id"], ["person.id"], name=op.f("fk_shift_agreed_by_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shift")),
    )
    with op.batch_alter_table("shift", schema=None) as batch_op:
        batch_op.create_index("ix_shift_day", ["day"])
        batch_op.create_index(batch_op.f("ix_shift_person_id"), ["person_id"])


def _holidays() -> None:
    op.create_table(
        "roster_holiday",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_synced(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_holiday")),
        sa.UniqueConstraint("centre_code", "day", name=op.f("uq_roster_holiday_centre_code")),
    )


def _availability() -> None:
    op.create_table(
        "volunteer_availability",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("part", _part(), nullable=False),
        sa.Column("available", sa.Boolean(), nullable=False),
        *_synced(),
        sa.CheckConstraint(
            "weekday BETWEEN 0 AND 6", name=op.f("ck_volunteer_availability_weekday_range")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_volunteer_availability_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer_availability")),
        sa.UniqueConstraint(
            "person_id", "weekday", "part", name=op.f("uq_volunteer_availability_person_id")
        ),
    )


def downgrade() -> None:
    for table in reversed(TABLES):
        for statement in drop_change_log_triggers(table):
            op.execute(statement)
        op.drop_table(table)
