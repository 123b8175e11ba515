"""``desk-app direct-debit``: the month's open invoices of hirers with a mandate, as pain.008."""

from __future__ import annotations

import argparse
import getpass
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
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.formatting import format_cents
from desk_app.paths import DataFolder

if TYPE_CHECKING:
    from desk_app.services.auth import Actor
    from desk_app.services.rooms.direct_debit import DebitBatch
    from desk_app.services.uow import UnitOfWork


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
        actor = _log_in(desk.uow, args.person)
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


def _log_in(uow: UnitOfWork, name: str | None) -> Actor:
    """The manager named (or the only one) logs in with her PIN, like at the desk."""
    from desk_app.kinds import Role  # noqa: PLC0415
    from desk_app.services.auth import authenticate  # noqa: PLC0415
    from desk_app.services.people import desk_accounts  # noqa: PLC0415

    managers = [a for a in desk_accounts(uow) if a.role is Role.MANAGER]
    chosen = [a for a in managers if name is None or a.name.casefold() == name.casefold()]
    if len(chosen) != 1:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Noem de sociaal beheerder met --person, een van: {names}."
            ),
            names=", ".join(a.name for a in managers),
        )
    pin = getpass.getpass(f"Pincode van {chosen[0].name}: ")
    return authenticate(uow, chosen[0].person_id, pin)
