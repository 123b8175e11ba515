"""``desk-app central publish-ledger`` and ``central ledger-template``: the office's ledger mapping.

The file has the header ``slot;number;name;kind;rgs`` (commas work too) and one row for every
slot; ``ledger-template`` writes the defaults in that form to start from.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path

from desk_app.commands import EXIT_OK, Subcommands, write_output
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.paths import DataFolder

NOTE = "grootboekindeling"


def register(central_commands: Subcommands) -> None:
    """Add ``publish-ledger`` and ``ledger-template`` under ``central``."""
    publish = central_commands.add_parser(
        "publish-ledger",
        help="stuur de grootboekindeling (CSV: slot;number;name;kind;rgs) naar de buurthuizen",
    )
    publish.add_argument("file", type=Path, help="het CSV-bestand, zoals ledger-template het maakt")
    publish.add_argument("--central", required=True, help="adres van het kantoor")
    publish.add_argument("--centre", help="alleen voor dit buurthuis (code); anders voor alle")
    publish.set_defaults(handler=run_publish_ledger)
    template = central_commands.add_parser(
        "ledger-template", help="schrijf de standaard-grootboekindeling (RGS) als CSV"
    )
    template.add_argument("--out", type=Path, required=True, help="het CSV-bestand")
    template.set_defaults(handler=run_ledger_template)


def run_publish_ledger(args: argparse.Namespace, _folder: DataFolder) -> int:
    """Check the file whole, then publish it as the next master-data release."""
    from desk_app.central.releases import MasterItem, publish_release  # noqa: PLC0415 - rare
    from desk_app.services.books.ledger_file import read_ledger_csv  # noqa: PLC0415
    from desk_app.services.books.ledger_master import slot_key  # noqa: PLC0415

    try:
        data = args.file.expanduser().read_bytes()
    except OSError as error:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Het bestand {file} kan niet worden gelezen."),
            file=str(args.file),
        ) from error
    found = read_ledger_csv(data)
    now = datetime.now(UTC).isoformat()
    items = [
        MasterItem(
            "ledger_account",
            slot_key(slot),
            {
                "slot": slot,
                "number": account.number,
                "name": account.name,
                "kind": account.kind.value,
                "rgs": account.rgs,
                "created_at": now,
            },
        )
        for slot, account in found.items()
    ]
    number = publish_release(args.central, items, NOTE, args.centre)
    where = f"buurthuis {args.centre}" if args.centre else "alle buurthuizen"
    print(
        f"Grootboekindeling ({len(items)} velden) gepubliceerd als release {number} voor {where}."
    )
    return EXIT_OK


def run_ledger_template(args: argparse.Namespace, _folder: DataFolder) -> int:
    """Write the default mapping as the CSV the office edits."""
    from desk_app.services.books.ledger_master import ledger_csv  # noqa: PLC0415 - rare

    write_output(args.out, ledger_csv())
    return EXIT_OK
