"""A realistic, reproducible demo centre: same seed, same database content."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from random import Random
from typing import Any
from uuid import UUID

from desk_app.formatting import LOCAL_ZONE
from desk_app.models.types import ids_from, uuid7_from
from desk_app.services.uow import UnitOfWork


def _today() -> date:
    return datetime.now(LOCAL_ZONE).date()


@dataclass(frozen=True)
class DemoOptions:
    """What to generate: ``days`` of history ending on ``end`` (inclusive), made at ``now``.

    Nothing that happened (a visit, a sale, a sign-in, a held booking, a close) is dated after
    ``now``, so a demo made in the morning shows a centre that has only just opened. Without
    ``now`` the demo is made at this moment when ``end`` is today, and after the whole of
    ``end`` when that day is past. With ``now``, ``end`` is its day in the centre's zone.
    """

    days: int = 365
    seed: int = 1
    centre: str = "De Meent"
    end: date = field(default_factory=_today)
    now: datetime | None = None

    def __post_init__(self) -> None:
        if self.now is not None:
            object.__setattr__(self, "end", self.now.astimezone(LOCAL_ZONE).date())
            return
        after_end = datetime.combine(self.end + timedelta(days=1), time(0), LOCAL_ZONE)
        object.__setattr__(self, "now", min(datetime.now(UTC), after_end.astimezone(UTC)))

    @property
    def start(self) -> date:
        return self.end - timedelta(days=self.days - 1)

    @property
    def made_at(self) -> datetime:
        """The moment the demo is made: the last moment anything in it has happened."""
        assert self.now is not None  # set in __post_init__
        return self.now


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

    def happened(self, moment: datetime) -> bool:
        """Whether ``moment`` lies before the demo is made (later rows would be made up)."""
        return moment <= self.options.made_at

    def so_far(self, rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
        """The rows made before the demo is; plans for later days are kept by their step."""
        return [row for row in rows if self.happened(row["created_at"])]

    def count(self, what: str, number: int) -> None:
        """Note how many rows of a kind a step made, for the summary."""
        self.made[what] = self.made.get(what, 0) + number


DemoStep = Callable[[DemoContext], None]


def demo_steps() -> list[DemoStep]:
    """The steps in order; each area of the desk adds its own."""
    from desk_app.demo import (  # noqa: PLC0415 - steps load lazily
        allowances,
        day_close,
        foundation,
        invoice_payments,
        invoice_reminders,
        living_room,
        parties,
        room_invoices,
        rooms,
        roster,
        signups,
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
        parties.private_parties,
        volunteering.shifts,
        volunteering.programme,
        allowances.allowances,
        till.bar_duty,
        till.sales,
        till_extras.removed_lines,
        till_extras.open_tabs,
        signups.signups_and_cards,
        room_invoices.invoices,
        invoice_payments.payments,
        invoice_reminders.reminders,
        day_close.paid_outs,
        day_close.closes,
        roster.plan,
    ]


def generate(uow: UnitOfWork, options: DemoOptions) -> dict[str, int]:
    """Fill an empty database with the demo centre; return how many rows of each kind."""
    start = datetime.combine(options.start, time(8, 0), LOCAL_ZONE).astimezone(UTC)
    fixed_clock = uow.on_clock(lambda: start)
    context = DemoContext(uow=fixed_clock, options=options, rng=Random(options.seed))
    with ids_from(lambda: context.new_id_at(start)):
        for step in demo_steps():
            step(context)
    return context.made
