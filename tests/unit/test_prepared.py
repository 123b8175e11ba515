"""The short path gives what SQLAlchemy's own path gives: the same values, rows and errors."""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Date,
    Engine,
    Enum,
    Integer,
    MetaData,
    String,
    Table,
    Uuid,
    bindparam,
    create_engine,
    event,
    insert,
    select,
    update,
)
from sqlalchemy.exc import ArgumentError, IntegrityError
from sqlalchemy.orm import Session

from desk_app.db.prepared import Prepared
from desk_app.models.types import UTCDateTime


class Colour(enum.StrEnum):
    """A stored enum: SQLAlchemy writes its name."""

    RED = "rood"
    BLUE = "blauw"


METADATA = MetaData()
THING = Table(
    "thing",
    METADATA,
    Column("id", Uuid, primary_key=True),
    Column("name", String(20), unique=True),
    Column("colour", Enum(Colour, native_enum=False)),
    Column("day", Date),
    Column("at", UTCDateTime),
    Column("active", Boolean),
    Column("count", Integer, default=7),
)
AT = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
FULL_ROW = {
    "name": "koffie",
    "colour": Colour.BLUE,
    "day": date(2026, 3, 1),
    "at": AT,
    "active": True,
    "count": 2,
}


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    made = create_engine(f"sqlite+pysqlite:///{tmp_path / 'prepared.sqlite3'}")
    METADATA.create_all(made)
    yield made
    made.dispose()


def _sqlalchemy_rows(connection: Connection) -> list[tuple[object, ...]]:
    return [tuple(row) for row in connection.execute(select(THING).order_by(THING.c.name))]


def test_inserted_rows_read_back_as_sqlalchemy_stored_them(engine: Engine) -> None:
    ours = [{**FULL_ROW, "id": uuid.uuid4(), "name": n} for n in ("a", "b")]
    theirs = [{**FULL_ROW, "id": uuid.uuid4(), "name": n} for n in ("c", "d")]
    with engine.begin() as connection:
        Prepared(insert(THING)).execute(connection, ours)
        connection.execute(insert(THING), theirs)
        raw = connection.exec_driver_sql("SELECT colour, day, at, active FROM thing").all()
        read = _sqlalchemy_rows(connection)
    assert len(set(raw)) == 1  # stored alike, byte for byte
    assert read == [
        (row["id"], row["name"], Colour.BLUE, date(2026, 3, 1), AT, True, 2)
        for row in ours + theirs
    ]


def test_a_qualified_statement_skips_sqlalchemys_execution(engine: Engine) -> None:
    seen: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *args: seen.append(args[2]))
    with engine.begin() as connection:
        Prepared(insert(THING)).execute(connection, [{**FULL_ROW, "id": uuid.uuid4()}])
        Prepared(select(THING.c.name)).rows(connection)
    assert seen == []


def test_select_converts_its_columns_and_names_them(engine: Engine) -> None:
    key = uuid.uuid4()
    with engine.begin() as connection:
        connection.execute(insert(THING), {**FULL_ROW, "id": key})
        query = select(THING.c.id, THING.c.colour, THING.c.day, THING.c.at, THING.c.active)
        query = query.where(THING.c.name == bindparam("name")).limit(1)
        row = Prepared(query).first(connection, {"name": "koffie"})
        expected = connection.execute(query, {"name": "koffie"}).one()
    assert tuple(row) == tuple(expected) == (key, Colour.BLUE, date(2026, 3, 1), AT, True)
    assert row.colour is Colour.BLUE
    assert row.at.tzinfo is not None


def test_update_returning_gives_the_new_value(engine: Engine) -> None:
    raise_count = Prepared(
        update(THING)
        .where(THING.c.name == bindparam("which"))
        .values(count=THING.c.count + 1)
        .returning(THING.c.count)
    )
    with engine.begin() as connection:
        connection.execute(insert(THING), {**FULL_ROW, "id": uuid.uuid4()})
        assert raise_count.scalar(connection, {"which": "koffie"}) == 3
        assert raise_count.scalar(connection, {"which": "thee"}) is None


def test_a_column_default_left_out_takes_sqlalchemy_path_and_is_filled(engine: Engine) -> None:
    row = {key: value for key, value in FULL_ROW.items() if key != "count"}
    with engine.begin() as connection:
        Prepared(insert(THING)).execute(connection, [{**row, "id": uuid.uuid4()}])
        assert connection.execute(select(THING.c.count)).scalar_one() == 7


def test_a_broken_constraint_raises_sqlalchemys_integrity_error(engine: Engine) -> None:
    add = Prepared(insert(THING))
    with engine.begin() as connection:
        add.execute(connection, [{**FULL_ROW, "id": uuid.uuid4()}])
        with pytest.raises(IntegrityError):
            add.execute(connection, [{**FULL_ROW, "id": uuid.uuid4()}])


def test_a_missing_parameter_is_refused(engine: Engine) -> None:
    query = Prepared(select(THING.c.id).where(THING.c.name == bindparam("name")))
    with engine.begin() as connection, pytest.raises(ArgumentError):
        query.rows(connection, {})


def test_outside_a_transaction_sqlalchemy_begins_one(engine: Engine) -> None:
    with engine.connect() as connection:
        Prepared(insert(THING)).execute(connection, [{**FULL_ROW, "id": uuid.uuid4()}])
        assert connection.in_transaction()
        connection.rollback()
        assert connection.execute(select(THING.c.id)).all() == []


def test_a_session_reads_through_sqlalchemys_own_path(engine: Engine) -> None:
    query = Prepared(select(THING.c.name).where(THING.c.name == bindparam("name")))
    with Session(engine) as session, session.begin():
        session.execute(insert(THING), {**FULL_ROW, "id": uuid.uuid4()})
        assert query.scalar(session, {"name": "koffie"}) == "koffie"
