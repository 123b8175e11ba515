"""Reading the central database for a person: a dropped connection becomes a clear message."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from desk_app.central.connect import CentralUnavailable, connect
from desk_app.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import psycopg

T = TypeVar("T")


def read_central(url: str, read: Callable[[psycopg.Connection[Any]], T]) -> T:
    """Run ``read`` on a fresh connection; unreachable or dropped, say so in Dutch."""
    import psycopg  # noqa: PLC0415 - loaded when the central database is read, not at start-up

    with connect(url) as connection:
        try:
            return read(connection)
        except psycopg.OperationalError as error:
            raise CentralUnavailable(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "De verbinding met de centrale database viel weg. Probeer het later opnieuw.",
                )
            ) from error
