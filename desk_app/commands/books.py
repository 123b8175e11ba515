"""``desk-app export xaf`` and ``desk-app export journal``: the books for the accountant."""

from __future__ import annotations

import argparse
from pathlib import Path

from desk_app.bootstrap import open_desk
from desk_app.commands import EXIT_OK, Subcommands, require_database, require_output_file
from desk_app.commands import write_output as write_file
from desk_app.commands.manager_login import log_in_manager
from desk_app.commands.report import parse_day
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.paths import DataFolder

MANAGER_HELP = "naam van de sociaal beheerder (als er meer zijn)"


def register(commands: Subcommands) -> None:
    """Add ``export`` with its ``xaf`` and ``journal`` files."""
    export = commands.add_parser("export", help="de boekhouding voor de accountant")
    files = export.add_subparsers(dest="export_command", required=True)
    xaf = files.add_parser("xaf", help="XML Auditfile Financieel 3.2 van een jaar")
    xaf.add_argument("--year", type=int, required=True)
    xaf.add_argument("--out", type=Path, required=True, help="het bestand, bijvoorbeeld 2026.xaf")
    xaf.add_argument("--manager", help=MANAGER_HELP)
    xaf.set_defaults(handler=run_xaf)
    journal = files.add_parser("journal", help="het journaal als CSV")
    journal.add_argument("--from", dest="first", required=True, help="eerste dag, JJJJ-MM-DD")
    journal.add_argument("--to", dest="last", required=True, help="laatste dag, JJJJ-MM-DD")
    journal.add_argument("--out", type=Path, required=True, help="het CSV-bestand")
    journal.add_argument("--manager", help=MANAGER_HELP)
    journal.set_defaults(handler=run_journal)


def run_xaf(args: argparse.Namespace, folder: DataFolder) -> int:
    """Write the year's audit file."""
    from desk_app.documents.xaf import xaf_bytes  # noqa: PLC0415 - a rare path
    from desk_app.services.exports import export_year_books  # noqa: PLC0415

    if not 2000 <= args.year <= 2100:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Geef het jaar als JJJJ, bijvoorbeeld 2026.")
        )
    require_output_file(args.out)
    require_database(folder)
    desk = open_desk(folder)
    try:
        actor = log_in_manager(desk.uow, args.manager)  # hirers' names and addresses leave
        books = export_year_books(desk.uow, actor, args.year, args.out)
        made_on = desk.uow.now().date()
    finally:
        desk.close()
    write_file(args.out, xaf_bytes(books, made_on))
    return EXIT_OK


def run_journal(args: argparse.Namespace, folder: DataFolder) -> int:
    """Write the journal of a period as CSV."""
    from desk_app.documents.journal_csv import journal_csv  # noqa: PLC0415 - a rare path
    from desk_app.services.exports import export_period_books  # noqa: PLC0415

    first, last = parse_day(args.first), parse_day(args.last)
    if last < first:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "De laatste dag ligt voor de eerste. Draai ze om.")
        )
    require_output_file(args.out)
    require_database(folder)
    desk = open_desk(folder)
    try:
        actor = log_in_manager(desk.uow, args.manager)
        books = export_period_books(desk.uow, actor, first, last, args.out)
    finally:
        desk.close()
    write_file(args.out, journal_csv(books.entries))
    return EXIT_OK
