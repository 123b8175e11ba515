"""Collected invoices: which are in a direct-debit file, the notice on the invoice, a return.

A collection is a fact; a collection the payer's bank returns is undone by a reversal row, so
the invoice is open (and may be collected) again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.formatting import LOCAL_ZONE
from desk_app.models import (
    Hirer,
    Invoice,
    InvoiceCollection,
    InvoiceKind,
    InvoicePayment,
    Person,
    Role,
    SettlementMethod,
)
from desk_app.services import audit
from desk_app.services.auth import Actor, require_role
from desk_app.services.rooms.invoice_store import invoice_number_text
from desk_app.services.rooms.open_items import Settled, Standing, settled_amounts, standing_of
from desk_app.services.uow import Transaction, UnitOfWork


@dataclass(frozen=True)
class CollectionNotice:
    """What an invoice tells a hirer with a mandate: the debit, its day, mandate and account.

    ``collect_on`` is ``None`` while the invoice is not yet in a file: it will be collected
    on or shortly after its due date.
    """

    collect_on: date | None
    mandate_reference: str
    iban_tail: str
    creditor_id: str


def live_collections(session: Session, invoice_ids: list[UUID] | None = None) -> dict[UUID, date]:
    """Invoices in a direct-debit file that was not returned, with the collection day."""
    query = select(
        InvoiceCollection.id,
        InvoiceCollection.invoice_id,
        InvoiceCollection.collect_on,
        InvoiceCollection.reverses_id,
    )
    if invoice_ids is not None:
        query = query.where(InvoiceCollection.invoice_id.in_(invoice_ids))
    rows = session.execute(query).all()
    undone = {row.reverses_id for row in rows if row.reverses_id is not None}
    return {
        row.invoice_id: row.collect_on
        for row in rows
        if row.reverses_id is None and row.id not in undone
    }


def collection_notice(
    session: Session, invoice: Invoice, creditor_id: str
) -> CollectionNotice | None:
    """The pre-notification an invoice prints, when it is (or will be) collected."""
    if invoice.kind is not InvoiceKind.INVOICE or not creditor_id:
        return None
    collected = live_collections(session, [invoice.id]).get(invoice.id)
    row = session.scalars(
        select(InvoiceCollection)
        .where(InvoiceCollection.invoice_id == invoice.id)
        .order_by(InvoiceCollection.created_at.desc())
    ).first()
    hirer = session.get(Hirer, invoice.hirer_id)
    if collected is not None and row is not None:
        reference = row.mandate_reference
    elif hirer is not None and hirer.mandate_reference:
        reference = hirer.mandate_reference
    else:
        return None
    tail = hirer.iban[-4:] if hirer is not None and hirer.iban else ""
    return CollectionNotice(collected, reference, tail, creditor_id)


def collection_returned(uow: UnitOfWork, actor: Actor, invoice_id: UUID, reason: str) -> Standing:
    """The payer's bank returned the invoice's collection: undo it and what it paid.

    The collection and any direct-debit payment booked for it get reversal rows with the
    bank's reason, so the invoice is open again and a later file may collect it once more.
    """
    reason = " ".join(reason.split())
    if not reason:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Geef de reden van de terugboeking."))
    with uow.write() as tx:
        person = require_role(tx, actor, Role.MANAGER)
        invoice = tx.session.get(Invoice, invoice_id)
        original = _live_collection(tx.session, invoice_id)
        if invoice is None or original is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Deze factuur is niet geïncasseerd; er valt niets terug te boeken."
                )
            )
        for payment in _live_debit_payments(tx.session, invoice_id):
            tx.session.add(_payment_reversal(tx, person, payment, reason))
        undo_collection(tx, person, invoice, reason)
        settled = settled_amounts(tx.session, [invoice.id]).get(invoice.id, Settled())
        return standing_of(tx.session, invoice, settled, tx.now.astimezone(LOCAL_ZONE).date())


def undo_collection(tx: Transaction, person: Person, invoice: Invoice, reason: str) -> bool:
    """Reverse the invoice's live collection inside the caller's transaction, audited.

    ``False`` when the invoice is in no live direct-debit file: nothing to undo.
    """
    original = _live_collection(tx.session, invoice.id)
    if original is None:
        return False
    tx.session.add(_reversal(tx, person, original, reason))
    tx.session.flush()
    _audit(tx, person, invoice, original, reason)
    return True


def _live_collection(session: Session, invoice_id: UUID) -> InvoiceCollection | None:
    if invoice_id not in live_collections(session, [invoice_id]):
        return None
    return session.scalars(
        select(InvoiceCollection)
        .where(InvoiceCollection.invoice_id == invoice_id, InvoiceCollection.reverses_id.is_(None))
        .order_by(InvoiceCollection.created_at.desc())
    ).first()


def _live_debit_payments(session: Session, invoice_id: UUID) -> list[InvoicePayment]:
    rows = list(
        session.scalars(select(InvoicePayment).where(InvoicePayment.invoice_id == invoice_id))
    )
    undone = {row.reverses_id for row in rows if row.reverses_id is not None}
    return [
        row
        for row in rows
        if row.method is SettlementMethod.DIRECT_DEBIT
        and row.reverses_id is None
        and row.id not in undone
    ]


def _reversal(
    tx: Transaction, person: Person, original: InvoiceCollection, reason: str
) -> InvoiceCollection:
    return InvoiceCollection(
        centre_code=original.centre_code,
        created_at=tx.now,
        invoice_id=original.invoice_id,
        collect_on=original.collect_on,
        amount_cents=-original.amount_cents,
        mandate_reference=original.mandate_reference,
        sequence=original.sequence,
        end_to_end_id=original.end_to_end_id,
        reason=reason[:200],
        reverses_id=original.id,
        by_id=person.id,
        by_name=person.name,
    )


def _payment_reversal(
    tx: Transaction, person: Person, payment: InvoicePayment, reason: str
) -> InvoicePayment:
    return InvoicePayment(
        centre_code=payment.centre_code,
        created_at=tx.now,
        invoice_id=payment.invoice_id,
        paid_on=tx.now.astimezone(LOCAL_ZONE).date(),
        amount_cents=-payment.amount_cents,
        method=payment.method,
        source=payment.source,
        reason=f"Incasso teruggeboekt: {reason}"[:200],
        reverses_id=payment.id,
        by_id=person.id,
        by_name=person.name,
    )


def _audit(
    tx: Transaction, person: Person, invoice: Invoice, original: InvoiceCollection, reason: str
) -> None:
    audit.record(
        tx.session,
        centre_code=invoice.centre_code,
        actor=person,
        action="invoice.collection_returned",
        subject=invoice_number_text(invoice.centre_code, invoice.number),
        at=tx.now,
        before={
            "collect_on": original.collect_on.isoformat(),
            "amount_cents": original.amount_cents,
        },
        after={"reason": reason},
    )
