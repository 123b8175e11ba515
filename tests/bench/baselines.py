"""Bare baselines: a plain SQLite insert-and-commit (the bare window: ``startup.py``)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path


def sqlite_commits_per_second(folder: Path, count: int = 400) -> float:
    """Single-row insert-and-commit transactions per second at the app's durability (WAL, FULL)."""
    connection = sqlite3.connect(folder / "baseline.sqlite3", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE row (id TEXT PRIMARY KEY, centre TEXT, at TEXT)")
    start = time.perf_counter()
    for number in range(count):
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO row VALUES (?, 'MEE', '2026-01-01')", (f"{number:032x}",))
        connection.execute("COMMIT")
    elapsed = time.perf_counter() - start
    connection.close()
    return count / elapsed
