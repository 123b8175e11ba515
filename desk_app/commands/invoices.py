"""``desk-app invoices``: the room-hire invoices with where each stands, as text or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from desk_app.bootstrap import open_desk
from desk_app.commands import EXIT_OK, Subcommands, e_invoices, reminders, require_database
from desk_app.formatting import format_cents
from desk_app.paths import DataFolder

if TYPE_CHECKING:
    from desk_app.services.rooms.open_items import Standing

STATUS_CHOICES = ("open", "overdue", "paid", "all")


def register(commands: Subcommands) -> None:
    """Add ``invoices``."""
    listing = commands.add_parser(
        "invoices", help="de zaalhuurfacturen: wat betaald is, wat openstaat, wat te laat is"
    )
    listing.add_argument(
        "--status",
        choices=STATUS_CHOICES,
        default="all",
        help="open (nog te betalen, ook deels betaald en te laat), overdue, paid of all",
    )
    listing.add_argument("--json", action="store_true", help="als JSON")
    listing.set_defaults(handler=run_invoices)
    actions = listing.add_subparsers(title="acties", dest="invoices_action", metavar="ACTIE")
    reminders.register(actions)
    e_invoices.register(actions)


def run_invoices(args: argparse.Namespace, folder: DataFolder) -> int:
    """List the invoices (credit notes left out) newest first."""
    from desk_app.services.rooms.open_items import StandingFilter, standings  # noqa: PLC0415

    require_database(folder)
    desk = open_desk(folder)
    try:
        rows = [row for row in standings(desk.uow, StandingFilter(args.status)) if row.status]
    finally:
        desk.close()
    if args.json:
        print(json.dumps([invoice_json(row) for row in rows], indent=2, ensure_ascii=False))
    else:
        sys.stdout.write("".join(f"{invoice_text(row)}\n" for row in rows))
    return EXIT_OK


def invoice_json(row: Standing) -> dict[str, Any]:
    """One invoice as a JSON object: amounts in cents, days as ISO dates."""
    info = row.invoice
    assert row.status is not None
    return {
        "number": info.number,
        "hirer": info.hirer_name,
        "issued_on": info.issued_on.isoformat(),
        "due_on": info.due_on.isoformat(),
        "total_cents": info.total_cents,
        "paid_cents": row.paid_cents,
        "written_off_cents": row.written_off_cents,
        "open_cents": row.open_cents,
        "status": row.status.value,
        "days_overdue": row.days_overdue,
        "reference": row.reference,
    }


def invoice_text(row: Standing) -> str:
    """One invoice as a line of text."""
    info = row.invoice
    assert row.status is not None
    late = f" ({row.days_overdue} dagen)" if row.days_overdue else ""
    return (
        f"{info.number}  {info.issued_on:%d-%m-%Y}  {info.hirer_name}  "
        f"{format_cents(info.total_cents)}  open {format_cents(row.open_cents)}  "
        f"{row.status.label}{late}  {row.reference}"
    )
