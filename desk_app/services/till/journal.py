"""The journal a tax inspector trusts: removed lines logged, a period exported to CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import datetime
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.formatting import format_local
from desk_app.models import Payment, Product, RemovedLine, Role, Sale, SaleLine
from desk_app.services.auth import Actor, require_role
from desk_app.services.till.basket import MAX_QUANTITY
from desk_app.services.uow import UnitOfWork

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
    """Every line, payment and removed line of ``[start, end)`` as CSV, for the 7-year archive."""
    if end <= start:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "De periode eindigt vóór het begin."))
    out = io.StringIO()
    writer = csv.DictWriter(out, COLUMNS, delimiter=";", lineterminator="\n", restval="")
    writer.writeheader()
    in_period = (Sale.created_at >= start, Sale.created_at < end)
    with uow.read() as tx:
        require_role(tx, actor, Role.MANAGER)
        sales = {sale.id: sale for sale in tx.session.scalars(select(Sale).where(*in_period))}
        numbers = _reversed_numbers(tx.session, sales.values())
        lines = select(SaleLine).join(Sale).where(*in_period)
        for line in tx.session.scalars(lines.order_by(Sale.receipt_number, SaleLine.position)):
            writer.writerow(
                _sale_fields(sales[line.sale_id], numbers, "regel")
                | {
                    "omschrijving": line.name,
                    "aantal": line.quantity,
                    "stukprijs_cent": line.unit_price_cents,
                    "bedrag_cent": line.amount_cents,
                    "btw": line.vat_rate,
                }
            )
        payments = select(Payment).join(Sale).where(*in_period)
        for pay in tx.session.scalars(payments.order_by(Sale.receipt_number)):
            writer.writerow(
                _sale_fields(sales[pay.sale_id], numbers, "betaling")
                | {"bedrag_cent": pay.amount_cents, "betaalwijze": pay.method.value}
            )
        removed = select(RemovedLine).where(
            RemovedLine.created_at >= start, RemovedLine.created_at < end
        )
        for row in tx.session.scalars(removed.order_by(RemovedLine.created_at)):
            writer.writerow(
                {
                    "soort": "verwijderd",
                    "tijd": _time(row.created_at),
                    "verkoper": row.removed_by_name,
                    "omschrijving": row.name,
                    "aantal": row.quantity,
                    "stukprijs_cent": row.unit_price_cents,
                }
            )
    return out.getvalue()


def _reversed_numbers(session: Session, sales: Iterable[Sale]) -> dict[UUID, int]:
    ids = [sale.reverses_id for sale in sales if sale.reverses_id is not None]
    query = select(Sale.id, Sale.receipt_number).where(Sale.id.in_(ids))
    return dict(session.execute(query).all())


def _time(moment: datetime) -> str:
    return format_local(moment, "yyyy-MM-dd HH:mm:ss")


def _sale_fields(sale: Sale, numbers: dict[UUID, int], kind: str) -> dict[str, object]:
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
