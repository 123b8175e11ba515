"""Serving hours past midnight, and a private party as an occasion for alcohol."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest

from desk_app.errors import InvalidInput, NotAllowed
from desk_app.formatting import LOCAL_ZONE
from desk_app.models import PaymentMethod
from desk_app.services.auth import Actor
from desk_app.services.rooms.bookings import book_room
from desk_app.services.till.alcohol import in_span
from desk_app.services.till.basket import LineIn
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.sales import sell
from desk_app.services.till.settings import TillSettings, save_settings
from desk_app.services.uow import UnitOfWork
from tests.conftest import FakeClock
from tests.unit import hire_factories as hire
from tests.unit.till_factories import set_up_bar

# until one at night
LATE: dict[int, tuple[time, time] | None] = dict.fromkeys(range(7), (time(16, 0), time(1, 0)))
CASH = PaymentIn(PaymentMethod.CASH)


def amstelveen(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment in March 2026 (winter time, UTC+1) by the clock on the centre's wall."""
    return datetime(2026, 3, day, hour, minute, tzinfo=LOCAL_ZONE).astimezone(UTC)


@pytest.mark.parametrize(
    ("at", "served"),
    [
        (amstelveen(3, 0, 30), True),  # Tuesday 00:30: Monday's evening runs on
        (amstelveen(3, 1, 0), False),
        (amstelveen(3, 15, 59), False),
        (amstelveen(3, 20, 0), True),
        (amstelveen(3, 23, 59), True),
    ],
)
def test_serving_hours_may_run_past_midnight(at: datetime, served: bool) -> None:
    assert in_span(at, LATE) is served


def test_a_span_past_midnight_is_kept_and_an_empty_one_refused(
    uow: UnitOfWork, manager: Actor
) -> None:
    assert save_settings(uow, manager, TillSettings(alcohol_hours=LATE)).alcohol_hours == LATE
    empty: dict[int, tuple[time, time] | None] = {**LATE, 0: (time(16, 0), time(16, 0))}
    with pytest.raises(InvalidInput, match="middernacht"):
        save_settings(uow, manager, TillSettings(alcohol_hours=empty))


def test_a_private_party_is_an_occasion_for_alcohol(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    bar = set_up_bar(uow, manager)
    save_settings(uow, manager, TillSettings(only_around_activities=True))
    room, hirer = hire.room(uow, manager), hire.hirer(uow, manager, "Familie Yilmaz")
    party = hire.request(room, hirer, day=date(2026, 3, 2), starts=time(19), ends=time(22))
    book_room(uow, manager, replace(party, private_party=True))
    beer = [LineIn(bar.products["Pils"], 1)]
    clock.moment = amstelveen(2, 18, 30)  # before the party: no occasion
    with pytest.raises(NotAllowed, match="schenktijden"):
        sell(uow, bar.seller, beer, [CASH], age_confirmed=True)
    clock.moment = amstelveen(2, 20, 0)
    assert sell(uow, bar.seller, beer, [CASH], age_confirmed=True).total_cents == 250
