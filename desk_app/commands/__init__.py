"""Subcommands of ``desk-app``: one module per area, each with a ``register`` function.

A module adds its parsers to the subcommands and sets ``handler`` on each: a function
``(args, folder) -> exit code``. Add each new subcommand to ``COMMANDS`` in ``cli.py``, which
imports a module only when one of its subcommands runs.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeAlias

from desk_app.errors import QT_TRANSLATE_NOOP, StorageError
from desk_app.paths import DataFolder

EXIT_OK, EXIT_FAILED, EXIT_REFUSED = 0, 1, 2

Handler = Callable[[argparse.Namespace, DataFolder], int]
Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def require_database(folder: DataFolder) -> None:
    """Refuse before touching anything when there is no database: reading never creates one."""
    if not folder.root.is_dir():
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "De gegevensmap {folder} bestaat niet. Kies de map van de balie met "
                "--data-dir of DESK_APP_HOME.",
            ),
            folder=str(folder.root),
        )
    if not folder.database.is_file():
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "In de gegevensmap {folder} staat geen database ({file}). Kies de map van de "
                "balie met --data-dir of DESK_APP_HOME.",
            ),
            folder=str(folder.root),
            file=folder.database.name,
        )


def require_output_file(path: Path) -> None:
    """Refuse before any work when ``path`` is a folder or its folder does not exist."""
    if path.expanduser().is_dir():
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{folder} is een map. Geef ook de naam van het bestand, bijvoorbeeld {example}.",
            ),
            folder=str(path),
            example=str(path / "rapport.pdf"),
        )
    require_output_folder(path)


def require_output_folder(path: Path) -> None:
    """Refuse before any work when the folder to write ``path`` into does not exist."""
    if not path.expanduser().absolute().parent.is_dir():
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "De map {folder} bestaat niet, dus {file} kan daar niet worden bewaard. "
                "Kies een bestaande map.",
            ),
            folder=str(path.expanduser().absolute().parent),
            file=path.name,
        )


def require_folder_for_files(folder: Path) -> None:
    """Refuse before any work when files cannot be written into ``folder`` (made if missing)."""
    target = folder.expanduser().absolute()
    if target.exists() and not target.is_dir():
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "{folder} is geen map. Kies een map voor de bestanden."),
            folder=str(folder),
        )
    require_output_folder(target)
    where = target if target.is_dir() else target.parent
    if not os.access(where, os.W_OK | os.X_OK):
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors", "In de map {folder} kan niets worden bewaard. Kies een andere map."
            ),
            folder=str(where),
        )


def write_output(path: Path, data: bytes) -> None:
    """Write a document the user asked for, or say in Dutch why it cannot be written."""
    require_output_file(path)
    try:
        path.expanduser().write_bytes(data)
    except OSError as error:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Het bestand {file} kan niet worden geschreven ({reason}). "
                "Is de map schrijfbaar en het bestand niet open in een ander programma?",
            ),
            file=str(path),
            reason=error.strerror or type(error).__name__,
        ) from error
