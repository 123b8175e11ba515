"""The day close: a scripted day against figures computed here, the cash count, the sign-off."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from desk_app.errors import InvalidInput, Money, NotAllowed
from desk_app.models import PaymentMethod, Role
from desk_app.services.auth import Actor
from desk_app.services.day_close.day_lock import record_paid_out
from desk_app.services.day_close.open_days import next_day_to_close
from desk_app.services.day_close.sign_off import Closing, check_cash, close_day, day_to_close
from desk_app.services.day_close.z_report_data import z_report
from desk_app.services.till.basket import LineIn
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.reversals import reverse_sale
from desk_app.services.till.sales import sell
from desk_app.services.till.tabs import add_to_tab, carry_over_tab, open_tab
from desk_app.services.uow import UnitOfWork
from desk_app.services.volunteers.duty import toggle_with_pin
from tests.conftest import MANAGER_PIN, FakeClock
from tests.unit.day_close_factories import counts_for
from tests.unit.factories import table_counts, volunteer
from tests.unit.till_factories import Bar, set_up_bar

TODAY = date(2026, 3, 2)
YESTERDAY = date(2026, 3, 1)
CASH = PaymentIn(PaymentMethod.CASH)


@pytest.fixture
def bar(uow: UnitOfWork, manager: Actor) -> Bar:
    return set_up_bar(uow, manager)


def close_yesterday_with_float(uow: UnitOfWork, manager: Actor, float_cents: int) -> None:
    """A first close that leaves ``float_cents`` in the drawer for today."""
    closing = Closing(
        YESTERDAY, counts_for(float_cents), float_cents, 0, cash_reason="beginvoorraad kas"
    )
    close_day(uow, manager, MANAGER_PIN, closing)


def script_the_day(uow: UnitOfWork, bar: Bar) -> None:
    """Cash and card sales, a reversal, a paid-out and a tab carried over."""
    products = bar.products
    coffee = sell(uow, bar.seller, [LineIn(products["Koffie"], 2)], [CASH])  # 2,40
    sell(uow, bar.seller, [LineIn(products["Koek"], 1)], [CASH])  # 0,73 paid 0,75
    card = PaymentIn(PaymentMethod.CARD, amount_cents=350)
    sell(uow, bar.seller, [LineIn(products["Appeltaart"], 1), LineIn(products["Thee"], 1)], [card])
    reverse_sale(
        uow,
        bar.seller,
        coffee.sale_id,
        manager_id=bar.manager.person_id,
        manager_pin=MANAGER_PIN,
        reason="verkeerd aangeslagen",
    )
    record_paid_out(uow, bar.seller, 1250, "boodschappen melk")
    tab = open_tab(uow, bar.seller, "Biljartclub")
    add_to_tab(uow, bar.seller, tab.tab_id, [LineIn(products["Koffie"], 2)])
    carry_over_tab(uow, bar.seller, tab.tab_id)


def test_a_scripted_day_agrees_with_figures_computed_here(
    uow: UnitOfWork, bar: Bar, manager: Actor
) -> None:
    close_yesterday_with_float(uow, manager, 10_000)
    script_the_day(uow, bar)
    turnover = 240 + 73 + 250 + 100 - 240
    cash_takings = 240 + 75 - 240
    expected = 10_000 + cash_takings - 1250
    closing = Closing(TODAY, counts_for(expected - 5), 5_000, 350)
    report = close_day(uow, manager, MANAGER_PIN, closing)
    assert report.number == 2
    assert report.overview.till.turnover_cents == turnover
    assert [(row.rate, row.gross_cents) for row in report.overview.till.vat_rows] == [(9, turnover)]
    assert report.overview.till.cash_rounding_cents == 2
    assert report.overview.opening_float_cents == 10_000
    assert report.overview.paid_out_cents == 1250
    assert (report.cash_expected_cents, report.cash_counted_cents) == (expected, expected - 5)
    assert report.cash_difference_cents == -5
    assert (report.card_recorded_cents, report.card_difference_cents) == (350, 0)
    [reversal] = report.overview.reversals
    assert (reversal.reason, reversal.approved_by, reversal.total_cents) == (
        "verkeerd aangeslagen",
        "Sanne de Vries",
        -240,
    )
    assert [tab.name for tab in report.overview.open_tabs] == ["Biljartclub"]
    assert z_report(uow, TODAY) == report


def test_the_expected_cash_comes_only_with_the_count(
    uow: UnitOfWork, bar: Bar, manager: Actor
) -> None:
    sell(uow, bar.seller, [LineIn(bar.products["Koffie"], 1)], [CASH])
    check = check_cash(uow, manager, TODAY, counts_for(100))
    assert (check.expected_cents, check.counted_cents, check.difference_cents) == (120, 100, -20)
    assert not check.reason_needed
    assert check_cash(uow, manager, TODAY, counts_for(1000)).reason_needed


def test_a_large_difference_needs_a_reason_and_a_card_difference_too(
    uow: UnitOfWork, manager: Actor
) -> None:
    before = table_counts(uow, "day_close")
    with pytest.raises(InvalidInput, match="reden"):
        close_day(uow, manager, MANAGER_PIN, Closing(TODAY, counts_for(2000), 0, 0))
    with pytest.raises(InvalidInput, match="reden"):
        close_day(uow, manager, MANAGER_PIN, Closing(TODAY, counts_for(0), 0, 990))
    assert table_counts(uow, "day_close") == before
    close_day(uow, manager, MANAGER_PIN, Closing(TODAY, counts_for(0), 0, 990, card_reason="pin"))


def test_close_numbers_are_gapless(uow: UnitOfWork, manager: Actor, clock: FakeClock) -> None:
    numbers = [
        close_day(uow, manager, MANAGER_PIN, Closing(date(2026, 2, day), counts_for(0))).number
        for day in (20, 21, 23)
    ]
    with pytest.raises(InvalidInput, match="afgesloten"):
        close_day(uow, manager, MANAGER_PIN, Closing(date(2026, 2, 23), counts_for(0)))
    numbers.append(close_day(uow, manager, MANAGER_PIN, Closing(TODAY, counts_for(0))).number)
    assert numbers == [1, 2, 3, 4]


def test_the_closed_day_refuses_a_late_sale_check_in_and_sign_in(
    uow: UnitOfWork, bar: Bar, manager: Actor
) -> None:
    from desk_app.services.living_room.checkin import count_walk_in  # noqa: PLC0415
    from desk_app.services.volunteers.duty import toggle_with_pin  # noqa: PLC0415

    desk = volunteer(uow, manager, name="Ria Jansen", role=Role.RECEPTION, pin="1111")
    close_day(uow, manager, MANAGER_PIN, Closing(TODAY, counts_for(0)))
    before = table_counts(uow, "sale", "visit", "sign_in", "paid_out", "tab")
    with pytest.raises(InvalidInput, match="afgesloten"):
        sell(uow, bar.seller, [LineIn(bar.products["Koffie"], 1)], [CASH])
    with pytest.raises(InvalidInput, match="afgesloten"):
        count_walk_in(uow, desk)
    with pytest.raises(InvalidInput, match="afgesloten"):
        toggle_with_pin(uow, desk.person_id, "1111")
    with pytest.raises(InvalidInput, match="afgesloten"):
        record_paid_out(uow, bar.seller, 100, "boodschappen")
    with pytest.raises(InvalidInput, match="afgesloten"):
        open_tab(uow, bar.seller, "Koor")
    assert table_counts(uow, "sale", "visit", "sign_in", "paid_out", "tab") == before


def test_a_correction_goes_in_as_a_reversal_on_a_later_day(
    uow: UnitOfWork, bar: Bar, manager: Actor, clock: FakeClock
) -> None:
    from datetime import timedelta  # noqa: PLC0415

    sold = sell(uow, bar.seller, [LineIn(bar.products["Koffie"], 1)], [CASH])
    close_day(uow, manager, MANAGER_PIN, Closing(TODAY, counts_for(120)))
    clock.advance(timedelta(days=1))
    reversal = reverse_sale(
        uow,
        bar.seller,
        sold.sale_id,
        manager_id=manager.person_id,
        manager_pin=MANAGER_PIN,
        reason="dubbel aangeslagen",
    )
    assert reversal.total_cents == -120
    assert z_report(uow, TODAY).overview.till.turnover_cents == 120
    later = day_to_close(uow, manager, TODAY + timedelta(days=1))
    assert later.reversals[0].reverses_number == sold.number


def test_the_z_report_names_the_tabs_and_volunteers_of_its_close_whenever_it_is_printed(
    uow: UnitOfWork, bar: Bar, manager: Actor, clock: FakeClock
) -> None:
    tab = open_tab(uow, bar.seller, "Biljartclub")
    add_to_tab(uow, bar.seller, tab.tab_id, [LineIn(bar.products["Koffie"], 2)])
    with pytest.raises(InvalidInput, match="rekening"):
        close_day(uow, manager, MANAGER_PIN, Closing(TODAY, counts_for(0)))
    carry_over_tab(uow, bar.seller, tab.tab_id)
    assert [person.name for person in day_to_close(uow, manager, TODAY).signed_in] == [
        "Henk Bakker"
    ]
    signed = close_day(uow, manager, MANAGER_PIN, Closing(TODAY, counts_for(240)))
    assert [person.name for person in signed.overview.signed_in] == ["Henk Bakker"]
    assert [(t.name, t.total_cents) for t in signed.overview.open_tabs] == [("Biljartclub", 240)]
    clock.advance(timedelta(days=1))  # the next day: more on the tab, a new tab, Henk in again
    add_to_tab(uow, bar.seller, tab.tab_id, [LineIn(bar.products["Thee"], 1)])
    open_tab(uow, bar.seller, "Koor")
    toggle_with_pin(uow, bar.seller.person_id, "2222")
    reprinted = z_report(uow, TODAY)
    assert reprinted.overview.signed_in == signed.overview.signed_in
    assert reprinted.overview.open_tabs == signed.overview.open_tabs


@pytest.mark.parametrize(
    ("counts", "message"),
    [
        ({**counts_for(0), 5: -1}, "negatief"),
        ({cents: n for cents, n in counts_for(0).items() if cents != 100}, "aantal in"),
    ],
)
def test_bad_counts_write_nothing(
    uow: UnitOfWork, manager: Actor, counts: dict[int, int], message: str
) -> None:
    before = table_counts(uow, "day_close", "sign_out", "audit_entry")
    with pytest.raises(InvalidInput, match=message):
        close_day(uow, manager, MANAGER_PIN, Closing(TODAY, counts))
    assert table_counts(uow, "day_close", "sign_out", "audit_entry") == before


def test_a_volunteer_cannot_sign_off(uow: UnitOfWork, bar: Bar) -> None:
    before = table_counts(uow, "day_close")
    with pytest.raises(NotAllowed):
        close_day(uow, bar.seller, "2222", Closing(TODAY, counts_for(0)))
    with pytest.raises(NotAllowed):
        close_day(uow, bar.manager, "9999", Closing(TODAY, counts_for(0)))
    assert table_counts(uow, "day_close") == before


def test_a_paid_out_needs_a_reason_and_a_sane_amount(uow: UnitOfWork, bar: Bar) -> None:
    before = table_counts(uow, "paid_out")
    with pytest.raises(InvalidInput):
        record_paid_out(uow, bar.seller, 500, "  ")
    with pytest.raises(InvalidInput):
        record_paid_out(uow, bar.seller, 0, "boodschappen")
    assert table_counts(uow, "paid_out") == before


@pytest.mark.parametrize(
    ("cents", "nearest"),
    [(1234, "€\xa012,35"), (1232, "€\xa012,30"), (1, "€\xa00,05"), (49_999, "€\xa0500,00")],
)
def test_a_paid_out_goes_in_steps_of_5_cents(
    uow: UnitOfWork, bar: Bar, cents: int, nearest: str
) -> None:
    before = table_counts(uow, "paid_out")
    with pytest.raises(InvalidInput) as refused:
        record_paid_out(uow, bar.seller, cents, "boodschappen")
    assert refused.value.message.endswith(f"Bedoelt u {nearest}?")
    assert "5 cent" in refused.value.message
    assert table_counts(uow, "paid_out") == before


def test_a_paid_out_in_whole_5_cents_is_recorded(uow: UnitOfWork, bar: Bar) -> None:
    assert record_paid_out(uow, bar.seller, 1235, "boodschappen").amount_cents == 1235
    assert record_paid_out(uow, bar.seller, 5, "postzegel").amount_cents == 5


def test_the_day_shows_its_room_hire_and_bookings_without_guests(
    uow: UnitOfWork, bar: Bar, manager: Actor
) -> None:
    from desk_app.documents.z_report import z_report_pdf  # noqa: PLC0415
    from desk_app.models import Purpose  # noqa: PLC0415
    from desk_app.services.living_room.checkin import count_walk_in  # noqa: PLC0415
    from desk_app.services.rooms.bookings import book_room  # noqa: PLC0415
    from tests.documents import pdf_text  # noqa: PLC0415
    from tests.unit import hire_factories as make  # noqa: PLC0415

    room = make.room(uow, manager, name="Grote zaal")
    club = make.hirer(uow, manager)
    kept = book_room(uow, manager, make.request(room, club, day=TODAY))
    book_room(uow, manager, make.request(make.room(uow, manager, name="Atelier"), club, day=TODAY))
    count_walk_in(uow, manager, visitors=12, purpose=Purpose.ROOM_HIRE, purpose_ref=kept.id)
    close_day(uow, manager, MANAGER_PIN, Closing(TODAY, counts_for(0)))
    seen = {(b.room, b.guests, b.no_guests_seen) for b in z_report(uow, TODAY).overview.bookings}
    assert seen == {("Grote zaal", 12, False), ("Atelier", 0, True)}
    text = " ".join(pdf_text(z_report_pdf(z_report(uow, TODAY))).split())
    assert "Zaalverhuur" in text
    assert "geen gasten ingecheckt" in text


def test_the_manager_chooses_when_those_still_signed_in_left(
    uow: UnitOfWork, bar: Bar, manager: Actor, clock: FakeClock
) -> None:
    from datetime import time, timedelta  # noqa: PLC0415

    from desk_app.formatting import format_local  # noqa: PLC0415
    from desk_app.services.volunteers.duty import toggle_with_pin  # noqa: PLC0415
    from desk_app.services.volunteers.hours import shifts  # noqa: PLC0415

    ria = volunteer(uow, manager, name="Ria Jansen", role=Role.RECEPTION, pin="1111")
    toggle_with_pin(uow, ria.person_id, "1111")  # 10:30 local
    clock.advance(timedelta(hours=9))
    close_day(uow, manager, MANAGER_PIN, Closing(TODAY, counts_for(0), sign_out_at=time(14)))
    with uow.read() as tx:
        [shift] = shifts(tx.session, TODAY, TODAY, ria.person_id)
    assert (format_local(shift.end, "HH:mm"), shift.flagged) == ("14:00", True)


def test_a_close_before_closing_time_is_known_beforehand(
    uow: UnitOfWork, manager: Actor, clock: FakeClock
) -> None:
    from desk_app.services.day_close.timing import closes_later  # noqa: PLC0415

    assert closes_later(uow, TODAY) == time(22, 30)
    assert closes_later(uow, YESTERDAY) is None
    clock.advance(timedelta(hours=12))  # 22:30 local
    assert closes_later(uow, TODAY) is None


def test_a_recount_is_audited_and_only_by_the_manager(uow: UnitOfWork, bar: Bar) -> None:
    from desk_app.services import audit  # noqa: PLC0415
    from desk_app.services.day_close.recount import start_recount  # noqa: PLC0415

    with pytest.raises(NotAllowed):
        start_recount(uow, bar.seller, TODAY, 300)
    start_recount(uow, bar.manager, TODAY, 300)
    [entry, *_] = audit.recent_entries(uow, bar.manager)
    assert (entry.action, entry.subject, entry.before) == (
        "day.recount",
        str(TODAY),
        {"counted_cents": 300},
    )
    close_day(uow, bar.manager, MANAGER_PIN, Closing(TODAY, counts_for(0)))
    with pytest.raises(InvalidInput, match="afgesloten"):
        start_recount(uow, bar.manager, TODAY, 0)


def test_after_the_close_nobody_counts_as_inside(uow: UnitOfWork, manager: Actor) -> None:
    from desk_app.services.living_room.checkin import count_walk_in  # noqa: PLC0415
    from desk_app.services.living_room.presence import presence  # noqa: PLC0415

    count_walk_in(uow, manager, visitors=3)
    assert presence(uow).total == 3
    close_day(uow, manager, MANAGER_PIN, Closing(TODAY, counts_for(0)))
    assert presence(uow).total == 0


def test_a_day_the_desk_was_used_on_cannot_be_skipped(
    uow: UnitOfWork, bar: Bar, manager: Actor, clock: FakeClock
) -> None:
    sell(uow, bar.seller, [LineIn(bar.products["Koffie"], 50)], [CASH])  # 60 euro on 2 March
    clock.advance(timedelta(days=1))
    with pytest.raises(InvalidInput, match="Sluit eerst") as refused:
        close_day(uow, manager, MANAGER_PIN, Closing(TODAY + timedelta(days=1), counts_for(0)))
    assert refused.value.params["day"] == TODAY
    assert table_counts(uow, "day_close")["day_close"] == 0
    close_day(uow, manager, MANAGER_PIN, Closing(TODAY, counts_for(6000)))  # the day it was sold
    sell(uow, bar.seller, [LineIn(bar.products["Koffie"], 1)], [CASH])  # the new day stays open


def test_a_close_just_after_midnight_is_for_the_evening_before(
    uow: UnitOfWork, bar: Bar, manager: Actor, clock: FakeClock
) -> None:
    sell(uow, bar.seller, [LineIn(bar.products["Koffie"], 1)], [CASH])
    clock.advance(timedelta(hours=13, minutes=32))  # 00:02 local on 3 March
    assert next_day_to_close(uow) == TODAY
    close_day(uow, manager, MANAGER_PIN, Closing(TODAY, counts_for(120)))
    assert next_day_to_close(uow) == TODAY + timedelta(days=1)


def test_a_float_the_drawer_cannot_hold_in_coins_is_refused(
    uow: UnitOfWork, manager: Actor
) -> None:
    with pytest.raises(InvalidInput, match="per 5 cent"):
        close_day(uow, manager, MANAGER_PIN, Closing(TODAY, counts_for(10_005), 10_003))
    assert table_counts(uow, "day_close")["day_close"] == 0


def test_a_card_difference_without_a_reason_names_the_difference_and_the_field(
    uow: UnitOfWork, bar: Bar, manager: Actor
) -> None:
    card = PaymentIn(PaymentMethod.CARD, amount_cents=360)
    sell(uow, bar.seller, [LineIn(bar.products["Koffie"], 3)], [card])
    with pytest.raises(InvalidInput, match="Reden pinverschil") as refused:
        close_day(uow, manager, MANAGER_PIN, Closing(TODAY, counts_for(0), 0, 350))
    assert refused.value.params == {"difference": Money(10), "recorded": Money(360)}
    closing = Closing(TODAY, counts_for(0), 0, 350, card_reason="bon kwijt")
    assert close_day(uow, manager, MANAGER_PIN, closing).card_reason == "bon kwijt"
