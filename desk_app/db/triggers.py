"""Database triggers: append-only facts, and the change log written by SQLite itself.

The change log is filled by triggers, so every insert or update of a synced row is logged
in the same transaction whoever writes it: the ORM, a bulk insert or plain SQL.
"""

from __future__ import annotations

from collections.abc import Sequence

# SQLite's 'now' with microsecond digits, in the layout the UTC column type reads back.
_NOW = "strftime('%Y-%m-%d %H:%M:%f000', 'now')"


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


def change_log_triggers(table: str, synced_columns: Sequence[str] | None = None) -> list[str]:
    """SQL that logs each insert, and each update of ``synced_columns`` (all when None)."""
    watched = f" OF {', '.join(synced_columns)}" if synced_columns else ""
    return [
        f"CREATE TRIGGER {table}_log_{operation} AFTER {event} ON {table} BEGIN "  # noqa: S608 - names come from migrations, never from input
        f"INSERT INTO change_log (table_name, row_id, operation, created_at) "
        f"VALUES ('{table}', NEW.id, '{operation}', {_NOW}); END"
        for operation, event in (("insert", "INSERT"), ("update", f"UPDATE{watched}"))
    ]


def drop_change_log_triggers(table: str) -> list[str]:
    """SQL that removes the triggers made by :func:`change_log_triggers`."""
    return [f"DROP TRIGGER IF EXISTS {table}_log_{operation}" for operation in ("insert", "update")]


def no_overlap_triggers(table: str, group: str, live: str) -> list[str]:
    """SQL that makes SQLite abort a live row whose span overlaps another live row of its group.

    Spans are half-open ``[starts_at, ends_at)``; ``live`` is a condition on a row (``{row}``
    stands for its alias), so cancelled rows step aside. Writers serialise on BEGIN IMMEDIATE,
    so the check holds under concurrent writers as well.
    """
    # Table and column names come from migrations, never from input.
    clash = (
        f"EXISTS (SELECT 1 FROM {table} AS other WHERE other.{group} = NEW.{group} "  # noqa: S608
        f"AND other.id <> NEW.id AND {live.format(row='other')} "
        "AND other.starts_at < NEW.ends_at AND other.ends_at > NEW.starts_at)"
    )
    when = f"WHEN {live.format(row='NEW')} AND {clash}"
    abort = f"BEGIN SELECT RAISE(ABORT, '{table} overlaps another {table}'); END"
    return [
        f"CREATE TRIGGER {table}_no_overlap_insert BEFORE INSERT ON {table} {when} {abort}",
        f"CREATE TRIGGER {table}_no_overlap_update BEFORE UPDATE OF {group}, starts_at, ends_at, "
        f"state ON {table} {when} {abort}",
    ]


def drop_no_overlap_triggers(table: str) -> list[str]:
    """SQL that removes the triggers made by :func:`no_overlap_triggers`."""
    return [f"DROP TRIGGER IF EXISTS {table}_no_overlap_{verb}" for verb in ("insert", "update")]
