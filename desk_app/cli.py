"""The ``desk-app`` command: no arguments opens the GUI, subcommands run the same services."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import date

from desk_app import __version__
from desk_app.bootstrap import open_desk
from desk_app.errors import DeskError
from desk_app.paths import DataFolder, resolve_data_folder

log = logging.getLogger(__name__)
EXIT_OK, EXIT_FAILED, EXIT_REFUSED = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; subcommands register themselves here."""
    parser = argparse.ArgumentParser(prog="desk-app", description="Balie-app voor buurthuizen.")
    parser.add_argument("--version", action="version", version=f"desk-app {__version__}")
    parser.add_argument("--data-dir", help="gegevensmap (anders DESK_APP_HOME of de standaardmap)")
    commands = parser.add_subparsers(dest="command", metavar="OPDRACHT")

    demo = commands.add_parser("demo", help="vul de database met een demo-buurthuis")
    demo.add_argument("--days", type=_days, default=365, help="aantal dagen geschiedenis (1-3660)")
    demo.add_argument("--seed", type=int, default=1, help="startgetal: zelfde getal, zelfde demo")
    demo.add_argument("--centre", default="De Meent", help="naam van het buurthuis")
    demo.add_argument("--end", type=date.fromisoformat, help="laatste demodag, JJJJ-MM-DD")
    demo.set_defaults(handler=_run_demo)

    doctor = commands.add_parser("doctor", help="controleer gegevensmap en database")
    doctor.set_defaults(handler=_run_doctor)
    return parser


def _days(text: str) -> int:
    days = int(text)
    if not 1 <= days <= 3660:
        raise argparse.ArgumentTypeError("kies 1 tot 3660 dagen")
    return days


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    args = build_parser().parse_args(argv)
    folder = resolve_data_folder(args.data_dir)
    handler: Callable[[argparse.Namespace, DataFolder], int] | None = getattr(args, "handler", None)
    try:
        if handler is None:
            return _run_gui(folder)
        return handler(args, folder)
    except DeskError as error:
        print(error.message, file=sys.stderr)
        return EXIT_REFUSED
    except Exception:
        log.exception("unexpected error in desk-app %s", args.command or "gui")
        print(
            f"Er ging iets onverwachts mis. De details staan in het logbestand in {folder.logs}.",
            file=sys.stderr,
        )
        return EXIT_FAILED


def _run_gui(folder: DataFolder) -> int:
    from desk_app.ui.app import run_gui  # noqa: PLC0415 - Qt loads only for the GUI

    return run_gui(folder)


def _run_demo(args: argparse.Namespace, folder: DataFolder) -> int:
    from desk_app.demo import DemoOptions, generate  # noqa: PLC0415
    from desk_app.services.centre import is_set_up  # noqa: PLC0415

    desk = open_desk(folder)
    try:
        if is_set_up(desk.uow):
            print(
                f"De gegevensmap {folder.root} bevat al een buurthuis; kies een lege map.",
                file=sys.stderr,
            )
            return EXIT_REFUSED
        options = DemoOptions(days=args.days, seed=args.seed, centre=args.centre)
        if args.end is not None:
            options = DemoOptions(days=args.days, seed=args.seed, centre=args.centre, end=args.end)
        made = generate(desk.uow, options)
    finally:
        desk.close()
    print(f"Demo-buurthuis {args.centre} gemaakt in {folder.root}:")
    for what, number in made.items():
        print(f"  {what}: {number}")
    return EXIT_OK


def _run_doctor(_args: argparse.Namespace, folder: DataFolder) -> int:
    from desk_app.services.doctor import examine, healthy  # noqa: PLC0415

    findings = examine(folder)
    for finding in findings:
        print(f"[{finding.status.value:>12}] {finding.label}: {finding.detail}")
        if finding.advice:
            print(f"{'':15}{finding.advice}")
    print("Alles in orde." if healthy(findings) else "Er is iets mis; zie de adviezen hierboven.")
    return EXIT_OK if healthy(findings) else EXIT_FAILED
