"""Tabs: named open bills that collect rounds during the day and are settled in one sale."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.formatting import to_local
from desk_app.models import Person, RemovedLine, Role, Tab, TabEntry
from desk_app.services import audit
from desk_app.services.auth import Actor, require_role
from desk_app.services.day_close.day_lock import ensure_day_open
from desk_app.services.people import clean_name
from desk_app.services.till.alcohol import check_alcohol
from desk_app.services.till.basket import LineIn, PricedLine, check_quantities, price_lines
from desk_app.services.till.payments import PaymentIn, plan_payments
from desk_app.services.till.pricing import product_rows
from desk_app.services.till.receipts import Receipt
from desk_app.services.till.sales import record_sale
from desk_app.services.till.settings import till_settings
from desk_app.services.uow import UnitOfWork


@dataclass(frozen=True)
class TabSummary:
    """An open tab with what is on it."""

    tab_id: UUID
    name: str
    is_youth: bool
    carried_over: bool
    opened_at: datetime
    lines: tuple[PricedLine, ...]
    for_outsiders: bool = False

    @property
    def total_cents(self) -> int:
        """What the tab owes so far."""
        return sum(line.amount_cents for line in self.lines)


def _open_tab(session: Session, tab_id: UUID) -> Tab:
    tab = session.get(Tab, tab_id)
    if tab is None or tab.closed_at is not None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze rekening is niet (meer) open."))
    return tab


def _net_lines(
    session: Session, tab_id: UUID, as_of: datetime | None = None
) -> tuple[PricedLine, ...]:
    """What is on a tab (at ``as_of``): its entries summed per product and price."""
    totals: dict[tuple[UUID, int], PricedLine] = {}
    entries = select(TabEntry).where(TabEntry.tab_id == tab_id)
    if as_of is not None:
        entries = entries.where(TabEntry.created_at <= as_of)
    for entry in session.scalars(entries.order_by(TabEntry.created_at)):
        key = (entry.product_id, entry.unit_price_cents)
        before = totals[key].quantity if key in totals else 0
        totals[key] = PricedLine(
            entry.product_id,
            entry.name,
            entry.category,
            before + entry.quantity,
            entry.unit_price_cents,
            entry.vat_rate,
            entry.is_alcohol,
        )
    return tuple(line for line in totals.values() if line.quantity > 0)


def _summary(session: Session, tab: Tab, as_of: datetime | None = None) -> TabSummary:
    """A tab with what is on it (at ``as_of``: then every open tab had been carried over)."""
    return TabSummary(
        tab.id,
        tab.name,
        tab.is_youth,
        tab.carried_over or as_of is not None,
        tab.created_at,
        _net_lines(session, tab.id, as_of),
        tab.for_outsiders,
    )


def open_tab(
    uow: UnitOfWork, actor: Actor, name: str, *, youth: bool = False, outsiders: bool = False
) -> TabSummary:
    """Start a named bill; the tab of a youth activity or an outsiders' event takes no alcohol."""
    name = clean_name(name)
    with uow.write() as tx:
        person = require_role(tx, actor, Role.BAR)
        ensure_day_open(tx.session, to_local(tx.now).date())
        tab = Tab(
            centre_code=tx.centre_code(),
            created_at=tx.now,
            name=name,
            is_youth=youth,
            for_outsiders=outsiders,
            opened_by_id=person.id,
        )
        tx.session.add(tab)
        tx.session.flush()
        return _summary(tx.session, tab)


def add_to_tab(
    uow: UnitOfWork,
    actor: Actor,
    tab_id: UUID,
    lines: Sequence[LineIn],
    *,
    age_confirmed: bool = False,
) -> TabSummary:
    """Put a round on a tab, under the same alcohol rules as a paid sale."""
    check_quantities(lines)
    with uow.write() as tx:
        person = require_role(tx, actor, Role.BAR)
        tab = _open_tab(tx.session, tab_id)
        at = tx.now
        ensure_day_open(tx.session, to_local(at).date())
        priced = price_lines(product_rows(tx), lines, to_local(at).date())
        if any(line.is_alcohol for line in priced):
            check_alcohol(
                tx.session,
                at,
                till_settings(tx),
                youth=tab.is_youth,
                age_confirmed=age_confirmed,
                outsiders=tab.for_outsiders,
            )
        tx.session.add_all(_entry(tab, line, line.quantity, person, at) for line in priced)
        tx.session.flush()
        return _summary(tx.session, tab)


def _entry(tab: Tab, line: PricedLine, quantity: int, person: Person, at: datetime) -> TabEntry:
    return TabEntry(
        centre_code=tab.centre_code,
        created_at=at,
        tab_id=tab.id,
        product_id=line.product_id,
        name=line.name,
        category=line.category,
        quantity=quantity,
        unit_price_cents=line.unit_price_cents,
        vat_rate=line.vat_rate,
        is_alcohol=line.is_alcohol,
        seller_id=person.id,
    )


def take_off_tab(
    uow: UnitOfWork, actor: Actor, tab_id: UUID, product_id: UUID, quantity: int
) -> TabSummary:
    """Take something off a tab before it is settled; logged as a removed line."""
    check_quantities([LineIn(product_id, quantity)])
    with uow.write() as tx:
        person = require_role(tx, actor, Role.BAR)
        tab = _open_tab(tx.session, tab_id)
        line = next(
            (li for li in _net_lines(tx.session, tab_id) if li.product_id == product_id), None
        )
        if line is None or line.quantity < quantity:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Zoveel staat er niet op de rekening."))
        at = tx.now
        ensure_day_open(tx.session, to_local(at).date())
        tx.session.add(_entry(tab, line, -quantity, person, at))
        tx.session.add(
            RemovedLine(
                centre_code=tab.centre_code,
                created_at=at,
                removed_by_id=person.id,
                removed_by_name=person.name,
                product_id=product_id,
                name=line.name,
                quantity=quantity,
                unit_price_cents=line.unit_price_cents,
                tab_id=tab.id,
            )
        )
        tx.session.flush()
        return _summary(tx.session, tab)


def settle_tab(
    uow: UnitOfWork,
    actor: Actor,
    tab_id: UUID,
    payments: Sequence[PaymentIn],
    *,
    training: bool = False,
) -> Receipt:
    """Pay a tab in one sale at the prices it was rung up at; the tab closes."""
    with uow.write() as tx:
        seller = require_role(tx, actor, Role.BAR)
        tab = _open_tab(tx.session, tab_id)
        lines = _net_lines(tx.session, tab_id)
        if not lines:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Er staat nog niets op de bon."))
        total = sum(line.amount_cents for line in lines)
        allowance = till_settings(tx).volunteer_allowance_cents
        planned, rounding = plan_payments(tx.session, total, payments, tx.now, allowance)
        receipt = record_sale(
            tx,
            seller,
            lines,
            planned,
            rounding=rounding,
            training=training,
            tab_id=tab.id,
        )
        tab.closed_at = tx.now
        tab.settled_by_sale_id = receipt.sale_id
        return receipt


def close_empty_tab(uow: UnitOfWork, actor: Actor, tab_id: UUID) -> TabSummary:
    """Close a tab with nothing on it, audited: no sale settles it, and it held up the close."""
    with uow.write() as tx:
        person = require_role(tx, actor, Role.BAR)
        tab = _open_tab(tx.session, tab_id)
        if _net_lines(tx.session, tab_id):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Op rekening {name} staat nog iets: reken die eerst af."
                ),
                name=tab.name,
            )
        ensure_day_open(tx.session, to_local(tx.now).date())
        tab.closed_at = tx.now
        audit.record(
            tx.session,
            centre_code=tab.centre_code,
            actor=person,
            action="tab.close",
            subject=tab.name,
            at=tx.now,
            before={"opened_at": tab.created_at, "carried_over": tab.carried_over},
        )
        return _summary(tx.session, tab)


def carry_over_tab(uow: UnitOfWork, actor: Actor, tab_id: UUID) -> TabSummary:
    """Keep a tab open past today's close (a club that pays monthly)."""
    with uow.write() as tx:
        require_role(tx, actor, Role.BAR)
        tab = _open_tab(tx.session, tab_id)
        tab.carried_over = True
        return _summary(tx.session, tab)


def open_tabs(uow: UnitOfWork) -> list[TabSummary]:
    """Every open tab, oldest first; the day close is blocked by those not carried over."""
    with uow.read() as tx:
        return tabs_still_open(tx.session)


def tabs_still_open(session: Session, *, as_of: datetime | None = None) -> list[TabSummary]:
    """The open tabs inside the caller's transaction (the day close reads them with the rest).

    ``as_of`` gives them as they stood then: a reprinted Z-report shows the tabs of its close.
    Every tab open at a close had been carried over, or the close would have been refused.
    """
    if as_of is None:
        tabs = session.scalars(select(Tab).where(Tab.closed_at.is_(None)).order_by(Tab.created_at))
        return [_summary(session, tab) for tab in tabs]
    still_open = Tab.closed_at.is_(None) | (Tab.closed_at > as_of)
    then = select(Tab).where(Tab.created_at <= as_of, still_open).order_by(Tab.created_at)
    return [_summary(session, tab, as_of) for tab in session.scalars(then)]


def tabs_blocking_close(uow: UnitOfWork) -> list[TabSummary]:
    """Open tabs neither settled nor carried over: the day cannot close while there are any."""
    return [tab for tab in open_tabs(uow) if not tab.carried_over]
