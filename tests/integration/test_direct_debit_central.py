"""Collections and their returns reach the central mirror; the mandate stays on the PC."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from desk_app.central.connect import connect
from desk_app.demo.foundation import DEMO_MANAGER
from desk_app.models import Invoice, InvoiceKind, Person, Role
from desk_app.services.auth import authenticate
from desk_app.services.centre import centre_details, update_centre
from desk_app.services.rooms.collections import collection_returned
from desk_app.services.rooms.direct_debit import DebitBatch, make_direct_debit
from desk_app.services.rooms.hirer_changes import update_hirer
from desk_app.services.rooms.hirers import all_hirers
from desk_app.sync.service import run_sync
from tests.integration.conftest import MakeCentre
from tests.unit import direct_debit_factories as dd

pytestmark = pytest.mark.central


def test_a_collection_and_its_return_reach_the_central_database(
    central_url: str, make_centre: MakeCentre
) -> None:
    desk = make_centre(days=40)  # February is invoiced on the first of March
    with desk.uow.read() as tx:
        manager = tx.session.scalars(select(Person).where(Person.role == Role.MANAGER)).first()
        invoice = tx.session.scalars(
            select(Invoice).where(Invoice.kind == InvoiceKind.INVOICE).order_by(Invoice.number)
        ).first()
        assert manager is not None
        assert invoice is not None
        manager_id, invoice_id, hirer_id = manager.id, invoice.id, invoice.hirer_id
        month = invoice.issued_on.replace(day=1)
    actor = authenticate(desk.uow, manager_id, DEMO_MANAGER[1])
    update_centre(desk.uow, actor, replace(centre_details(desk.uow), creditor_id=dd.CREDITOR_ID))
    hirer = next(h for h in all_hirers(desk.uow) if h.id == hirer_id)
    mandate = {"mandate_reference": dd.MANDATE, "mandate_signed_on": dd.SIGNED}
    update_hirer(desk.uow, actor, replace(hirer, iban=dd.HIRER_IBAN, **mandate))  # type: ignore[arg-type]
    made: list[DebitBatch] = []
    batch = make_direct_debit(desk.uow, actor, month, made.append)
    assert invoice_id in {item.invoice_id for item in batch.items}
    collection_returned(desk.uow, actor, invoice_id, "MD06")
    run_sync(desk.uow, central_url)
    with connect(central_url) as connection:
        rows = connection.execute(
            "SELECT amount_cents > 0, mandate_reference, reason FROM invoice_collection "
            "WHERE invoice_id = %s ORDER BY amount_cents DESC",
            (invoice_id,),
        ).fetchall()
        columns = {
            name
            for (name,) in connection.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_name IN ('hirer', 'centre')"
            )
        }
    assert rows == [(True, dd.MANDATE, ""), (False, dd.MANDATE, "MD06")]
    assert not columns & {"mandate_reference", "mandate_signed_on", "mandate_first", "creditor_id"}
