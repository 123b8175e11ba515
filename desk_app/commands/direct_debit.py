"""``desk-app direct-debit``: the month's open invoices of hirers with a mandate, as pain.008."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app.bootstrap import open_desk
from desk_app.commands import (
    EXIT_OK,
    Subcommands,
    require_database,
    require_output_file,
    write_output,
)
from desk_app.commands.manager_login import log_in_manager
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.formatting import format_cents
from desk_app.paths import DataFolder

if TYPE_CHECKING:
    from desk_app.services.rooms.direct_debit import DebitBatch


def register(commands: Subcommands) -> None:
    """Add ``direct-debit``."""
    run = commands.add_parser(
        "direct-debit",
        help="incassobestand (pain.008) voor de open facturen van een maand van huurders met "
        "een machtiging",
    )
    run.add_argument("--month", required=True, help="de maand van de facturen, jjjj-mm")
    run.add_argument("--out", required=True, type=Path, help="het incassobestand (.xml)")
    run.add_argument("--collect-on", help="incassodatum jjjj-mm-dd (anders de eerst mogelijke)")
    run.add_argument("--person", help="naam van de sociaal beheerder (anders de enige)")
    run.set_defaults(handler=run_direct_debit)


def run_direct_debit(args: argparse.Namespace, folder: DataFolder) -> int:
    """Log the manager in with her PIN, record the collections and write the file."""
    from desk_app.documents.direct_debit_xml import pain008_xml  # noqa: PLC0415
    from desk_app.services.rooms.direct_debit import make_direct_debit, month_start  # noqa: PLC0415

    month = month_start(args.month)
    collect_on = _day(args.collect_on)
    require_database(folder)
    require_output_file(args.out)
    desk = open_desk(folder)
    try:
        actor = log_in_manager(desk.uow, args.person, "--person")
        batch = make_direct_debit(
            desk.uow,
            actor,
            month,
            lambda made: write_output(args.out, pain008_xml(made)),
            collect_on,
        )
    finally:
        desk.close()
    print(summary(batch, args.out))
    return EXIT_OK


def summary(batch: DebitBatch, out: Path) -> str:
    """What went into the file, and what was left out."""
    lines = [
        f"{item.invoice_number}  {item.hirer_name}  {format_cents(item.amount_cents)}  "
        f"{item.sequence}  {item.mandate_reference}"
        for item in batch.items
    ]
    lines.append(
        f"{len(batch.items)} facturen, {format_cents(batch.total_cents)}, "
        f"incassodatum {batch.collect_on:%d-%m-%Y}: {out}"
    )
    if batch.skipped_without_mandate:
        lines.append(f"Zonder machtiging overgeslagen: {batch.skipped_without_mandate}")
    if batch.skipped_collected:
        lines.append(f"Al eerder geïncasseerd: {batch.skipped_collected}")
    return "\n".join(lines)


def _day(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Geef de incassodatum als jjjj-mm-dd, bijvoorbeeld 2026-12-07."
            )
        ) from error
