"""The municipal report's figures from the central mirrors, per centre and over a set of centres.

Each figure is counted as ``report facts`` counts it (a test holds them equal): visits with
reversals subtracted, unique visitors as distinct passes of visits not reversed, volunteers as
the people who signed in during the year, hours of completed shifts rounded per centre,
occupancy weighted by open parts of the day. Totals are sums, except the distinct ones
(passes, people) and the shares (over all centres' counts).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Connection, and_, case, exists, func, select

from desk_app.central.schema import MIRRORS
from desk_app.formatting import LOCAL_ZONE
from desk_app.kinds import VolunteerKind
from desk_app.services.activities.reach import reach_by_group
from desk_app.services.office.occupancy import booked_and_open
from desk_app.services.volunteers.volunteered import PERSON, SIGN_IN, SIGNED_IN, volunteered

Number = int | float | None
LARGE_EVENT_VISITORS = 500  # a day with more visitors than this is a large event
UNKNOWN_AGE = "unknown"

_visit = MIRRORS["visit"]
_reversal = _visit.alias("reversal")
_vote = MIRRORS["satisfaction_vote"]
_person = MIRRORS["person"]
_sign_in = MIRRORS["sign_in"]
_sign_out = MIRRORS["sign_out"]
_booking = MIRRORS["booking"]


@dataclass
class Figures:
    """Figures by key for each centre and for the centres together."""

    per_centre: dict[str, dict[str, Number]] = field(default_factory=lambda: defaultdict(dict))
    total: dict[str, Number] = field(default_factory=dict)

    def add(self, code: str, key: str, value: int) -> None:
        """Add to a centre's figure (summed into the total by :meth:`sum_up`)."""
        self.per_centre[code][key] = int(self.per_centre[code].get(key) or 0) + value

    def sum_up(self, keys: Sequence[str]) -> None:
        """Totals of figures that add up across centres."""
        for key in keys:
            self.total[key] = sum(int(f.get(key) or 0) for f in self.per_centre.values())


def year_figures(connection: Connection, year: int, centres: Sequence[str]) -> Figures:
    """Every figure of the report for ``year`` over ``centres``."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    figures = Figures()
    for code in centres:
        figures.per_centre[code] = {}
    for part in (_visits, _unique, _large_events, _activities, _volunteers, _hours, _rooms):
        part(connection, first, last, list(centres), figures)
    _occupancy(connection, first, last, list(centres), figures)
    _satisfaction(connection, first, last, list(centres), figures)
    return figures


def _visits(c: Connection, first: date, last: date, centres: list[str], out: Figures) -> None:
    query = (
        select(_visit.c.centre_code, _visit.c.age_group, func.sum(_visit.c.visitors))
        .where(_visit.c.local_day.between(first, last), _visit.c.centre_code.in_(centres))
        .group_by(_visit.c.centre_code, _visit.c.age_group)
    )
    keys = {"visits"}
    for code, age, number in c.execute(query):
        out.add(code, "visits", int(number or 0))
        out.add(code, f"visits_{age or UNKNOWN_AGE}", int(number or 0))
        keys.add(f"visits_{age or UNKNOWN_AGE}")
    out.sum_up(sorted(keys))


def _unique(c: Connection, first: date, last: date, centres: list[str], out: Figures) -> None:
    counted = and_(
        _visit.c.local_day.between(first, last),
        _visit.c.centre_code.in_(centres),
        _visit.c.pass_id.is_not(None),
        _visit.c.visitors > 0,
        ~exists().where(
            _reversal.c.centre_code == _visit.c.centre_code,
            _reversal.c.reverses_id == _visit.c.id,
        ),
    )
    passes = func.count(func.distinct(_visit.c.pass_id))
    age = func.coalesce(_visit.c.age_group, UNKNOWN_AGE)
    for code, group, number in c.execute(
        select(_visit.c.centre_code, age, passes).where(counted).group_by(_visit.c.centre_code, age)
    ):
        out.per_centre[code][f"unique_{group}"] = int(number)
    for code, number in c.execute(
        select(_visit.c.centre_code, passes).where(counted).group_by(_visit.c.centre_code)
    ):
        out.per_centre[code]["unique_visitors"] = int(number)
    out.total["unique_visitors"] = int(c.scalar(select(passes).where(counted)) or 0)
    for group, number in c.execute(select(age, passes).where(counted).group_by(age)):
        out.total[f"unique_{group}"] = int(number)


def _large_events(c: Connection, first: date, last: date, centres: list[str], out: Figures) -> None:
    daily = (
        select(_visit.c.centre_code, func.sum(_visit.c.visitors).label("visitors"))
        .where(_visit.c.local_day.between(first, last), _visit.c.centre_code.in_(centres))
        .group_by(_visit.c.centre_code, _visit.c.local_day)
        .having(func.sum(_visit.c.visitors) > LARGE_EVENT_VISITORS)
        .subquery()
    )
    query = select(daily.c.centre_code, func.count(), func.sum(daily.c.visitors)).group_by(
        daily.c.centre_code
    )
    for code, days, visitors in c.execute(query):
        out.add(code, "large_event_days", int(days))
        out.add(code, "large_event_visits", int(visitors or 0))
    out.sum_up(["large_event_days", "large_event_visits"])


def _activities(c: Connection, first: date, last: date, centres: list[str], out: Figures) -> None:
    keys = {"activities", "participants"}
    for row in reach_by_group(c, first, last, centres):
        names = ["", f"_{row.target_group}"]
        if row.own_group:
            names.append(f"_own:{row.own_group}")
        for name in names:
            out.add(row.centre_code, f"activities{name}", row.activities)
            out.add(row.centre_code, f"participants{name}", row.participants)
            keys |= {f"activities{name}", f"participants{name}"}
    out.sum_up(sorted(keys))


def _volunteers(c: Connection, first: date, last: date, centres: list[str], out: Figures) -> None:
    """Volunteers who signed in at least once in the year, as ``report facts`` counts them."""
    centre = SIGN_IN.c.centre_code
    volunteers = and_(volunteered(first, last), centre.in_(centres))
    kinds = {
        "volunteers_active": None,
        "volunteers_social_return": VolunteerKind.SOCIAL_RETURN.value,
        "volunteers_intern": VolunteerKind.INTERN.value,
    }
    people = func.count(func.distinct(SIGN_IN.c.person_id))
    for key, kind in kinds.items():
        where = volunteers if kind is None else and_(volunteers, PERSON.c.kind == kind)
        counted = select(centre, people).select_from(SIGNED_IN).where(where)
        for code, number in c.execute(counted.group_by(centre)):
            out.per_centre[code][key] = int(number)
        distinct = select(people).select_from(SIGNED_IN).where(where)
        out.total[key] = int(c.scalar(distinct) or 0)  # a person the office sent counts once


def _hours(c: Connection, first: date, last: date, centres: list[str], out: Figures) -> None:
    seconds = func.extract("epoch", _sign_out.c.ended_at - _sign_in.c.created_at)
    query = (
        select(_sign_in.c.centre_code, func.sum(seconds))
        .join(
            _sign_out,
            and_(
                _sign_out.c.centre_code == _sign_in.c.centre_code,
                _sign_out.c.sign_in_id == _sign_in.c.id,
            ),
        )
        .where(_sign_in.c.local_day.between(first, last), _sign_in.c.centre_code.in_(centres))
        .group_by(_sign_in.c.centre_code)
    )
    for code, total in c.execute(query):
        out.add(code, "volunteer_hours", round(float(total or 0) / 3600))
    out.sum_up(["volunteer_hours"])


def _rooms(c: Connection, first: date, last: date, centres: list[str], out: Figures) -> None:
    start, end = _moment(first), _moment(last + timedelta(days=1))
    cancelled = _booking.c.state == "cancelled"
    earned = case((cancelled, _booking.c.cancellation_fee_cents), else_=_booking.c.price_cents)
    free = and_(~cancelled, _booking.c.price_cents == 0)
    seconds = func.extract("epoch", _booking.c.ends_at - _booking.c.starts_at)
    query = (
        select(
            _booking.c.centre_code,
            func.sum(earned),
            func.sum(case((free, seconds), else_=0)),
            func.sum(case((free, _booking.c.commercial_cents), else_=0)),
        )
        .where(
            _booking.c.starts_at >= start,
            _booking.c.starts_at < end,
            _booking.c.centre_code.in_(centres),
        )
        .group_by(_booking.c.centre_code)
    )
    for code, income, free_seconds, value in c.execute(query):
        out.add(code, "rental_income_cents", int(income or 0))
        out.add(code, "free_hours", round(float(free_seconds or 0) / 3600))
        out.add(code, "free_value_cents", int(value or 0))
    out.sum_up(["rental_income_cents", "free_hours", "free_value_cents"])


def _occupancy(c: Connection, first: date, last: date, centres: list[str], out: Figures) -> None:
    last = min(last, datetime.now(LOCAL_ZONE).date())
    if last < first:
        out.total["occupancy_pct"] = None
        return
    counts = {
        code: numbers
        for code, numbers in booked_and_open(c, first, last).items()
        if code in centres
    }
    for code, (booked, opened) in counts.items():
        out.per_centre[code]["occupancy_pct"] = _share(booked, opened, 0.0)
    booked_total = sum(booked for booked, _opened in counts.values())
    out.total["occupancy_pct"] = _share(
        booked_total, sum(opened for _b, opened in counts.values()), 0.0
    )


def _satisfaction(c: Connection, first: date, last: date, centres: list[str], out: Figures) -> None:
    happy = func.sum(case((_vote.c.mood == 3, 1), else_=0))
    query = (
        select(_vote.c.centre_code, happy, func.count())
        .where(_vote.c.local_day.between(first, last), _vote.c.centre_code.in_(centres))
        .group_by(_vote.c.centre_code)
    )
    rows = list(c.execute(query).all())
    for code, happy_taps, taps in rows:
        out.per_centre[code]["satisfaction_pct"] = _share(int(happy_taps or 0), int(taps), None)
    out.total["satisfaction_pct"] = _share(
        sum(int(h or 0) for _c, h, _n in rows), sum(int(n) for _c, _h, n in rows), None
    )


def _share(part: int, whole: int, empty: float | None) -> float | None:
    return round(100 * part / whole, 1) if whole else empty


def _moment(day: date) -> datetime:
    """Local midnight at the start of ``day``, as a UTC moment."""
    return datetime.combine(day, time(0), LOCAL_ZONE).astimezone(UTC)
