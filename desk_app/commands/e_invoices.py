"""``desk-app invoices ubl NUMBER --out FILE``: an organisation's invoice as a UBL e-invoice."""

from __future__ import annotations

import argparse
from pathlib import Path

from desk_app.bootstrap import open_desk
from desk_app.commands import (
    EXIT_OK,
    Subcommands,
    require_database,
    require_output_file,
    write_output,
)
from desk_app.paths import DataFolder


def register(actions: Subcommands) -> None:
    """Add ``ubl`` to the actions under ``invoices``."""
    ubl = actions.add_parser(
        "ubl", help="een factuur als e-factuur (UBL 2.1, SI-UBL 2.0) voor een organisatie"
    )
    ubl.add_argument("number", metavar="NUMMER", help="het factuurnummer, bijvoorbeeld MEE-000012")
    ubl.add_argument("--out", required=True, type=Path, help="het XML-bestand om te schrijven")
    ubl.set_defaults(handler=run_ubl)


def run_ubl(args: argparse.Namespace, folder: DataFolder) -> int:
    """Write the invoice's UBL to the file; refused for a hirer who takes no e-invoices."""
    from desk_app.documents.ubl import ubl_invoice  # noqa: PLC0415 - only this command needs it
    from desk_app.services.rooms.e_invoices import invoice_id_by_number  # noqa: PLC0415

    require_database(folder)
    require_output_file(args.out)
    desk = open_desk(folder)
    try:
        data = ubl_invoice(desk.uow, invoice_id_by_number(desk.uow, args.number))
    finally:
        desk.close()
    write_output(args.out, data)
    print(f"{args.number}: e-factuur geschreven naar {args.out}")
    return EXIT_OK
