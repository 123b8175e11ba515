"""The allowance guard: what each volunteer got in a year, paid and in kind, against the limits.

Paid allowances are the ``AllowancePayment`` rows; what the till gave in kind is every
volunteer consumption (``Payment`` of method ``VOLUNTEER``, valued at the price list when it
was rung up, reversals netted, training sales left out). Both count for the monthly and the
yearly maximum; the hourly maximum over the hours worked holds for a volunteer who is paid
an allowance and has hours signed in this year (the tax authority's hourly rule is for an
allowance agreed per hour; one paid a fixed sum without signing in is held to the month and
year only).
"""

from __future__ import annotations

import enum
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.formatting import to_local
from desk_app.models import AllowancePayment, Payment, PaymentMethod, Person, Role, Sale
from desk_app.services.auth import Actor, require_role
from desk_app.services.uow import UnitOfWork
from desk_app.services.volunteers.allowance_limits import AllowanceLimits, limits_for
from desk_app.services.volunteers.hours import Shift, period_bounds, shifts

NEAR_SHARE = 0.8  # a volunteer at this share of a limit is on the manager's list
Months = tuple[int, ...]  # twelve amounts in cents, January first


class LimitKind(enum.StrEnum):
    """Which of the three maxima."""

    HOUR = "uur"
    MONTH = "maand"
    YEAR = "jaar"


@dataclass(frozen=True)
class LimitUse:
    """How much of one limit is used."""

    kind: LimitKind
    used_cents: int
    limit_cents: int

    @property
    def share(self) -> float:
        """The part of the limit used (1.0 is at the limit)."""
        return self.used_cents / self.limit_cents if self.limit_cents else float("inf")


@dataclass(frozen=True)
class AllowanceSum:
    """One volunteer's year: paid and in kind per month, hours worked, the limits that hold.

    ``under_21`` is the age on the day asked about (for the statement's hourly rate);
    ``hour_cap_cents`` sums each shift's hours at the rate of the age on that shift's day.
    """

    person_id: UUID
    name: str
    year: int
    under_21: bool
    hours: float
    paid: Months
    in_kind: Months
    limits: AllowanceLimits
    hour_cap_cents: int

    @property
    def total_cents(self) -> int:
        """Everything the volunteer got this year."""
        return sum(self.paid) + sum(self.in_kind)

    def month_cents(self, month: int) -> int:
        """What the volunteer got in ``month`` (1–12)."""
        return self.paid[month - 1] + self.in_kind[month - 1]

    def uses(self, month: int, extra_cents: int = 0) -> list[LimitUse]:
        """The limits with ``extra_cents`` more in ``month``; hourly only when paid and worked."""
        total = self.total_cents + extra_cents
        in_month = self.month_cents(month) + extra_cents
        found = [
            LimitUse(LimitKind.YEAR, total, self.limits.year_cents),
            LimitUse(LimitKind.MONTH, in_month, self.limits.month_cents),
        ]
        if sum(self.paid) and self.hours > 0:
            found.append(LimitUse(LimitKind.HOUR, total, self.hour_cap_cents))
        return found

    def nearest(self) -> LimitUse:
        """The limit this volunteer is closest to (or furthest over), over every month."""
        uses = [use for month in range(1, 13) for use in self.uses(month)]
        return max(uses, key=lambda use: use.share)


def under_21(born_on: date | None, on: date) -> bool:
    """Whether someone born on ``born_on`` is younger than 21 on ``on`` (unknown: not)."""
    if born_on is None:
        return False
    return (on.year - born_on.year) - ((on.month, on.day) < (born_on.month, born_on.day)) < 21


def _months(rows: list[tuple[UUID, int, int]]) -> dict[UUID, Months]:
    """Amounts per person and month summed into twelve-month tuples."""
    sums: dict[UUID, list[int]] = defaultdict(lambda: [0] * 12)
    for person_id, month, cents in rows:
        sums[person_id][month - 1] += cents
    return {person_id: tuple(months) for person_id, months in sums.items()}


def _paid(session: Session, year: int, person_id: UUID | None) -> dict[UUID, Months]:
    row = AllowancePayment
    query = select(row.person_id, row.month, row.amount_cents).where(
        row.month >= date(year, 1, 1), row.month <= date(year, 12, 31)
    )
    if person_id is not None:
        query = query.where(AllowancePayment.person_id == person_id)
    return _months([(p, month.month, cents) for p, month, cents in session.execute(query)])


def _in_kind(session: Session, year: int, person_id: UUID | None) -> dict[UUID, Months]:
    start, end = period_bounds(date(year, 1, 1), date(year, 12, 31))
    query = (
        select(Payment.volunteer_id, Payment.created_at, Payment.amount_cents)
        .join(Sale, Sale.id == Payment.sale_id)
        .where(Payment.method == PaymentMethod.VOLUNTEER, Payment.volunteer_id.is_not(None))
        .where(Payment.created_at >= start, Payment.created_at < end, ~Sale.training)
    )
    if person_id is not None:
        query = query.where(Payment.volunteer_id == person_id)
    rows = session.execute(query).all()
    return _months([(p, to_local(at).month, cents) for p, at, cents in rows if p is not None])


def allowance_sums(
    session: Session, year: int, on: date, person_id: UUID | None = None
) -> list[AllowanceSum]:
    """The year's sums of everyone who got anything (or of one person), age taken on ``on``.

    The hourly cap goes shift by shift: hours worked before the 21st birthday at the lower rate.
    """
    paid, in_kind = _paid(session, year, person_id), _in_kind(session, year, person_id)
    worked: dict[UUID, list[Shift]] = defaultdict(list)
    for shift in shifts(session, date(year, 1, 1), date(year, 12, 31), person_id):
        worked[shift.person_id].append(shift)
    ids = set(paid) | set(in_kind) | ({person_id} if person_id else set())
    people = session.execute(
        select(Person.id, Person.name, Person.born_on).where(Person.id.in_(ids))
    ).all()
    limits, nothing = limits_for(session, year), (0,) * 12
    return [
        AllowanceSum(
            pid,
            name,
            year,
            under_21(born_on, on),
            round(sum(shift.hours for shift in worked[pid]), 2),
            paid.get(pid, nothing),
            in_kind.get(pid, nothing),
            limits,
            _hour_cap(worked[pid], born_on, limits),
        )
        for pid, name, born_on in people
    ]


def _hour_cap(worked: list[Shift], born_on: date | None, limits: AllowanceLimits) -> int:
    """The hourly maximum over one person's shifts, each at the rate of their age that day."""
    cents = sum(
        shift.hours * limits.hourly(under_21(born_on, to_local(shift.start).date()))
        for shift in worked
    )
    return round(cents)


def near_limits(uow: UnitOfWork, actor: Actor, year: int) -> list[AllowanceSum]:
    """For the manager: who is at 80 % of a limit or over it this year, closest first."""
    with uow.read() as tx:
        require_role(tx, actor, Role.MANAGER)
        on = min(to_local(tx.now).date(), date(year, 12, 31))
        sums = allowance_sums(tx.session, year, on)
    near = [line for line in sums if line.nearest().share >= NEAR_SHARE]
    return sorted(near, key=lambda line: (-line.nearest().share, line.name))
