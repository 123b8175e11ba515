"""Numbers after a restore: the replaced database's numbers are never given again."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desk_app.bootstrap import Desk, open_desk, restore_backup
from desk_app.kinds import InvoiceKind
from desk_app.models import PaymentMethod
from desk_app.services import backups
from desk_app.services.auth import Actor, authenticate
from desk_app.services.day_close.sign_off import Closing, close_day
from desk_app.services.numbering import UsedNumbers, raise_floors, used_numbers
from desk_app.services.rooms.invoice_store import next_invoice
from desk_app.services.till.basket import LineIn
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.sales import sell
from desk_app.services.uow import UnitOfWork
from tests.conftest import MANAGER_PIN, FakeClock
from tests.unit.day_close_factories import counts_for
from tests.unit.factories import signed_by
from tests.unit.till_factories import Bar, set_up_bar


def coffee(uow: UnitOfWork, bar: Bar) -> int:
    lines = [LineIn(bar.products["Koffie"], 1)]
    return sell(uow, bar.seller, lines, [PaymentIn(PaymentMethod.CASH, tendered_cents=200)]).number


def close(uow: UnitOfWork, manager: Actor, day: int) -> int:
    return close_day(uow, manager, MANAGER_PIN, Closing(date(2026, 2, day), counts_for(0))).number


def test_a_restore_gives_no_receipt_or_close_number_again(
    desk: Desk, manager: Actor, clock: FakeClock
) -> None:
    bar = set_up_bar(desk.uow, manager)
    assert coffee(desk.uow, bar) == 1
    copy = backups.take_backup(desk.database, desk.folder.backups, clock())
    assert [coffee(desk.uow, bar), coffee(desk.uow, bar)] == [2, 3]
    assert [close(desk.uow, manager, 20), close(desk.uow, manager, 21)] == [1, 2]
    desk.close()
    restore_backup(desk.folder, copy, clock(), signed_by(manager.person_id, MANAGER_PIN))
    restored = open_desk(desk.folder)
    restored.uow = restored.uow.on_clock(clock)
    try:  # a restored desk starts with nobody logged in
        bar = replace(bar, seller=authenticate(restored.uow, bar.seller.person_id, "2222"))
        manager = authenticate(restored.uow, manager.person_id, MANAGER_PIN)
        assert coffee(restored.uow, bar) == 4
        assert close(restored.uow, manager, 23) == 3
        with restored.uow.read() as tx:
            assert used_numbers(tx.session, "MEE") == UsedNumbers(receipt=4, day_close=3)
    finally:
        restored.close()


def test_floors_only_rise_and_the_next_invoice_follows_them(
    uow: UnitOfWork, manager: Actor
) -> None:
    with uow.write() as tx:
        raise_floors(tx.session, "MEE", UsedNumbers(receipt=7, invoice=41, day_close=5))
    with uow.write() as tx:
        raise_floors(tx.session, "MEE", UsedNumbers(receipt=2, invoice=3, day_close=1))
    with uow.write() as tx:
        assert next_invoice(tx, "MEE", InvoiceKind.INVOICE).number == 42
    with uow.read() as tx:
        assert used_numbers(tx.session, "MEE") == UsedNumbers(7, 42, 5)
    assert close(uow, manager, 20) == 6
