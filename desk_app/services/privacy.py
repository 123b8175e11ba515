"""Whether the data folder is for the desk's user only, and making it so (``doctor --fix``)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

OTHERS = 0o077  # the group's and everyone else's permission bits


def open_to_others(root: Path) -> list[Path]:
    """``root`` and everything in it that other users of this computer may read or enter.

    Linux and macOS only: on Windows the per-user data folder is private already, and the
    permission bits Python reports there say nothing about other users.
    """
    if os.name != "posix" or not root.is_dir():
        return []
    return [path for path in _tree(root) if stat.S_IMODE(path.lstat().st_mode) & OTHERS]


def make_private(root: Path) -> list[Path]:
    """Take the group's and others' permissions off ``root`` and its contents; return those."""
    exposed = open_to_others(root)
    for path in exposed:
        path.chmod(stat.S_IMODE(path.lstat().st_mode) & ~OTHERS)
    return exposed


def _tree(root: Path) -> list[Path]:
    """``root`` and its folders and files; symbolic links are neither listed nor followed."""
    found = [root]
    for folder, folders, files in os.walk(root):
        for name in (*folders, *files):
            path = Path(folder) / name
            if not path.is_symlink():
                found.append(path)
    return found
