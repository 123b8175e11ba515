"""The ``desk-app`` command: no arguments opens the GUI, subcommands run the same services."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from collections.abc import Sequence
from importlib import import_module
from pathlib import Path
from types import ModuleType

from desk_app import __version__
from desk_app.commands import EXIT_FAILED, EXIT_REFUSED, Handler
from desk_app.errors import DeskError
from desk_app.logs import configure_logging
from desk_app.paths import DataFolder, keep_files_private, resolve_data_folder

log = logging.getLogger(__name__)
# Each subcommand and the module of desk_app.commands that registers it. A module (with the
# services and libraries it pulls in) is imported only when one of its subcommands runs, or
# for the list of all of them (--help, a mistyped name); the GUI imports none.
# tests/unit/test_cli_commands.py fails when this table and the modules disagree.
COMMANDS: dict[str, str] = {
    "demo": "setup",
    "doctor": "setup",
    "backup": "operations",
    "restore": "operations",
    "recover": "operations",
    "central": "sync",
    "sync": "sync",
    "report": "report",
    "invoices": "invoices",
    "bank": "bank",
    "export": "books",
    "direct-debit": "direct_debit",
    "prices": "prices",
    "activities": "activities",
    "roster": "roster",
    "allowances": "allowances",
}
OFFICE = "office"  # the office's window: wired here, as it needs no command module


def command_module(name: str) -> ModuleType:
    """The module of desk_app.commands called ``name``, imported now if it was not yet."""
    return import_module(f"desk_app.commands.{name}")


def needed_modules(argv: Sequence[str]) -> list[str]:
    """The command modules ``argv`` needs: its subcommand's, none for the GUI, all for --help.

    A mistyped subcommand also gets all, so argparse lists the right names.
    """
    top = argparse.ArgumentParser(add_help=False)
    top.add_argument("--data-dir")
    top.add_argument("rest", nargs=argparse.REMAINDER)
    known, options = top.parse_known_args(argv)
    rest: list[str] = known.rest
    if rest and rest[0] in COMMANDS:
        return [COMMANDS[rest[0]]]
    if (rest and rest[0] == OFFICE) or not (rest or {"-h", "--help"} & set(options)):
        return []
    return list(dict.fromkeys(COMMANDS.values()))


def build_parser(modules: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser with the subcommands of ``modules`` (all when not given)."""
    parser = argparse.ArgumentParser(prog="desk-app", description="Balie-app voor buurthuizen.")
    parser.add_argument("--version", action="version", version=f"desk-app {__version__}")
    parser.add_argument("--data-dir", help="gegevensmap (anders DESK_APP_HOME of de standaardmap)")
    commands = parser.add_subparsers(dest="command", metavar="OPDRACHT")
    for name in dict.fromkeys(COMMANDS.values()) if modules is None else modules:
        command_module(name).register(commands)
    office = commands.add_parser(OFFICE, help="open het kantoor van de organisatie")
    office.add_argument("--central", help="adres van de kantoorlogin (anders het bewaarde adres)")
    office.add_argument("--ca", type=Path, help="CA-certificaat van de organisatie (PEM)")
    office.set_defaults(handler=_run_office)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(needed_modules(arguments)).parse_args(arguments)
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
    except (KeyboardInterrupt, EOFError):  # Ctrl-C, or no PIN to read: stopped, not broken
        print("\nAfgebroken.", file=sys.stderr)
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
    # Start-up builds what lives as long as the process (modules, classes, the window): the
    # cyclic collector waits until the window is shown, when ui.app.settle_start_up
    # freezes all of it, so no collection walks it again, during the day or at exit.
    gc.disable()
    try:
        # The core before Qt: SQLAlchemy and the models loaded after PySide6 raised the
        # desk's peak memory at start by 17 MiB (129 against 147 MiB on a year's demo centre).
        import desk_app.bootstrap  # noqa: F401, PLC0415
        from desk_app.ui.app import run_gui  # noqa: PLC0415 - Qt loads only for the GUI

        return run_gui(folder)
    finally:
        gc.enable()  # the GUI collected on its own timer; what runs after it collects as usual
