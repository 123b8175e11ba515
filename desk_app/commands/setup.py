"""``desk-app demo`` and ``desk-app doctor``: a demo centre, and a health check."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from desk_app.bootstrap import open_desk
from desk_app.commands import EXIT_FAILED, EXIT_OK, EXIT_REFUSED, Subcommands
from desk_app.paths import DataFolder
from desk_app.services.desk_lock import Use


def register(commands: Subcommands) -> None:
    """Add ``demo`` and ``doctor``."""
    demo = commands.add_parser("demo", help="vul de database met een demo-buurthuis")
    demo.add_argument("--days", type=_days, default=365, help="aantal dagen geschiedenis (1-3660)")
    demo.add_argument("--seed", type=int, default=1, help="startgetal: zelfde getal, zelfde demo")
    demo.add_argument("--centre", default="De Meent", help="naam van het buurthuis")
    demo.add_argument("--end", type=date.fromisoformat, help="laatste demodag, JJJJ-MM-DD")
    demo.set_defaults(handler=run_demo)
    doctor = commands.add_parser("doctor", help="controleer gegevensmap en database")
    doctor.add_argument(
        "--fix", action="store_true", help="maak de gegevensmap alleen leesbaar voor deze gebruiker"
    )
    doctor.set_defaults(handler=run_doctor)


def _days(text: str) -> int:
    days = int(text)
    if not 1 <= days <= 3660:
        raise argparse.ArgumentTypeError("kies 1 tot 3660 dagen")
    return days


def run_demo(args: argparse.Namespace, folder: DataFolder) -> int:
    """Fill an empty data folder with the seeded demo centre."""
    from desk_app.demo import DemoOptions, generate  # noqa: PLC0415 - loaded only when asked
    from desk_app.services.centre import is_set_up  # noqa: PLC0415

    desk = open_desk(folder, Use.ALONE)  # fills the database: nothing may run beside it
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


def run_doctor(args: argparse.Namespace, folder: DataFolder) -> int:
    """Check the installation from the outside and print advice; ``--fix`` makes it private."""
    from desk_app.services.doctor import examine, healthy  # noqa: PLC0415
    from desk_app.services.privacy import make_private  # noqa: PLC0415

    if args.fix and (fixed := make_private(folder.root)):
        print(f"Alleen nog leesbaar voor deze gebruiker: {len(fixed)} bestand(en) en map(pen).")
    findings = examine(folder)
    for finding in findings:
        print(f"[{finding.status.value:>12}] {finding.label}: {finding.detail}")
        if finding.advice:
            print(f"{'':15}{finding.advice}")
    print("Alles in orde." if healthy(findings) else "Er is iets mis; zie de adviezen hierboven.")
    return EXIT_OK if healthy(findings) else EXIT_FAILED
