"""Which invoice a bank entry is about: its RF reference, an invoice number in its text, or a guess.

The reference and the full number are certain enough to book, a loose *factuur 12* only when
the amount or the payer bears it out; a guess by amount and name is only offered to the
manager, who confirms it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
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
MAX_REFERENCE_WORDS = 8  # RF, check digits, code and number typed in groups of four
# "factuur 12", but not the date of "factuur 1-3" or "factuur 1/3"
LOOSE_NUMBER = re.compile(r"\bFACTUUR(?:NUMMER|\s*NR\.?)?\s*:?\s*(\d{1,6})\b(?![-/.]\d)")
FROM_THE_BANK = (SettlementMethod.BANK, SettlementMethod.DIRECT_DEBIT)


@dataclass(frozen=True)
class Suggestion:
    """An owing invoice that may be what a transfer pays: same amount, or the hirer's name."""

    invoice_id: UUID
    number: str
    hirer_name: str
    open_cents: int


def by_reference(tx: Transaction, entry: StatementEntry) -> Invoice | None:
    """The invoice whose RF reference the entry carries: the structured reference, else the text.

    Each is read on its own and word by word, so a number beside the reference (a numeric
    end-to-end ID) never runs into its digits.
    """
    code = tx.centre_code()
    for text in (entry.reference, entry.text):
        for candidate in _references(text, code):
            number = invoice_number_of(candidate, code)
            if number is not None and (found := _invoice(tx, number)) is not None:
                return found
    return None


def by_number(tx: Transaction, entry: StatementEntry) -> Invoice | None:
    """The invoice whose number the free text names, when that is certain enough to book.

    ``MEE-000012`` is; a loose *factuur 12* only when the amount is what is open on that
    invoice or the payer is its hirer: anyone may type a small number that is not theirs.
    """
    found = _named(tx, entry.text, _strict_pattern(tx))
    if found:
        return found[0]
    for invoice in _named(tx, entry.text, LOOSE_NUMBER):
        if not entry.credit or _borne_out(tx, invoice, entry):
            return invoice
    return None


def named_invoice(tx: Transaction, entry: StatementEntry) -> UUID | None:
    """The invoice the free text names in any way, offered first when nothing was booked."""
    for pattern in (_strict_pattern(tx), LOOSE_NUMBER):
        if found := _named(tx, entry.text, pattern):
            return found[0].id
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


def suggestions(
    candidates: list[Suggestion], entry: StatementEntry, named: UUID | None = None
) -> tuple[Suggestion, ...]:
    """The owing invoices for the same amount or of a hirer the payer's name resembles.

    The invoice the text names (``named``) comes first while it is owing.
    """
    words = _words(entry.counterparty)
    ranked = [
        (
            4 * (candidate.invoice_id == named)
            + 2 * (candidate.open_cents == entry.amount_cents)
            + bool(words & _words(candidate.hirer_name)),
            candidate,
        )
        for candidate in candidates
    ]
    ranked = sorted(
        (pair for pair in ranked if pair[0]), key=lambda pair: (-pair[0], pair[1].number)
    )
    return tuple(suggestion for _score, suggestion in ranked[:MAX_SUGGESTIONS])


def _references(text: str, code: str) -> Iterator[str]:
    """Each reading of the text as this centre's RF reference, compact.

    A word that starts with ``RF`` is read alone and then joined with the words after it, as
    a reference printed in groups of four is often typed over with its spaces.
    """
    shape = re.compile(rf"RF\d\d{re.escape(code.upper())}\d{{6,}}")
    words = re.findall(r"[A-Z0-9]+", text.upper())
    for start, word in enumerate(words):
        if not word.startswith("RF"):
            continue
        joined = ""
        for part in words[start : start + MAX_REFERENCE_WORDS]:
            joined += part
            if shape.fullmatch(joined):
                yield joined


def _strict_pattern(tx: Transaction) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(tx.centre_code().upper())}\s?-?\s?(\d{{6}})\b")


def _named(tx: Transaction, text: str, pattern: re.Pattern[str]) -> list[Invoice]:
    """The invoices ``pattern`` finds numbers of in the text, in the order it names them."""
    found = (_invoice(tx, int(digits)) for digits in pattern.findall(text.upper()))
    return [invoice for invoice in found if invoice is not None]


def _borne_out(tx: Transaction, invoice: Invoice, entry: StatementEntry) -> bool:
    """Whether the amount is what is open on the invoice, or the payer is its hirer."""
    today = tx.now.astimezone(LOCAL_ZONE).date()
    settled = settled_amounts(tx.session, [invoice.id]).get(invoice.id, Settled())
    standing = standing_of(tx.session, invoice, settled, today)
    return standing.open_cents == entry.amount_cents or same_party(
        entry.counterparty, invoice.hirer_name
    )


def same_party(payer: str, hirer: str) -> bool:
    """Whether one name's telling words all occur in the other (*B. de Keu*, *Biljartclub De Keu*).

    One shared word is not enough: *Koor De Stem* did not pay for *Koor Zangvreugde*.
    """
    paying, hiring = _words(payer), _words(hirer)
    return bool(paying and hiring) and (paying <= hiring or hiring <= paying)


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
