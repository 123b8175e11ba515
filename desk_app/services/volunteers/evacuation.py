"""The evacuation list: who is in the building, counted and named, at the moment it is printed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import Centre, CertificateKind, Person, Purpose
from desk_app.services.auth import Actor
from desk_app.services.clock import place
from desk_app.services.living_room.presence import Presence, visitors_in
from desk_app.services.rooms.guests import guests_per_room
from desk_app.services.uow import UnitOfWork
from desk_app.services.volunteers.duty import present_sign_ins
from desk_app.services.volunteers.duty_board import valid_certificates


@dataclass(frozen=True)
class PersonPresent:
    """A named person in the building: a volunteer or the social manager."""

    name: str
    task: str
    is_emergency_responder: bool


@dataclass(frozen=True)
class EvacuationList:
    """Everything the printed list needs."""

    centre_name: str
    at: datetime
    presence: Presence
    people: list[PersonPresent]
    guests_per_room: dict[str, int]

    def purposes(self) -> list[tuple[Purpose, int, int]]:
        """Per purpose: visitors with a pass and anonymous visitors inside."""
        return [
            (
                purpose,
                self.presence.with_pass.get(purpose, 0),
                self.presence.anonymous.get(purpose, 0),
            )
            for purpose in Purpose
        ]


def evacuation_list(uow: UnitOfWork, at_desk: Actor | None) -> EvacuationList:
    """Visitors inside now by purpose, and the people on duty by name."""
    with uow.read() as tx:
        now = tx.now
        name = tx.session.scalar(select(Centre.name).limit(1)) or ""
        day = place(tx, now).day
        ids = [s.person_id for s in present_sign_ins(tx.session, day)]
        if at_desk is not None and at_desk.person_id not in ids:
            ids.append(at_desk.person_id)  # the person at the desk is in, signed in or not
        return EvacuationList(
            name,
            now,
            visitors_in(tx, now),
            _people_present(tx.session, ids, day),
            guests_per_room(tx.session, day),
        )


def _people_present(session: Session, ids: list[UUID], day: date) -> list[PersonPresent]:
    held = valid_certificates(session, ids, day)
    people = session.execute(
        select(Person.id, Person.name, Person.tasks).where(Person.id.in_(ids)).order_by(Person.name)
    ).all()
    return [
        PersonPresent(name, tasks or "balie", CertificateKind.BHV in held[person_id])
        for person_id, name, tasks in people
    ]
