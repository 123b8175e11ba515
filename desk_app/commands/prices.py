"""``desk-app prices`` (the prices in force at this desk) and ``desk-app central publish``."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from desk_app.bootstrap import open_desk
from desk_app.commands import EXIT_OK, Subcommands, require_database
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.formatting import format_cents, to_local
from desk_app.models.types import utc_now
from desk_app.paths import DataFolder

if TYPE_CHECKING:
    from desk_app.services.till.pricing import ProductRow


def register(commands: Subcommands) -> None:
    """Add ``prices``."""
    prices = commands.add_parser("prices", help="de prijzen die vandaag aan deze bar gelden")
    prices.add_argument("--json", action="store_true", help="als JSON")
    prices.set_defaults(handler=run_prices)


def register_central(central_commands: Subcommands) -> None:
    """Add ``central publish`` to the central subcommands."""
    publish = central_commands.add_parser(
        "publish",
        help="publiceer prijzen of zaaltarieven (CSV) aan de buurthuizen",
        description=(
            "Prijzen (--kind prices): kolommen name,category,price,vat,from; btw 0, 9 of 21. "
            "Zaaltarieven (--kind tariffs): kolommen room,tariff_class,part_of_day,hour,vat,from; "
            "tariff_class social of commercial, bedragen zonder btw, btw 0, 9 of 21. "
            "Een bedrag met komma of punt; een lege from is de dag van --from. "
            "Eén foute regel: er wordt niets gepubliceerd."
        ),
    )
    publish.add_argument("file", type=Path, help="het CSV-bestand")
    publish.add_argument(
        "--kind", choices=("prices", "tariffs"), default="prices", help="prijzen of zaaltarieven"
    )
    publish.add_argument("--central", required=True, help="adres van de kantoorlogin")
    publish.add_argument("--centre", help="alleen voor dit buurthuis (code); anders voor alle")
    publish.add_argument("--from", dest="start", help="ingangsdatum JJJJ-MM-DD (anders vandaag)")
    publish.add_argument("--note", default="", help="een korte omschrijving van de release")
    publish.set_defaults(handler=run_publish)


def run_prices(args: argparse.Namespace, folder: DataFolder) -> int:
    """Print the products this desk's till sells today, as text or JSON."""
    from desk_app.services.till.pricing import price_list, sellable  # noqa: PLC0415

    require_database(folder)
    desk = open_desk(folder)
    try:
        today = to_local(desk.uow.now()).date()
        rows = [row for row in price_list(desk.uow) if sellable(row, today)]
    finally:
        desk.close()
    _write_prices(rows, args.json, sys.stdout)
    return EXIT_OK


def _write_prices(rows: list[ProductRow], as_json: bool, out: TextIO) -> None:
    if as_json:
        listed = [
            {
                "name": row.name,
                "category": row.category,
                "price_cents": row.price_cents,
                "vat_rate": row.vat_rate,
                "valid_from": row.valid_from.isoformat(),
            }
            for row in rows
        ]
        out.write(json.dumps(listed, indent=2, ensure_ascii=False) + "\n")
        return
    for row in rows:
        out.write(
            f"{row.category:<20} {row.name:<28} {format_cents(row.price_cents):>10}  "
            f"btw {row.vat_rate:>2}%  vanaf {row.valid_from.isoformat()}\n"
        )


def run_publish(args: argparse.Namespace, _folder: DataFolder) -> int:
    """Read the whole CSV, refuse it on one bad row, else publish it as one release."""
    from desk_app.services.office import price_csv, releases  # noqa: PLC0415 - psycopg

    start = _day(args.start) if args.start else to_local(utc_now()).date()
    text = _read_text(args.file)
    centre = args.centre.strip().upper() if args.centre else None
    if args.kind == "tariffs":
        tariffs = price_csv.read_tariff_csv(text, start)
        number = releases.publish_tariffs(
            args.central, tariffs, takes_effect=start, centre_code=centre, note=args.note
        )
        count = len(tariffs)
    else:
        lines = price_csv.read_price_csv(text, start)
        number = releases.publish_prices(
            args.central, lines, takes_effect=start, centre_code=centre, note=args.note
        )
        count = len(lines)
    whom = f"buurthuis {centre}" if centre else "alle buurthuizen"
    print(f"Release {number} gepubliceerd voor {whom}: {count} regels, vanaf {start}.")
    return EXIT_OK


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Geef de datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-02.")
        ) from None


def _read_text(path: Path) -> str:
    try:
        return path.expanduser().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Het bestand {file} kan niet worden gelezen."),
            file=str(path),
        ) from error
