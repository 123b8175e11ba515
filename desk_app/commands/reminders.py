"""``desk-app invoices remind``: the reminders every overdue invoice is due today, as PDFs."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app.bootstrap import open_desk
from desk_app.commands import EXIT_OK, Subcommands, require_database
from desk_app.commands.manager_login import log_in_manager
from desk_app.formatting import format_cents
from desk_app.paths import DataFolder

if TYPE_CHECKING:
    from desk_app.services.rooms.reminders import ReminderInfo
    from desk_app.services.uow import UnitOfWork


def register(actions: Subcommands) -> None:
    """Add ``remind`` to the actions under ``invoices``."""
    remind = actions.add_parser(
        "remind", help="herinneringen en aanmaningen maken voor facturen die te laat zijn"
    )
    remind.add_argument("--dry-run", action="store_true", help="alleen tonen, niets vastleggen")
    remind.add_argument("--out", type=Path, help="map voor de PDF's (standaard: de rapportenmap)")
    remind.add_argument("--manager", help="naam van de sociaal beheerder (als er meer zijn)")
    remind.set_defaults(handler=run_remind)


def run_remind(args: argparse.Namespace, folder: DataFolder) -> int:
    """Log the manager in, record the due reminders in one go, then write one PDF for each."""
    from desk_app.services.rooms.reminders import remind_overdue  # noqa: PLC0415

    require_database(folder)
    desk = open_desk(folder)
    try:
        actor = log_in_manager(desk.uow, args.manager)
        made = remind_overdue(desk.uow, actor, dry_run=args.dry_run)
        paths = [] if args.dry_run else _write_pdfs(desk.uow, made, args.out or folder.reports)
    finally:
        desk.close()
    for reminder in made:
        print(reminder_text(reminder))
    for path in paths:
        print(f"  {path}")
    if not made:
        print("Geen facturen die vandaag een herinnering of aanmaning krijgen.")
    elif args.dry_run:
        print("Proefdraai: niets vastgelegd.")
    return EXIT_OK


def reminder_text(reminder: ReminderInfo) -> str:
    """One reminder as a line of text."""
    return (
        f"{reminder.invoice_number}  {reminder.hirer_name}  {reminder.level.label}  "
        f"open {format_cents(reminder.amount_cents)}  betalen voor {reminder.due_on:%d-%m-%Y}"
    )


def _write_pdfs(uow: UnitOfWork, made: list[ReminderInfo], out: Path) -> list[Path]:
    """Each recorded reminder as a PDF in ``out``, named by its level and invoice number."""
    from desk_app.documents.archive import archive_document  # noqa: PLC0415
    from desk_app.documents.reminder_data import reminder_document  # noqa: PLC0415
    from desk_app.documents.reminder_pdf import reminder_pdf  # noqa: PLC0415

    paths = []
    for reminder in made:
        assert reminder.id is not None
        data = reminder_pdf(reminder_document(uow, reminder.id))
        kind = f"{reminder.level.label}-{reminder.invoice_number}"
        paths.append(archive_document(out, kind, data, uow.now()))
    return paths
