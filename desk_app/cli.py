"""The ``desk-app`` command: no arguments opens the GUI, subcommands run the same services."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from desk_app import __version__
from desk_app.commands import (
    EXIT_FAILED,
    EXIT_REFUSED,
    Handler,
    activities,
    allowances,
    bank,
    books,
    direct_debit,
    invoices,
    operations,
    prices,
    report,
    roster,
    setup,
    sync,
)
from desk_app.errors import DeskError
from desk_app.logs import configure_logging
from desk_app.paths import DataFolder, keep_files_private, resolve_data_folder

log = logging.getLogger(__name__)
COMMAND_MODULES: tuple[ModuleType, ...] = (
    setup,
    operations,
    sync,
    report,
    invoices,
    bank,
    books,
    direct_debit,
    prices,
    activities,
    roster,
    allowances,
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with every area's subcommands."""
    parser = argparse.ArgumentParser(prog="desk-app", description="Balie-app voor buurthuizen.")
    parser.add_argument("--version", action="version", version=f"desk-app {__version__}")
    parser.add_argument("--data-dir", help="gegevensmap (anders DESK_APP_HOME of de standaardmap)")
    commands = parser.add_subparsers(dest="command", metavar="OPDRACHT")
    for module in COMMAND_MODULES:
        module.register(commands)
    office = commands.add_parser("office", help="open het kantoor van de organisatie")
    office.add_argument("--central", help="adres van de kantoorlogin (anders het bewaarde adres)")
    office.add_argument("--ca", type=Path, help="CA-certificaat van de organisatie (PEM)")
    office.set_defaults(handler=_run_office)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    args = build_parser().parse_args(argv)
    keep_files_private()
    folder = resolve_data_folder(args.data_dir)
    handler: Handler | None = getattr(args, "handler", None)
    try:
        if handler is None:
            return _run_gui(folder)
        return handler(args, folder)
    except DeskError as error:
        print(error.message, file=sys.stderr)
        return EXIT_REFUSED
    except Exception:
        configure_logging(folder.logs)  # a command that never opened the folder logs here too
        log.exception("unexpected error in desk-app %s", args.command or "gui")
        print(
            f"Er ging iets onverwachts mis. De details staan in het logbestand in {folder.logs}.",
            file=sys.stderr,
        )
        return EXIT_FAILED


def _run_office(args: argparse.Namespace, folder: DataFolder) -> int:
    from desk_app.ui.office.app import run_office  # noqa: PLC0415 - Qt loads only for the GUI

    return run_office(folder, args.central, args.ca)


def _run_gui(folder: DataFolder) -> int:
    from desk_app.ui.app import run_gui  # noqa: PLC0415 - Qt loads only for the GUI

    return run_gui(folder)
