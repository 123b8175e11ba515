"""A realistic, reproducible demo centre: same seed, same database content."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from random import Random
from uuid import UUID

from desk_app.formatting import LOCAL_ZONE
from desk_app.models.types import ids_from, uuid7_from
from desk_app.services.uow import UnitOfWork


@dataclass(frozen=True)
class DemoOptions:
    """What to generate: ``days`` of history ending on ``end`` (inclusive)."""

    days: int = 365
    seed: int = 1
    centre: str = "De Meent"
    end: date = field(default_factory=lambda: datetime.now(LOCAL_ZONE).date())

    @property
    def start(self) -> date:
        return self.end - timedelta(days=self.days - 1)


@dataclass
class DemoContext:
    """Shared by the demo steps: the seeded random source and what earlier steps made."""

    uow: UnitOfWork
    options: DemoOptions
    rng: Random
    centre_code: str = ""
    made: dict[str, int] = field(default_factory=dict)

    def moment(self, day: date, at: time) -> datetime:
        """A local wall-clock time on ``day`` as a UTC moment."""
        return datetime.combine(day, at, LOCAL_ZONE).astimezone(UTC)

    def new_id_at(self, moment: datetime) -> UUID:
        """A reproducible time-ordered key for a row born at ``moment``."""
        return uuid7_from(moment, self.rng.getrandbits(74))

    def count(self, what: str, number: int) -> None:
        """Note how many rows of a kind a step made, for the summary."""
        self.made[what] = self.made.get(what, 0) + number


DemoStep = Callable[[DemoContext], None]


def demo_steps() -> list[DemoStep]:
    """The steps in order; each area of the desk adds its own."""
    from desk_app.demo import (  # noqa: PLC0415 - steps load lazily
        day_close,
        foundation,
        living_room,
        room_invoices,
        rooms,
        till,
        till_extras,
        volunteering,
    )

    return [
        foundation.centre,
        foundation.rooms,
        foundation.products,
        foundation.volunteers,
        foundation.passes,
        living_room.visits,
        rooms.rates,
        rooms.hirers,
        rooms.bookings,
        volunteering.shifts,
        volunteering.programme,
        till.bar_duty,
        till.sales,
        till_extras.removed_lines,
        till_extras.open_tabs,
        room_invoices.invoices,
        day_close.paid_outs,
        day_close.closes,
    ]


def generate(uow: UnitOfWork, options: DemoOptions) -> dict[str, int]:
    """Fill an empty database with the demo centre; return how many rows of each kind."""
    start = datetime.combine(options.start, time(8, 0), LOCAL_ZONE).astimezone(UTC)
    fixed_clock = UnitOfWork(uow.database, clock=lambda: start)
    context = DemoContext(uow=fixed_clock, options=options, rng=Random(options.seed))
    with ids_from(lambda: context.new_id_at(start)):
        for step in demo_steps():
            step(context)
    return context.made
