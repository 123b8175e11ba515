"""Database triggers that make fact tables append-only below the ORM too."""

from __future__ import annotations


def append_only_triggers(table: str) -> list[str]:
    """SQL that makes SQLite abort any UPDATE or DELETE on ``table``."""
    return [
        f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
        f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
        for verb in ("UPDATE", "DELETE")
    ]


def drop_append_only_triggers(table: str) -> list[str]:
    """SQL that removes the triggers made by :func:`append_only_triggers`."""
    return [f"DROP TRIGGER IF EXISTS {table}_no_{verb}" for verb in ("update", "delete")]
