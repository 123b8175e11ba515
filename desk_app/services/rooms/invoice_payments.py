"""Registering money against an invoice, writing off the rest, and reversing a wrong entry.

Money taken at the desk (cash or card) may be registered by reception; bank transfers,
direct debits and write-offs are the manager's, a write-off and a reversal only with a
reason. Everything is audited. The desk takes no more than is open; a transfer that brings
in more is recorded as it came, and the invoice shows the excess as to be paid back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from uuid import UUID

from sqlalchemy import select

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput, Money
from desk_app.formatting import LOCAL_ZONE
from desk_app.models import (
    Invoice,
    InvoiceKind,
    InvoicePayment,
    InvoiceStatus,
    Person,
    Role,
    SettlementMethod,
)
from desk_app.services import audit
from desk_app.services.auth import Actor, require_role
from desk_app.services.day_close.day_lock import ensure_day_open
from desk_app.services.rooms.invoice_store import invoice_number_text
from desk_app.services.rooms.open_items import (
    Settled,
    Standing,
    settled_amounts,
    standing_of,
)
from desk_app.services.uow import Transaction, UnitOfWork

AT_THE_DESK = frozenset({SettlementMethod.CASH, SettlementMethod.CARD})
MAX_CENTS = 10_000_000_00
CASH_STEP_CENTS = 5  # Dutch cash: the drawer holds no 1 and 2 cent coins


@dataclass(frozen=True)
class PaymentEntry:
    """A payment as someone enters it: the invoice, the amount, how and when it came in."""

    invoice_id: UUID
    amount_cents: int
    method: SettlementMethod
    paid_on: date
    reason: str = ""
    source: str = "balie"


@dataclass(frozen=True)
class PaymentRow:
    """A registered payment or write-off as a list shows it, and whether it was reversed."""

    id: UUID
    paid_on: date
    amount_cents: int
    method: SettlementMethod
    by_name: str
    reason: str
    reversed: bool


def payments_of(uow: UnitOfWork, invoice_id: UUID) -> list[PaymentRow]:
    """An invoice's payments in the order they were registered, reversal rows left out."""
    with uow.read() as tx:
        rows = list(
            tx.session.execute(
                select(
                    InvoicePayment.id,
                    InvoicePayment.paid_on,
                    InvoicePayment.amount_cents,
                    InvoicePayment.method,
                    InvoicePayment.by_name,
                    InvoicePayment.reason,
                    InvoicePayment.reverses_id,
                )
                .where(InvoicePayment.invoice_id == invoice_id)
                .order_by(InvoicePayment.created_at, InvoicePayment.id)
            )
        )
    undone = {row.reverses_id for row in rows if row.reverses_id is not None}
    return [
        PaymentRow(*row[:6], reversed=row.id in undone) for row in rows if row.reverses_id is None
    ]


def amount_from_text(text: str) -> int:
    """``"12,50"``, ``"12.5"`` or ``"€ 12"`` as cents; a Dutch refusal for anything else."""
    cleaned = text.replace("€", "").replace(" ", "").replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite() or value != value.quantize(Decimal("0.01")):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Vul een bedrag in euro's in, bijvoorbeeld 12,50.")
        )
    return int(value * 100)


def register_payment(uow: UnitOfWork, actor: Actor, entry: PaymentEntry) -> Standing:
    """Record a payment or a write-off against an invoice; return where the invoice stands."""
    reason = " ".join(entry.reason.split())
    _check_entry(entry, reason)
    with uow.write() as tx:
        needed = Role.RECEPTION if entry.method in AT_THE_DESK else Role.MANAGER
        person = require_role(tx, actor, needed)
        invoice, before = _payable(tx, entry.invoice_id)
        if entry.paid_on > tx.now.astimezone(LOCAL_ZONE).date():
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Een betaling kan niet in de toekomst liggen.")
            )
        _check_amount(entry, before.open_cents)
        if entry.method in AT_THE_DESK:  # money in the drawer or on the terminal that day
            ensure_day_open(tx.session, entry.paid_on)
        row = _add(tx, person, invoice, entry, reason=reason)
        written_off = entry.method is SettlementMethod.WRITE_OFF
        _audit(
            tx,
            person,
            invoice,
            row,
            action="invoice.payment" if not written_off else "invoice.write_off",
        )
        return _standing(tx, invoice)


def reverse_payment(uow: UnitOfWork, actor: Actor, payment_id: UUID, reason: str) -> Standing:
    """Undo a wrongly registered payment by a reversal row; only the manager, with a reason."""
    reason = " ".join(reason.split())
    if not reason:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Geef een reden voor het terugdraaien."))
    with uow.write() as tx:
        person = require_role(tx, actor, Role.MANAGER)
        original = tx.session.get(InvoicePayment, payment_id)
        if original is None or original.reverses_id is not None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze betaling bestaat niet."))
        if _reversal_of(tx, original.id):
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze betaling is al teruggedraaid."))
        invoice = tx.session.get(Invoice, original.invoice_id)
        assert invoice is not None
        entry = PaymentEntry(
            invoice.id,
            -original.amount_cents,
            original.method,
            tx.now.astimezone(LOCAL_ZONE).date(),
            reason,
            original.source,
        )
        if entry.method in AT_THE_DESK:  # the money goes back out of today's drawer
            ensure_day_open(tx.session, entry.paid_on)
        row = _add(tx, person, invoice, entry, reason=reason, reverses=original.id)
        _audit(tx, person, invoice, row, action="invoice.payment_reversal")
        return _standing(tx, invoice)


def _check_entry(entry: PaymentEntry, reason: str) -> None:
    if entry.amount_cents <= 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Het bedrag moet meer dan € 0,00 zijn."))
    if entry.amount_cents > MAX_CENTS:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Dit bedrag is te groot."))
    if entry.method is SettlementMethod.CASH and entry.amount_cents % CASH_STEP_CENTS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Contant gaat in stappen van 5 cent; de kas heeft geen munten van 1 en 2 cent. "
                "Betaal de laatste centen per pin.",
            )
        )
    if entry.method is SettlementMethod.WRITE_OFF and not reason:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Geef een reden voor het afschrijven."))


def _payable(tx: Transaction, invoice_id: UUID) -> tuple[Invoice, Standing]:
    """The invoice and where it stands, refused when nothing can be paid on it."""
    invoice = tx.session.get(Invoice, invoice_id)
    if invoice is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze factuur bestaat niet."))
    if invoice.kind is not InvoiceKind.INVOICE:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Op een creditnota wordt geen betaling geregistreerd.")
        )
    standing = _standing(tx, invoice)
    if standing.status is InvoiceStatus.CREDITED:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Deze factuur is gecrediteerd; er staat niets meer open.")
        )
    if standing.open_cents <= 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze factuur is al helemaal betaald."))
    return invoice, standing


def _check_amount(entry: PaymentEntry, open_cents: int) -> None:
    """The desk and a write-off take at most what is open; a transfer is booked as it came."""
    if entry.amount_cents <= open_cents:
        return
    if entry.method is SettlementMethod.WRITE_OFF:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Afschrijven kan tot het openstaande bedrag ({open})."),
            open=Money(open_cents),
        )
    if entry.method in AT_THE_DESK:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Er staat nog {open} open; meer kan aan de balie niet worden ontvangen."
            ),
            open=Money(open_cents),
        )


def _add(
    tx: Transaction,
    person: Person,
    invoice: Invoice,
    entry: PaymentEntry,
    *,
    reason: str,
    reverses: UUID | None = None,
) -> InvoicePayment:
    row = InvoicePayment(
        centre_code=invoice.centre_code,
        created_at=tx.now,
        invoice_id=invoice.id,
        paid_on=entry.paid_on,
        amount_cents=entry.amount_cents,
        method=entry.method,
        source=entry.source[:120],
        reason=reason[:200],
        reverses_id=reverses,
        by_id=person.id,
        by_name=person.name,
    )
    tx.session.add(row)
    tx.session.flush()
    return row


def _reversal_of(tx: Transaction, payment_id: UUID) -> bool:
    found = tx.session.scalars(
        select(InvoicePayment.id).where(InvoicePayment.reverses_id == payment_id)
    ).first()
    return found is not None


def _standing(tx: Transaction, invoice: Invoice) -> Standing:
    settled = settled_amounts(tx.session, [invoice.id]).get(invoice.id, Settled())
    return standing_of(tx.session, invoice, settled, tx.now.astimezone(LOCAL_ZONE).date())


def _audit(
    tx: Transaction, person: Person, invoice: Invoice, row: InvoicePayment, *, action: str
) -> None:
    audit.record(
        tx.session,
        centre_code=invoice.centre_code,
        actor=person,
        action=action,
        subject=invoice_number_text(invoice.centre_code, invoice.number),
        at=tx.now,
        after={
            "amount_cents": row.amount_cents,
            "settlement": row.method.value,
            "paid_on": row.paid_on.isoformat(),
            "reason": row.reason,
        },
    )


def book_from_bank(
    tx: Transaction, person: Person, entry: PaymentEntry, *, reverses: UUID | None = None
) -> Standing:
    """Book a payment a bank statement reports, or with ``reverses`` the return of one.

    Runs inside the caller's transaction, whose role check it relies on; a payment is refused
    like any other when the invoice is paid, credited or unknown.
    """
    if reverses is None:
        invoice, _before = _payable(tx, entry.invoice_id)
    else:
        found = tx.session.get(Invoice, entry.invoice_id)
        assert found is not None
        invoice = found
    row = _add(tx, person, invoice, entry, reason=entry.reason, reverses=reverses)
    action = "invoice.payment" if reverses is None else "invoice.payment_reversal"
    _audit(tx, person, invoice, row, action=action)
    return _standing(tx, invoice)
