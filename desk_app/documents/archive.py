"""Where printed documents are kept: the data folder's reports, named by kind and time."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desk_app.formatting import to_local


def archive_document(folder: Path, kind: str, data: bytes, at: datetime) -> Path:
    """Write ``data`` as ``folder/kind-YYYYMMDD-HHMMSS.pdf`` (local time) and return the path."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = to_local(at).strftime("%Y%m%d-%H%M%S")
    path = folder / f"{kind}-{stamp}.pdf"
    number = 1
    while path.exists():
        number += 1
        path = folder / f"{kind}-{stamp}-{number}.pdf"
    partial = path.with_suffix(".partial")
    partial.write_bytes(data)
    partial.replace(path)
    return path
