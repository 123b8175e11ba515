"""Master-data releases: the office publishes numbered releases, the centres take them in order."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import orjson
import psycopg

from desk_app.central.connect import connect


@dataclass(frozen=True)
class MasterItem:
    """One row of master data as the office wants it now (the central version wins)."""

    table_name: str
    row_id: uuid.UUID
    values: dict[str, Any]


@dataclass(frozen=True)
class Release:
    """A numbered release and its rows."""

    number: int
    items: list[MasterItem]


def publish_release(
    url: str,
    items: Sequence[MasterItem],
    note: str = "",
    centre_code: str | None = None,
    takes_effect: date | None = None,
) -> int:
    """Publish rows as the next release (for one centre, or all when ``centre_code`` is None)."""
    with connect(url) as connection, connection.transaction():
        connection.execute("LOCK TABLE master_release IN EXCLUSIVE MODE")
        row = connection.execute("SELECT coalesce(max(number), 0) + 1 FROM master_release")
        number = int(str(row.fetchone()[0]))  # type: ignore[index]
        connection.execute(
            "INSERT INTO master_release (number, centre_code, note, takes_effect) "
            "VALUES (%s, %s, %s, %s)",
            (number, centre_code, note, takes_effect),
        )
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO master_item (release_number, table_name, row_id, payload) "
                "VALUES (%s, %s, %s, %s)",
                [
                    (number, item.table_name, item.row_id, orjson.dumps(item.values).decode())
                    for item in items
                ],
            )
    return number


def releases_after(
    connection: psycopg.Connection[Any], number: int, centre_code: str
) -> list[Release]:
    """Releases newer than ``number`` meant for this centre or for all, oldest first."""
    rows = connection.execute(
        "SELECT r.number, i.table_name, i.row_id, i.payload FROM master_release r "
        "JOIN master_item i ON i.release_number = r.number "
        "WHERE r.number > %s AND (r.centre_code IS NULL OR r.centre_code = %s) "
        "ORDER BY r.number, i.table_name, i.row_id",
        (number, centre_code),
    ).fetchall()
    releases: dict[int, Release] = {}
    for release_number, table_name, row_id, payload in rows:
        release = releases.setdefault(release_number, Release(release_number, []))
        release.items.append(MasterItem(table_name, row_id, dict(payload)))
    return list(releases.values())


def note_taken(connection: psycopg.Connection[Any], centre_code: str, number: int) -> None:
    """Tell the office that this centre has taken in every release up to ``number``."""
    connection.execute(
        "INSERT INTO release_taken (centre_code, release_number) VALUES (%s, %s) "
        "ON CONFLICT DO NOTHING",
        (centre_code, number),
    )
