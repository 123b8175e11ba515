"""The pull: master data from the office's releases, applied in order; the central version wins.

Nothing is deleted (the office sends an inactive flag instead). A sale copies its price, so
a new price never alters a past sale. A whole product row from the office replaces the
centre's own product of the same name and category from the day the new price starts (a
strippenkaart stays one, with its stamps); a room tariff names its room, and one that starts
later waits for its day (``services/rooms/scheduled_rates.py``). After the pull the desk tells
the central database which release it has reached. Each release is applied in one local
transaction together with its number, so it is taken whole or not at all.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, func, insert, or_, select, update
from sqlalchemy.orm import Session

from desk_app.central.reads import read_central
from desk_app.central.releases import MasterItem, Release, note_taken, releases_after
from desk_app.formatting import to_local
from desk_app.models import Room, Setting, TariffClass
from desk_app.services.rooms.scheduled_rates import ScheduledRate, apply_due, take_rate
from desk_app.services.uow import UnitOfWork
from desk_app.wire.registry import PULLED_TABLES, synced_table
from desk_app.wire.values import typed

if TYPE_CHECKING:
    import psycopg

_KEY = "master_release"
TARIFF_ITEM = "room_rate"  # a room tariff by the room's name, not by a key of this centre


def last_release(uow: UnitOfWork) -> int:
    """The number of the newest release this desk has applied (0 for none)."""
    with uow.read() as tx:
        row = tx.session.get(Setting, _KEY)
        return int(json.loads(row.value_json)) if row else 0


def pull_master_data(uow: UnitOfWork, url: str) -> int:
    """Apply every newer release; return how many rows came in.

    A connection that drops halfway is said in Dutch (``read_central``); the releases
    applied before it stay, each whole, and the next sync goes on from the next one.
    """
    with uow.read() as tx:
        centre_code = tx.centre_code()

    def pull(connection: psycopg.Connection[Any]) -> int:
        releases = releases_after(connection, last_release(uow), centre_code)
        received = 0
        for release in releases:
            received += _apply(uow, release, centre_code)
        _apply_due_tariffs(uow, centre_code)
        newest = last_release(uow)
        if newest:  # said again each sync, so a report lost on the way is made good
            note_taken(connection, centre_code, newest)
        return received

    return read_central(url, pull)


def _apply(uow: UnitOfWork, release: Release, centre_code: str) -> int:
    applied = 0
    with uow.write() as tx:
        today = to_local(tx.now).date()
        for item in release.items:
            if item.table_name in PULLED_TABLES:
                _upsert(tx.session, item, centre_code)
                applied += 1
            elif item.table_name == TARIFF_ITEM:
                applied += _take_tariff(tx.session, item, centre_code, (tx.now, today))
        row = tx.session.get(Setting, _KEY)
        if row is None:
            tx.session.add(Setting(key=_KEY, value_json=json.dumps(release.number)))
        else:
            row.value_json = json.dumps(release.number)
    uow.history.forget()
    uow.till.forget()  # a release may bring products
    return applied


def _take_tariff(
    session: Session, item: MasterItem, centre_code: str, at: tuple[datetime, date]
) -> int:
    """A room tariff for the room of that name here (1), or nothing for a centre without it."""
    values = item.values
    room_id = session.scalar(
        select(Room.id).where(func.lower(Room.name) == str(values["room"]).lower(), Room.active)
    )
    if room_id is None:
        return 0
    rate = ScheduledRate(
        room_id,
        TariffClass(values["tariff_class"]),
        int(values["part_of_day_cents"]),
        int(values["hour_cents"]),
        int(values["vat_rate"]),
        date.fromisoformat(values["valid_from"]),
    )
    take_rate(session, centre_code, at[0], rate, at[1])
    return 1


def _apply_due_tariffs(uow: UnitOfWork, centre_code: str) -> None:
    """Tariffs kept for a later day go into the rooms' rates once that day has come."""
    with uow.write() as tx:
        apply_due(tx.session, centre_code, tx.now, to_local(tx.now).date())


def _upsert(session: Session, item: MasterItem, centre_code: str) -> None:
    values = _write(session, item, centre_code)
    if item.table_name == "product" and {"name", "category", "valid_from"} <= values.keys():
        _keep_card(session, item, values)
        _supersede(session, item, values)


def _write(session: Session, item: MasterItem, centre_code: str) -> dict[str, Any]:
    entry = synced_table(item.table_name)
    assert entry is not None
    table = entry.local
    values = {
        name: typed(table.c[name].type, value)
        for name, value in item.values.items()
        if name in entry.columns and name not in {"id", "centre_code"}
    }
    changed = session.execute(
        update(table).where(table.c.id == item.row_id).values(**values)
    ).rowcount  # type: ignore[attr-defined]
    if not changed:
        session.execute(insert(table).values(id=item.row_id, centre_code=centre_code, **values))
    return values


def _same_product(item: MasterItem, values: dict[str, Any]) -> tuple[Any, ...]:
    """The centre's other rows of the product a release row prices (same name and category)."""
    table = _products()
    return (
        table.c.id != item.row_id,
        func.lower(table.c.name) == str(values["name"]).lower(),
        func.lower(table.c.category) == str(values["category"]).lower(),
    )


def _products() -> Table:
    return synced_table("product").local  # type: ignore[union-attr]


def _keep_card(session: Session, item: MasterItem, values: dict[str, Any]) -> None:
    """A strippenkaart priced by a release stays one, with the stamps it has here.

    A row without stamps (a release published before they travelled, or a central copy not
    yet synced) would otherwise turn the card into a bar product that can no longer be sold.
    """
    if values.get("stamps") is not None:
        return
    table = _products()
    stamps = session.scalar(
        select(table.c.stamps)
        .where(*_same_product(item, values), table.c.stamps.is_not(None))
        .order_by(table.c.valid_from.desc())
        .limit(1)
    )
    if stamps is not None:
        session.execute(update(table).where(table.c.id == item.row_id).values(stamps=stamps))


def _supersede(session: Session, item: MasterItem, values: dict[str, Any]) -> None:
    """The centre's other prices of this product end the day before the new one starts."""
    table = _products()
    start: date = values["valid_from"]
    same = _same_product(item, values)
    still_valid = or_(table.c.valid_to.is_(None), table.c.valid_to >= start)
    session.execute(
        update(table)
        .where(*same, table.c.valid_from < start, still_valid)
        .values(valid_to=start - timedelta(days=1))
    )
    # A price of its own that would start later gives way to the office's.
    session.execute(
        update(table).where(*same, table.c.valid_from >= start, table.c.active).values(active=False)
    )
