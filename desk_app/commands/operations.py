"""``desk-app backup`` and ``desk-app restore``: what a centre needs when no developer is near."""

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
    return EXIT_OK
