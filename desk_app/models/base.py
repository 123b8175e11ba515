"""The declarative base and the mixins that carry the sync and append-only rules."""

import enum
from typing import Any, ClassVar

from sqlalchemy import Enum, MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from desk_app.models.types import CentreCode, UTCTime, UUIDKey, utc_now

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base of every table; named constraints keep Alembic batch migrations predictable."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def str_enum(enum_class: type[enum.Enum]) -> Enum:
    """Store an enum by its value in a plain string column with a named CHECK constraint."""
    return Enum(
        enum_class,
        native_enum=False,
        create_constraint=True,
        length=24,
        name=enum_class.__name__.lower(),
        values_callable=lambda members: [member.value for member in members],
    )


class Synced:
    """A row that travels to the central database: app-made UUID, centre code, UTC birth time."""

    __synced__: ClassVar[bool] = True
    __append_only__: ClassVar[bool] = False

    id: Mapped[UUIDKey]
    centre_code: Mapped[CentreCode]
    created_at: Mapped[UTCTime] = mapped_column(default=utc_now)


class Fact(Synced):
    """A synced row that is never updated or deleted; corrections are new reversal rows."""

    __append_only__: ClassVar[bool] = True


def is_synced(obj: Any) -> bool:
    """Whether ``obj`` is a row that goes to the central database."""
    return bool(getattr(obj, "__synced__", False))


def is_append_only(obj: Any) -> bool:
    """Whether ``obj`` is a fact that may only ever be inserted."""
    return bool(getattr(obj, "__append_only__", False))
