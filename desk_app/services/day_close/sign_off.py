"""Closing a day: the blind cash count, the card check and the social manager's sign-off."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput, Money
from desk_app.formatting import LOCAL_ZONE, to_local
from desk_app.models import DayClose, Person, Role, SignOut
from desk_app.services import audit
from desk_app.services.auth import Actor, check_pin, require_role
from desk_app.services.day_close.cash_count import check_counts, count_total, encode_counts
from desk_app.services.day_close.day_lock import (
    CASH_STEP_CENTS,
    MIN_REASON,
    clean_reason,
    ensure_day_open,
)
from desk_app.services.day_close.open_days import oldest_open_day
from desk_app.services.day_close.overview import DayOverview, day_overview
from desk_app.services.day_close.z_report_data import ZReport, z_report_in
from desk_app.services.numbering import day_close_floor
from desk_app.services.till.reports import day_bounds
from desk_app.services.uow import Transaction, UnitOfWork

# A cash difference above five euro needs a reason; a card difference always does.
CASH_REASON_THRESHOLD_CENTS = 500
MAX_TERMINAL_CENTS = 1_000_000


@dataclass(frozen=True)
class CashCheck:
    """The count against what the drawer should hold: shown only after the count is in."""

    counted_cents: int
    expected_cents: int

    @property
    def difference_cents(self) -> int:
        return self.counted_cents - self.expected_cents

    @property
    def reason_needed(self) -> bool:
        return abs(self.difference_cents) > CASH_REASON_THRESHOLD_CENTS


@dataclass(frozen=True)
class Closing:
    """What the manager enters at the close."""

    day: date
    counts: Mapping[int, int] = field(default_factory=dict)
    float_left_cents: int = 0
    card_terminal_cents: int = 0
    cash_reason: str = ""
    card_reason: str = ""
    sign_out_at: time | None = None  # for volunteers still signed in; none: now or midnight


def day_to_close(uow: UnitOfWork, actor: Actor, day: date) -> DayOverview:
    """The manager's overview of a day, before or after its close."""
    with uow.read() as tx:
        require_role(tx, actor, Role.MANAGER)
        return day_overview(tx.session, day, tx.now)


def check_cash(uow: UnitOfWork, actor: Actor, day: date, counts: Mapping[int, int]) -> CashCheck:
    """The counted drawer against the expected cash; only called once the count is entered."""
    counted = count_total(check_counts(counts))
    with uow.read() as tx:
        require_role(tx, actor, Role.MANAGER)
        return CashCheck(counted, day_overview(tx.session, day, tx.now).cash_expected_cents)


def close_day(uow: UnitOfWork, actor: Actor, pin: str, closing: Closing) -> ZReport:
    """Sign a day off with the manager's PIN; from then on nothing can be dated on it."""
    counts = check_counts(closing.counts)
    _check_amounts(closing, count_total(counts))
    if closing.day > to_local(uow.now()).date():
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Een dag in de toekomst kan niet dicht."))
    check_pin(uow, actor.person_id, pin)
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        ensure_day_open(tx.session, closing.day)
        _ensure_earlier_days_closed(tx.session, closing.day)
        overview = day_overview(tx.session, closing.day, tx.now)
        reasons = _checked_reasons(closing, overview, count_total(counts))
        _close_sign_ins(tx, overview, manager, closing.sign_out_at)
        close = _record(tx, manager, closing, overview, counts, reasons)
        audit.record(
            tx.session,
            centre_code=close.centre_code,
            actor=manager,
            action="day.close",
            subject=str(closing.day),
            at=close.created_at,
            after={"number": close.number, "difference_cents": close.cash_difference_cents},
        )
        tx.session.flush()
        return z_report_in(tx.session, closing.day, tx.now)


def _ensure_earlier_days_closed(session: Session, day: date) -> None:
    """Refuse to skip a day the desk was used on: this close would lock it without a count."""
    earlier = oldest_open_day(session, day)
    if earlier is not None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Sluit eerst {day} af: ook die dag is de balie gebruikt."),
            day=earlier,
        )


def _check_amounts(closing: Closing, counted: int) -> None:
    if not 0 <= closing.float_left_cents <= counted:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Het wisselgeld voor morgen ligt tussen 0 en het getelde bedrag."
            )
        )
    if closing.float_left_cents % CASH_STEP_CENTS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Het wisselgeld voor morgen gaat per 5 cent: er zijn geen munten van 1 en 2 cent.",
            )
        )
    if not 0 <= closing.card_terminal_cents <= MAX_TERMINAL_CENTS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Het pinautomaat-totaal ligt tussen 0 en 10.000 euro.")
        )


def _checked_reasons(closing: Closing, overview: DayOverview, counted: int) -> tuple[str, str]:
    if overview.blocking_tabs:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Er staan nog {count} rekening(en) open: reken ze af of zet ze door naar morgen.",
            ),
            count=len(overview.blocking_tabs),
        )
    cash = CashCheck(counted, overview.cash_expected_cents)
    cash_reason = clean_reason(closing.cash_reason) if cash.reason_needed else closing.cash_reason
    card_reason = " ".join(closing.card_reason.split())
    card_difference = closing.card_terminal_cents - overview.card_recorded_cents
    if card_difference and len(card_reason) < MIN_REASON:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Het totaal van de pinautomaat wijkt {difference} af van de pinbetalingen in "
                "de kassa ({recorded}). Geef bij Reden pinverschil een reden.",
            ),
            difference=Money(abs(card_difference)),
            recorded=Money(overview.card_recorded_cents),
        )
    if card_difference:
        card_reason = clean_reason(card_reason)
    return " ".join(cash_reason.split())[:200], card_reason[:200]


def _close_sign_ins(
    tx: Transaction,
    overview: DayOverview,
    manager: Person,
    sign_out_at: time | None,
) -> None:
    """Volunteers still signed in are signed out at the time the manager chose, flagged."""
    day_end = day_bounds(overview.day)[1]
    ended_at = min(tx.now, day_end - timedelta(seconds=1))
    if sign_out_at is not None:
        chosen = datetime.combine(overview.day, sign_out_at, LOCAL_ZONE).astimezone(UTC)
        ended_at = min(ended_at, chosen)
    for open_sign_in in overview.signed_in:
        if open_sign_in.since >= day_end:
            continue
        tx.session.add(
            SignOut(
                centre_code=manager.centre_code,
                created_at=tx.now,
                sign_in_id=open_sign_in.sign_in_id,
                person_id=open_sign_in.person_id,
                ended_at=max(ended_at, open_sign_in.since),
                flagged=True,
                recorded_by=manager.id,
            )
        )


def _record(  # noqa: PLR0917 - one private step of close_day, called once
    tx: Transaction,
    manager: Person,
    closing: Closing,
    overview: DayOverview,
    counts: Mapping[int, int],
    reasons: tuple[str, str],
) -> DayClose:
    """Store the close with the next number: the single writer makes max + 1 gapless.

    After a restore the number also follows those used elsewhere (``numbering``).
    """
    centre = tx.centre_code()
    last = tx.session.scalar(
        select(func.max(DayClose.number)).where(DayClose.centre_code == centre)
    )
    last = max(int(last or 0), day_close_floor(tx.session))
    close = DayClose(
        centre_code=centre,
        created_at=tx.now,
        local_day=closing.day,
        number=last + 1,
        closed_by_id=manager.id,
        closed_by_name=manager.name,
        opening_float_cents=overview.opening_float_cents,
        cash_takings_cents=overview.till.cash_cents,
        paid_out_cents=overview.paid_out_cents,
        cash_expected_cents=overview.cash_expected_cents,
        cash_counted_cents=count_total(counts),
        denominations=encode_counts(counts),
        cash_reason=reasons[0],
        float_left_cents=closing.float_left_cents,
        card_recorded_cents=overview.card_recorded_cents,
        card_terminal_cents=closing.card_terminal_cents,
        card_reason=reasons[1],
    )
    tx.session.add(close)
    return close
