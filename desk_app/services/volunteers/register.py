"""The volunteer register: people, their tasks and certificates, and their badges."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.codes import CodeKind, new_code
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.models import Certificate, CertificateKind, Person, Role, VolunteerKind
from desk_app.services import audit
from desk_app.services.auth import Actor, require_role
from desk_app.services.people import clean_name
from desk_app.services.uow import Transaction, UnitOfWork


class Task(enum.StrEnum):
    """What a volunteer does; the values are what the register shows and stores."""

    DESK = "balie"
    BAR = "bar"
    KITCHEN = "keuken"
    ACTIVITY_LEADER = "activiteitenbegeleider"
    EMERGENCY_RESPONDER = "bhv"
    YOUTH_WORK = "jongerenwerker"


@dataclass(frozen=True)
class VolunteerDetails:
    """The register's form."""

    name: str
    tasks: tuple[Task, ...] = ()
    kind: VolunteerKind = VolunteerKind.REGULAR
    phone: str = ""
    email: str = ""
    started_on: date | None = None
    council_member: bool = False


@dataclass(frozen=True)
class CertificateRow:
    """A certificate as the register lists it."""

    kind: CertificateKind
    issued_on: date
    expires_on: date | None


@dataclass(frozen=True)
class VolunteerRow:
    """One line of the register."""

    person_id: UUID
    name: str
    tasks: str
    kind: VolunteerKind
    council_member: bool
    active: bool
    badge_code: str | None
    certificates: tuple[CertificateRow, ...]
    phone: str = ""
    email: str = ""
    started_on: date | None = None

    def details(
        self, *, name: str, tasks: tuple[Task, ...], kind: VolunteerKind
    ) -> VolunteerDetails:
        """The register's details with a new name, tasks and kind; the rest as they are."""
        return VolunteerDetails(
            name, tasks, kind, self.phone, self.email, self.started_on, self.council_member
        )


def register(uow: UnitOfWork, *, include_inactive: bool = False) -> list[VolunteerRow]:
    """Everyone in the register, by name, with their certificates."""
    with uow.read() as tx:
        query = select(Person).order_by(Person.name)
        if not include_inactive:
            query = query.where(Person.active)
        people = tx.session.scalars(query).all()
        held: dict[UUID, list[CertificateRow]] = {person.id: [] for person in people}
        for cert in tx.session.scalars(select(Certificate).order_by(Certificate.issued_on)):
            if cert.person_id in held:
                held[cert.person_id].append(
                    CertificateRow(cert.kind, cert.issued_on, cert.expires_on)
                )
        return [
            VolunteerRow(
                p.id,
                p.name,
                p.tasks,
                p.kind,
                p.council_member,
                p.active,
                p.badge_code,
                tuple(held[p.id]),
                p.phone,
                p.email,
                p.started_on,
            )
            for p in people
        ]


def has_volunteers(uow: UnitOfWork) -> bool:
    """Whether anyone active holds a volunteer badge (the wizard's manager holds none)."""
    with uow.read() as tx:
        query = select(Person.id).where(Person.active, Person.badge_code.is_not(None)).limit(1)
        return tx.session.scalar(query) is not None


def add_volunteer(uow: UnitOfWork, actor: Actor, details: VolunteerDetails) -> UUID:
    """A social manager adds a volunteer, who gets a badge code straight away."""
    columns = _columns(details)
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        person = Person(
            centre_code=tx.centre_code(),
            created_at=tx.now,
            role=Role.RECEPTION,
            badge_code=new_code(CodeKind.VOLUNTEER_BADGE),
            **columns,
        )
        tx.session.add(person)
        tx.session.flush()
        _audit(
            tx,
            manager,
            action="volunteer.add",
            subject=person.name,
            before=None,
            after=columns,
        )
        return person.id


def update_volunteer(
    uow: UnitOfWork, actor: Actor, person_id: UUID, details: VolunteerDetails
) -> None:
    """A social manager changes a volunteer's details."""
    columns = _columns(details)
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        person = _person(tx.session, person_id)
        before = {key: getattr(person, key) for key in columns}
        for key, value in columns.items():
            setattr(person, key, value)
        _audit(
            tx,
            manager,
            action="volunteer.update",
            subject=person.name,
            before=before,
            after=columns,
        )


def add_certificate(
    uow: UnitOfWork,
    actor: Actor,
    person_id: UUID,
    *,
    kind: CertificateKind,
    issued_on: date,
    expires_on: date | None,
) -> None:
    """A social manager records a certificate; an expiry before the issue date is refused."""
    if expires_on is not None and expires_on < issued_on:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "De vervaldatum ligt voor de datum van afgifte.")
        )
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        person = _person(tx.session, person_id)
        tx.session.add(
            Certificate(
                centre_code=person.centre_code,
                created_at=tx.now,
                person_id=person.id,
                kind=kind,
                issued_on=issued_on,
                expires_on=expires_on,
            )
        )
        _audit(
            tx,
            manager,
            action="volunteer.certificate",
            subject=person.name,
            before=None,
            after={"kind": kind.value, "issued_on": issued_on, "expires_on": expires_on},
        )


def new_badge(uow: UnitOfWork, actor: Actor, person_id: UUID) -> str:
    """A social manager replaces a lost badge: the old code stops working."""
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        person = _person(tx.session, person_id)
        person.badge_code = new_code(CodeKind.VOLUNTEER_BADGE)
        _audit(
            tx,
            manager,
            action="volunteer.badge",
            subject=person.name,
            before=None,
            after=None,
        )
        return person.badge_code


def _columns(details: VolunteerDetails) -> dict[str, object]:
    return {
        "name": clean_name(details.name),
        "tasks": ", ".join(sorted(task.value for task in details.tasks)),
        "kind": details.kind,
        "phone": details.phone.strip()[:32],
        "email": details.email.strip()[:120],
        "started_on": details.started_on,
        "council_member": details.council_member,
    }


def _person(session: Session, person_id: UUID) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze persoon bestaat niet (meer)."))
    return person


def _audit(
    tx: Transaction,
    manager: Person,
    *,
    action: str,
    subject: str,
    before: object,
    after: object,
) -> None:
    audit.record(
        tx.session,
        centre_code=manager.centre_code,
        actor=manager,
        action=action,
        subject=subject,
        at=tx.now,
        before=before,
        after=after,
    )
