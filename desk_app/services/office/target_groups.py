"""The organisation's own target groups: the office keeps the list, releases bring it to the desks.

The list is the newest version of each group in the published releases (table
``own_target_group``), so the release history is the one record of what was sent; a group is
never deleted, only retired (``active`` false), as activities may still name it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from desk_app.central.connect import connect
from desk_app.central.releases import MasterItem, publish_release
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput, NotAllowed
from desk_app.models.types import new_id
from desk_app.services.office.releases import require_office

TABLE = "own_target_group"
MAX_NAME = 120
GROUPS_REFUSAL = QT_TRANSLATE_NOOP(
    "Errors",
    "Alleen het kantoor van de organisatie mag doelgroepen publiceren; de login van een "
    "buurthuis mag dat niet.",
)


@dataclass(frozen=True)
class OwnGroup:
    """One of the organisation's own target groups as last published."""

    group_id: uuid.UUID
    name: str
    active: bool


def own_groups(url: str) -> list[OwnGroup]:
    """Every own group ever published, in its newest form, by name."""
    with connect(url) as connection:
        rows = connection.execute(
            "SELECT DISTINCT ON (i.row_id) i.row_id, i.payload FROM master_item i "
            "WHERE i.table_name = %s ORDER BY i.row_id, i.release_number DESC",
            (TABLE,),
        ).fetchall()
    groups = [
        OwnGroup(uuid.UUID(str(row_id)), str(payload["name"]), bool(payload["active"]))  # type: ignore[index]
        for row_id, payload in rows
    ]
    return sorted(groups, key=lambda group: group.name.casefold())


def publish_own_group(url: str, name: str, *, active: bool = True) -> int:
    """Add (or retire, or bring back) an own group for every centre; return the release number.

    Only the office's login may: a centre's is refused in words, not by the database's error.
    """
    import psycopg  # noqa: PLC0415 - loaded when the central database is reached

    clean = " ".join(name.split())
    if not clean or len(clean) > MAX_NAME:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Geef de doelgroep een naam van hoogstens 120 tekens.")
        )
    with connect(url) as connection:
        require_office(connection, GROUPS_REFUSAL)
    known = {group.name.casefold(): group for group in own_groups(url)}
    existing = known.get(clean.casefold())
    if existing is None and not active:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "De doelgroep {name} bestaat niet."), name=clean
        )
    group_id = existing.group_id if existing else new_id()
    item = MasterItem(TABLE, group_id, {"name": clean, "active": active})
    verb = "doelgroep" if active else "doelgroep vervalt"
    try:
        return publish_release(url, [item], note=f"{verb}: {clean}")
    except psycopg.errors.InsufficientPrivilege as error:  # a login changed in between
        raise NotAllowed(GROUPS_REFUSAL) from error
