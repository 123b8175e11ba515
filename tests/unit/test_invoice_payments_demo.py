"""The demo centre's invoices show every state the open-items screen knows."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from desk_app.bootstrap import open_desk
from desk_app.demo import DemoOptions, generate
from desk_app.models import InvoiceStatus, ReminderLevel
from desk_app.paths import DataFolder
from desk_app.services.rooms.open_items import standings
from desk_app.services.uow import UnitOfWork

NOW = datetime(2026, 3, 6, 11, 0, tzinfo=UTC)  # early in the month: February's invoices are new


def test_the_demo_holds_paid_open_and_overdue_invoices(tmp_path: Path) -> None:
    desk = open_desk(DataFolder(tmp_path))
    made = generate(desk.uow, DemoOptions(days=120, seed=2, now=NOW))
    rows = standings(UnitOfWork(desk.database, clock=lambda: NOW))
    desk.close()
    counted = Counter(row.status for row in rows)
    assert made["factuurbetalingen"] > 0
    assert counted[InvoiceStatus.PAID] >= 10
    assert counted[InvoiceStatus.OPEN] >= 3
    assert counted[InvoiceStatus.OVERDUE] >= 1
    assert counted[InvoiceStatus.CREDITED] == 1


def test_the_demo_has_reminded_overdue_invoices_one_of_them_partly_paid(tmp_path: Path) -> None:
    desk = open_desk(DataFolder(tmp_path))
    made = generate(desk.uow, DemoOptions(days=120, seed=2, now=NOW))
    rows = standings(UnitOfWork(desk.database, clock=lambda: NOW))
    desk.close()
    reminded = [(row, row.reminded) for row in rows if row.reminded is not None]
    assert made["herinneringen"] >= 2
    assert len(reminded) >= 2
    assert all(row.status is InvoiceStatus.OVERDUE for row, _last in reminded)
    assert any(last.level is ReminderLevel.FIRST for _row, last in reminded)
    assert any(0 < row.paid_cents < row.invoice.total_cents for row, _last in reminded)
    assert all(last.sent_on > row.invoice.due_on for row, last in reminded)
