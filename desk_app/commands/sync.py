"""``desk-app central``, ``desk-app sync`` and what ``desk-app report facts`` runs."""

from __future__ import annotations

import argparse
import sys
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app.bootstrap import open_desk
from desk_app.commands import (
    EXIT_FAILED,
    EXIT_OK,
    Subcommands,
    central_status,
    ledger,
    prices,
    require_database,
)
from desk_app.commands.municipality import register_central as register_target_groups
from desk_app.paths import DataFolder

if TYPE_CHECKING:
    from desk_app.services.auth import Actor
    from desk_app.services.uow import UnitOfWork

CA_HELP = "CA-certificaat van de organisatie (PEM): het adres vraagt dan TLS met controle"


def register(commands: Subcommands) -> None:
    """Add ``central`` and ``sync`` (``report facts`` is added by the report commands)."""
    central = commands.add_parser("central", help="de centrale database van de organisatie")
    central_commands = central.add_subparsers(dest="central_command", required=True)
    init = central_commands.add_parser("init", help="maak of werk het centrale schema bij")
    init.add_argument("--central", required=True, help="adres: postgresql://gebruiker@host/db")
    init.set_defaults(handler=run_central_init)
    centre = central_commands.add_parser(
        "add-centre", help="registreer een buurthuis en maak zijn login (print het adres)"
    )
    centre.add_argument("code", help="de code van het buurthuis, bijvoorbeeld ALM")
    centre.add_argument("--central", required=True, help="adres van de eigenaar van het schema")
    centre.add_argument("--name", help="naam van het buurthuis")
    centre.add_argument("--municipality", help="de gemeente waaraan het buurthuis rapporteert")
    centre.add_argument("--ca", type=Path, help=CA_HELP)
    centre.set_defaults(handler=run_add_centre)
    office = central_commands.add_parser(
        "add-office", help="maak een login voor het kantoor (print het adres)"
    )
    office.add_argument("name", help="naam van de login, bijvoorbeeld kantoor")
    office.add_argument("--central", required=True, help="adres van de eigenaar van het schema")
    office.add_argument("--ca", type=Path, help=CA_HELP)
    office.set_defaults(handler=run_add_office)
    for name, handler, text in (
        ("conflicts", run_central_conflicts, "dubbele boekingen (zelfde zaal, overlappende tijd)"),
        ("errors", run_central_errors, "records die de centrale database weigerde"),
    ):
        listing = central_commands.add_parser(name, help=text)
        listing.add_argument("--central", required=True, help="adres van de centrale database")
        listing.add_argument("--centre", help="alleen dit buurthuis (code)")
        listing.add_argument("--json", action="store_true", help="als JSON")
        listing.set_defaults(handler=handler)
    payload = central_commands.add_parser(
        "payload", help="toon een wijziging zoals ze binnenkwam (en schrijf ze opnieuw)"
    )
    payload.add_argument("--central", required=True, help="adres van de centrale database")
    payload.add_argument("--centre", required=True, help="de code van het buurthuis")
    payload.add_argument("--epoch", required=True, type=uuid.UUID, help="de reeks (epoch)")
    payload.add_argument("--seq", required=True, type=int, help="het nummer van de wijziging")
    payload.add_argument(
        "--apply", action="store_true", help="schrijf de rij opnieuw zoals ze binnenkwam"
    )
    payload.set_defaults(handler=run_central_payload)
    central_status.register(central_commands)
    ledger.register(central_commands)
    register_target_groups(central_commands)
    prices.register_central(central_commands)
    sync = commands.add_parser("sync", help="stuur de gegevens naar de centrale database")
    sync.add_argument("--central", help="adres van de centrale database (anders de instelling)")
    sync.add_argument(
        "--batch", type=int, default=None, help="rijen per verzending (standaard 10.000)"
    )
    sync.add_argument(
        "--manager",
        help="naam van de sociaal beheerder die een ander --central-adres bevestigt "
        "(als er meer zijn)",
    )
    sync.set_defaults(handler=run_sync_command)


def run_central_init(args: argparse.Namespace, _folder: DataFolder) -> int:
    """Create or upgrade the central schema."""
    from desk_app.central.connect import without_password  # noqa: PLC0415 - loaded when asked
    from desk_app.central.migrate import init_central  # noqa: PLC0415

    before, after = init_central(args.central)
    where = without_password(args.central)
    if before == after:
        print(f"Centrale database {where} is al bij (schema {after}).")
    else:
        print(f"Centrale database {where} bijgewerkt: schema {before or 'leeg'} -> {after}.")
    return EXIT_OK


def run_add_centre(args: argparse.Namespace, _folder: DataFolder) -> int:
    """Register a centre; its connection URL (with password) is the only line on stdout."""
    from desk_app.central.logins import add_centre  # noqa: PLC0415 - loaded when asked

    print(add_centre(args.central, args.code, args.name, args.ca, args.municipality))
    return EXIT_OK


def run_add_office(args: argparse.Namespace, _folder: DataFolder) -> int:
    """Make an office login; its connection URL (with password) is the only line on stdout."""
    from desk_app.central.logins import add_office  # noqa: PLC0415 - loaded when asked

    print(add_office(args.central, args.name, args.ca))
    return EXIT_OK


def run_central_conflicts(args: argparse.Namespace, _folder: DataFolder) -> int:
    """List the double bookings in the central database."""
    from desk_app.commands.central_output import print_conflicts  # noqa: PLC0415

    return print_conflicts(args, sys.stdout)


def run_central_payload(args: argparse.Namespace, _folder: DataFolder) -> int:
    """Show one change as it arrived; with ``--apply`` write it again."""
    from desk_app.commands.central_output import print_payload  # noqa: PLC0415

    return print_payload(args, sys.stdout)


def run_central_errors(args: argparse.Namespace, _folder: DataFolder) -> int:
    """List the rows the central database refused."""
    from desk_app.commands.central_output import print_errors  # noqa: PLC0415

    return print_errors(args, sys.stdout)


def run_sync_command(args: argparse.Namespace, folder: DataFolder) -> int:
    """Push this centre's changes; print a short summary."""
    from desk_app.central.connect import without_password  # noqa: PLC0415
    from desk_app.services.operations import remember_central_url  # noqa: PLC0415
    from desk_app.sync.problems import known_conflicts  # noqa: PLC0415
    from desk_app.sync.service import run_sync  # noqa: PLC0415

    require_database(folder)  # a sync of a new, empty database would hide a wrong data folder
    desk = open_desk(folder)
    try:
        given = without_password(args.central) if args.central else None
        signer = _address_signer(desk.uow, given, args.manager)
        batch = None if args.batch is None else max(1, args.batch)  # None: the push's own
        result = run_sync(desk.uow, args.central, batch_size=batch)
        done = result.high_water >= result.target
        if given and done:  # a working address only replaces the stored one
            remember_central_url(desk.uow, given, folder, signer)
        conflicts = len(known_conflicts(desk.uow).conflicts)
    finally:
        desk.close()
    print(
        f"Synchronisatie klaar: {result.sent} records verzonden, {result.rejected} geweigerd, "
        f"{result.received} ontvangen; centraal bij nummer {result.high_water}."
    )
    if result.rejected:
        print(
            "Geweigerde records staan in de foutenlijst van de centrale database "
            "(desk-app central errors); een bon-, factuur- of afsluitnummer dat al gebruikt "
            "was in de conflictenlijst (desk-app central conflicts)."
        )
    if conflicts:
        print(
            f"Let op: {conflicts} dubbele boeking(en) in de centrale database; "
            "annuleer er één van elk paar (zie Beheer › Synchronisatielog en fouten)."
        )
    return EXIT_OK if done else EXIT_FAILED


def _address_signer(uow: UnitOfWork, given: str | None, manager: str | None) -> Actor | None:
    """The social manager who confirms another address than the stored one, before any use.

    The data goes to the address given, so a change is confirmed before the sync, not after.
    """
    from desk_app.commands.manager_login import log_in_manager  # noqa: PLC0415
    from desk_app.services.operations import central_url_change  # noqa: PLC0415

    if given is None or not central_url_change(uow, given):
        return None
    print(
        "Dit adres wijkt af van het bewaarde adres van de centrale database; een sociaal "
        "beheerder bevestigt de wijziging met haar pincode.",
        file=sys.stderr,
    )
    return log_in_manager(uow, manager)


def run_facts(args: argparse.Namespace, folder: DataFolder) -> int:
    """Print (and optionally write as PDF) the organisation's yearly facts."""
    from desk_app.commands.facts_output import print_facts  # noqa: PLC0415

    return print_facts(args, folder, sys.stdout)
