"""Reading a bank statement into the invoices: transfers booked, returned debits reopened.

The whole statement is one transaction of the social manager. Each booked row's source is
``bankafschrift <the bank's entry reference>``, so a statement read twice books nothing
twice. A transfer the desk cannot place for sure is left with suggestions to confirm, and so
is one whose booking the manager reversed as wrong: she places it herself. A returned direct
debit reopens the invoice and undoes its collection, so a later file collects it again.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from uuid import UUID

from sqlalchemy import select

from desk_app.errors import QT_TRANSLATE_NOOP, DeskError, InvalidInput
from desk_app.models import Centre, Invoice, InvoicePayment, Person, Role, SettlementMethod
from desk_app.services.auth import Actor, require_role
from desk_app.services.rooms import bank_matching as matching
from desk_app.services.rooms.bank_matching import Suggestion
from desk_app.services.rooms.camt import Statement, StatementEntry, read_statement
from desk_app.services.rooms.collections import undo_collection
from desk_app.services.rooms.invoice_payments import PaymentEntry, book_from_bank
from desk_app.services.rooms.invoice_store import invoice_number_text
from desk_app.services.rooms.open_items import Standing
from desk_app.services.rooms.swift_mt940 import looks_like_mt940, read_mt940
from desk_app.services.uow import Transaction, UnitOfWork


class Outcome(enum.StrEnum):
    """What became of one entry of the statement."""

    REFERENCE = "reference"  # booked: the RF reference named the invoice
    TEXT = "text"  # booked: the free text named the invoice number
    RETURNED = "returned"  # a returned direct debit, its payment and collection reversed
    ALREADY = "already"  # booked by an earlier import of this entry
    OPEN = "open"  # not placed; see the suggestions


BOOKED = frozenset({Outcome.REFERENCE, Outcome.TEXT, Outcome.RETURNED})


@dataclass(frozen=True)
class EntryResult:
    """One credit (or returned debit) with its outcome, its invoice and any suggestions."""

    entry: StatementEntry
    outcome: Outcome
    invoice: str = ""
    suggestions: tuple[Suggestion, ...] = ()


@dataclass(frozen=True)
class ImportResult:
    """The statement read: each credit and returned debit with what became of it.

    ``skipped_zero`` counts the entries of € 0,00 left out: they pay nothing.
    """

    statement_id: str
    entries: tuple[EntryResult, ...]
    skipped_zero: int = 0

    @property
    def matched(self) -> list[EntryResult]:
        """The entries booked now."""
        return [row for row in self.entries if row.outcome in BOOKED]

    @property
    def unmatched(self) -> list[EntryResult]:
        """The entries left for the manager."""
        return [row for row in self.entries if row.outcome is Outcome.OPEN]


def may_import(uow: UnitOfWork, actor: Actor) -> None:
    """Refuse at once whoever may not read in a statement, before they go looking for a file."""
    with uow.read() as tx:
        require_role(tx, actor, Role.MANAGER)


def import_statement(uow: UnitOfWork, actor: Actor, data: bytes) -> ImportResult:
    """Read a CAMT.053 (or MT940) file and book what it proves; refused whole when it is wrong."""
    statement = read_mt940(data) if looks_like_mt940(data) else read_statement(data)
    with uow.write() as tx:
        person = require_role(tx, actor, Role.MANAGER)
        _check_account(tx, statement)
        relevant = [entry for entry in statement.entries if entry.credit or entry.return_reason]
        paying = [entry for entry in relevant if entry.amount_cents]
        results = _suggest(tx, [_take(tx, person, entry) for entry in paying])
    return ImportResult(statement.id, tuple(results), len(relevant) - len(paying))


def confirm_suggestion(
    uow: UnitOfWork, actor: Actor, entry: StatementEntry, invoice_id: UUID
) -> Standing:
    """Book a transfer the manager placed on an invoice herself."""
    with uow.write() as tx:
        person = require_role(tx, actor, Role.MANAGER)
        if not entry.credit or _booked_before(tx, entry).invoice is not None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze bankboeking is al verwerkt."))
        return book_from_bank(tx, person, _payment(entry, invoice_id))


def _check_account(tx: Transaction, statement: Statement) -> None:
    own = tx.session.scalars(select(Centre.iban).where(Centre.code == tx.centre_code())).first()
    if not own:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Vul eerst het IBAN van het buurthuis in bij Beheer › Buurthuisgegevens."
            )
        )
    if own.replace(" ", "").upper() != statement.iban:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Dit afschrift is van rekening {iban}, niet van het buurthuis. "
                "Er is niets geboekt.",
            ),
            iban=statement.iban,
        )


def _take(tx: Transaction, person: Person, entry: StatementEntry) -> EntryResult:
    earlier = _booked_before(tx, entry)
    if earlier.invoice is not None:
        return EntryResult(entry, Outcome.ALREADY, earlier.invoice)
    if earlier.withdrawn:  # the manager took it off a wrong invoice: not booked there again
        return EntryResult(entry, Outcome.OPEN)
    for outcome, find in (
        (Outcome.REFERENCE, matching.by_reference),
        (Outcome.TEXT, matching.by_number),
    ):
        invoice = find(tx, entry)
        if invoice is not None:
            booked = _book(tx, person, entry, invoice, outcome)
            if booked is not None:
                return booked
            break
    return EntryResult(entry, Outcome.OPEN)


def _suggest(tx: Transaction, results: list[EntryResult]) -> list[EntryResult]:
    """Suggestions for the transfers left, once the certain ones are booked."""
    if not any(row.outcome is Outcome.OPEN and row.entry.credit for row in results):
        return results
    candidates = matching.owing(tx)
    return [
        replace(
            row,
            suggestions=matching.suggestions(
                candidates, row.entry, matching.named_invoice(tx, row.entry)
            ),
        )
        if row.outcome is Outcome.OPEN and row.entry.credit
        else row
        for row in results
    ]


def _book(
    tx: Transaction, person: Person, entry: StatementEntry, invoice: Invoice, outcome: Outcome
) -> EntryResult | None:
    """Book the entry on the invoice, or ``None`` when the invoice takes no such booking."""
    number = invoice_number_text(invoice.centre_code, invoice.number)
    if not entry.credit:
        returned = matching.payment_to_return(tx, invoice, entry.amount_cents)
        if returned is None:
            return None
        payment_id, method = returned
        book_from_bank(tx, person, _return(entry, invoice.id, method), reverses=payment_id)
        undo_collection(tx, person, invoice, _return_reason(entry))
        return EntryResult(entry, Outcome.RETURNED, number)
    try:
        book_from_bank(tx, person, _payment(entry, invoice.id))
    except DeskError:  # paid already or credited: the manager decides what it is
        return None
    return EntryResult(entry, outcome, number)


def _payment(entry: StatementEntry, invoice_id: UUID) -> PaymentEntry:
    return PaymentEntry(
        invoice_id,
        entry.amount_cents,
        SettlementMethod.BANK,
        entry.booked_on,
        source=_source(entry),
    )


def _return(entry: StatementEntry, invoice_id: UUID, method: SettlementMethod) -> PaymentEntry:
    return PaymentEntry(
        invoice_id,
        -entry.amount_cents,
        method,
        entry.booked_on,
        reason=_return_reason(entry),
        source=_source(entry),
    )


def _return_reason(entry: StatementEntry) -> str:
    return f"storno {entry.return_reason}"


def _source(entry: StatementEntry) -> str:
    return f"bankafschrift {entry.key}"


@dataclass(frozen=True)
class Earlier:
    """What earlier imports did with an entry: the invoice it is booked on, or withdrawn."""

    invoice: str | None
    withdrawn: bool


def _booked_before(tx: Transaction, entry: StatementEntry) -> Earlier:
    """The number of the invoice an earlier import booked this entry on, if it still stands.

    A booking the manager reversed as wrong (its reversal carries the booking's own source)
    no longer stands, so she may place the entry on the right invoice. A booking a later
    returned debit undid still does: that money came in, and went out again by the return.
    """
    rows = tx.session.execute(
        select(InvoicePayment.id, InvoicePayment.reverses_id, Invoice.centre_code, Invoice.number)
        .join(Invoice, InvoicePayment.invoice_id == Invoice.id)
        .where(InvoicePayment.source == _source(entry))
        .order_by(InvoicePayment.created_at, InvoicePayment.id)
    ).all()
    ids = {row.id for row in rows}
    corrected = {row.reverses_id for row in rows if row.reverses_id in ids}
    standing = [row for row in rows if row.id not in corrected and row.reverses_id not in ids]
    if standing:
        return Earlier(invoice_number_text(standing[0].centre_code, standing[0].number), False)
    return Earlier(None, bool(rows))
