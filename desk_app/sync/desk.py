"""What the desk's screens ask of the sync: run it, read its log and status, list problems.

The one entry the UI uses; the push, the pull and the central adapters stay behind it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desk_app.central.conflicts import ConflictSide
from desk_app.central.errors import SyncErrorRow
from desk_app.sync.problems import (
    CentralProblems,
    DeskConflict,
    KnownConflicts,
    fetch_problems,
    known_conflicts,
)
from desk_app.sync.service import SyncRunInfo, central_url, run_sync, sync_log, sync_status

if TYPE_CHECKING:
    # an annotation only: the push (psycopg, the central schema) loads when a sync runs
    from desk_app.sync.push import PushResult

__all__ = [
    "CentralProblems",
    "ConflictSide",
    "DeskConflict",
    "KnownConflicts",
    "PushResult",
    "SyncErrorRow",
    "SyncRunInfo",
    "central_url",
    "fetch_problems",
    "known_conflicts",
    "run_sync",
    "sync_log",
    "sync_status",
]
