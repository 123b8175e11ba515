"""``desk-app central status``: per centre the last sync, changes received and open signals."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TextIO

from desk_app.commands import EXIT_FAILED, EXIT_OK, Subcommands
from desk_app.formatting import format_local
from desk_app.paths import DataFolder

if TYPE_CHECKING:
    from desk_app.services.office.signals import CentreSync, OfficeSignals


def register(central_commands: Subcommands) -> None:
    """Add ``status`` to the ``central`` group."""
    status = central_commands.add_parser(
        "status", help="per buurthuis de laatste synchronisatie en de open signalen"
    )
    status.add_argument("--central", required=True, help="adres van de centrale database")
    status.add_argument("--json", action="store_true", help="als JSON")
    status.set_defaults(handler=run_central_status)


def run_central_status(args: argparse.Namespace, _folder: DataFolder) -> int:
    """Print every centre's sync and the open signals; exit 1 while any signal is open."""
    from desk_app.services.office.signals import office_signals  # noqa: PLC0415 - when asked

    found = office_signals(args.central, None, datetime.now(UTC))
    if args.json:
        sys.stdout.write(json.dumps(status_json(found), indent=2, ensure_ascii=False) + "\n")
    else:
        print_status(found, sys.stdout)
    return EXIT_FAILED if found.signals else EXIT_OK


def status_json(found: OfficeSignals) -> dict[str, Any]:
    """Plain JSON values: the centres and the signals with their Dutch texts."""
    return {
        "checked_at": found.checked_at.isoformat(),
        "centres": [_centre_json(centre, found) for centre in found.centres],
        "signals": [
            {
                "kind": signal.kind.name.lower(),
                "centre_code": signal.centre_code,
                "at": None if signal.at is None else signal.at.isoformat(),
                "what": signal.what.message,
                "advice": signal.advice.message,
            }
            for signal in found.signals
        ],
    }


def _centre_json(centre: CentreSync, found: OfficeSignals) -> dict[str, Any]:
    return {
        "code": centre.code,
        "name": centre.name,
        "last_sync": _moment(centre.last_sync),
        "rows_received": centre.rows_received,
        "stale": centre.stale(found.checked_at),
        "last_contact": _moment(centre.last_contact),
        "last_ok": centre.last_ok,
        "last_message": "" if centre.last_message is None else centre.last_message.message,
        "open_signals": found.open_for(centre.code),
    }


def _moment(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def print_status(found: OfficeSignals, out: TextIO) -> None:
    """One line per centre, then each signal with what to do."""
    if not found.centres:
        out.write("Nog geen buurthuizen in de centrale database.\n")
    for centre in found.centres:
        last = "nooit" if centre.last_sync is None else format_local(centre.last_sync)
        flag = "  NIET GESYNCHRONISEERD" if centre.stale(found.checked_at) else ""
        out.write(
            f"{centre.code:6} {centre.name:20} laatste synchronisatie {last}, "
            f"{centre.rows_received} wijziging(en) ontvangen, "
            f"{found.open_for(centre.code)} signaal/signalen open{flag}\n"
        )
        if centre.last_contact is not None and centre.last_message is not None:
            word = "gelukt" if centre.last_ok else "MISLUKT"
            out.write(
                f"       laatste contact {format_local(centre.last_contact)} ({word}): "
                f"{centre.last_message.message}\n"
            )
    if not found.signals:
        out.write("Geen open signalen.\n")
        return
    out.write(f"{len(found.signals)} open signaal/signalen:\n")
    for signal in found.signals:
        out.write(f"{signal.centre_code:6} {signal.kind.label}: {signal.what.message}\n")
        out.write(f"       Wat te doen: {signal.advice.message}\n")
