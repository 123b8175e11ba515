"""Demo step for room hire's invoices: each hirer invoiced monthly, one invoice credited."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from desk_app.demo import DemoContext
from desk_app.demo.foundation import DEMO_MANAGER
from desk_app.errors import InvalidInput
from desk_app.models import Hirer, Person, Role
from desk_app.models import TariffClass as Tariff
from desk_app.services.auth import authenticate
from desk_app.services.rooms.credit_notes import credit_invoice
from desk_app.services.rooms.invoice_store import InvoiceInfo
from desk_app.services.rooms.invoicing import invoice_hirer_month


def invoices(context: DemoContext) -> None:
    """On the first of every month, the month before is invoiced per hirer, as the office does."""
    with context.uow.read() as tx:
        manager = tx.session.scalars(select(Person.id).where(Person.role == Role.MANAGER)).first()
        assert manager is not None
        paying = list(
            tx.session.scalars(
                select(Hirer.id).where(Hirer.tariff_class != Tariff.INTERNAL).order_by(Hirer.name)
            )
        )
    actor = authenticate(context.uow, manager, DEMO_MANAGER[1])  # the office logs in as Sanne
    issued = 0
    last: InvoiceInfo | None = None
    uow = context.uow
    for month in _full_months(context.options.start, context.options.end):
        invoice_day = (month + timedelta(days=32)).replace(day=1)
        moment = context.moment(invoice_day, time(10))
        if not context.happened(moment):
            break  # the last month is invoiced later today
        uow = context.uow.on_clock(_fixed(moment))
        for hirer_id in paying:
            try:
                last = invoice_hirer_month(uow, actor, hirer_id, month)
            except InvalidInput:
                continue  # nothing to invoice that month
            issued += 1
    if last is not None:
        credit_invoice(uow, actor, last.id, "Verkeerd tarief berekend")
        issued += 1
    context.count("facturen", issued)


def _fixed(moment: datetime) -> Callable[[], datetime]:
    return lambda: moment


def _full_months(start: date, end: date) -> list[date]:
    """First days of the months that lie wholly in the period, and have ended by its last day."""
    first = start if start.day == 1 else (start.replace(day=1) + timedelta(days=32)).replace(day=1)
    months = []
    while (first + timedelta(days=32)).replace(day=1) <= end:
        months.append(first)
        first = (first + timedelta(days=32)).replace(day=1)
    return months
