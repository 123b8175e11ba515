"""``backup``, ``restore`` and ``recover``: what a centre needs when no developer is near."""

from __future__ import annotations

import argparse
from pathlib import Path

from desk_app.bootstrap import open_desk
from desk_app.commands import EXIT_OK, Subcommands, require_database, require_output_folder
from desk_app.logs import configure_logging
from desk_app.models.types import utc_now
from desk_app.paths import DataFolder


def register(commands: Subcommands) -> None:
    """Add ``backup`` and ``restore``."""
    backup = commands.add_parser(
        "backup",
        help="maak nu een reservekopie (en ruim kopieën op die ouder zijn dan de bewaartijd)",
    )
    backup.add_argument("--to", type=Path, help="map voor de kopie (anders de ingestelde map)")
    backup.set_defaults(handler=run_backup)
    restore = commands.add_parser(
        "restore", help="zet een reservekopie terug (geweigerd zolang de app open is)"
    )
    restore.add_argument("file", type=Path, help="het bestand van de reservekopie")
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
    from desk_app.services import backups, operations  # noqa: PLC0415 - loaded only when asked

    if args.to is not None:
        require_output_folder(args.to)  # the folder is made, a stick that is not there is not
    require_database(folder)  # a backup of nothing would hide a wrong data folder
    desk = open_desk(folder)
    try:
        settings = operations.load_operations(desk.uow)
        target = args.to if args.to is not None else settings.backup_path(folder)
        now = utc_now()
        taken = backups.take_backup(desk.database, target, now)
        backups.prune_backups(target, settings.retention_days, now)
    finally:
        desk.close()
    print(f"Reservekopie gemaakt: {taken}")
    return EXIT_OK


def run_restore(args: argparse.Namespace, folder: DataFolder) -> int:
    """Put a backup back; the current database is kept aside, never deleted."""
    from desk_app.bootstrap import restore_backup  # noqa: PLC0415
    from desk_app.db.backup import require_file  # noqa: PLC0415

    require_file(args.file)  # a mistyped file name leaves no data folder behind
    configure_logging(folder.logs)
    restored = restore_backup(folder, args.file, utc_now())
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
    return EXIT_OK


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
