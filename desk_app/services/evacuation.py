"""The evacuation list: who is in the building, counted and named, at the moment it is printed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import Centre, Certificate, CertificateKind, Person, Purpose
from desk_app.services.auth import Actor
from desk_app.services.presence import Presence, visitors_in
from desk_app.services.uow import UnitOfWork


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
    with uow.read() as session:
        now = uow.now()
        name = session.scalar(select(Centre.name).limit(1)) or ""
        people = [_person_present(session, at_desk)] if at_desk is not None else []
        return EvacuationList(name, now, visitors_in(uow, session, now), people)


def _person_present(session: Session, actor: Actor) -> PersonPresent:
    """The person logged in at the desk is in the building, whatever else is known."""
    responder = session.scalar(
        select(Certificate.id).where(
            Certificate.person_id == actor.person_id, Certificate.kind == CertificateKind.BHV
        )
    )
    person = session.get(Person, actor.person_id)
    task = "balie" if person is None else person.tasks or "balie"
    return PersonPresent(actor.name, task, responder is not None)
