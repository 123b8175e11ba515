"""``desk-app report facts`` and ``desk-app report day``: the yearly facts and a closed day."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from desk_app.bootstrap import open_desk
from desk_app.commands import (
    EXIT_OK,
    Subcommands,
    require_database,
    require_output_file,
    write_output,
)
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.paths import DataFolder


def register(commands: Subcommands) -> None:
    """Add ``report`` with its ``facts`` and ``day`` reports."""
    from desk_app.commands.municipality import register_report as register_municipality  # noqa: PLC0415
    from desk_app.commands.sync import run_facts  # noqa: PLC0415 - facts live with the sync

    report = commands.add_parser("report", help="rapporten")
    reports = report.add_subparsers(dest="report_command", required=True)
    facts = reports.add_parser("facts", help="de jaarcijfers van de organisatie")
    facts.add_argument("--year", type=int, required=True)
    facts.add_argument("--central", help="uit de centrale database, over alle buurthuizen")
    facts.add_argument("--centre", help="alleen dit buurthuis (code)")
    facts.add_argument("--json", action="store_true", help="als JSON")
    facts.add_argument("--pdf", type=Path, help="schrijf het jaaroverzicht als PDF")
    facts.set_defaults(handler=run_facts)
    day = reports.add_parser("day", help="het Z-rapport van een afgesloten dag")
    day.add_argument("--date", required=True, help="de dag, JJJJ-MM-DD")
    day.add_argument("--json", action="store_true", help="als JSON")
    day.add_argument("--pdf", type=Path, help="schrijf het Z-rapport als PDF")
    day.set_defaults(handler=run_day)
    register_municipality(reports)


def parse_day(text: str) -> date:
    """A day as typed on the command line."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Geef de datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-02.")
        ) from None


def run_day(args: argparse.Namespace, folder: DataFolder) -> int:
    """Print a closed day's Z-report as text or JSON; write the PDF when asked."""
    from desk_app.commands.day_output import day_json, day_text  # noqa: PLC0415
    from desk_app.documents.z_report import z_report_pdf  # noqa: PLC0415
    from desk_app.services.day_close.z_report_data import z_report  # noqa: PLC0415

    day = parse_day(args.date)
    if args.pdf:
        require_output_file(args.pdf)
    require_database(folder)
    desk = open_desk(folder)
    try:
        report = z_report(desk.uow, day)
    finally:
        desk.close()
    if args.pdf:
        write_output(args.pdf, z_report_pdf(report))
    if args.json:
        print(json.dumps(day_json(report), indent=2, ensure_ascii=False))
    else:
        sys.stdout.write(day_text(report))
    return EXIT_OK
