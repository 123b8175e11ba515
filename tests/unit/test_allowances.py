"""The allowance guard: paid and in kind summed per month and year, hours, the till's warning."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desk_app.documents.allowance_statement import allowance_statement_pdf
from desk_app.errors import InvalidInput
from desk_app.models import PaymentMethod
from desk_app.services.auth import Actor
from desk_app.services.till.basket import LineIn
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.sales import sell
from desk_app.services.uow import UnitOfWork
from desk_app.services.volunteers.allowance import LimitKind, allowance_sums, near_limits
from desk_app.services.volunteers.allowance_corrections import (
    allowances_paid,
    reverse_allowance,
)
from desk_app.services.volunteers.allowance_entry import (
    AllowanceIn,
    import_allowances,
    record_allowance,
    set_birth_date,
)
from desk_app.services.volunteers.allowance_guard import consumption_warning
from desk_app.services.volunteers.allowance_limits import AllowanceLimits, save_limits
from desk_app.services.volunteers.allowance_statement import yearly_statement
from desk_app.services.volunteers.duty import toggle_with_pin
from tests.conftest import FakeClock
from tests.documents import pdf_text
from tests.unit.factories import table_counts
from tests.unit.till_factories import Bar, set_up_bar

TODAY = date(2026, 3, 2)


@pytest.fixture
def bar(uow: UnitOfWork, manager: Actor) -> Bar:
    return set_up_bar(uow, manager)


def _coffee_in_kind(uow: UnitOfWork, bar: Bar, cups: int = 2) -> None:
    free = PaymentIn(PaymentMethod.VOLUNTEER, 120 * cups, volunteer_id=bar.seller.person_id)
    sell(uow, bar.seller, [LineIn(bar.products["Koffie"], cups)], [free])


def _paid(uow: UnitOfWork, bar: Bar, month: date, cents: int) -> None:
    record_allowance(uow, bar.manager, AllowanceIn(bar.seller.person_id, month, cents))


def test_paid_and_in_kind_sum_per_month_and_year_against_the_hours(
    uow: UnitOfWork, bar: Bar, clock: FakeClock
) -> None:
    _paid(uow, bar, date(2026, 1, 1), 10_000)
    _paid(uow, bar, date(2026, 3, 15), 1_000)
    _paid(uow, bar, date(2025, 12, 1), 5_000)  # another year
    _coffee_in_kind(uow, bar)
    clock.advance(timedelta(hours=4))
    toggle_with_pin(uow, bar.seller.person_id, "2222")  # signed out after four hours
    with uow.read() as tx:
        (year,) = allowance_sums(tx.session, 2026, TODAY, bar.seller.person_id)
    assert (year.paid[0], year.paid[2], year.in_kind[2]) == (10_000, 1_000, 240)
    assert (year.total_cents, year.month_cents(3), year.hours) == (11_240, 1_240, 4.0)
    uses = {use.kind: (use.used_cents, use.limit_cents) for use in year.uses(3)}
    assert uses == {
        LimitKind.YEAR: (11_240, 210_000),
        LimitKind.MONTH: (1_240, 21_000),
        LimitKind.HOUR: (11_240, 4 * 560),  # 2026 takes the latest known figures
    }
    assert year.nearest().kind is LimitKind.HOUR


def test_under_21_the_lower_hourly_maximum_holds(uow: UnitOfWork, bar: Bar) -> None:
    set_birth_date(uow, bar.manager, bar.seller.person_id, date(2008, 6, 1))
    _paid(uow, bar, TODAY, 1_000)
    with uow.read() as tx:
        (year,) = allowance_sums(tx.session, 2026, TODAY, bar.seller.person_id)
    assert year.under_21
    assert year.limits.hourly(year.under_21) == 330


def test_the_till_warns_before_the_month_limit_is_passed(uow: UnitOfWork, bar: Bar) -> None:
    save_limits(uow, bar.manager, 2026, AllowanceLimits(560, 330, 300, 210_000))
    _coffee_in_kind(uow, bar)  # 2,40 of 3,00 this month
    person = bar.seller.person_id
    assert consumption_warning(uow, bar.seller, person, 60) is None  # exactly at the limit
    warning = consumption_warning(uow, bar.seller, person, 120)
    assert warning is not None
    assert (warning.kind, warning.limit_cents, warning.after_cents) == (LimitKind.MONTH, 300, 360)
    assert warning.name == "Henk Bakker"


def test_the_manager_sees_who_is_near_a_limit(uow: UnitOfWork, bar: Bar) -> None:
    save_limits(uow, bar.manager, 2026, AllowanceLimits(560, 330, 300, 210_000))
    assert near_limits(uow, bar.manager, 2026) == []
    _coffee_in_kind(uow, bar)  # 80 % of the month's 3,00
    (near,) = near_limits(uow, bar.manager, 2026)
    assert near.name == "Henk Bakker"
    assert near.nearest().kind is LimitKind.MONTH


@pytest.mark.parametrize("cents", [-500, 0])
def test_a_negative_allowance_is_refused_with_nothing_written(
    uow: UnitOfWork, bar: Bar, cents: int
) -> None:
    before = table_counts(uow, "allowance_payment", "audit_entry")
    with pytest.raises(InvalidInput, match="groter dan 0"):
        _paid(uow, bar, TODAY, cents)
    assert table_counts(uow, "allowance_payment", "audit_entry") == before


def test_the_office_file_imports_whole_or_not_at_all(uow: UnitOfWork, bar: Bar) -> None:
    person = bar.seller.person_id
    header = "vrijwilliger_id;naam;maand;bedrag\n"
    good = f"{header}{person};Henk;2026-01;25,00\n{person};Henk;2026-02;30,50\n"
    assert import_allowances(uow, bar.manager, good) == 2
    with uow.read() as tx:
        (year,) = allowance_sums(tx.session, 2026, TODAY, person)
    assert year.paid[:2] == (2_500, 3_050)
    before = table_counts(uow, "allowance_payment")
    bad = f"{header}{person};Henk;2026-03;10,00\n{person};Henk;2026-04;-5,00\n"
    with pytest.raises(InvalidInput, match="Regel"):
        import_allowances(uow, bar.manager, bad)
    assert table_counts(uow, "allowance_payment") == before


def test_the_yearly_statement_prints_months_totals_and_limits(uow: UnitOfWork, bar: Bar) -> None:
    _paid(uow, bar, date(2026, 1, 1), 10_000)
    _coffee_in_kind(uow, bar)
    statement = yearly_statement(uow, bar.manager, bar.seller.person_id, 2026)
    text = " ".join(pdf_text(allowance_statement_pdf(statement)).split())
    assert "Opgave vrijwilligersvergoeding 2026" in text
    assert "Naam: Henk Bakker" in text
    assert "januari € 100,00 € 0,00 € 100,00" in text
    assert "Totaal € 100,00 € 2,40 € 102,40" in text
    assert "€ 210,00 per maand" in text


def test_a_wrong_allowance_is_reversed_once_and_drops_out_of_the_sums(
    uow: UnitOfWork, bar: Bar
) -> None:
    _paid(uow, bar, date(2026, 2, 1), 9_900)
    (row,) = allowances_paid(uow, bar.manager, 2026)
    assert (row.amount_cents, row.reversed) == (9_900, False)
    reverse_allowance(uow, bar.manager, row.payment_id)
    with pytest.raises(InvalidInput, match="al teruggedraaid"):
        reverse_allowance(uow, bar.manager, row.payment_id)
    (row,) = allowances_paid(uow, bar.manager, 2026)
    assert row.reversed
    with uow.read() as tx:
        (year,) = allowance_sums(tx.session, 2026, TODAY, bar.seller.person_id)
    assert year.total_cents == 0


def test_the_hourly_cap_takes_the_age_on_each_shift_s_day(
    uow: UnitOfWork, bar: Bar, clock: FakeClock
) -> None:
    person = bar.seller.person_id
    set_birth_date(uow, bar.manager, person, date(2005, 3, 10))  # 21 on 10 March 2026
    clock.advance(timedelta(hours=10))
    toggle_with_pin(uow, person, "2222")  # 2 March: ten hours at 20, the lower rate
    clock.moment += timedelta(days=14)
    toggle_with_pin(uow, person, "2222")
    clock.advance(timedelta(hours=2))
    toggle_with_pin(uow, person, "2222")  # 16 March: two hours at 21
    _paid(uow, bar, date(2026, 3, 1), 5_000)
    caps = []
    for on in (date(2026, 3, 9), date(2026, 3, 20)):  # asked before and after the birthday
        with uow.read() as tx:
            (year,) = allowance_sums(tx.session, 2026, on, person)
        caps.append({use.kind: use.limit_cents for use in year.uses(3)}[LimitKind.HOUR])
    assert caps == [10 * 330 + 2 * 560] * 2


def test_an_amount_of_infinity_in_the_office_file_is_a_wrong_line(
    uow: UnitOfWork, bar: Bar
) -> None:
    person = bar.seller.person_id
    for amount in ("Infinity", "-Infinity", "NaN", "sNaN", "1E+999999"):
        text = f"vrijwilliger_id;naam;maand;bedrag\n{person};Henk;2026-01;{amount}\n"
        with pytest.raises(InvalidInput, match="Regel 2 van het bestand klopt niet"):
            import_allowances(uow, bar.manager, text)
    assert table_counts(uow, "allowance_payment")["allowance_payment"] == 0
