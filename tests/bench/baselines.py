"""Bare baselines: a plain SQLite insert-and-commit, a bare Qt window start-up."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

BARE_WINDOW = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
"""


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


def process_seconds(code: str, *args: str) -> float:
    """Wall-clock seconds of a fresh Python process running ``code``."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True)
    return time.perf_counter() - start


def bare_window_seconds() -> float:
    """Start-up of a bare Qt window in a fresh process (best of three)."""
    return min(process_seconds(BARE_WINDOW) for _ in range(3))
