"""``backup``, ``restore`` and ``recover``: what a centre needs when no developer is near."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app.bootstrap import open_desk
from desk_app.commands import EXIT_OK, Subcommands, require_database, require_output_folder
from desk_app.commands.manager_login import ask_manager_pin, log_in_manager
from desk_app.logs import configure_logging
from desk_app.models.types import utc_now
from desk_app.paths import DataFolder

if TYPE_CHECKING:
    from desk_app.services.restore import ManagerPin
    from desk_app.services.restore_since import DoneAgain
    from desk_app.services.uow import UnitOfWork

MANAGER_HELP = "naam van de sociaal beheerder (als er meer zijn)"


def register(commands: Subcommands) -> None:
    """Add ``backup`` and ``restore``."""
    backup = commands.add_parser(
        "backup",
        help="maak nu een reservekopie (en ruim kopieën op die ouder zijn dan de bewaartijd)",
    )
    backup.add_argument(
        "--to",
        type=Path,
        help="map voor de kopie (anders de ingestelde map); vraagt de pincode van de sociaal "
        "beheerder",
    )
    backup.add_argument("--manager", help=MANAGER_HELP)
    backup.set_defaults(handler=run_backup)
    restore = commands.add_parser(
        "restore", help="zet een reservekopie terug (geweigerd zolang de app open is)"
    )
    restore.add_argument("file", type=Path, help="het bestand van de reservekopie")
    restore.add_argument("--manager", help=MANAGER_HELP)
    restore.set_defaults(handler=run_restore)
    recover = commands.add_parser(
        "recover",
        help="bouw de database van dit buurthuis opnieuw op uit de centrale database (nieuwe pc)",
    )
    recover.add_argument("--central", required=True, help="adres van de centrale database")
    recover.add_argument("--centre", help="de code van het buurthuis (bij een kantoorlogin)")
    recover.add_argument("--ca", type=Path, help="CA-certificaat van de organisatie (PEM)")
    recover.set_defaults(handler=run_recover)


def run_backup(args: argparse.Namespace, folder: DataFolder) -> int:
    """Take a backup now into ``--to`` or the configured folder, then prune old ones."""
    from desk_app.services import backups, exports, operations  # noqa: PLC0415 - when asked

    if args.to is not None:
        require_output_folder(args.to)  # the folder is made, a stick that is not there is not
    require_database(folder)  # a backup of nothing would hide a wrong data folder
    desk = open_desk(folder)
    try:
        settings = operations.load_operations(desk.uow)
        target = args.to if args.to is not None else settings.backup_path(folder)
        now = utc_now()
        if args.to is None:  # the folder the manager set: unattended, every night
            taken = backups.take_backup(desk.database, target, now)
        else:  # the whole database anywhere: the manager's, audited
            actor = log_in_manager(desk.uow, args.manager)
            taken = exports.backup_to(desk.uow, actor, desk.database, target, now)
        backups.prune_backups(target, settings.retention_days, now)
    finally:
        desk.close()
    print(f"Reservekopie gemaakt: {taken}")
    return EXIT_OK


def run_restore(args: argparse.Namespace, folder: DataFolder) -> int:
    """Put a backup back, signed with a manager's PIN; the current database is kept aside."""
    from desk_app.bootstrap import restore_backup  # noqa: PLC0415
    from desk_app.db.backup import require_file  # noqa: PLC0415
    from desk_app.services.restore import ManagerPin  # noqa: PLC0415

    def sign_in(uow: UnitOfWork, in_backup: bool) -> ManagerPin:
        if in_backup:
            print(
                "De database van de balie is beschadigd of er kan geen sociaal beheerder "
                "inloggen: log in met de pincode die gold toen de reservekopie werd gemaakt.",
                file=sys.stderr,
            )
        return ManagerPin(*ask_manager_pin(uow, args.manager))

    require_file(args.file)  # a mistyped file name leaves no data folder behind
    configure_logging(folder.logs)
    restored = restore_backup(folder, args.file, utc_now(), sign_in)
    print(f"Reservekopie {args.file} teruggezet in {folder.database}.")
    if restored.kept_aside is not None:
        print(f"De vorige database staat apart in {restored.kept_aside}.")
    if restored.central_checked:
        print(
            "Nieuwe bon-, factuur- en afsluitnummers volgen op de hoogste uit de centrale database."
        )
    else:
        print(
            "De nummers zijn niet bij de centrale database nagekeken (geen adres ingesteld of "
            "niet bereikt); synchroniseer vóór de eerste verkoop, dan volgen ze op de hoogste "
            "die het buurthuis al gebruikte."
        )
    print("De eerste synchronisatie haalt terug wat na de reservekopie centraal is bewaard.")
    if restored.since is not None:
        print("\n".join(done_again_lines(restored.since)))
    return EXIT_OK


def done_again_lines(done: DoneAgain) -> list[str]:
    """What the restore did again that the backup had undone, or could not check."""
    lines = []
    if not done.read:
        lines.append(
            "Let op: de vervangen database kon niet worden gelezen. Gegevens die na de "
            "reservekopie zijn gewist, pincodes die daarna zijn gewijzigd en de bon- en "
            "factuurnummers die ze gebruikte, zijn niet nagekeken: wis die gegevens opnieuw, "
            "geef zo nodig nieuwe pincodes en synchroniseer vóór de eerste verkoop."
        )
    if done.erased_passes or done.erased_signups:
        lines.append(
            f"Opnieuw gewist wat na de reservekopie was gewist: de gegevens van "
            f"{done.erased_passes} bezoekerspas(sen) en {done.erased_signups} naam/namen "
            "op aanmeldlijsten."
        )
    if done.void_pins:
        lines.append(
            f"De pincode van {', '.join(done.void_pins)} was na de reservekopie gewijzigd; "
            "de oude geldt niet meer. Geef een nieuwe pincode in Beheer › Accounts."
        )
    if done.old_pins_kept:
        lines.append(
            f"Let op: de oude pincode van {', '.join(done.old_pins_kept)} geldt weer (anders "
            "kon geen sociaal beheerder meer inloggen). Kies meteen een nieuwe."
        )
    return lines


def run_recover(args: argparse.Namespace, folder: DataFolder) -> int:
    """Build an empty data folder's database from the central database; ask the managers' PIN."""
    from desk_app.central.connect import with_ca  # noqa: PLC0415 - loaded only when asked
    from desk_app.services.desk_lock import Use  # noqa: PLC0415
    from desk_app.sync.rebuild import NOT_RECOVERED, rebuild, refuse_if_set_up  # noqa: PLC0415
    from desk_app.sync.service import save_central_url  # noqa: PLC0415

    url = with_ca(args.central, str(args.ca.expanduser().resolve())) if args.ca else args.central
    desk = open_desk(folder, Use.ALONE)  # fills the whole database: nothing runs beside it
    try:
        refuse_if_set_up(desk.uow)  # before asking anything
        pin = _new_manager_pin()
        rebuilt = rebuild(desk.uow, url, pin, args.centre)
        save_central_url(desk.uow, url, folder)
    finally:
        desk.close()
    print(
        f"Buurthuis {rebuilt.centre_code} hersteld in {folder.database}: "
        f"{rebuilt.rows} records uit de centrale database."
    )
    print(f"Inloggen met de nieuwe pincode: {', '.join(rebuilt.managers)}.")
    print(NOT_RECOVERED.message)
    print("Controleer de installatie met: desk-app doctor")
    return EXIT_OK


def _new_manager_pin() -> str:
    """The social managers' new PIN: asked twice at a terminal, else one line of input."""
    import getpass  # noqa: PLC0415
    import sys  # noqa: PLC0415

    from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput  # noqa: PLC0415

    if not sys.stdin.isatty():
        return sys.stdin.readline().strip()
    pin = getpass.getpass("Nieuwe pincode voor de sociaal beheerder(s): ")
    if getpass.getpass("Pincode nog een keer: ") != pin:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "De twee pincodes zijn niet gelijk."))
    return pin
