"""``desk-app invoices remind``: the reminders every overdue invoice is due today, as PDFs."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app.bootstrap import open_desk
from desk_app.commands import EXIT_OK, Subcommands, require_database, require_folder_for_files
from desk_app.commands.manager_login import log_in_manager
from desk_app.commands.report import parse_day
from desk_app.errors import QT_TRANSLATE_NOOP, DeskError, StorageError
from desk_app.formatting import format_cents, to_local
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
    remind.add_argument(
        "--reprint",
        nargs="?",
        const="",
        metavar="JJJJ-MM-DD",
        help="maak alleen de PDF's opnieuw van wat die dag (standaard vandaag) is vastgelegd",
    )
    remind.set_defaults(handler=run_remind)


def run_remind(args: argparse.Namespace, folder: DataFolder) -> int:
    """Log the manager in, record the due reminders in one go, then write one PDF for each.

    The folder for the PDFs is checked before anything is recorded; a letter that still
    cannot be written is named with the way to make it again (``--reprint``).
    """
    from desk_app.services.rooms.reminders import (  # noqa: PLC0415
        remind_overdue,
        reminders_sent_on,
    )

    out = args.out or folder.reports
    reprint = None if args.reprint is None else args.reprint or "today"
    day = None if reprint in (None, "today") else parse_day(reprint)
    require_database(folder)
    if not args.dry_run:
        require_folder_for_files(out)
    desk = open_desk(folder)
    try:
        actor = log_in_manager(desk.uow, args.manager)
        if reprint is not None:
            day = day or to_local(desk.uow.now()).date()
            made = reminders_sent_on(desk.uow, actor, day)
        else:
            made = remind_overdue(desk.uow, actor, dry_run=args.dry_run)
        paths = [] if args.dry_run else _write_pdfs(desk.uow, made, out)
    finally:
        desk.close()
    for reminder in made:
        print(reminder_text(reminder))
    for path in paths:
        print(f"  {path}")
    if not made:
        print(
            "Geen herinneringen of aanmaningen vastgelegd op die dag."
            if reprint is not None
            else "Geen facturen die vandaag een herinnering of aanmaning krijgen."
        )
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
        kind = f"{reminder.level.label}-{reminder.invoice_number}"
        try:
            data = reminder_pdf(reminder_document(uow, reminder.id))
            paths.append(archive_document(out, kind, data, uow.now()))
        except (OSError, DeskError) as error:
            raise _not_written(made, out, error) from error
    return paths


def _not_written(made: list[ReminderInfo], out: Path, error: OSError | DeskError) -> StorageError:
    """The reminders are recorded (they stay so); say which, and how to make their letters."""
    reason = error.message if isinstance(error, DeskError) else error.strerror or str(error)
    return StorageError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "De herinneringen zijn vastgelegd, maar de brieven konden niet worden bewaard in "
            "{folder} ({reason}). Vastgelegd voor: {invoices}. Maak de brieven opnieuw met: "
            "desk-app invoices remind --reprint {day} --out MAP",
        ),
        folder=str(out),
        reason=reason,
        invoices=", ".join(reminder.invoice_number for reminder in made),
        day=_day_text(made),
    )


def _day_text(made: list[ReminderInfo]) -> str:
    days: set[date] = {reminder.sent_on for reminder in made}
    return max(days).isoformat() if days else ""
