"""The till's day in the books: turnover per rate and product group, VAT, payments, the drawer."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.models import DayClose, Sale, SaleLine
from desk_app.services.books.entries import Entry, JournalKind, Line, kept
from desk_app.services.books.ledger import Ledger
from desk_app.services.day_close.day_lock import paid_outs
from desk_app.services.till.reports import XReport, day_bounds, day_figures


def till_entries(session: Session, ledger: Ledger, day: date, now: datetime) -> list[Entry]:
    """The day's till transaction and, for a closed day, its cash difference."""
    figures = day_figures(session, day, now)
    lines = [
        *_turnover(session, ledger, figures),
        *_payments(ledger, figures),
        *_paid_outs(session, ledger, day),
    ]
    entries = []
    if any(line.cents for line in lines):
        number = f"KAS-{day:%Y%m%d}"
        entries.append(Entry(JournalKind.TILL, number, day, f"Kassa {day:%d-%m-%Y}", kept(lines)))
    difference = _cash_difference(session, ledger, day)
    if difference:
        number = f"KV-{day:%Y%m%d}"
        text = f"Kasverschil {day:%d-%m-%Y}"
        entries.append(Entry(JournalKind.TILL, number, day, text, difference))
    return entries


def _turnover(session: Session, ledger: Ledger, figures: XReport) -> list[Line]:
    """Revenue per rate and product group without VAT, and the VAT per rate, on the credit side."""
    groups = _gross_per_group(session, figures.day)
    lines: list[Line] = []
    for row in figures.vat_rows:
        mine = sorted((g, c) for (rate, g), c in groups.items() if rate == row.rate)
        vat_left = row.vat_cents
        for position, (group, gross) in enumerate(mine):
            last = position == len(mine) - 1
            vat = vat_left if last else _share(row.vat_cents, gross, row.gross_cents)
            vat_left -= vat
            text = f"Baromzet {group} {row.rate}%"
            lines.append(Line(ledger.bar[row.rate], -(gross - vat), text, group=group))
        lines.append(
            Line(ledger.vat[row.rate], -row.vat_cents, f"Btw {row.rate}%", vat_rate=row.rate)
        )
    return lines


def _share(total: int, part: int, whole: int) -> int:
    """``total`` times ``part / whole``, rounded to the cent."""
    return round(total * part / whole) if whole else 0


def _gross_per_group(session: Session, day: date) -> dict[tuple[int, str], int]:
    """Sales per VAT rate and product group, as the day's figures count them."""
    start, end = day_bounds(day)
    rows = session.execute(
        select(SaleLine.vat_rate, SaleLine.category, func.sum(SaleLine.amount_cents))
        .join(Sale, Sale.id == SaleLine.sale_id)
        .where(Sale.created_at >= start, Sale.created_at < end, Sale.training.is_(False))
        .group_by(SaleLine.vat_rate, SaleLine.category)
    ).all()
    return {(int(rate), str(group)): int(cents) for rate, group, cents in rows}


def _payments(ledger: Ledger, figures: XReport) -> list[Line]:
    """Payments per method, coffee cards loaded, and the cash rounding."""
    lines = [
        Line(ledger.for_sale_payment(method), cents, f"Betaald: {method.value}")
        for method, cents in figures.payments
    ]
    for method, cents in figures.card_loads:
        lines.append(Line(ledger.for_sale_payment(method), cents, "Koffiekaart geladen"))
        lines.append(Line(ledger.coffee_cards, -cents, "Koffiekaart geladen"))
    rounding = figures.cash_rounding_cents
    lines.append(Line(ledger.cash_rounding, -rounding, "Afronding contant"))
    return lines


def _paid_outs(session: Session, ledger: Ledger, day: date) -> list[Line]:
    """Cash paid out of the drawer, each on its own line with its reason."""
    lines = []
    for item in paid_outs(session, day):
        lines.append(Line(ledger.paid_out, item.amount_cents, item.reason))
        lines.append(Line(ledger.cash, -item.amount_cents, item.reason))
    return lines


def _cash_difference(session: Session, ledger: Ledger, day: date) -> tuple[Line, ...]:
    """Counted minus expected at the day close: more in the drawer is a gain."""
    close = session.scalar(select(DayClose).where(DayClose.local_day == day))
    if close is None:
        return ()
    difference = close.cash_counted_cents - close.cash_expected_cents
    return kept(
        [
            Line(ledger.cash, difference, "Kasverschil"),
            Line(ledger.cash_differences, -difference, close.cash_reason or "Kasverschil"),
        ]
    )
