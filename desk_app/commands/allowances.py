"""``desk-app allowances``: the office's file read in, listed, corrected; who is near a limit."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import UUID

from desk_app.bootstrap import open_desk
from desk_app.commands import EXIT_OK, Subcommands, require_database
from desk_app.commands.manager_login import log_in_manager
from desk_app.errors import QT_TRANSLATE_NOOP, StorageError
from desk_app.formatting import format_cents
from desk_app.paths import DataFolder

if TYPE_CHECKING:
    from desk_app.services.volunteers.allowance import AllowanceSum
    from desk_app.services.volunteers.allowance_corrections import AllowanceRow


def register(commands: Subcommands) -> None:
    """Add ``allowances import``, ``list``, ``reverse`` and ``near``."""
    allowances = commands.add_parser("allowances", help="vrijwilligersvergoedingen")
    actions = allowances.add_subparsers(dest="allowances_command", required=True)
    reading = actions.add_parser(
        "import",
        help="betaalde vergoedingen inlezen (CSV: vrijwilliger_id;naam;maand;bedrag)",
    )
    reading.add_argument("file", type=Path, help="het CSV-bestand van het kantoor (UTF-8, ;)")
    reading.add_argument("--manager", help="naam van de sociaal beheerder (gevraagd: de pincode)")
    reading.set_defaults(handler=run_import)
    listing = actions.add_parser("list", help="de betaalde vergoedingen van een jaar, met id")
    listing.add_argument("--year", type=int, help="het jaar (anders dit jaar)")
    listing.add_argument("--manager", help="naam van de sociaal beheerder (gevraagd: de pincode)")
    listing.add_argument("--json", action="store_true", help="als JSON")
    listing.set_defaults(handler=run_list)
    undo = actions.add_parser("reverse", help="een verkeerde vergoeding terugdraaien")
    undo.add_argument("payment_id", type=UUID, help="het id uit allowances list")
    undo.add_argument("--manager", help="naam van de sociaal beheerder (gevraagd: de pincode)")
    undo.set_defaults(handler=run_reverse)
    near = actions.add_parser("near", help="wie dicht bij een grens zit (80 %% of meer)")
    near.add_argument("--year", type=int, help="het jaar (anders dit jaar)")
    near.add_argument("--manager", help="naam van de sociaal beheerder (gevraagd: de pincode)")
    near.add_argument("--json", action="store_true", help="als JSON")
    near.set_defaults(handler=run_near)


def run_import(args: argparse.Namespace, folder: DataFolder) -> int:
    """Read the file and store every allowance in it, or none when a line is wrong."""
    from desk_app.services.volunteers.allowance_entry import import_allowances  # noqa: PLC0415

    text = _read(args.file)
    require_database(folder)
    desk = open_desk(folder)
    try:
        count = import_allowances(desk.uow, log_in_manager(desk.uow, args.manager), text)
    finally:
        desk.close()
    print(f"{count} vergoedingen ingelezen.")
    return EXIT_OK


def run_list(args: argparse.Namespace, folder: DataFolder) -> int:
    """The year's allowances paid with their ids, to find one to reverse."""
    from desk_app.services.volunteers.allowance_corrections import (  # noqa: PLC0415
        allowances_paid,
    )

    require_database(folder)
    desk = open_desk(folder)
    try:
        year = args.year or desk.uow.now().year
        rows = allowances_paid(desk.uow, log_in_manager(desk.uow, args.manager), year)
    finally:
        desk.close()
    if args.json:
        print(json.dumps([paid_json(row) for row in rows], indent=2, ensure_ascii=False))
    else:
        sys.stdout.write("".join(f"{paid_text(row)}\n" for row in rows))
    return EXIT_OK


def run_reverse(args: argparse.Namespace, folder: DataFolder) -> int:
    """Reverse one allowance paid by mistake."""
    from desk_app.services.volunteers.allowance_corrections import (  # noqa: PLC0415
        reverse_allowance,
    )

    require_database(folder)
    desk = open_desk(folder)
    try:
        reverse_allowance(desk.uow, log_in_manager(desk.uow, args.manager), args.payment_id)
    finally:
        desk.close()
    print("De vergoeding is teruggedraaid.")
    return EXIT_OK


def paid_json(row: AllowanceRow) -> dict[str, Any]:
    """One allowance paid: id, volunteer, month, cents, where it came from, reversed or not."""
    return {
        "id": str(row.payment_id),
        "name": row.name,
        "month": f"{row.month:%Y-%m}",
        "amount_cents": row.amount_cents,
        "source": row.source,
        "reversed": row.reversed,
    }


def paid_text(row: AllowanceRow) -> str:
    """One allowance paid as a line of text."""
    undone = "  teruggedraaid" if row.reversed else ""
    return (
        f"{row.payment_id}  {row.month:%Y-%m}  {row.name}  {format_cents(row.amount_cents)}{undone}"
    )


def run_near(args: argparse.Namespace, folder: DataFolder) -> int:
    """List the volunteers at 80 % of a limit or over it, closest first."""
    from desk_app.services.volunteers.allowance import near_limits  # noqa: PLC0415

    require_database(folder)
    desk = open_desk(folder)
    try:
        year = args.year or desk.uow.now().year
        near = near_limits(desk.uow, log_in_manager(desk.uow, args.manager), year)
    finally:
        desk.close()
    if args.json:
        print(json.dumps([near_json(line) for line in near], indent=2, ensure_ascii=False))
    else:
        sys.stdout.write("".join(f"{near_text(line)}\n" for line in near))
    return EXIT_OK


def near_json(line: AllowanceSum) -> dict[str, Any]:
    """One volunteer: the year's total and the limit they are closest to."""
    nearest = line.nearest()
    return {
        "person_id": str(line.person_id),
        "name": line.name,
        "total_cents": line.total_cents,
        "limit": nearest.kind.value,
        "used_cents": nearest.used_cents,
        "limit_cents": nearest.limit_cents,
    }


def near_text(line: AllowanceSum) -> str:
    """One volunteer as a line of text."""
    nearest = line.nearest()
    return (
        f"{line.name}  per {nearest.kind.value}: {format_cents(nearest.used_cents)} "
        f"van {format_cents(nearest.limit_cents)}"
    )


def _read(path: Path) -> str:
    try:
        return path.expanduser().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "Het bestand {file} kan niet worden gelezen."),
            file=str(path),
        ) from None
