"""Demo step: two of this year's family bookings are private parties with alcohol."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import select

from desk_app.demo import DemoContext
from desk_app.models import Booking, BookingState, Hirer

PARTIES = ("Verjaardagsfeest", "Bruiloft")


def private_parties(context: DemoContext) -> None:
    """Mark the first two family bookings of the demo's last year as private parties."""
    year_start = context.moment(date(context.options.end.year, 1, 1), time(0))
    with context.uow.write() as tx:
        family = (
            select(Booking)
            .join(Hirer, Hirer.id == Booking.hirer_id)
            .where(~Hirer.is_organisation, Booking.state != BookingState.CANCELLED)
            .order_by(Booking.starts_at)
        )
        bookings = (
            tx.session.scalars(
                family.where(Booking.starts_at >= year_start).limit(len(PARTIES))
            ).all()
            or tx.session.scalars(family.limit(len(PARTIES))).all()
        )
        for booking, description in zip(bookings, PARTIES, strict=False):
            booking.private_party = True
            booking.description = description
    context.count("besloten feesten", len(bookings))
