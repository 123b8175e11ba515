"""An activity of the programme aimed at outsiders: no alcohol from 1 h before to 2 h after."""

from __future__ import annotations

from datetime import date, time

import pytest

from desk_app.errors import NotAllowed
from desk_app.models import PaymentMethod, Recurrence, TargetGroup
from desk_app.services.activities import programme as activities
from desk_app.services.auth import Actor
from desk_app.services.till.basket import LineIn
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.sales import sell
from desk_app.services.till.settings import TillSettings, save_settings
from desk_app.services.uow import UnitOfWork
from tests.unit.factories import table_counts
from tests.unit.till_factories import Bar, set_up_bar

TODAY = date(2026, 3, 2)  # the test clock's day, 10:30 in Amstelveen


def plan(
    uow: UnitOfWork, manager: Actor, starts: time, ends: time, *, outsiders: bool = True
) -> None:
    activities.plan_activity(
        uow,
        manager,
        activities.ActivityPlan(
            "Vitaliteitsmarkt",
            TargetGroup.ALL,
            Recurrence.ONCE,
            TODAY,
            TODAY,
            starts,
            ends,
            for_outsiders=outsiders,
        ),
    )


def open_bar(uow: UnitOfWork, manager: Actor) -> Bar:
    """The test bar, serving alcohol from eight in the morning: the clock reads 10:30."""
    bar = set_up_bar(uow, manager)
    hours: dict[int, tuple[time, time] | None] = dict.fromkeys(range(7), (time(8), time(23)))
    save_settings(uow, manager, TillSettings(alcohol_hours=hours))
    return bar


def pils(uow: UnitOfWork, bar: Bar) -> int:
    card = PaymentIn(PaymentMethod.CARD, amount_cents=250)
    sale = sell(uow, bar.seller, [LineIn(bar.products["Pils"], 1)], [card], age_confirmed=True)
    return sale.number


@pytest.mark.parametrize(
    ("starts", "ends"),
    [(time(11, 30), time(13)), (time(10), time(11)), (time(7), time(8, 31))],
    ids=["an hour before", "during", "two hours after"],
)
def test_alcohol_is_refused_around_an_activity_for_outsiders(
    uow: UnitOfWork, manager: Actor, starts: time, ends: time
) -> None:
    bar = open_bar(uow, manager)
    plan(uow, manager, starts, ends)
    before = table_counts(uow, "sale", "sale_line")
    with pytest.raises(NotAllowed, match="nu loopt Vitaliteitsmarkt"):
        pils(uow, bar)
    assert table_counts(uow, "sale", "sale_line") == before
    coffee = PaymentIn(PaymentMethod.CARD, amount_cents=120)
    assert sell(uow, bar.seller, [LineIn(bar.products["Koffie"], 1)], [coffee]).number == 1


@pytest.mark.parametrize(
    ("starts", "ends"),
    [(time(11, 31), time(13)), (time(7), time(8, 30))],
    ids=["more than an hour before", "two hours after it ended"],
)
def test_alcohol_is_served_outside_the_window(
    uow: UnitOfWork, manager: Actor, starts: time, ends: time
) -> None:
    bar = open_bar(uow, manager)
    plan(uow, manager, starts, ends)
    plan(uow, manager, time(10), time(12), outsiders=False)  # the centre's own activity
    assert pils(uow, bar) == 1


def test_a_cancelled_activity_for_outsiders_refuses_nothing(
    uow: UnitOfWork, manager: Actor
) -> None:
    bar = open_bar(uow, manager)
    plan(uow, manager, time(10), time(12))
    [occurrence] = activities.programme(uow, TODAY, TODAY)
    activities.cancel_occurrence(uow, manager, occurrence.occurrence_id)
    assert pils(uow, bar) == 1
