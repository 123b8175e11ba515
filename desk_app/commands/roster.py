"""``desk-app roster --week YYYY-Www``: the week's shifts and its gaps, as text or JSON."""

from __future__ import annotations

import argparse
import json
import sys

from desk_app.bootstrap import open_desk
from desk_app.commands import EXIT_OK, Subcommands, require_database
from desk_app.paths import DataFolder


def register(commands: Subcommands) -> None:
    """Add ``roster``."""
    roster = commands.add_parser(
        "roster", help="het vrijwilligersrooster van een week met de gaten"
    )
    roster.add_argument("--week", required=True, help="de week, JJJJ-Www, bijvoorbeeld 2026-W10")
    roster.add_argument("--json", action="store_true", help="als JSON")
    roster.set_defaults(handler=run_roster)


def run_roster(args: argparse.Namespace, folder: DataFolder) -> int:
    """Print the week's roster and gaps."""
    from desk_app.commands.roster_output import roster_json, roster_text  # noqa: PLC0415
    from desk_app.services.volunteers.roster import week_monday  # noqa: PLC0415
    from desk_app.services.volunteers.roster_gaps import roster_week  # noqa: PLC0415

    monday = week_monday(args.week)
    require_database(folder)
    desk = open_desk(folder)
    try:
        week = roster_week(desk.uow, monday)
    finally:
        desk.close()
    if args.json:
        print(json.dumps(roster_json(week), indent=2, ensure_ascii=False))
    else:
        sys.stdout.write(roster_text(week))
    return EXIT_OK
