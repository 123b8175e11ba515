"""Payments against invoices, reversals included, reach the central mirror like every fact."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desk_app.central.connect import connect
from desk_app.demo.foundation import DEMO_MANAGER
from desk_app.models import (
    Invoice,
    InvoiceKind,
    InvoicePayment,
    Person,
    Role,
    SettlementMethod,
)
from desk_app.services.auth import authenticate
from desk_app.services.rooms.invoice_payments import (
    PaymentEntry,
    register_payment,
    reverse_payment,
)
from desk_app.sync.service import run_sync
from tests.integration.conftest import MakeCentre

pytestmark = pytest.mark.central


def test_payments_and_their_reversal_reach_the_central_database(
    central_url: str, make_centre: MakeCentre
) -> None:
    desk = make_centre(days=40)  # February is invoiced on the first of March
    with desk.uow.read() as tx:
        manager = tx.session.scalars(select(Person).where(Person.role == Role.MANAGER)).first()
        assert manager is not None
        manager_id = manager.id
        invoice = tx.session.scalars(
            select(Invoice).where(Invoice.kind == InvoiceKind.INVOICE).order_by(Invoice.number)
        ).first()
        assert invoice is not None
        invoice_id, total = invoice.id, invoice.total_cents
    actor = authenticate(desk.uow, manager_id, DEMO_MANAGER[1])
    day = date(2026, 3, 5)
    register_payment(desk.uow, actor, PaymentEntry(invoice_id, 1000, SettlementMethod.CASH, day))
    register_payment(
        desk.uow, actor, PaymentEntry(invoice_id, total - 1000, SettlementMethod.BANK, day)
    )
    run_sync(desk.uow, central_url)
    with connect(central_url) as connection:
        rows = connection.execute(
            "SELECT method, amount_cents, centre_code FROM invoice_payment "
            "WHERE invoice_id = %s ORDER BY amount_cents",
            (invoice_id,),
        ).fetchall()
    assert sorted(rows) == [("bank", total - 1000, "MEE"), ("cash", 1000, "MEE")]
    with desk.uow.read() as tx:
        cash_id = tx.session.scalars(
            select(InvoicePayment.id).where(InvoicePayment.method == SettlementMethod.CASH)
        ).one()
    reverse_payment(desk.uow, actor, cash_id, "dubbel geregistreerd")
    run_sync(desk.uow, central_url)
    with connect(central_url) as connection:
        paid = connection.execute(
            "SELECT sum(amount_cents), count(*), count(reverses_id) FROM invoice_payment "
            "WHERE centre_code = 'MEE' AND invoice_id = %s",
            (invoice_id,),
        ).fetchone()
    assert paid == (total - 1000, 3, 1)
