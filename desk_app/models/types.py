"""Column shapes shared by every table: app-made UUID keys, cents and UTC timestamps."""

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Annotated

from sqlalchemy import BigInteger, DateTime, Dialect, String, TypeDecorator
from sqlalchemy.orm import mapped_column

_id_source: ContextVar[Callable[[], uuid.UUID] | None] = ContextVar("id_source", default=None)


def new_id() -> uuid.UUID:
    """A time-ordered UUID (version 7): rows are born offline and sort by creation."""
    source = _id_source.get()
    if source is not None:
        return source()
    # Imported at the first new row: uuid6 reads its package metadata on import, a scan of
    # every installed package that the desk's start need not wait for.
    from uuid6 import uuid7  # noqa: PLC0415

    return uuid7()


@contextmanager
def ids_from(source: Callable[[], uuid.UUID]) -> Iterator[None]:
    """Draw new keys from ``source`` inside the block (the seeded demo generator does)."""
    token = _id_source.set(source)
    try:
        yield
    finally:
        _id_source.reset(token)


def uuid7_from(moment: datetime, random_bits: int) -> uuid.UUID:
    """A version-7 UUID for ``moment`` with the given 74 random bits, for reproducible keys."""
    millis = int(moment.timestamp() * 1000) & ((1 << 48) - 1)
    rand_a = (random_bits >> 62) & 0xFFF
    rand_b = random_bits & ((1 << 62) - 1)
    return uuid.UUID(int=(millis << 80) | (0x7 << 76) | (rand_a << 64) | (0b10 << 62) | rand_b)


def utc_now() -> datetime:
    """The current moment as an aware UTC datetime."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as UTC and returns them aware, on SQLite and PostgreSQL alike."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: the desk stores aware UTC times only")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


UUIDKey = Annotated[uuid.UUID, mapped_column(primary_key=True, default=new_id)]
Cents = Annotated[int, mapped_column(BigInteger)]
UTCTime = Annotated[datetime, mapped_column(UTCDateTime())]
# No index on a desk: all its rows have the one centre code (the central side keys on it).
CentreCode = Annotated[str, mapped_column(String(16))]
ShortText = Annotated[str, mapped_column(String(120))]
