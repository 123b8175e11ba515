"""The reminders already sent per invoice, read from their facts for the list and the rules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import InvoiceReminder, ReminderLevel


@dataclass(frozen=True)
class Reminded:
    """The latest reminder of an invoice: its level, the day it was sent and its new due date."""

    level: ReminderLevel
    sent_on: date
    due_on: date


def last_reminders(session: Session, invoice_ids: list[UUID] | None = None) -> dict[UUID, Reminded]:
    """The latest reminder per invoice, for the given invoices or all of them."""
    query = select(
        InvoiceReminder.invoice_id,
        InvoiceReminder.level,
        InvoiceReminder.sent_on,
        InvoiceReminder.due_on,
    ).order_by(InvoiceReminder.sent_on, InvoiceReminder.created_at)
    if invoice_ids is not None:
        query = query.where(InvoiceReminder.invoice_id.in_(invoice_ids))
    return {
        row.invoice_id: Reminded(row.level, row.sent_on, row.due_on)
        for row in session.execute(query)
    }
