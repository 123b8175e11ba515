"""The volunteer roster: recurring and one-off shifts, their exceptions, holidays, availability."""

import uuid
from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.kinds import DayPartKey, ShiftTask
from desk_app.models.base import Base, Synced, str_enum


class ShiftPattern(Synced, Base):
    """A shift that returns every week (every Tuesday morning) from a first to a last day."""

    __tablename__ = "shift_pattern"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
        CheckConstraint("last_day IS NULL OR last_day >= first_day", name="last_after_first"),
    )

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    task: Mapped[ShiftTask] = mapped_column(str_enum(ShiftTask))
    weekday: Mapped[int]
    part: Mapped[DayPartKey] = mapped_column(str_enum(DayPartKey))
    first_day: Mapped[date]
    last_day: Mapped[date | None]
    active: Mapped[bool] = mapped_column(default=True)


class Shift(Synced, Base):
    """A one-off shift, or one week of a pattern told otherwise: not this time, or swapped.

    A swap names whom the shift was taken from and who agreed to it.
    """

    __tablename__ = "shift"
    __table_args__ = (Index("ix_shift_day", "day"),)

    day: Mapped[date]
    part: Mapped[DayPartKey] = mapped_column(str_enum(DayPartKey))
    task: Mapped[ShiftTask] = mapped_column(str_enum(ShiftTask))
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    pattern_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("shift_pattern.id"))
    cancelled: Mapped[bool] = mapped_column(default=False)
    swapped_from_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"))
    agreed_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"))


class RosterHoliday(Synced, Base):
    """A day the centre is closed (a public holiday): no shifts, no gaps."""

    __tablename__ = "roster_holiday"
    __table_args__ = (UniqueConstraint("centre_code", "day"),)

    day: Mapped[date]
    name: Mapped[str] = mapped_column(String(120), default="")
    active: Mapped[bool] = mapped_column(default=True)


class Availability(Synced, Base):
    """Whether a volunteer can be rostered on a weekday's part of the day."""

    __tablename__ = "volunteer_availability"
    __table_args__ = (
        UniqueConstraint("person_id", "weekday", "part"),
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
    )

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"))
    weekday: Mapped[int]
    part: Mapped[DayPartKey] = mapped_column(str_enum(DayPartKey))
    available: Mapped[bool] = mapped_column(default=True)
