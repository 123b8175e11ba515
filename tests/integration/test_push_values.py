"""Values on their way to PostgreSQL: odd text arrives unchanged, refused values are listed."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from sqlalchemy import select, update

from desk_app.bootstrap import Desk
from desk_app.central import careful
from desk_app.central.connect import connect
from desk_app.central.receive import Batch, Receiver
from desk_app.models import Hirer, Person, Role
from desk_app.services.identity import current_epoch
from desk_app.sync.outbox import read_changes
from desk_app.sync.service import run_sync, sync_status
from desk_app.wire.registry import SCHEMA_VERSION
from desk_app.wire.rows import OutgoingRow
from tests.integration.checks import compare, raw_rows
from tests.integration.conftest import MakeCentre
from tests.integration.test_push import _walk_ins

pytestmark = pytest.mark.central
ODD_NAME = 'Jan\t"de"\nVries \\ van\r Dijk é'


def test_text_with_tabs_newlines_and_backslashes_arrives_unchanged(
    central_url: str, make_centre: MakeCentre
) -> None:
    desk = make_centre(days=1)
    with desk.uow.write() as tx:
        tx.session.execute(update(Person).where(Person.role == Role.MANAGER).values(name=ODD_NAME))
    run_sync(desk.uow, central_url)
    report = compare(desk, central_url, seed=1)
    assert report.clean, report
    with psycopg.connect(central_url) as connection:
        names = {
            row.values["name"]
            for row in raw_rows(connection)
            if row.table_name == "person" and row.values and row.values["role"] == "manager"
        }
    assert names == {ODD_NAME}


def test_a_value_the_central_column_refuses_is_listed_and_the_rest_stored(
    central_url: str, make_centre: MakeCentre
) -> None:
    desk = make_centre(days=1)
    with desk.uow.write() as tx:
        person_id = tx.session.scalars(select(Person.id).where(Person.role == Role.MANAGER)).one()
        tx.session.execute(update(Person).where(Person.id == person_id).values(phone="0" * 40))
    first = run_sync(desk.uow, central_url)
    assert first.high_water == first.target
    assert first.rejected == 2  # the person's insert and update both carry the long phone
    with psycopg.connect(central_url) as connection:
        reasons = connection.execute("SELECT DISTINCT reason, row_id FROM sync_error").fetchall()
        stored = connection.execute("SELECT count(*) FROM person WHERE id = %s", (person_id,))
        assert stored.fetchone() == (0,)
        others = connection.execute("SELECT count(*) FROM visit").fetchone()
    assert reasons == [("kolom phone is te lang", person_id)]
    assert others is not None
    assert others[0] > 0
    again = run_sync(desk.uow, central_url)
    assert (again.sent, again.rejected) == (0, 0)


def test_a_malformed_key_is_listed_by_the_receiver_and_the_batch_goes_on(
    central_url: str, make_centre: MakeCentre
) -> None:
    desk = make_centre(days=1)
    with desk.uow.read() as tx:
        epoch = current_epoch(tx.session)
        rows = read_changes(tx.connection, 0, 10_000, 40)
    assert epoch is not None
    centre = next(row for row in rows if row.table_name == "centre")
    assert centre.values is not None
    broken = OutgoingRow(
        41, "centre", uuid.uuid4(), "update", {**centre.values, "id": "niet-een-sleutel"}
    )
    with connect(central_url) as connection:
        receipt = Receiver(connection).apply(Batch("MEE", epoch, SCHEMA_VERSION, [*rows, broken]))
        reasons = connection.execute("SELECT seq, reason FROM sync_error").fetchall()
        payloads = connection.execute("SELECT sum(row_count) FROM raw_batch").fetchone()
    assert (receipt.stored, receipt.rejected, receipt.high_water) == (40, 1, 41)
    assert reasons == [(41, "kolom id heeft geen geldige waarde")]
    assert payloads == (41,)


def _hirer_street(desk: Desk, street: str) -> uuid.UUID:
    with desk.uow.write() as tx:
        hirer_id = tx.session.scalars(select(Hirer.id).order_by(Hirer.id).limit(1)).one()
        tx.session.execute(update(Hirer).where(Hirer.id == hirer_id).values(street=street))
    return hirer_id


def test_a_nul_character_is_listed_and_does_not_block_the_sync(
    central_url: str, make_centre: MakeCentre
) -> None:
    desk = make_centre(days=1)
    run_sync(desk.uow, central_url)
    hirer_id = _hirer_street(desk, "Kerkstraat 1\x00")  # pasted or scanned text
    _walk_ins(desk.uow, 2)
    first = run_sync(desk.uow, central_url)
    assert (first.sent, first.rejected, first.high_water) == (2, 1, first.target)
    with psycopg.connect(central_url) as connection:
        [(reason, payload)] = connection.execute(
            "SELECT reason, payload FROM sync_error WHERE row_id = %s", (hirer_id,)
        ).fetchall()
    assert reason == "kolom street bevat een onzichtbaar NUL-teken"
    assert payload["street"] == "Kerkstraat 1\ufffd"
    again = run_sync(desk.uow, central_url)
    assert (again.sent, again.rejected) == (0, 0)
    assert sync_status(desk.uow).waiting == 0


def test_a_value_postgresql_refuses_unforeseen_goes_to_the_error_list(
    central_url: str, make_centre: MakeCentre, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = make_centre(days=1)
    run_sync(desk.uow, central_url)
    hirer_id = _hirer_street(desk, "Kerkstraat 1\x00")
    _walk_ins(desk.uow, 3)
    # a value the desk's own checks let through: only the database itself refuses it
    monkeypatch.setattr(careful, "column_problem", lambda _table, _values: None)
    result = run_sync(desk.uow, central_url)
    assert (result.sent, result.rejected, result.high_water) == (3, 1, result.target)
    with psycopg.connect(central_url) as connection:
        [(reason,)] = connection.execute(
            "SELECT reason FROM sync_error WHERE row_id = %s", (hirer_id,)
        ).fetchall()
        walk_ins = connection.execute("SELECT count(*) FROM visit").fetchone()
    assert reason.startswith("de centrale database weigert de rij (22P05: ")
    assert walk_ins is not None
    assert walk_ins[0] > 3
