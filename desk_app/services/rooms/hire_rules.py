"""The rules of room hire that every booking path shares: times, opening hours, price, overlap."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.formatting import LOCAL_ZONE
from desk_app.models import Booking, BookingState, DayPart, DayPartKey, OpeningHours, Room, RoomRate
from desk_app.models import TariffClass as Tariff
from desk_app.services.rooms.scheduled_rates import ScheduledRate, rate_on

TimeSpan = tuple[time, time]


@dataclass(frozen=True)
class HireCalendar:
    """The centre's parts of the day and opening hours, loaded once per transaction."""

    day_parts: dict[DayPartKey, TimeSpan]
    opening_hours: dict[int, TimeSpan]

    @classmethod
    def load(cls, session: Session) -> HireCalendar:
        """Read the centre's times from the database."""
        parts = {row.key: (row.starts, row.ends) for row in session.scalars(select(DayPart))}
        hours = {
            row.weekday: (row.opens, row.closes)
            for row in session.scalars(select(OpeningHours).where(OpeningHours.is_open))
        }
        return cls(parts, hours)

    def span(
        self, day: date, part: DayPartKey | None, starts: time | None, ends: time | None
    ) -> tuple[datetime, datetime]:
        """The UTC span of a part of the day (cut to opening hours) or of given times."""
        hours = self.opening_hours.get(day.weekday())
        if hours is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Het buurthuis is op {day} gesloten."),
                day=day,
            )
        if part is not None:
            starts, ends = self.day_parts[part]
            starts, ends = max(starts, hours[0]), min(ends, hours[1])
            if starts >= ends:
                raise _closed(day, hours)
        elif starts is None or ends is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Kies een dagdeel of een begin- en eindtijd.")
            )
        elif starts >= ends:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "De eindtijd moet na de begintijd liggen.")
            )
        elif starts < hours[0] or ends > hours[1]:
            raise _closed(day, hours)
        return local_moment(day, starts), local_moment(day, ends)

    def parts_touched(self, starts_at: datetime, ends_at: datetime) -> list[DayPartKey]:
        """The parts of the day a span overlaps (for the calendar and occupancy)."""
        day = starts_at.astimezone(LOCAL_ZONE).date()
        return [
            key
            for key, (part_start, part_end) in self.day_parts.items()
            if local_moment(day, part_start) < ends_at and starts_at < local_moment(day, part_end)
        ]


def local_moment(day: date, at: time) -> datetime:
    """A Dutch wall-clock time on ``day`` as a UTC moment."""
    return datetime.combine(day, at, LOCAL_ZONE).astimezone(UTC)


def _closed(day: date, hours: TimeSpan) -> InvalidInput:
    return InvalidInput(
        QT_TRANSLATE_NOOP(
            "Errors", "Het buurthuis is dan gesloten: op {day} open van {opens} tot {closes}."
        ),
        day=day,
        opens=hours[0],
        closes=hours[1],
    )


def hire_price(
    session: Session, room: Room, tariff: Tariff, span: tuple[datetime, datetime], by_part: bool
) -> tuple[int, int]:
    """The price in cents for ``tariff`` and its VAT rate; internal use is always free."""
    if tariff is Tariff.INTERNAL:
        return 0, 0
    day = span[0].astimezone(LOCAL_ZONE).date()
    rate: RoomRate | ScheduledRate | None = rate_on(session, room.id, tariff, day)
    if rate is None:
        rate = session.scalars(
            select(RoomRate).where(RoomRate.room_id == room.id, RoomRate.tariff_class == tariff)
        ).one_or_none()
    if rate is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Voor {room} is nog geen tarief voor {tariff} ingesteld."),
            room=room.name,
            tariff=tariff,
        )
    if by_part:
        return rate.part_of_day_cents, rate.vat_rate
    minutes = int((span[1] - span[0]).total_seconds() // 60)
    return (rate.hour_cents * minutes + 30) // 60, rate.vat_rate


def commercial_value(
    session: Session, room: Room, span: tuple[datetime, datetime], by_part: bool
) -> int:
    """What the span would cost a commercial hirer: the value of free and discounted use."""
    try:
        return hire_price(session, room, Tariff.COMMERCIAL, span, by_part)[0]
    except InvalidInput:
        return 0


def live_bookings(
    session: Session, room_id: UUID, first: datetime, last: datetime
) -> list[Booking]:
    """Bookings of a room that are not cancelled and overlap ``[first, last)``."""
    return list(
        session.scalars(
            select(Booking)
            .where(
                Booking.room_id == room_id,
                Booking.state != BookingState.CANCELLED,
                Booking.starts_at < last,
                Booking.ends_at > first,
            )
            .order_by(Booking.starts_at)
        )
    )


def clashes(existing: list[Booking], starts_at: datetime, ends_at: datetime) -> list[Booking]:
    """Which of ``existing`` overlap the half-open span ``[starts_at, ends_at)``."""
    return [b for b in existing if b.starts_at < ends_at and starts_at < b.ends_at]
