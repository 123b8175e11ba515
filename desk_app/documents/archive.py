"""Where printed documents are kept: the data folder's reports, named by kind and time."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desk_app.formatting import to_local
from desk_app.paths import create_private_file, create_private_folder


def archive_document(folder: Path, kind: str, data: bytes, at: datetime) -> Path:
    """Write ``data`` as ``folder/kind-YYYYMMDD-HHMMSS.pdf`` (local time) and return the path."""
    create_private_folder(folder)
    stamp = to_local(at).strftime("%Y%m%d-%H%M%S")
    path = folder / f"{kind}-{stamp}.pdf"
    number = 1
    while path.exists():
        number += 1
        path = folder / f"{kind}-{stamp}-{number}.pdf"
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    create_private_file(partial).write_bytes(data)
    partial.replace(path)
    return path
