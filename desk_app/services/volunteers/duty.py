"""Volunteers on duty: sign in and out by badge or PIN, and who is in the building now."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID, uuid4

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from desk_app.codes import CodeKind, parse_code
from desk_app.db.rules import insert_built
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.models import Person, Role, SignIn, SignOut
from desk_app.services.auth import Actor, check_pin, require_role
from desk_app.services.clock import place
from desk_app.services.day_close.day_lock import ensure_day_open
from desk_app.services.uow import Transaction, UnitOfWork


@dataclass(frozen=True)
class DutyChange:
    """What a badge scan or PIN did: signed in, or signed out."""

    person_id: UUID
    name: str
    signed_in: bool
    at: datetime


@dataclass(frozen=True)
class OpenSignIn:
    """A sign-in without a sign-out."""

    sign_in_id: UUID
    person_id: UUID
    name: str
    since: datetime
    tasks: str


def badge_person(session: Session, raw: str) -> Person:
    """The volunteer whose badge was scanned, or a Dutch reason why not."""
    parsed = parse_code(raw) if len(raw.strip()) <= 64 else None
    if parsed is None or parsed[0] is not CodeKind.VOLUNTEER_BADGE:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Dit is geen geldige vrijwilligersbadge."))
    person = session.scalar(select(Person).where(Person.badge_code == parsed[1]))
    if person is None or not person.active:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Deze badge is niet bekend of niet meer in gebruik.")
        )
    return person


def toggle_by_badge(uow: UnitOfWork, actor: Actor, raw: str) -> DutyChange:
    """A badge scanned at the desk: sign in, or sign out when already signed in."""
    with uow.write() as tx:
        require_role(tx, actor, Role.RECEPTION)
        return _toggle(tx, badge_person(tx.session, raw), actor.person_id)


def toggle_with_pin(uow: UnitOfWork, person_id: UUID, pin: str) -> DutyChange:
    """A volunteer picks their name and types their PIN: sign in or out."""
    who = check_pin(uow, person_id, pin)
    with uow.write() as tx:
        return _toggle(tx, tx.session.get_one(Person, who.person_id), who.person_id)


def _toggle(tx: Transaction, person: Person, by: UUID) -> DutyChange:
    now = tx.now
    ensure_day_open(tx.session, place(tx, now).day)
    current = _open_sign_in(tx.session, person.id)
    # One Core statement each, past the unit of work: the busiest write after the check-in.
    if current is None:
        insert_built(
            tx.session,
            [
                SignIn(
                    id=uuid4(),
                    centre_code=person.centre_code,
                    created_at=now,
                    person_id=person.id,
                    local_day=place(tx, now).day,
                )
            ],
        )
        return DutyChange(person.id, person.name, True, now)
    insert_built(
        tx.session,
        [
            SignOut(
                id=uuid4(),
                centre_code=person.centre_code,
                created_at=now,
                sign_in_id=current.id,
                person_id=person.id,
                ended_at=now,
                recorded_by=by,
            )
        ],
    )
    return DutyChange(person.id, person.name, False, now)


def _open_sign_in(session: Session, person_id: UUID) -> SignIn | None:
    return session.scalar(
        select(SignIn)
        .where(SignIn.person_id == person_id, ~exists().where(SignOut.sign_in_id == SignIn.id))
        .order_by(SignIn.created_at.desc())
        .limit(1)
    )


def open_sign_ins(session: Session) -> list[OpenSignIn]:
    """Everyone signed in and not yet out, longest first."""
    rows = session.execute(
        select(SignIn.id, SignIn.person_id, Person.name, SignIn.created_at, Person.tasks)
        .join(Person, Person.id == SignIn.person_id)
        .where(~exists().where(SignOut.sign_in_id == SignIn.id))
        .order_by(SignIn.created_at)
    ).all()
    return [OpenSignIn(*row) for row in rows]


def close_sign_in(uow: UnitOfWork, actor: Actor, sign_in_id: UUID, ended_at: datetime) -> None:
    """The manager ends a sign-in left open (at the day close); flagged for the record."""
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        sign_in = tx.session.get(SignIn, sign_in_id)
        if sign_in is None or tx.session.scalar(
            select(exists().where(SignOut.sign_in_id == sign_in_id))
        ):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Deze vrijwilliger is niet (meer) aangemeld.")
            )
        if not sign_in.created_at <= ended_at <= tx.now:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "De eindtijd moet na de aanmelding liggen en niet in de toekomst."
                )
            )
        tx.session.add(
            SignOut(
                centre_code=sign_in.centre_code,
                created_at=tx.now,
                sign_in_id=sign_in.id,
                person_id=sign_in.person_id,
                ended_at=ended_at,
                flagged=True,
                recorded_by=manager.id,
            )
        )


def signed_in_count(uow: UnitOfWork) -> int:
    """How many volunteers are signed in now (the Huiskamer shows it beside the visitors)."""
    with uow.read() as tx:
        return int(
            tx.session.scalar(
                select(func.count())
                .select_from(SignIn)
                .where(~exists().where(SignOut.sign_in_id == SignIn.id))
            )
            or 0
        )
