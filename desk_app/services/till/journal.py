"""The journal a tax inspector trusts: removed lines logged, a period exported to CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta
from uuid import UUID

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.formatting import format_local, to_local
from desk_app.models import (
    CoffeeCardMovement,
    Invoice,
    InvoicePayment,
    PaidOut,
    Payment,
    PaymentMethod,
    Person,
    Product,
    RemovedLine,
    Role,
    Sale,
    SaleLine,
    SettlementMethod,
)
from desk_app.services.auth import Actor, require_role
from desk_app.services.rooms.invoice_store import invoice_number_text
from desk_app.services.till.basket import MAX_QUANTITY
from desk_app.services.till.reports import day_bounds
from desk_app.services.uow import UnitOfWork

Row = dict[str, object]
Numbers = dict[UUID, int]  # a reversed receipt's number by its key

COLUMNS = (
    "soort",
    "bon",
    "tijd",
    "verkoper",
    "oefen",
    "omschrijving",
    "aantal",
    "stukprijs_cent",
    "bedrag_cent",
    "btw",
    "betaalwijze",
    "herstel_van",
    "reden",
)


def log_removed_line(
    uow: UnitOfWork, actor: Actor, product_id: object, quantity: int, tab_id: object = None
) -> None:
    """Note that a line was taken off before payment: who, what and when."""
    if not 1 <= quantity <= MAX_QUANTITY:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Een aantal ligt tussen 1 en {max}."), max=MAX_QUANTITY
        )
    with uow.write() as tx:
        person = require_role(tx, actor, Role.BAR)
        product = tx.session.get(Product, product_id)
        if product is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Dit product bestaat niet (meer)."))
        tx.session.add(
            RemovedLine(
                centre_code=tx.centre_code(),
                created_at=tx.now,
                removed_by_id=person.id,
                removed_by_name=person.name,
                product_id=product.id,
                name=product.name,
                quantity=quantity,
                unit_price_cents=product.price_cents,
                tab_id=tab_id,
            )
        )


def journal_csv(uow: UnitOfWork, actor: Actor, start: datetime, end: datetime) -> str:
    """Every line, payment and removed line of ``[start, end)`` as CSV, for the 7-year archive.

    After them, the drawer's other movements, so its cash can be counted from the file: each
    receipt's cash rounding (``afronding``: the cash payment's part above or below the lines,
    not a movement of its own), coffee cards loaded (``opwaardering``), cash paid out
    (``uitbetaling``, negative) and invoices paid at the desk (``factuurbetaling``, on the
    days that begin in the period, as the day close counts them). The cash rows of real
    sales and these movements add up to what the drawer gained.
    """
    if end <= start:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "De periode eindigt vóór het begin."))
    out = io.StringIO()
    writer = csv.DictWriter(out, COLUMNS, delimiter=";", lineterminator="\n", restval="")
    writer.writeheader()
    with uow.read() as tx:
        require_role(tx, actor, Role.MANAGER)
        session = tx.session
        sales = {sale.id: sale for sale in session.scalars(select(Sale).where(*_sold(start, end)))}
        numbers = _reversed_numbers(session, sales.values())
        for rows in (
            _sale_rows(session, sales, numbers, start, end),
            _payment_rows(session, sales, numbers, start, end),
            _removed_rows(session, start, end),
            _rounding_rows(sales, numbers),
            _card_load_rows(session, start, end),
            _paid_out_rows(session, start, end),
            _invoice_rows(session, start, end),
        ):
            writer.writerows(rows)
    return out.getvalue()


def _sold(start: datetime, end: datetime) -> tuple[ColumnElement[bool], ...]:
    return Sale.created_at >= start, Sale.created_at < end


def _sale_rows(
    session: Session, sales: dict[UUID, Sale], numbers: Numbers, start: datetime, end: datetime
) -> Iterator[Row]:
    query = select(SaleLine).join(Sale).where(*_sold(start, end))
    for line in session.scalars(query.order_by(Sale.receipt_number, SaleLine.position)):
        yield _sale_fields(sales[line.sale_id], numbers, "regel") | {
            "omschrijving": line.name,
            "aantal": line.quantity,
            "stukprijs_cent": line.unit_price_cents,
            "bedrag_cent": line.amount_cents,
            "btw": line.vat_rate,
        }


def _payment_rows(
    session: Session, sales: dict[UUID, Sale], numbers: Numbers, start: datetime, end: datetime
) -> Iterator[Row]:
    query = select(Payment).join(Sale).where(*_sold(start, end))
    for pay in session.scalars(query.order_by(Sale.receipt_number)):
        yield _sale_fields(sales[pay.sale_id], numbers, "betaling") | {
            "bedrag_cent": pay.amount_cents,
            "betaalwijze": pay.method.value,
        }


def _removed_rows(session: Session, start: datetime, end: datetime) -> Iterator[Row]:
    query = select(RemovedLine).where(RemovedLine.created_at >= start, RemovedLine.created_at < end)
    for row in session.scalars(query.order_by(RemovedLine.created_at)):
        yield {
            "soort": "verwijderd",
            "tijd": _time(row.created_at),
            "verkoper": row.removed_by_name,
            "omschrijving": row.name,
            "aantal": row.quantity,
            "stukprijs_cent": row.unit_price_cents,
        }


def _rounding_rows(sales: dict[UUID, Sale], numbers: Numbers) -> Iterator[Row]:
    """A receipt's cash rounding: its lines plus this are its payments."""
    for sale in sorted(sales.values(), key=lambda sale: sale.receipt_number):
        if sale.rounding_cents:
            yield _sale_fields(sale, numbers, "afronding") | {
                "omschrijving": "Afronding contant",
                "bedrag_cent": sale.rounding_cents,
            }


def _card_load_rows(session: Session, start: datetime, end: datetime) -> Iterator[Row]:
    """Money loaded onto coffee cards, paid as it was (negative: a load taken back)."""
    query = (
        select(CoffeeCardMovement, Person.name)
        .join(Person, Person.id == CoffeeCardMovement.by_id)
        .where(CoffeeCardMovement.created_at >= start, CoffeeCardMovement.created_at < end)
        .where(CoffeeCardMovement.method.is_not(None))
        .order_by(CoffeeCardMovement.created_at)
    )
    for load, name in session.execute(query):
        yield {
            "soort": "opwaardering",
            "tijd": _time(load.created_at),
            "verkoper": name,
            "oefen": "nee",
            "omschrijving": "Koffiekaart",
            "bedrag_cent": load.amount_cents,
            "betaalwijze": load.method.value if load.method else "",
        }


def _paid_out_rows(session: Session, start: datetime, end: datetime) -> Iterator[Row]:
    """Cash taken from the drawer, negative, with its reason."""
    query = select(PaidOut).where(PaidOut.created_at >= start, PaidOut.created_at < end)
    for row in session.scalars(query.order_by(PaidOut.created_at)):
        yield {
            "soort": "uitbetaling",
            "tijd": _time(row.created_at),
            "verkoper": row.by_name,
            "oefen": "nee",
            "omschrijving": "Uitbetaling uit de kas",
            "bedrag_cent": -row.amount_cents,
            "betaalwijze": PaymentMethod.CASH.value,
            "reden": row.reason,
        }


def _invoice_rows(session: Session, start: datetime, end: datetime) -> Iterator[Row]:
    """Room-hire invoices paid at the desk in cash or by card, on the days of the period."""
    query = (
        select(InvoicePayment, Invoice.centre_code, Invoice.number)
        .join(Invoice, Invoice.id == InvoicePayment.invoice_id)
        .where(InvoicePayment.paid_on >= _day_from(start), InvoicePayment.paid_on < _day_from(end))
        .where(InvoicePayment.method.in_([SettlementMethod.CASH, SettlementMethod.CARD]))
        .order_by(InvoicePayment.paid_on, InvoicePayment.created_at)
    )
    for pay, centre_code, number in session.execute(query):
        yield {
            "soort": "factuurbetaling",
            "tijd": _time(pay.created_at),
            "verkoper": pay.by_name,
            "oefen": "nee",
            "omschrijving": f"Factuur {invoice_number_text(centre_code, number)}",
            "bedrag_cent": pay.amount_cents,
            "betaalwijze": pay.method.value,
            "reden": pay.reason,
        }


def _day_from(moment: datetime) -> date:
    """The first local day that begins at or after ``moment``."""
    day = to_local(moment).date()
    return day if day_bounds(day)[0] >= moment else day + timedelta(days=1)


def _reversed_numbers(session: Session, sales: Iterable[Sale]) -> Numbers:
    ids = [sale.reverses_id for sale in sales if sale.reverses_id is not None]
    query = select(Sale.id, Sale.receipt_number).where(Sale.id.in_(ids))
    return dict(session.execute(query).all())


def _time(moment: datetime) -> str:
    return format_local(moment, "yyyy-MM-dd HH:mm:ss")


def _sale_fields(sale: Sale, numbers: Numbers, kind: str) -> Row:
    reverses = numbers.get(sale.reverses_id) if sale.reverses_id else None
    return {
        "soort": kind,
        "bon": sale.receipt_number,
        "tijd": _time(sale.created_at),
        "verkoper": sale.seller_name,
        "oefen": "ja" if sale.training else "nee",
        "herstel_van": reverses or "",
        "reden": sale.reason,
    }
