"""The duty board: who is on duty with which certificates, and what the rules miss right now."""

from __future__ import annotations

import enum
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from uuid import UUID

from sqlalchemy import Connection, or_, select
from sqlalchemy.orm import Session

from desk_app.errors import QT_TRANSLATE_NOOP, Param, Text
from desk_app.formatting import to_local
from desk_app.models import (
    Activity,
    ActivityOccurrence,
    Certificate,
    CertificateKind,
    Person,
    TargetGroup,
)
from desk_app.services.clock import is_open, place
from desk_app.services.living_room.presence import visitors_in
from desk_app.services.uow import Transaction, UnitOfWork
from desk_app.services.volunteers.duty import OpenSignIn, left_open_sign_ins, present_sign_ins

EXPIRY_NOTICE = timedelta(days=30)
BAR_QUALIFICATIONS = frozenset({CertificateKind.IVA, CertificateKind.SVH})


class WarningKind(enum.StrEnum):
    """What the rules miss."""

    NO_RESPONDER = "no_responder"
    BAR_UNQUALIFIED = "bar_unqualified"
    EXPIRING = "expiring"
    VOG_MISSING = "vog_missing"
    LEFT_OPEN = "left_open"


@dataclass(frozen=True)
class DutyWarning:
    """A warning with a Dutch template (context "Warnings") and its parameters."""

    kind: WarningKind
    template: str
    params: dict[str, Param] = field(default_factory=dict)

    @property
    def text(self) -> Text:
        """The warning as a text to write in the reader's language."""
        return Text("Warnings", self.template, self.params)

    @property
    def message(self) -> str:
        """The warning in Dutch."""
        return self.text.message


@dataclass(frozen=True)
class OnDuty:
    """A volunteer signed in now."""

    sign_in_id: UUID
    person_id: UUID
    name: str
    tasks: str
    since: datetime
    certificates: tuple[CertificateKind, ...]


@dataclass(frozen=True)
class DutyBoard:
    """Who is on duty and the warnings, at one moment."""

    at: datetime
    people: list[OnDuty]
    warnings: list[DutyWarning]


def valid_certificates(
    reader: Session | Connection, person_ids: list[UUID], day: date
) -> dict[UUID, set[CertificateKind]]:
    """The certificates each person holds on ``day`` (issued, not expired)."""
    held: dict[UUID, set[CertificateKind]] = defaultdict(set)
    rows = reader.execute(
        select(Certificate.person_id, Certificate.kind).where(
            Certificate.person_id.in_(person_ids),
            Certificate.issued_on <= day,
            or_(Certificate.expires_on.is_(None), Certificate.expires_on >= day),
        )
    )
    for person_id, kind in rows:
        held[person_id].add(kind)
    return held


def qualified_bar_staff_present(reader: Session | Connection, day: date) -> bool:
    """Whether someone signed in on ``day`` holds the serving (IVA) or licence (SVH) certificate."""
    people = [s.person_id for s in present_sign_ins(reader, day)]
    return any(
        kinds & BAR_QUALIFICATIONS for kinds in valid_certificates(reader, people, day).values()
    )


def duty_board(uow: UnitOfWork) -> DutyBoard:
    """The board as the Vrijwilligers page and the status bar show it."""
    with uow.read() as tx:
        now = tx.now
        day = place(tx, now).day
        signed_in = present_sign_ins(tx.session, day)
        held = valid_certificates(tx.session, [s.person_id for s in signed_in], day)
        people = [_on_duty(s, held[s.person_id]) for s in signed_in]
        warnings = _presence_warnings(tx, now, people)
        warnings += _left_open_warnings(tx.session, day)
        warnings += _certificate_warnings(tx.session, day)
        return DutyBoard(now, people, warnings)


def _on_duty(sign_in: OpenSignIn, held: set[CertificateKind]) -> OnDuty:
    return OnDuty(
        sign_in.sign_in_id,
        sign_in.person_id,
        sign_in.name,
        sign_in.tasks,
        sign_in.since,
        tuple(sorted(held)),
    )


def _presence_warnings(tx: Transaction, now: datetime, people: list[OnDuty]) -> list[DutyWarning]:
    warnings = []
    if not any(CertificateKind.BHV in p.certificates for p in people):
        warnings += _no_responder(tx, now)
    bar = [p for p in people if "bar" in p.tasks]
    if bar and not any(BAR_QUALIFICATIONS & set(p.certificates) for p in people):
        warnings.append(
            DutyWarning(
                WarningKind.BAR_UNQUALIFIED,
                QT_TRANSLATE_NOOP(
                    "Warnings",
                    "De bar is bemand zonder iemand met IVA- of SVH-certificaat: "
                    "geen alcohol schenken.",
                ),
            )
        )
    return warnings


def _no_responder(tx: Transaction, now: datetime) -> list[DutyWarning]:
    """No BHV'er: a warning while open, and after closing time while visitors are still in."""
    if is_open(tx, now):
        template = QT_TRANSLATE_NOOP(
            "Warnings", "Geen BHV'er aangemeld terwijl het buurthuis open is."
        )
    elif visitors_in(tx, now).total:
        template = QT_TRANSLATE_NOOP(
            "Warnings", "Geen BHV'er aangemeld terwijl er nog bezoekers binnen zijn."
        )
    else:
        return []
    return [DutyWarning(WarningKind.NO_RESPONDER, template)]


def _left_open_warnings(session: Session, day: date) -> list[DutyWarning]:
    """Sign-ins of an earlier day never ended: not on duty now, for the day close to end."""
    return [
        DutyWarning(
            WarningKind.LEFT_OPEN,
            QT_TRANSLATE_NOOP(
                "Warnings",
                "{name} is op {day} niet afgemeld en telt niet als aanwezig; "
                "de dagafsluiting van die dag meldt af.",
            ),
            {"name": sign_in.name, "day": to_local(sign_in.since).date()},
        )
        for sign_in in left_open_sign_ins(session, day)
    ]


def _certificate_warnings(session: Session, day: date) -> list[DutyWarning]:
    expiring = session.execute(
        select(Person.name, Certificate.kind, Certificate.expires_on)
        .join(Person, Person.id == Certificate.person_id)
        .where(Person.active, Certificate.expires_on.between(day, day + EXPIRY_NOTICE))
        .order_by(Certificate.expires_on)
    ).all()
    warnings = [
        DutyWarning(
            WarningKind.EXPIRING,
            QT_TRANSLATE_NOOP("Warnings", "Certificaat {kind} van {name} verloopt op {date}."),
            {"kind": kind, "name": name, "date": expires},
        )
        for name, kind, expires in expiring
        if expires is not None  # the query's range already leaves out certificates without one
    ]
    return warnings + _vog_warnings(session, day)


def _vog_warnings(session: Session, day: date) -> list[DutyWarning]:
    """Leaders of activities for youth or a vulnerable group in the coming week without a VOG."""
    youth = Activity.target_group == TargetGroup.YOUTH
    leaders = session.execute(
        select(Activity.name, youth, Person.id, Person.name)
        .join(ActivityOccurrence, ActivityOccurrence.activity_id == Activity.id)
        .join(Person, Person.id == Activity.leader_id)
        .where(
            or_(youth, Activity.vulnerable_group),
            ~ActivityOccurrence.cancelled,
            ActivityOccurrence.day.between(day, day + timedelta(days=7)),
        )
        .distinct()
    ).all()
    held = valid_certificates(session, [person_id for _, _, person_id, _ in leaders], day)
    return [
        DutyWarning(
            WarningKind.VOG_MISSING,
            _VOG_TEXTS[bool(for_youth)],
            {"name": name, "activity": activity},
        )
        for activity, for_youth, person_id, name in leaders
        if CertificateKind.VOG not in held[person_id]
    ]


_VOG_TEXTS = {
    True: QT_TRANSLATE_NOOP("Warnings", "{name} leidt {activity} (jeugd) zonder geldige VOG."),
    False: QT_TRANSLATE_NOOP(
        "Warnings", "{name} leidt {activity} (kwetsbare groep) zonder geldige VOG."
    ),
}
