"""Fact queries over the tables both databases share (local SQLite, central PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    ColumnClause,
    Connection,
    Date,
    Select,
    and_,
    case,
    column,
    exists,
    func,
    select,
    table,
)
from sqlalchemy.orm import Session

from desk_app.facts.registry import FactValues, Period
from desk_app.formatting import LOCAL_ZONE
from desk_app.services.volunteers.volunteered import SIGN_IN, SIGNED_IN, volunteered

_visit = table(
    "visit",
    column("id"),
    column("centre_code"),
    column("local_day", Date),
    column("visitors"),
    column("pass_id"),
    column("reverses_id"),
)
_reversal = _visit.alias("reversal")
_vote = table("satisfaction_vote", column("centre_code"), column("local_day"), column("mood"))
_centre = table("centre", column("code"), column("name"))
_sign_out = table("sign_out", column("centre_code"), column("sign_in_id"), column("ended_at"))


def centres(connection: Connection, period: Period) -> dict[str, str]:
    """The centres the database knows (code -> name), or just the one asked for."""
    query = select(_centre.c.code, _centre.c.name).order_by(_centre.c.code)
    if period.centre:
        query = query.where(_centre.c.code == period.centre)
    return {str(code): str(name) for code, name in connection.execute(query)}


def visits(connection: Connection, period: Period) -> FactValues:
    """Every visit, groups counted in full, reversals subtracted."""
    query = select(_visit.c.centre_code, func.sum(_visit.c.visitors)).where(
        _visit.c.local_day.between(period.first, period.last)
    )
    per_centre = _per_centre(connection, query, _visit.c.centre_code, period)
    return FactValues(per_centre, sum(int(v or 0) for v in per_centre.values()))


def unique_visitors(connection: Connection, period: Period) -> FactValues:
    """Distinct passes seen (not counting reversed visits); across centres distinct passes."""
    counted = and_(
        _visit.c.local_day.between(period.first, period.last),
        _visit.c.pass_id.is_not(None),
        _visit.c.visitors > 0,
        ~exists().where(  # keys are unique per centre: the centre keeps to one centre's rows
            _reversal.c.centre_code == _visit.c.centre_code,
            _reversal.c.reverses_id == _visit.c.id,
        ),
    )
    distinct_passes = func.count(func.distinct(_visit.c.pass_id))
    query = select(_visit.c.centre_code, distinct_passes).where(counted)
    per_centre = _per_centre(connection, query, _visit.c.centre_code, period)
    total_query = select(distinct_passes).where(counted)
    if period.centre:
        total_query = total_query.where(_visit.c.centre_code == period.centre)
    return FactValues(per_centre, int(connection.scalar(total_query) or 0))


def satisfaction_pct(connection: Connection, period: Period) -> FactValues:
    """The share of happy faces among all taps, in percent (one decimal)."""
    happy = func.sum(case((_vote.c.mood == 3, 1), else_=0))
    query = select(_vote.c.centre_code, happy, func.count()).where(
        _vote.c.local_day.between(period.first, period.last)
    )
    if period.centre:
        query = query.where(_vote.c.centre_code == period.centre)
    rows = connection.execute(query.group_by(_vote.c.centre_code)).all()
    per_centre = {str(code): _pct(int(h or 0), int(n)) for code, h, n in rows}
    return FactValues(
        per_centre, _pct(sum(int(h or 0) for _c, h, _n in rows), sum(int(n) for _c, _h, n in rows))
    )


def volunteers_active(connection: Connection, period: Period) -> FactValues:
    """Volunteers who signed in for duty at least once in the period (staff left out).

    The register says who volunteers today, not who did in the year asked for; a sign-in
    does. Across centres a person the office sent to several counts once.
    """
    people = func.count(func.distinct(SIGN_IN.c.person_id))
    volunteers = volunteered(period.first, period.last)
    query = select(SIGN_IN.c.centre_code, people).select_from(SIGNED_IN).where(volunteers)
    per_centre = _per_centre(connection, query, SIGN_IN.c.centre_code, period)
    total_query = select(people).select_from(SIGNED_IN).where(volunteers)
    if period.centre:
        total_query = total_query.where(SIGN_IN.c.centre_code == period.centre)
    return FactValues(per_centre, int(connection.scalar(total_query) or 0))


def _per_centre(
    connection: Connection,
    query: Select[tuple[Any, Any]],
    code: ColumnClause[Any],
    period: Period,
) -> dict[str, int | float | None]:
    if period.centre:
        query = query.where(code == period.centre)
    rows = connection.execute(query.group_by(code)).all()
    return {str(centre): int(str(value or 0)) for centre, value in rows}


def _pct(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def visits_by_month(connection: Connection, period: Period) -> dict[str, list[int]]:
    """Visits per centre for each month of the year (twelve numbers), for the charts."""
    query = (
        select(_visit.c.centre_code, _visit.c.local_day, func.sum(_visit.c.visitors))
        .where(_visit.c.local_day.between(period.first, period.last))
        .group_by(_visit.c.centre_code, _visit.c.local_day)
    )
    if period.centre:
        query = query.where(_visit.c.centre_code == period.centre)
    months: dict[str, list[int]] = {}
    for centre, day, number in connection.execute(query):
        months.setdefault(str(centre), [0] * 12)[day.month - 1] += int(number or 0)
    return months


_sale = table(
    "sale",
    column("id"),
    column("centre_code"),
    column("created_at"),
    column("total_cents"),
    column("training"),
)
_sale_line = table(
    "sale_line",
    column("centre_code"),
    column("sale_id"),
    column("product_id"),
    column("amount_cents"),
)
_product = table("product", column("centre_code"), column("id"), column("stamps"))
_occurrence = table(
    "activity_session", column("centre_code"), column("day", Date), column("cancelled")
)


def bar_turnover_cents(connection: Connection, period: Period) -> FactValues:
    """Receipts' totals of the year (local time), reversals subtracted, training left out.

    Strippenkaarten sold are prepaid credit, not bar turnover: their lines are taken off.
    """
    start, end = year_bounds(period)
    real = (_sale.c.created_at >= start, _sale.c.created_at < end, _sale.c.training.is_(False))
    query = select(_sale.c.centre_code, func.sum(_sale.c.total_cents)).where(*real)
    per_centre = _per_centre(connection, query, _sale.c.centre_code, period)
    cards = (
        select(_sale.c.centre_code, func.sum(_sale_line.c.amount_cents))
        .join(
            _sale_line,
            and_(
                _sale_line.c.centre_code == _sale.c.centre_code,
                _sale_line.c.sale_id == _sale.c.id,
            ),
        )
        .join(
            _product,
            and_(
                _product.c.centre_code == _sale_line.c.centre_code,
                _product.c.id == _sale_line.c.product_id,
            ),
        )
        .where(*real, _product.c.stamps.is_not(None))
    )
    for code, cents in _per_centre(connection, cards, _sale.c.centre_code, period).items():
        per_centre[code] = int(per_centre.get(code) or 0) - int(cents or 0)
    return FactValues(per_centre, sum(int(v or 0) for v in per_centre.values()))


def activities_held(connection: Connection, period: Period) -> FactValues:
    """Activity occurrences that took place: in the year, up to today, not cancelled."""
    last = min(period.last, datetime.now(LOCAL_ZONE).date())
    query = select(_occurrence.c.centre_code, func.count()).where(
        _occurrence.c.day.between(period.first, last), _occurrence.c.cancelled.is_(False)
    )
    per_centre = _per_centre(connection, query, _occurrence.c.centre_code, period)
    return FactValues(per_centre, sum(int(v or 0) for v in per_centre.values()))


def volunteer_hours(connection: Connection, period: Period) -> FactValues:
    """Hours of completed shifts that began in the year, rounded per centre."""
    if connection.dialect.name == "sqlite":
        seconds = (
            func.julianday(_sign_out.c.ended_at) - func.julianday(SIGN_IN.c.created_at)
        ) * 86400
    else:
        seconds = func.extract("epoch", _sign_out.c.ended_at - SIGN_IN.c.created_at)
    query = (
        select(SIGN_IN.c.centre_code, func.sum(seconds))
        .join(
            _sign_out,
            and_(
                _sign_out.c.centre_code == SIGN_IN.c.centre_code,
                _sign_out.c.sign_in_id == SIGN_IN.c.id,
            ),
        )
        .where(SIGN_IN.c.local_day.between(period.first, period.last))
    )
    if period.centre:
        query = query.where(SIGN_IN.c.centre_code == period.centre)
    rows = connection.execute(query.group_by(SIGN_IN.c.centre_code)).all()
    per_centre: dict[str, int | float | None] = {
        str(code): round(float(total or 0) / 3600) for code, total in rows
    }
    return FactValues(per_centre, sum(int(v or 0) for v in per_centre.values()))


def year_bounds(period: Period) -> tuple[datetime, datetime]:
    """The year from local New Year to local New Year, as UTC moments."""
    start = datetime.combine(period.first, time(0), LOCAL_ZONE).astimezone(UTC)
    end = datetime.combine(period.last + timedelta(days=1), time(0), LOCAL_ZONE).astimezone(UTC)
    return start, end


_booking = table(
    "booking",
    column("centre_code"),
    column("starts_at"),
    column("state"),
    column("price_cents"),
    column("cancellation_fee_cents"),
)


def rental_income_cents(connection: Connection, period: Period) -> FactValues:
    """Agreed room hire of bookings in the year, and the fees of late cancellations."""
    start, end = year_bounds(period)
    earned = case(
        (_booking.c.state == "cancelled", _booking.c.cancellation_fee_cents),
        else_=_booking.c.price_cents,
    )
    query = select(_booking.c.centre_code, func.sum(earned)).where(
        _booking.c.starts_at >= start, _booking.c.starts_at < end
    )
    per_centre = _per_centre(connection, query, _booking.c.centre_code, period)
    return FactValues(per_centre, sum(int(v or 0) for v in per_centre.values()))


def occupancy_pct(connection: Connection, period: Period) -> FactValues:
    """Booked parts of the day against the parts the rooms were open, up to today (local)."""
    from desk_app.services.rooms.occupancy import occupancy_in  # noqa: PLC0415 - room hire's own rule

    last = min(period.last, datetime.now(LOCAL_ZONE).date())
    with Session(bind=connection) as session:
        rate = occupancy_in(session, period.first, last).rate if last >= period.first else None
    code = next(iter(centres(connection, period)), "")
    value = None if rate is None else round(100 * rate, 1)
    return FactValues({code: value} if code else {}, value)
