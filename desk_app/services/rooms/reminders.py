"""Reminders for overdue invoices: a first reminder, then a final notice, each a fact.

A reminder asks for the amount still open by a new due date and carries the invoice's own
RF reference. The final notice comes at least ``FINAL_AFTER_DAYS`` after the first reminder;
nothing follows it. Only the manager sends them, from the desk or the command line.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from uuid import UUID

from sqlalchemy import select

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.formatting import LOCAL_ZONE
from desk_app.models import (
    Invoice,
    InvoiceKind,
    InvoiceReminder,
    InvoiceStatus,
    Person,
    ReminderLevel,
    Role,
)
from desk_app.services import audit
from desk_app.services.auth import Actor, require_role
from desk_app.services.rooms.invoice_store import invoice_number_text
from desk_app.services.rooms.open_items import Settled, Standing, settled_amounts, standing_of
from desk_app.services.rooms.reminder_facts import Reminded, last_reminders
from desk_app.services.uow import Transaction, UnitOfWork

REMINDER_TERM_DAYS = 14
FINAL_AFTER_DAYS = 14


@dataclass(frozen=True)
class ReminderInfo:
    """A reminder sent, or one that would be sent (a dry run has no id)."""

    id: UUID | None
    invoice_id: UUID
    invoice_number: str
    hirer_name: str
    level: ReminderLevel
    sent_on: date
    due_on: date
    amount_cents: int


def next_level(standing: Standing, last: Reminded | None, today: date) -> ReminderLevel:
    """The level the invoice's next reminder has; refused when none may be sent today."""
    if standing.status is not InvoiceStatus.OVERDUE:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Factuur {number} is niet te laat; er gaat geen herinnering uit."
            ),
            number=standing.invoice.number,
        )
    if last is None:
        return ReminderLevel.FIRST
    if last.level is ReminderLevel.FINAL:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Voor factuur {number} is de aanmaning al verstuurd; er komt niets na."
            ),
            number=standing.invoice.number,
        )
    final_from = last.sent_on + timedelta(days=FINAL_AFTER_DAYS)
    if today < final_from:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Factuur {number} kreeg al een herinnering; een aanmaning kan vanaf {day}.",
            ),
            number=standing.invoice.number,
            day=final_from,
        )
    return ReminderLevel.FINAL


def send_reminder(uow: UnitOfWork, actor: Actor, invoice_id: UUID) -> ReminderInfo:
    """Record the next reminder of one overdue invoice (the manager's); return what it says."""
    with uow.write() as tx:
        person = require_role(tx, actor, Role.MANAGER)
        invoice = tx.session.get(Invoice, invoice_id)
        if invoice is None or invoice.kind is not InvoiceKind.INVOICE:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze factuur bestaat niet."))
        return _remind(tx, person, invoice, write=True)


def remind_overdue(uow: UnitOfWork, actor: Actor, *, dry_run: bool = False) -> list[ReminderInfo]:
    """Each overdue invoice's reminder due today, in one transaction; a dry run writes none."""
    with uow.write() as tx:
        person = require_role(tx, actor, Role.MANAGER)
        made = []
        for invoice in _overdue_invoices(tx):
            try:
                made.append(_remind(tx, person, invoice, write=not dry_run))
            except InvalidInput:
                continue  # not due one today: a first reminder too recent, or the final sent
        return made


def reminders_sent_on(uow: UnitOfWork, actor: Actor, day: date) -> list[ReminderInfo]:
    """The reminders recorded on ``day`` (the manager's), to print their letters again."""
    query = (
        select(InvoiceReminder, Invoice)
        .join(Invoice, Invoice.id == InvoiceReminder.invoice_id)
        .where(InvoiceReminder.sent_on == day)
        .order_by(Invoice.number, InvoiceReminder.created_at)
    )
    with uow.read() as tx:
        require_role(tx, actor, Role.MANAGER)
        return [
            ReminderInfo(
                reminder.id,
                invoice.id,
                invoice_number_text(invoice.centre_code, invoice.number),
                invoice.hirer_name,
                reminder.level,
                reminder.sent_on,
                reminder.due_on,
                reminder.amount_cents,
            )
            for reminder, invoice in tx.session.execute(query)
        ]


def _overdue_invoices(tx: Transaction) -> list[Invoice]:
    """The invoices past their due date, oldest number first; their standing decides the rest."""
    today = _today(tx)
    query = (
        select(Invoice)
        .where(Invoice.kind == InvoiceKind.INVOICE, Invoice.due_on < today)
        .order_by(Invoice.number)
    )
    return list(tx.session.scalars(query))


def _remind(tx: Transaction, person: Person, invoice: Invoice, *, write: bool) -> ReminderInfo:
    today = _today(tx)
    settled = settled_amounts(tx.session, [invoice.id]).get(invoice.id, Settled())
    standing = standing_of(tx.session, invoice, settled, today)
    last = last_reminders(tx.session, [invoice.id]).get(invoice.id)
    level = next_level(standing, last, today)
    info = ReminderInfo(
        None,
        invoice.id,
        standing.invoice.number,
        invoice.hirer_name,
        level,
        today,
        today + timedelta(days=REMINDER_TERM_DAYS),
        standing.open_cents,
    )
    if not write:
        return info
    row = InvoiceReminder(
        centre_code=invoice.centre_code,
        created_at=tx.now,
        invoice_id=invoice.id,
        level=level,
        sent_on=info.sent_on,
        due_on=info.due_on,
        amount_cents=info.amount_cents,
        by_id=person.id,
        by_name=person.name,
    )
    tx.session.add(row)
    tx.session.flush()
    audit.record(
        tx.session,
        centre_code=invoice.centre_code,
        actor=person,
        action=f"invoice.reminder.{level.value}",
        subject=invoice_number_text(invoice.centre_code, invoice.number),
        at=tx.now,
        after={"amount_cents": info.amount_cents, "due_on": info.due_on.isoformat()},
    )
    return replace(info, id=row.id)


def _today(tx: Transaction) -> date:
    return tx.now.astimezone(LOCAL_ZONE).date()
