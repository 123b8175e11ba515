"""A month's direct debit: the open invoices of hirers with a mandate, collected in one file.

The file itself is written by the caller's ``deliver`` inside the same transaction as the
collections: when the file cannot be made or written, nothing is recorded as collected.

Each invoice told its hirer it is collected on or shortly after its due date, so the file's
one collection day is never before the latest due date in it (nor before the lead time).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.formatting import LOCAL_ZONE
from desk_app.models import Hirer, Invoice, InvoiceCollection, InvoiceKind, Person, Role
from desk_app.services import audit
from desk_app.services.auth import Actor, require_role
from desk_app.services.centre import CentreDetails, centre_details
from desk_app.services.rooms.collection_days import (
    earliest_collection,
    is_business_day,
    next_business_day,
)
from desk_app.services.rooms.collections import live_collections
from desk_app.services.rooms.invoice_store import invoice_number_text
from desk_app.services.rooms.open_items import OWING, Settled, settled_amounts, standing_of
from desk_app.services.rooms.payment_reference import payment_reference
from desk_app.services.uow import Transaction, UnitOfWork

MONTH_PATTERN = re.compile(r"(\d{4})-(\d{2})")


@dataclass(frozen=True)
class DebitItem:
    """One invoice to collect: the payer, the amount still open and the mandate it rests on."""

    invoice_id: UUID
    invoice_number: str
    hirer_name: str
    iban: str
    amount_cents: int
    sequence: str
    mandate_reference: str
    mandate_signed_on: date
    end_to_end_id: str
    description: str
    due_on: date


@dataclass(frozen=True)
class DebitBatch:
    """A direct-debit file's content: the creditor, the collection day and the items."""

    creditor_name: str
    creditor_iban: str
    creditor_id: str
    collect_on: date
    items: tuple[DebitItem, ...]
    skipped_without_mandate: int
    skipped_collected: int

    @property
    def total_cents(self) -> int:
        """The sum of the file, as the bank shows it."""
        return sum(item.amount_cents for item in self.items)


def month_start(text: str) -> date:
    """``"2026-11"`` as the first day of that month; a Dutch refusal for anything else."""
    found = MONTH_PATTERN.fullmatch(text.strip())
    if found is None or not 1 <= int(found.group(2)) <= 12:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Geef de maand als jjjj-mm, bijvoorbeeld 2026-11.")
        )
    return date(int(found.group(1)), int(found.group(2)), 1)


def make_direct_debit(
    uow: UnitOfWork,
    actor: Actor,
    month: date,
    deliver: Callable[[DebitBatch], None],
    collect_on: date | None = None,
) -> DebitBatch:
    """Collect the month's open invoices of hirers with a mandate; only the manager does this."""
    centre = centre_details(uow)
    _check_creditor(centre)
    with uow.write() as tx:
        person = require_role(tx, actor, Role.MANAGER)
        today = tx.now.astimezone(LOCAL_ZONE).date()
        items, without, collected = _items(tx.session, month, today)
        if not items:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Er zijn over {month} geen openstaande facturen van huurders met een "
                    "machtiging die nog niet zijn geïncasseerd.",
                ),
                month=f"{month:%Y-%m}",
            )
        day = _collection_day(today, items, collect_on)
        batch = DebitBatch(
            centre.name, centre.iban, centre.creditor_id, day, tuple(items), without, collected
        )
        _record(tx, person, batch)
        deliver(batch)
        return batch


def _check_creditor(centre: CentreDetails) -> None:
    if not centre.creditor_id or not centre.iban:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Vul eerst het IBAN en het incassant-ID van het buurthuis in "
                "(Beheer › Buurthuisgegevens).",
            )
        )


def _items(session: Session, month: date, today: date) -> tuple[list[DebitItem], int, int]:
    """The month's collectable invoices, and how many were skipped for want of a mandate."""
    following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    invoices = list(
        session.scalars(
            select(Invoice)
            .where(
                Invoice.kind == InvoiceKind.INVOICE,
                Invoice.issued_on >= month,
                Invoice.issued_on < following,
            )
            .order_by(Invoice.number)
        )
    )
    ids = [invoice.id for invoice in invoices]
    settled = settled_amounts(session, ids)
    collected = live_collections(session, ids)
    items: list[DebitItem] = []
    without = skipped = 0
    first_of: dict[str, bool] = {}
    for invoice in invoices:
        standing = standing_of(session, invoice, settled.get(invoice.id, Settled()), today)
        if standing.status not in OWING:
            continue
        if invoice.id in collected:
            skipped += 1
            continue
        hirer = session.get(Hirer, invoice.hirer_id)
        if hirer is None or not hirer.mandate_reference or hirer.mandate_signed_on is None:
            without += 1
            continue
        first = first_of.setdefault(hirer.mandate_reference, _first(session, hirer))
        items.append(_item(session, invoice, hirer, standing.open_cents, first=first))
    return items, without, skipped


def _first(session: Session, hirer: Hirer) -> bool:
    """A first collection until one under this mandate went out and was not returned."""
    if not hirer.mandate_first:
        return False
    rows = session.execute(
        select(InvoiceCollection.id, InvoiceCollection.reverses_id)
        .join(Invoice, Invoice.id == InvoiceCollection.invoice_id)
        .where(
            Invoice.hirer_id == hirer.id,
            InvoiceCollection.mandate_reference == hirer.mandate_reference,
        )
    ).all()
    undone = {row.reverses_id for row in rows if row.reverses_id is not None}
    return not any(row.reverses_id is None and row.id not in undone for row in rows)


def _item(
    session: Session, invoice: Invoice, hirer: Hirer, cents: int, *, first: bool
) -> DebitItem:
    number = invoice_number_text(invoice.centre_code, invoice.number)
    earlier = session.scalar(
        select(func.count()).where(
            InvoiceCollection.invoice_id == invoice.id, InvoiceCollection.reverses_id.is_(None)
        )
    )
    assert hirer.mandate_signed_on is not None
    return DebitItem(
        invoice_id=invoice.id,
        invoice_number=number,
        hirer_name=hirer.name,
        iban=hirer.iban,
        amount_cents=cents,
        sequence="FRST" if first else "RCUR",
        mandate_reference=hirer.mandate_reference,
        mandate_signed_on=hirer.mandate_signed_on,
        end_to_end_id=f"{number}-{(earlier or 0) + 1}",
        description=f"Factuur {number} {payment_reference(invoice.centre_code, invoice.number)}",
        due_on=invoice.due_on,
    )


def _collection_day(today: date, items: list[DebitItem], wanted: date | None) -> date:
    """The wanted day, or the first one the lead times and the invoices' notices allow."""
    earliest = max(
        earliest_collection(today, {item.sequence for item in items}),
        next_business_day(max(item.due_on for item in items)),
    )
    if wanted is None:
        return earliest
    if wanted < earliest or not is_business_day(wanted):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Op {day} kan niet worden geïncasseerd. Kies een werkdag op of na {earliest}.",
            ),
            day=wanted,
            earliest=earliest,
        )
    return wanted


def _record(tx: Transaction, person: Person, batch: DebitBatch) -> None:
    centre_code = tx.centre_code()
    for item in batch.items:
        tx.session.add(
            InvoiceCollection(
                centre_code=centre_code,
                created_at=tx.now,
                invoice_id=item.invoice_id,
                collect_on=batch.collect_on,
                amount_cents=item.amount_cents,
                mandate_reference=item.mandate_reference,
                sequence=item.sequence,
                end_to_end_id=item.end_to_end_id,
                by_id=person.id,
                by_name=person.name,
            )
        )
    tx.session.flush()
    audit.record(
        tx.session,
        centre_code=centre_code,
        actor=person,
        action="invoice.direct_debit",
        subject=f"{len(batch.items)} facturen",
        at=tx.now,
        after={"collect_on": batch.collect_on.isoformat(), "total_cents": batch.total_cents},
    )
