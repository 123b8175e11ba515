"""Demo step for reminders: every invoice still overdue got its first reminder a week after
its due date, and a final notice two weeks after that when that moment has come."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from random import Random

from desk_app.demo import DemoContext
from desk_app.demo.invoice_payments import manager
from desk_app.models import InvoiceStatus
from desk_app.models.types import ids_from, uuid7_from
from desk_app.services.auth import Actor
from desk_app.services.rooms.open_items import Standing, standings
from desk_app.services.rooms.reminders import FINAL_AFTER_DAYS, send_reminder

FIRST_AFTER_DAYS = 7
SENT_AT = time(10, 0)


def reminders(context: DemoContext) -> None:
    """Send the reminders the manager would have sent for the invoices still overdue."""
    rng = Random(f"invoice-reminders-{context.options.seed}")
    with ids_from(lambda: uuid7_from(context.options.made_at, rng.getrandbits(74))):
        actor = manager(context)
        overdue = [
            row
            for row in standings(context.uow.on_clock(lambda: context.options.made_at))
            if row.status is InvoiceStatus.OVERDUE
        ]
        sent = sum(_remind(context, actor, row) for row in reversed(overdue))
    context.count("herinneringen", sent)


def _remind(context: DemoContext, actor: Actor, row: Standing) -> int:
    """The first reminder and, when its time has come, the final notice of one invoice."""
    first = context.moment(row.invoice.due_on + timedelta(days=FIRST_AFTER_DAYS), SENT_AT)
    final = first + timedelta(days=FINAL_AFTER_DAYS + FIRST_AFTER_DAYS)
    sent = 0
    for moment in (first, final):
        if context.happened(moment):
            send_reminder(context.uow.on_clock(_at(moment)), actor, row.invoice.id)
            sent += 1
    return sent


def _at(moment: datetime) -> Callable[[], datetime]:
    return lambda: moment
