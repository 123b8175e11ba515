"""The fact registry: each area adds its facts, each with a local and a central query.

A fact query takes a connection, the year and an optional centre code, and returns a value
per centre and the total (which is not always the sum: unique visitors are distinct passes).
The central mirror tables carry the local names and columns, so one query often serves both.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Connection

Number = int | float | None
NOT_YET_RECORDED = "not yet recorded"


@dataclass(frozen=True)
class FactValues:
    """A fact for each centre and for the whole organisation."""

    per_centre: dict[str, Number]
    total: Number


FactQuery = Callable[[Connection, "Period"], FactValues]


@dataclass(frozen=True)
class Period:
    """The year asked for, optionally one centre only."""

    year: int
    centre: str | None = None

    @property
    def first(self) -> date:
        return date(self.year, 1, 1)

    @property
    def last(self) -> date:
        return date(self.year, 12, 31)


@dataclass(frozen=True)
class FactDef:
    """A reported fact: its JSON key, its queries, and a note while its area has no data yet."""

    key: str
    local: FactQuery | None = None
    central: FactQuery | None = None
    note: str = ""


@dataclass(frozen=True)
class FactSheet:
    """The facts of a year: per centre (code -> key -> value), in total, and notes."""

    year: int
    source: str
    centres: dict[str, str]
    per_centre: dict[str, dict[str, Number]]
    total: dict[str, Number]
    notes: dict[str, str] = field(default_factory=dict)
    visits_by_month: dict[str, list[int]] = field(default_factory=dict)

    def as_json(self) -> dict[str, object]:
        """The shape ``report facts --json`` prints."""
        return {
            "year": self.year,
            "source": self.source,
            "total": self.total,
            "centres": {
                code: {"name": name, **self.per_centre.get(code, {})}
                for code, name in self.centres.items()
            },
            "notes": self.notes,
        }
