"""Volunteers on duty and the activities programme: sign-ins, sign-outs, occurrences, attendance."""

import uuid
from datetime import date, datetime, time

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.kinds import Recurrence, TargetGroup
from desk_app.models.base import Base, Fact, Synced, str_enum
from desk_app.models.types import Cents, ShortText, UTCDateTime


class SignIn(Fact, Base):
    """A volunteer arrived for duty."""

    __tablename__ = "sign_in"
    __table_args__ = (Index("ix_sign_in_person_at", "person_id", "created_at"),)

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"))
    local_day: Mapped[date] = mapped_column(index=True)


class SignOut(Fact, Base):
    """A volunteer left; ``flagged`` when the day close ended a sign-in left open."""

    __tablename__ = "sign_out"

    sign_in_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sign_in.id"), unique=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    ended_at: Mapped[datetime] = mapped_column(UTCDateTime())
    flagged: Mapped[bool] = mapped_column(default=False)
    recorded_by: Mapped[uuid.UUID | None]


class OwnTargetGroup(Synced, Base):
    """A target group the organisation keeps itself (dementia, a disability): office master data."""

    __tablename__ = "own_target_group"

    name: Mapped[ShortText]
    active: Mapped[bool] = mapped_column(default=True)


class AllowancePayment(Fact, Base):
    """A volunteer allowance paid for a month, entered at the desk or imported from the office.

    A wrong one is corrected by its reversal: a row with the opposite amount that names it.
    """

    __tablename__ = "allowance_payment"
    __table_args__ = (
        Index("ix_allowance_payment_person_month", "person_id", "month"),
        UniqueConstraint("reverses_id", "centre_code"),
        CheckConstraint("amount_cents <> 0", name="amount_not_zero"),
    )

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"))
    month: Mapped[date]  # the first day of the month it is paid for
    amount_cents: Mapped[Cents]
    source: Mapped[str] = mapped_column(String(16), default="balie")
    recorded_by: Mapped[uuid.UUID | None]
    reverses_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("allowance_payment.id"))


class Activity(Synced, Base):
    """An activity in the programme, one-off or recurring."""

    __tablename__ = "activity"
    __table_args__ = (CheckConstraint("starts < ends", name="starts_before_ends"),)

    name: Mapped[ShortText]
    target_group: Mapped[TargetGroup] = mapped_column(str_enum(TargetGroup))
    # Besides the age group: one of the organisation's own groups, if the activity is for one.
    own_group_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("own_target_group.id"))
    organiser: Mapped[str] = mapped_column(String(120), default="")
    leader_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"))
    room_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("room.id"))
    recurrence: Mapped[Recurrence] = mapped_column(str_enum(Recurrence))
    first_day: Mapped[date]
    last_day: Mapped[date]
    starts: Mapped[time]
    ends: Mapped[time]
    vulnerable_group: Mapped[bool] = mapped_column(default=False)
    large_event: Mapped[bool] = mapped_column(default=False)
    # An event for the public from outside: the bylaw allows no alcohol during it.
    for_outsiders: Mapped[bool] = mapped_column(default=False, server_default=false())
    active: Mapped[bool] = mapped_column(default=True)


class ActivityOccurrence(Synced, Base):
    """One occurrence of an activity on a day."""

    __tablename__ = "activity_session"
    __table_args__ = (
        Index("ix_activity_session_day", "day"),
        CheckConstraint("capacity IS NULL OR capacity > 0", name="capacity_positive"),
    )

    activity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("activity.id"), index=True)
    day: Mapped[date]
    cancelled: Mapped[bool] = mapped_column(default=False)
    capacity: Mapped[int | None]  # places for sign-ups; none: no limit


class Attendance(Fact, Base):
    """Attendance counted by hand at an occurrence; scanned passes count as visits instead."""

    __tablename__ = "attendance"
    __table_args__ = (CheckConstraint("attendees <> 0", name="attendees_not_zero"),)

    # the occurrence; table and column keep their first names (migrations, the sync's log)
    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("activity_session.id"), index=True)
    attendees: Mapped[int]
    recorded_by: Mapped[uuid.UUID | None]
