"""Private parties with alcohol: the bylaw's yearly cap, and no alcohol at an outsiders' event."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta
from uuid import UUID

import pytest

from desk_app.documents.volunteers import alcohol_register_pdf
from desk_app.errors import InvalidInput, NotAllowed
from desk_app.models import PaymentMethod
from desk_app.services.auth import Actor
from desk_app.services.rooms.booking_changes import cancel_booking
from desk_app.services.rooms.bookings import BookingInfo, book_room
from desk_app.services.rooms.parties import private_parties, save_parties_per_year
from desk_app.services.rooms.series import Repeat, SeriesRequest, book_series
from desk_app.services.till.basket import LineIn
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.sales import sell
from desk_app.services.till.tabs import add_to_tab, open_tab
from desk_app.services.uow import UnitOfWork
from tests.documents import pdf_text
from tests.unit import hire_factories as hire
from tests.unit.factories import table_counts
from tests.unit.till_factories import set_up_bar


def _party(uow: UnitOfWork, manager: Actor, room: UUID, hirer: UUID, day: date) -> BookingInfo:
    request = replace(hire.request(room, hirer, day=day), private_party=True)
    return book_room(uow, manager, request)


def test_the_party_after_the_cap_is_refused_with_the_count(uow: UnitOfWork, manager: Actor) -> None:
    room, hirer = hire.room(uow, manager), hire.hirer(uow, manager, "Familie Yilmaz")
    for week in range(4):
        _party(uow, manager, room, hirer, hire.MONDAY + timedelta(weeks=week))
    before = table_counts(uow, "booking")
    with pytest.raises(InvalidInput, match=r"hoogstens 4 .* al 4 geboekt"):
        _party(uow, manager, room, hirer, hire.MONDAY + timedelta(weeks=5))
    assert table_counts(uow, "booking") == before
    assert len(private_parties(uow, 2026)) == 4


def test_the_cap_counts_per_calendar_year_and_leaves_cancelled_parties_out(
    uow: UnitOfWork, manager: Actor
) -> None:
    save_parties_per_year(uow, manager, 1)
    room, hirer = hire.room(uow, manager), hire.hirer(uow, manager)
    first = _party(uow, manager, room, hirer, hire.MONDAY)
    _party(uow, manager, room, hirer, date(2027, 1, 4))  # next year has its own maximum
    with pytest.raises(InvalidInput, match="hoogstens 1"):
        _party(uow, manager, room, hirer, hire.MONDAY + timedelta(weeks=1))
    cancel_booking(uow, manager, first.id)
    _party(uow, manager, room, hirer, hire.MONDAY + timedelta(weeks=1))
    book_room(uow, manager, hire.request(room, hirer, day=hire.MONDAY + timedelta(weeks=2)))


def test_alcohol_is_refused_during_an_event_for_outsiders(uow: UnitOfWork, manager: Actor) -> None:
    bar = set_up_bar(uow, manager)
    room, hirer = hire.room(uow, manager), hire.hirer(uow, manager, "Stichting Vitaliteitsmarkt")
    today = date(2026, 3, 2)  # the test clock's day, 10:30 in Amstelveen
    event = hire.request(room, hirer, day=today, starts=time(10, 0), ends=time(12, 0))
    book_room(uow, manager, replace(event, for_outsiders=True))
    card = PaymentIn(PaymentMethod.CARD, amount_cents=250)
    with pytest.raises(NotAllowed, match="publiek van buiten"):
        sell(uow, bar.seller, [LineIn(bar.products["Pils"], 1)], [card], age_confirmed=True)
    coffee = PaymentIn(PaymentMethod.CARD, amount_cents=120)
    assert sell(uow, bar.seller, [LineIn(bar.products["Koffie"], 1)], [coffee]).number == 1


def test_the_alcohol_register_lists_the_years_parties(uow: UnitOfWork, manager: Actor) -> None:
    room, hirer = hire.room(uow, manager), hire.hirer(uow, manager, "Familie Yilmaz")
    _party(uow, manager, room, hirer, hire.MONDAY)
    pdf = alcohol_register_pdf([], "De Meent", private_parties(uow, 2026), 2026)
    text = " ".join(pdf_text(pdf).split())
    assert "Besloten feesten met alcohol in 2026" in text
    assert "1 9 mrt 2026" in text
    assert "Familie Yilmaz" in text


def test_no_alcohol_goes_on_the_tab_of_an_outsiders_event(uow: UnitOfWork, manager: Actor) -> None:
    bar = set_up_bar(uow, manager)
    tab = open_tab(uow, bar.seller, "Vitaliteitsmarkt", outsiders=True)
    before = table_counts(uow, "tab_entry")
    with pytest.raises(NotAllowed, match="publiek van buiten"):
        add_to_tab(
            uow, bar.seller, tab.tab_id, [LineIn(bar.products["Pils"], 2)], age_confirmed=True
        )
    assert table_counts(uow, "tab_entry") == before
    coffee = add_to_tab(uow, bar.seller, tab.tab_id, [LineIn(bar.products["Koffie"], 2)])
    assert coffee.for_outsiders
    assert coffee.total_cents == 240


def test_a_series_of_parties_past_the_cap_is_refused_whole(uow: UnitOfWork, manager: Actor) -> None:
    room, hirer = hire.room(uow, manager), hire.hirer(uow, manager, "Familie Yilmaz")
    party = replace(hire.request(room, hirer), private_party=True)
    before = table_counts(uow, "booking")
    with pytest.raises(InvalidInput, match="hoogstens 4"):
        book_series(uow, manager, SeriesRequest(party, Repeat.WEEKLY, None, times=5))
    assert table_counts(uow, "booking") == before
    assert len(book_series(uow, manager, SeriesRequest(party, Repeat.WEEKLY, None, times=4))) == 4
