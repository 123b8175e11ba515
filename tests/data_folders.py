"""Data folders for tests: a private folder with a copy of the migrated empty database."""

from __future__ import annotations

import shutil
from pathlib import Path

from desk_app.paths import DataFolder


def new_data_folder(root: Path, migrated_database: Path) -> DataFolder:
    """A private data folder at ``root`` holding a copy of the migrated empty database."""
    folder = DataFolder(root)
    folder.root.mkdir(mode=0o700, parents=True)
    shutil.copy2(migrated_database, folder.database)
    return folder
