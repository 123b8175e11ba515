"""The rows the push reads: JSON straight from SQLite, in forms the central columns read."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import orjson
import pytest
from sqlalchemy import select

from desk_app.central.validate import column_problem, problem_with
from desk_app.models import Person
from desk_app.services.auth import Actor
from desk_app.services.uow import UnitOfWork
from desk_app.sync.outbox import highest_seq, read_changes
from desk_app.wire.rows import OutgoingRow


def _person_rows(uow: UnitOfWork) -> list[OutgoingRow]:
    with uow.read() as tx:
        connection = tx.connection
        rows = read_changes(connection, 0, highest_seq(connection), 1000)
    return [row for row in rows if row.table_name == "person"]


def test_the_payload_is_the_json_of_the_values_with_booleans_and_utc_times(
    uow: UnitOfWork, manager: Actor
) -> None:
    with uow.read() as tx:
        person_id, created_at = tx.session.execute(select(Person.id, Person.created_at)).one()
    row = _person_rows(uow)[0]
    assert row.values is not None
    assert orjson.loads(row.payload) == row.values
    assert row.values["active"] is True
    assert row.values["council_member"] is False
    assert datetime.fromisoformat(row.values["created_at"]) == created_at
    assert uuid.UUID(row.values["id"]) == person_id == uuid.UUID(str(row.row_id))
    assert "pin_hash" not in row.values


def test_a_row_gone_from_the_database_is_sent_without_values(
    uow: UnitOfWork, manager: Actor
) -> None:
    with uow.write_core() as tx:
        gone = tx.connection.exec_driver_sql("SELECT id FROM opening_hours LIMIT 1").scalar_one()
        tx.connection.exec_driver_sql("DELETE FROM opening_hours WHERE id = ?", (gone,))
    rows = [row for row in read_changes_between(uow, 0, 10_000) if row.row_id == gone]
    assert len(rows) == 1
    assert (rows[0].values, rows[0].payload) == (None, "null")
    assert problem_with(rows[0], "MEE") == "de rij bestaat niet (meer) in de lokale database"


def read_changes_between(uow: UnitOfWork, after: int, upto: int) -> list[OutgoingRow]:
    with uow.read() as tx:
        return read_changes(tx.connection, after, upto, 10_000)


def test_a_batch_stops_at_its_limit_and_at_the_target(uow: UnitOfWork, manager: Actor) -> None:
    everything = read_changes_between(uow, 0, 10_000)
    assert len(everything) > 3
    assert [row.seq for row in read_changes_between(uow, 1, 3)] == [2, 3]
    with uow.read() as tx:
        limited = read_changes(tx.connection, 0, 10_000, 2)
    assert [row.seq for row in limited] == [1, 2]


@pytest.mark.parametrize(
    ("values", "reason"),
    [
        ({"id": "zz", "centre_code": "MEE"}, "kolom id heeft geen geldige waarde"),
        ({"id": uuid.uuid4().hex, "centre_code": "MEE", "name": None}, "kolom name is leeg"),
        ({"id": uuid.uuid4().hex, "centre_code": "MEE", "phone": "0" * 33}, "phone is te lang"),
        ({"id": uuid.uuid4().hex, "centre_code": "MEE", "active": 1}, "kolom active heeft geen"),
        ({"id": uuid.uuid4().hex, "centre_code": "MEE", "created_at": "2026-01-01 10:00"}, "at"),
        ({"id": uuid.uuid4().hex, "centre_code": "MEE", "started_on": "1-1-2026"}, "started_on"),
    ],
)
def test_column_values_are_checked_in_the_form_they_are_sent(
    values: dict[str, object], reason: str
) -> None:
    complete = {
        "name": "Jan",
        "role": "manager",
        "kind": "regular",
        "tasks": "",
        "phone": "",
        "email": "",
        "council_member": False,
        "active": True,
        "created_at": "2026-01-01 10:00:00.000000+00:00",
        **values,
    }
    problem = column_problem("person", complete)
    assert problem is not None
    assert reason in problem


def test_sent_forms_and_python_values_both_pass() -> None:
    sent = {
        "id": uuid.uuid4().hex,
        "centre_code": "MEE",
        "name": "Jan",
        "role": "manager",
        "kind": "regular",
        "tasks": "",
        "phone": "",
        "email": "",
        "started_on": "2026-01-01",
        "council_member": False,
        "active": True,
        "created_at": "2026-01-01 10:00:00.000000+00:00",
    }
    typed = {
        **sent,
        "id": uuid.uuid4(),
        "started_on": date(2026, 1, 1),
        "created_at": datetime(2026, 1, 1, 10, tzinfo=UTC),
    }
    assert column_problem("person", sent) is None
    assert column_problem("person", typed) is None
    row = OutgoingRow(1, "person", uuid.uuid4(), "insert", {**sent, "pin_hash": "x"})
    assert problem_with(row, "MEE") == "onbekende kolommen: pin_hash"
