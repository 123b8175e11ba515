"""The Z-report of a closed day: its overview with the close's count, checks and signature."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.models import Centre, DayClose
from desk_app.services.day_close.cash_count import decode_counts
from desk_app.services.day_close.overview import DayOverview, day_overview
from desk_app.services.uow import UnitOfWork


@dataclass(frozen=True)
class CentreLines:
    """The centre's details as the report's letterhead shows them."""

    name: str
    address: str
    vat_number: str
    coc_number: str


@dataclass(frozen=True)
class ZReport:
    """A signed-off day, complete enough to hand to the office and the tax inspector."""

    number: int
    closed_at: datetime
    closed_by: str
    centre: CentreLines
    overview: DayOverview
    counts: dict[int, int]
    cash_expected_cents: int
    cash_counted_cents: int
    cash_reason: str
    float_left_cents: int
    card_recorded_cents: int
    card_terminal_cents: int
    card_reason: str

    @property
    def day(self) -> date:
        return self.overview.day

    @property
    def cash_difference_cents(self) -> int:
        return self.cash_counted_cents - self.cash_expected_cents

    @property
    def card_difference_cents(self) -> int:
        return self.card_terminal_cents - self.card_recorded_cents


def z_report(uow: UnitOfWork, day: date) -> ZReport:
    """The Z-report of a closed day, to print again or export."""
    with uow.read() as tx:
        return z_report_in(tx.session, day, tx.now)


def z_report_in(session: Session, day: date, now: datetime) -> ZReport:
    """The Z-report inside the caller's transaction; refuses a day that is not closed."""
    close = session.scalar(select(DayClose).where(DayClose.local_day == day))
    if close is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "De dag {day} is nog niet afgesloten."),
            day=day,
        )
    return ZReport(
        number=close.number,
        closed_at=close.created_at,
        closed_by=close.closed_by_name,
        centre=_centre(session),
        overview=day_overview(session, day, now, closed_at=close.created_at),
        counts=decode_counts(close.denominations),
        cash_expected_cents=close.cash_expected_cents,
        cash_counted_cents=close.cash_counted_cents,
        cash_reason=close.cash_reason,
        float_left_cents=close.float_left_cents,
        card_recorded_cents=close.card_recorded_cents,
        card_terminal_cents=close.card_terminal_cents,
        card_reason=close.card_reason,
    )


def _centre(session: Session) -> CentreLines:
    centre = session.scalar(select(Centre).limit(1))
    if centre is None:
        return CentreLines("", "", "", "")
    place = f"{centre.postcode} {centre.city}".strip()
    address = ", ".join(part for part in (centre.street, place) if part)
    return CentreLines(centre.name, address, centre.vat_number, centre.coc_number)


def closed_days(uow: UnitOfWork, limit: int = 60) -> list[tuple[date, int]]:
    """The most recent closed days with their close numbers, newest first."""
    with uow.read() as tx:
        rows = tx.session.execute(
            select(DayClose.local_day, DayClose.number)
            .order_by(DayClose.local_day.desc())
            .limit(limit)
        ).all()
    return [(day, number) for day, number in rows]
