"""A database file as the oldest app version in the repository left it: built and filled.

The fill is written against that revision's tables with plain SQL constructs, never the
current models, so it stays valid however many revisions follow. Squash the migrations and
the upgrade test says to write a fill for the new oldest revision.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.script import ScriptDirectory

from desk_app.db.engine import open_database
from desk_app.db.migrate import alembic_config
from desk_app.models.types import UTCDateTime
from desk_app.services.pin_hashing import hash_pin

CREATED = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)
EPOCH = uuid.UUID("0190f000-0000-7000-8000-000000000001")
MANAGER_ID = uuid.UUID("0190f000-0000-7000-8000-000000000002")
MANAGER_PIN = "2580"


def oldest_revision() -> str:
    """The first revision of the migration history."""
    [base] = ScriptDirectory.from_config(alembic_config()).get_bases()
    return base


def all_revisions() -> list[str]:
    """Every revision, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [revision.revision for revision in reversed(list(script.walk_revisions()))]


def build_at(path: Path, revision: str) -> None:
    """An empty database file at ``revision``, as that version of the app created it."""
    database = open_database(path)
    try:
        config = alembic_config()
        with database.writer.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        database.dispose()


def _table(name: str, *columns: tuple[str, sa.types.TypeEngine[Any]]) -> sa.TableClause:
    synced = (("id", sa.Uuid()), ("centre_code", sa.String()), ("created_at", UTCDateTime()))
    return sa.table(name, *(sa.column(n, t) for n, t in (*columns, *synced)))


def _synced(**values: object) -> dict[str, object]:
    return {"id": uuid.uuid4(), "centre_code": "OHO", "created_at": CREATED, **values}


def fill_foundation(path: Path) -> None:
    """Revision 0001: a centre with its times, a manager, a room, a product, an audit entry."""
    text, uid = sa.String(), sa.Uuid()
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.execute(
            sa.table(
                "local_identity", sa.column("epoch", uid), sa.column("created_at", UTCDateTime())
            )
            .insert()
            .values(epoch=EPOCH, created_at=CREATED)
        )
        connection.execute(
            _table(
                "centre",
                *(
                    (c, text)
                    for c in (
                        "code",
                        "name",
                        "street",
                        "postcode",
                        "city",
                        "vat_number",
                        "coc_number",
                        "iban",
                    )
                ),
            ).insert(),
            [
                _synced(
                    code="OHO",
                    name="Open Hof",
                    street="Orion 1",
                    postcode="1183 AA",
                    city="Amstelveen",
                    vat_number="",
                    coc_number="",
                    iban="",
                )
            ],
        )
        connection.execute(
            _table(
                "opening_hours",
                ("weekday", sa.Integer()),
                ("is_open", sa.Boolean()),
                ("opens", sa.Time()),
                ("closes", sa.Time()),
            ).insert(),
            [
                _synced(weekday=day, is_open=day < 6, opens=time(9), closes=time(22))
                for day in range(7)
            ],
        )
        connection.execute(
            _table("day_part", ("key", text), ("starts", sa.Time()), ("ends", sa.Time())).insert(),
            [
                _synced(key="morning", starts=time(9), ends=time(12)),
                _synced(key="afternoon", starts=time(12), ends=time(17)),
                _synced(key="evening", starts=time(18), ends=time(22)),
            ],
        )
        person = ("name", "role", "kind", "tasks", "phone", "email", "pin_hash")
        connection.execute(
            _table(
                "person",
                *((c, text) for c in person),
                ("council_member", sa.Boolean()),
                ("active", sa.Boolean()),
                ("failed_pin_attempts", sa.Integer()),
                ("started_on", sa.Date()),
            ).insert(),
            [
                {
                    **_synced(id=MANAGER_ID),
                    "name": "Fatima El Amrani",
                    "role": "manager",
                    "kind": "staff",
                    "tasks": "",
                    "phone": "",
                    "email": "",
                    "pin_hash": hash_pin(MANAGER_PIN),
                    "council_member": False,
                    "active": True,
                    "failed_pin_attempts": 0,
                    "started_on": date(2024, 9, 1),
                }
            ],
        )
        connection.execute(
            _table(
                "room",
                ("name", text),
                ("capacity", sa.Integer()),
                ("facilities", text),
                ("active", sa.Boolean()),
            ).insert(),
            [_synced(name="Grote zaal", capacity=80, facilities="beamer", active=True)],
        )
        connection.execute(
            _table(
                "audit_entry",
                *(
                    (c, text)
                    for c in ("actor_name", "action", "subject", "before_json", "after_json")
                ),
                ("actor_id", uid),
            ).insert(),
            [
                _synced(
                    actor_id=MANAGER_ID,
                    actor_name="Fatima El Amrani",
                    action="centre.setup",
                    subject="Open Hof",
                    before_json="null",
                    after_json="{}",
                )
            ],
        )
    engine.dispose()


FILLS: dict[str, Callable[[Path], None]] = {"0001": fill_foundation}
