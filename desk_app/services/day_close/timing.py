"""When a close comes early: the centre's closing time still ahead on the day being closed."""

from __future__ import annotations

from datetime import date, time

from desk_app.services.clock import closing_time, place
from desk_app.services.uow import UnitOfWork


def closes_later(uow: UnitOfWork, day: date) -> time | None:
    """Today's closing time while it is still ahead; ``None`` once past it or on another day.

    After the close nothing can be checked in or sold for the rest of the day, so a close
    before this time is asked about first.
    """
    with uow.read() as tx:
        here = place(tx, tx.now)
        if here.day != day:
            return None
        closes = closing_time(tx.session, day)
    return closes if closes is not None and here.time < closes else None
