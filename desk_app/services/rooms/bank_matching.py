"""Which invoice a bank entry is about: its RF reference, an invoice number in its text, or a guess.

The reference and the number are certain enough to book; a guess by amount and name is only
offered to the manager, who confirms it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import select

from desk_app.formatting import LOCAL_ZONE
from desk_app.models import Invoice, InvoiceKind, InvoicePayment, SettlementMethod
from desk_app.services.rooms.camt import StatementEntry
from desk_app.services.rooms.open_items import OWING, Settled, settled_amounts, standing_of
from desk_app.services.rooms.payment_reference import invoice_number_of
from desk_app.services.uow import Transaction

MAX_SUGGESTIONS = 3
FROM_THE_BANK = (SettlementMethod.BANK, SettlementMethod.DIRECT_DEBIT)


@dataclass(frozen=True)
class Suggestion:
    """An owing invoice that may be what a transfer pays: same amount, or the hirer's name."""

    invoice_id: UUID
    number: str
    hirer_name: str
    open_cents: int


def by_reference(tx: Transaction, entry: StatementEntry) -> Invoice | None:
    """The invoice whose RF reference the entry carries, structured or typed in the text."""
    code = tx.centre_code()
    compact = re.sub(r"\s", "", f"{entry.reference} {entry.text}".upper())
    for candidate in re.findall(rf"RF\d\d{re.escape(code.upper())}\d{{6,}}", compact):
        number = invoice_number_of(candidate, code)
        if number is not None and (found := _invoice(tx, number)) is not None:
            return found
    return None


def by_number(tx: Transaction, entry: StatementEntry) -> Invoice | None:
    """The invoice whose number (``MEE-000012`` or *factuur 12*) the free text names."""
    text = entry.text.upper()
    code = re.escape(tx.centre_code().upper())
    patterns = (
        rf"\b{code}\s?-?\s?(\d{{6}})\b",
        r"\bFACTUUR(?:NUMMER|\s*NR\.?)?\s*:?\s*(\d{1,6})\b",
    )
    for pattern in patterns:
        for digits in re.findall(pattern, text):
            if (found := _invoice(tx, int(digits))) is not None:
                return found
    return None


def payment_to_return(
    tx: Transaction, invoice: Invoice, amount_cents: int
) -> tuple[UUID, SettlementMethod] | None:
    """The latest bank or direct-debit payment of that amount on the invoice, not yet reversed."""
    rows = tx.session.execute(
        select(
            InvoicePayment.id,
            InvoicePayment.reverses_id,
            InvoicePayment.amount_cents,
            InvoicePayment.method,
        )
        .where(InvoicePayment.invoice_id == invoice.id)
        .order_by(InvoicePayment.created_at.desc(), InvoicePayment.id.desc())
    ).all()
    undone = {row.reverses_id for row in rows if row.reverses_id is not None}
    for row in rows:
        if (
            row.reverses_id is None
            and row.id not in undone
            and row.amount_cents == amount_cents
            and row.method in FROM_THE_BANK
        ):
            return row.id, row.method
    return None


def owing(tx: Transaction) -> list[Suggestion]:
    """Every invoice still owing, as the candidates a transfer may be suggested for."""
    today = tx.now.astimezone(LOCAL_ZONE).date()
    settled = settled_amounts(tx.session)
    found = []
    for invoice in tx.session.scalars(select(Invoice).where(Invoice.kind == InvoiceKind.INVOICE)):
        standing = standing_of(tx.session, invoice, settled.get(invoice.id, Settled()), today)
        if standing.status in OWING:
            info = standing.invoice
            found.append(Suggestion(info.id, info.number, info.hirer_name, standing.open_cents))
    return found


def suggestions(candidates: list[Suggestion], entry: StatementEntry) -> tuple[Suggestion, ...]:
    """The owing invoices for the same amount or of a hirer the payer's name resembles."""
    words = _words(entry.counterparty)
    ranked = [
        (
            2 * (candidate.open_cents == entry.amount_cents)
            + bool(words & _words(candidate.hirer_name)),
            candidate,
        )
        for candidate in candidates
    ]
    ranked = sorted(
        (pair for pair in ranked if pair[0]), key=lambda pair: (-pair[0], pair[1].number)
    )
    return tuple(suggestion for _score, suggestion in ranked[:MAX_SUGGESTIONS])


def _invoice(tx: Transaction, number: int) -> Invoice | None:
    return tx.session.scalars(
        select(Invoice).where(
            Invoice.centre_code == tx.centre_code(),
            Invoice.number == number,
            Invoice.kind == InvoiceKind.INVOICE,
        )
    ).first()


def _words(name: str) -> set[str]:
    """The name's words that tell a payer apart (not *de*, *van*, *stichting* and the like)."""
    common = {"de", "het", "van", "der", "den", "en", "stichting", "vereniging", "bv", "b.v."}
    return {word for word in re.findall(r"\w{3,}", name.lower()) if word not in common}
