"""``desk-app bank import FILE``: a CAMT.053 or MT940 statement booked, as text or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk_app.bootstrap import open_desk
from desk_app.commands import EXIT_OK, Subcommands, require_database
from desk_app.commands.manager_login import log_in_manager
from desk_app.errors import QT_TRANSLATE_NOOP, StorageError
from desk_app.formatting import format_cents
from desk_app.paths import DataFolder

if TYPE_CHECKING:
    from desk_app.services.rooms.bank_import import EntryResult, ImportResult


def register(commands: Subcommands) -> None:
    """Add ``bank import``."""
    bank = commands.add_parser("bank", help="bankafschriften")
    actions = bank.add_subparsers(dest="bank_command", required=True)
    reading = actions.add_parser(
        "import", help="een bankafschrift (CAMT.053 of MT940) inlezen: betaalde facturen boeken"
    )
    reading.add_argument("file", type=Path, help="het afschrift (XML) zoals de bank het geeft")
    reading.add_argument("--manager", help="naam van de sociaal beheerder (gevraagd: de pincode)")
    reading.add_argument("--json", action="store_true", help="als JSON")
    reading.set_defaults(handler=run_import)


def run_import(args: argparse.Namespace, folder: DataFolder) -> int:
    """Read the file, log the manager in with her PIN and book what the statement proves."""
    from desk_app.services.rooms.bank_import import import_statement  # noqa: PLC0415

    data = _read(args.file)
    require_database(folder)
    desk = open_desk(folder)
    try:
        result = import_statement(desk.uow, log_in_manager(desk.uow, args.manager), data)
    finally:
        desk.close()
    if args.json:
        print(json.dumps(result_json(result), indent=2, ensure_ascii=False))
    else:
        sys.stdout.write("".join(f"{entry_text(row)}\n" for row in result.entries))
    return EXIT_OK


def result_json(result: ImportResult) -> dict[str, Any]:
    """``matched`` (booked now) and ``unmatched`` (left, with suggestions) and the rest."""
    from desk_app.services.rooms.bank_import import Outcome  # noqa: PLC0415

    return {
        "statement": result.statement_id,
        "matched": [entry_json(row) for row in result.matched],
        "unmatched": [entry_json(row) for row in result.unmatched],
        "already_booked": [
            entry_json(row) for row in result.entries if row.outcome is Outcome.ALREADY
        ],
    }


def entry_json(row: EntryResult) -> dict[str, Any]:
    """One entry: cents negative for a returned debit, the invoice when it was placed."""
    entry = row.entry
    found: dict[str, Any] = {
        "entry": entry.key,
        "booked_on": entry.booked_on.isoformat(),
        "amount_cents": entry.amount_cents if entry.credit else -entry.amount_cents,
        "counterparty": entry.counterparty,
        "match": row.outcome.value,
    }
    if row.invoice:
        found["invoice"] = row.invoice
    if row.suggestions:
        found["suggestions"] = [suggestion.number for suggestion in row.suggestions]
    return found


def entry_text(row: EntryResult) -> str:
    """One entry as a line of text."""
    entry = row.entry
    sign = "" if entry.credit else "-"
    placed = row.invoice or ", ".join(s.number for s in row.suggestions) or "-"
    return (
        f"{entry.booked_on:%d-%m-%Y}  {sign}{format_cents(entry.amount_cents)}  "
        f"{entry.counterparty}  {row.outcome.value}  {placed}"
    )


def _read(path: Path) -> bytes:
    try:
        return path.expanduser().read_bytes()
    except OSError:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "Het bestand {file} kan niet worden gelezen."),
            file=str(path),
        ) from None
