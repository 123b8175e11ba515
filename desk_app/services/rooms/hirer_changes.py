"""Changing a hirer's details and taking a hirer out of (or back into) the booking lists."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.formatting import LOCAL_ZONE
from desk_app.models import Booking, BookingState, Hirer, Person, Role, TariffClass
from desk_app.services import audit
from desk_app.services.auth import Actor, require_role
from desk_app.services.rooms.hirers import HIRER_COLUMNS, HirerDetails, hirer_details, validated
from desk_app.services.uow import Transaction, UnitOfWork

# Everything but the tariff class, which only the manager changes (it changes the price).
_EDITABLE = tuple(key for key in HIRER_COLUMNS if key != "tariff_class")


def update_hirer(uow: UnitOfWork, actor: Actor, details: HirerDetails) -> HirerDetails:
    """The desk corrects a hirer's details; a new tariff class is the manager's decision."""
    details = validated(details, uow.now().astimezone(LOCAL_ZONE).date())
    with uow.write() as tx:
        person = require_role(tx, actor, Role.RECEPTION)
        hirer = _hirer(tx.session, details.id)
        if details.tariff_class is not hirer.tariff_class:
            person = require_role(tx, actor, Role.MANAGER)
            _refuse_for_centre(tx.session, hirer)
        if _changed(hirer, details):
            before = _snapshot(hirer)
            for key in _EDITABLE:
                setattr(hirer, key, getattr(details, key))
            hirer.tariff_class = details.tariff_class
            _audit(tx, person, hirer, action="hirer.change", before=before)
        return hirer_details(hirer)


def set_hirer_active(uow: UnitOfWork, actor: Actor, hirer_id: UUID, active: bool) -> HirerDetails:
    """Take a hirer out of the booking lists (old bookings and invoices keep them), or back."""
    with uow.write() as tx:
        person = require_role(tx, actor, Role.RECEPTION)
        hirer = _hirer(tx.session, hirer_id)
        if hirer.active == active:
            return hirer_details(hirer)
        if not active:
            _refuse_for_centre(tx.session, hirer)
            _refuse_coming_bookings(tx.session, hirer, tx.now)
        before = _snapshot(hirer)
        hirer.active = active
        _audit(tx, person, hirer, action="hirer.active", before=before)
        return hirer_details(hirer)


def _changed(hirer: Hirer, details: HirerDetails) -> bool:
    if hirer.tariff_class is not details.tariff_class:
        return True
    return any(getattr(hirer, key) != getattr(details, key) for key in _EDITABLE)


def _hirer(session: Session, hirer_id: UUID | None) -> Hirer:
    hirer = None if hirer_id is None else session.get(Hirer, hirer_id)
    if hirer is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze huurder bestaat niet (meer)."))
    return hirer


def _refuse_for_centre(session: Session, hirer: Hirer) -> None:
    """The centre's own activities are booked on this hirer; it stays internal and active."""
    own = session.scalars(
        select(Hirer.id)
        .where(Hirer.tariff_class == TariffClass.INTERNAL)
        .order_by(Hirer.created_at)
    ).first()
    if own == hirer.id:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Op {name} worden de eigen activiteiten geboekt; "
                "het tarief en de status blijven zoals ze zijn.",
            ),
            name=hirer.name,
        )


def _refuse_coming_bookings(session: Session, hirer: Hirer, now: datetime) -> None:
    coming = session.scalar(
        select(func.count()).where(
            Booking.hirer_id == hirer.id,
            Booking.state != BookingState.CANCELLED,
            Booking.ends_at > now,
        )
    )
    if coming:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} heeft nog {count} boeking(en) die nog moeten komen. "
                "Annuleer die eerst of laat de huurder actief.",
            ),
            name=hirer.name,
            count=coming,
        )


def _audit(
    tx: Transaction,
    person: Person,
    hirer: Hirer,
    *,
    action: str,
    before: dict[str, object],
) -> None:
    audit.record(
        tx.session,
        centre_code=hirer.centre_code,
        actor=person,
        action=action,
        subject=hirer.name,
        at=tx.now,
        before=before,
        after=_snapshot(hirer),
    )


def _snapshot(hirer: Hirer) -> dict[str, object]:
    """The audited state; the IBAN stays on the PC, so the log shows only its last digits."""
    values: dict[str, object] = {key: getattr(hirer, key) for key in _EDITABLE}
    values["iban"] = f"…{hirer.iban[-4:]}" if hirer.iban else ""
    values["tariff"] = hirer.tariff_class.value
    values["active"] = hirer.active
    return values
