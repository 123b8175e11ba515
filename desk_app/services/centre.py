"""The centre's own details: the first-run set-up and the manager's later changes."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import datetime, time
from itertools import pairwise
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.models import Centre, DayPart, DayPartKey, OpeningHours, Person, Role
from desk_app.services import audit
from desk_app.services.auth import Actor, authenticate, require_role
from desk_app.services.people import clean_name
from desk_app.services.pin_hashing import hash_pin, require_pin_for_role, validate_pin
from desk_app.services.uow import UnitOfWork

if TYPE_CHECKING:
    from desk_app.services.starter import StartingPoint

KNOWN_CENTRES = {
    "Alleman": "ALM",
    "De Bolder": "BOL",
    "De Meent": "MEE",
    "Open Hof": "OHO",
    "Westend": "WES",
}
CODE_PATTERN = re.compile(r"[A-Z0-9]{2,8}")
DEFAULT_DAY_PARTS = {
    DayPartKey.MORNING: (time(8, 30), time(12, 30)),
    DayPartKey.AFTERNOON: (time(12, 30), time(17, 30)),
    DayPartKey.EVENING: (time(18, 0), time(22, 30)),
}
WEEKDAY_HOURS = (time(8, 30), time(22, 30))
WEEKEND_HOURS = (time(10, 0), time(17, 30))

Span = tuple[time, time]


def default_opening_hours() -> dict[int, Span | None]:
    """Open every day: long weekdays, shorter weekends."""
    return {day: WEEKDAY_HOURS if day < 5 else WEEKEND_HOURS for day in range(7)}


@dataclass(frozen=True)
class CentreDetails:
    """Everything the set-up wizard asks and the invoices and reports print."""

    name: str
    code: str
    street: str = ""
    postcode: str = ""
    city: str = "Amstelveen"
    vat_number: str = ""
    coc_number: str = ""
    iban: str = ""
    # The SEPA creditor identifier (incassant-ID) for direct debits; empty until one is given.
    creditor_id: str = ""
    opening_hours: dict[int, Span | None] = field(default_factory=default_opening_hours)
    day_parts: dict[DayPartKey, Span] = field(default_factory=lambda: dict(DEFAULT_DAY_PARTS))


def validated(details: CentreDetails) -> CentreDetails:
    """Check and normalise the details, or say in Dutch what is wrong."""
    code = details.code.strip().upper()
    if not CODE_PATTERN.fullmatch(code):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "De code is 2 tot 8 hoofdletters of cijfers, bijvoorbeeld ALM."
            )
        )
    _check_spans(details)
    # python-stdnum's checks load only when details are checked, never at the desk's start.
    from desk_app.services.centre_numbers import checked_numbers  # noqa: PLC0415

    return CentreDetails(
        name=clean_name(details.name),
        code=code,
        street=details.street.strip(),
        city=details.city.strip(),
        **checked_numbers(
            details.postcode,
            details.vat_number,
            details.coc_number,
            details.iban,
            details.creditor_id,
        ),
        opening_hours=dict(details.opening_hours),
        day_parts=dict(details.day_parts),
    )


def _check_spans(details: CentreDetails) -> None:
    spans = [s for s in details.opening_hours.values() if s is not None]
    if any(opens >= closes for opens, closes in spans):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Een openingstijd moet voor de sluitingstijd liggen.")
        )
    if set(details.day_parts) != set(DayPartKey):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Geef tijden voor ochtend, middag en avond.")
        )
    ordered = [details.day_parts[key] for key in DayPartKey]
    if any(start >= end for start, end in ordered) or any(
        earlier[1] > later[0] for earlier, later in pairwise(ordered)
    ):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "De dagdelen moeten op volgorde liggen en mogen niet overlappen."
            )
        )


def is_set_up(uow: UnitOfWork) -> bool:
    """Whether the first-run wizard has been completed."""
    with uow.read() as tx:
        return tx.session.scalar(select(Centre.id).limit(1)) is not None


def set_up_centre(
    uow: UnitOfWork,
    details: CentreDetails,
    *,
    manager_name: str,
    manager_pin: str,
    pin_salt: bytes | None = None,
    start: StartingPoint | None = None,
) -> Actor:
    """First run: store the centre, its first social manager and what it starts with at once.

    ``start`` (the wizard's price list, rooms, float and printer) lands in the same
    transaction: a refusal anywhere leaves no half set-up centre behind.
    """
    # The starting point's services (price list, rooms, till) load for the first run only.
    from desk_app.services.starter import store_start  # noqa: PLC0415
    from desk_app.services.starter import validated as validated_start  # noqa: PLC0415

    details = validated(details)
    start = validated_start(start) if start is not None else None
    name = clean_name(manager_name)
    require_pin_for_role(validate_pin(manager_pin), Role.MANAGER)
    pin_hash = hash_pin(manager_pin, pin_salt)
    with uow.write() as tx:
        if tx.session.scalar(select(Centre.id).limit(1)) is not None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Dit buurthuis is al ingesteld."))
        now = tx.now
        tx.session.add(
            Centre(code=details.code, created_at=now, centre_code=details.code, **_columns(details))
        )
        _store_times(tx.session, details, now)
        manager = Person(
            centre_code=details.code,
            name=name,
            role=Role.MANAGER,
            pin_hash=pin_hash,
            created_at=now,
        )
        tx.session.add(manager)
        tx.session.flush()
        audit.record(
            tx.session,
            centre_code=details.code,
            actor=manager,
            action="centre.setup",
            subject=details.name,
            at=now,
            after=_snapshot(details),
        )
        if start is not None:
            store_start(tx, manager, start)
        manager_id = manager.id
    uow.till.forget()  # the starting point brings products and the till's settings
    return authenticate(uow, manager_id, manager_pin)  # she is logged in as she sets it


def centre_details(uow: UnitOfWork) -> CentreDetails:
    """The stored details, as a plain value for screens and documents."""
    with uow.read() as tx:
        centre = tx.session.scalars(select(Centre).limit(1)).one()
        hours: dict[int, Span | None] = dict.fromkeys(range(7))
        for row in tx.session.scalars(select(OpeningHours).where(OpeningHours.is_open)):
            hours[row.weekday] = (row.opens, row.closes)
        parts = {row.key: (row.starts, row.ends) for row in tx.session.scalars(select(DayPart))}
        return CentreDetails(
            name=centre.name,
            code=centre.code,
            street=centre.street,
            postcode=centre.postcode,
            city=centre.city,
            vat_number=centre.vat_number,
            coc_number=centre.coc_number,
            iban=centre.iban,
            creditor_id=centre.creditor_id,
            opening_hours=hours,
            day_parts=parts,
        )


def update_centre(uow: UnitOfWork, actor: Actor, details: CentreDetails) -> CentreDetails:
    """A social manager changes the centre's details; the code stays, it is on every record."""
    details = validated(details)
    before = centre_details(uow)
    if details.code != before.code:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "De code van het buurthuis kan niet worden gewijzigd.")
        )
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        centre = tx.session.scalars(select(Centre).limit(1)).one()
        for column, value in _columns(details).items():
            setattr(centre, column, value)
        _replace_times(tx.session, details)
        uow.settings.forget()
        audit.record(
            tx.session,
            centre_code=details.code,
            actor=manager,
            action="centre.update",
            subject=details.name,
            at=tx.now,
            before=_snapshot(before),
            after=_snapshot(details),
        )
    return details


def _columns(details: CentreDetails) -> dict[str, str]:
    return {
        key: getattr(details, key)
        for key in (
            "name",
            "street",
            "postcode",
            "city",
            "vat_number",
            "coc_number",
            "iban",
            "creditor_id",
        )
    }


def _store_times(session: Session, details: CentreDetails, now: datetime) -> None:
    for weekday in range(7):
        session.add(
            OpeningHours(
                centre_code=details.code,
                weekday=weekday,
                created_at=now,
                **_hours_columns(details.opening_hours.get(weekday)),
            )
        )
    for key, (starts, ends) in details.day_parts.items():
        session.add(
            DayPart(centre_code=details.code, key=key, starts=starts, ends=ends, created_at=now)
        )


def _replace_times(session: Session, details: CentreDetails) -> None:
    """Update opening hours and day parts in place, so their ids (and sync history) stay."""
    for row in session.scalars(select(OpeningHours)):
        for column, value in _hours_columns(details.opening_hours.get(row.weekday)).items():
            setattr(row, column, value)
    for part in session.scalars(select(DayPart)):
        part.starts, part.ends = details.day_parts[part.key]


def _hours_columns(span: Span | None) -> dict[str, object]:
    """A closed day keeps placeholder times so the row always satisfies its constraint."""
    opens, closes = span or WEEKDAY_HOURS
    return {"is_open": span is not None, "opens": opens, "closes": closes}


def _snapshot(details: CentreDetails) -> dict[str, object]:
    return asdict(details)
