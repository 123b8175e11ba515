"""Living-room check-in: one tap for a walk-in, one scan for a pass, undo within a minute."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from uuid import UUID

from sqlalchemy import bindparam, exists, insert, select
from sqlalchemy.orm import Session, aliased

from desk_app.codes import CodeKind, parse_code
from desk_app.db.prepared import Prepared
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.models import AgeGroup, Base, Checkout, Purpose, Role, Visit, VisitorPass
from desk_app.models.types import new_id
from desk_app.services.auth import Actor, require_role
from desk_app.services.clock import place
from desk_app.services.day_close.day_lock import ensure_day_open
from desk_app.services.uow import CoreTransaction, Transaction, UnitOfWork

UNDO_WINDOW = timedelta(minutes=1)
DOUBLE_SCAN_WINDOW = timedelta(minutes=10)
# A pass scanned again this soon after its check-out is the same goodbye scanned twice.
DOUBLE_CHECKOUT_WINDOW = timedelta(minutes=2)
MAX_GROUP = 1_000
MAX_SCAN_LENGTH = 64
VISIT_TABLE = Base.metadata.tables["visit"]
_INSERT_VISIT = Prepared(insert(VISIT_TABLE))  # built once, run on the short path


class ScanResult(enum.StrEnum):
    """What a pass scan did."""

    CHECKED_IN = "checked_in"
    CHECKED_OUT = "checked_out"
    ALREADY_IN = "already_in"
    ALREADY_OUT = "already_out"


@dataclass(frozen=True)
class VisitRecorded:
    """A visit (or group) as the desk shows it after the tap or scan."""

    visit_id: UUID
    visitors: int
    at: datetime
    purpose: Purpose
    first_visit: bool


@dataclass(frozen=True)
class ScanOutcome:
    """The result of scanning a visitor pass."""

    result: ScanResult
    code: str
    visit: VisitRecorded | None


def count_walk_in(
    uow: UnitOfWork,
    actor: Actor,
    *,
    visitors: int = 1,
    age_group: AgeGroup | None = None,
    first_visit: bool = False,
    purpose: Purpose = Purpose.LIVING_ROOM,
    purpose_ref: UUID | None = None,
) -> VisitRecorded:
    """Count an anonymous walk-in, or a group of them, in one tap."""
    if isinstance(visitors, bool) or not 1 <= visitors <= MAX_GROUP:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Een groep telt 1 tot {max} bezoekers."), max=MAX_GROUP
        )
    with uow.write_core() as tx:
        require_role(tx, actor, Role.RECEPTION)
        return _add_visit(
            tx,
            actor,
            visitors=visitors,
            purpose=purpose,
            purpose_ref=purpose_ref,
            age_group=age_group,
            first_visit=first_visit,
        )


def scan_pass(
    uow: UnitOfWork,
    actor: Actor,
    raw: str,
    *,
    purpose: Purpose = Purpose.LIVING_ROOM,
    purpose_ref: UUID | None = None,
) -> ScanOutcome:
    """A pass scanned or typed: check in, check out on a later scan, ignore a doubled scan.

    Scanned for another purpose or activity than its open visit (at an activity's door), the
    visitor moves: that visit ends with a check-out and a new one starts for the purpose
    scanned. The desk's own scan, for the living room, on the way out is a check-out.
    """
    code = pass_code(raw)
    with uow.write() as tx:
        require_role(tx, actor, Role.RECEPTION)
        if purpose is Purpose.ACTIVITY and purpose_ref is not None:
            _check_activity(tx, purpose_ref)
        visitor_pass = tx.session.scalar(select(VisitorPass).where(VisitorPass.code == code))
        if visitor_pass is None or not visitor_pass.active:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Deze pas is niet bekend bij dit buurthuis.")
            )
        settled = _settle(tx, visitor_pass.id, purpose, purpose_ref)
        if settled is not None:
            return ScanOutcome(settled[0], code, settled[1])
        first = not tx.session.scalar(select(exists().where(Visit.pass_id == visitor_pass.id)))
        visit = _add_visit(
            tx,
            actor,
            visitors=1,
            purpose=purpose,
            purpose_ref=purpose_ref,
            pass_id=visitor_pass.id,
            first_visit=first,
        )
        return ScanOutcome(ScanResult.CHECKED_IN, code, visit)


def _settle(
    tx: Transaction, pass_id: UUID, purpose: Purpose, purpose_ref: UUID | None
) -> tuple[ScanResult, VisitRecorded | None] | None:
    """A scan that counts no new visit (a double scan, a check-out), or ``None`` to count one.

    An open visit for another purpose or activity ends first when the scan names one: the
    visitor moved, and the new purpose's visit is counted (a check-out of the old one, as
    facts are never changed).
    """
    now = tx.now
    current = _open_visit(tx.session, pass_id, place(tx, now).day)
    named = (purpose, purpose_ref) != (Purpose.LIVING_ROOM, None)
    if (
        current is not None
        and named
        and (current.purpose, current.purpose_ref) != (purpose, purpose_ref)
    ):
        _add_checkout(tx, current)
        return None
    if current is not None and now - current.created_at < DOUBLE_SCAN_WINDOW:
        return ScanResult.ALREADY_IN, _recorded(current)
    if current is not None:
        _add_checkout(tx, current)
        return ScanResult.CHECKED_OUT, _recorded(current)
    if _checked_out_since(tx.session, pass_id, now - DOUBLE_CHECKOUT_WINDOW):
        return ScanResult.ALREADY_OUT, None
    return None


def _check_activity(tx: Transaction, session_id: UUID) -> None:
    """A scan at an activity's door counts only for a session held today, as a stamp does."""
    from desk_app.services.activities.stamps import check_session_today  # noqa: PLC0415 - only an activity's door needs it

    check_session_today(
        tx,
        session_id,
        QT_TRANSLATE_NOOP(
            "Errors",
            "Deze bijeenkomst is niet vandaag. Kies de bijeenkomst van vandaag en scan de pas "
            "opnieuw.",
        ),
    )


def pass_code(raw: str) -> str:
    """The visitor-pass code in a scanner's or keyboard's input, or a Dutch reason why not."""
    text = raw.strip()
    if not text:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Scan een pas of typ de code."))
    parsed = parse_code(text) if len(text) <= MAX_SCAN_LENGTH else None
    if parsed is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Deze code is niet compleet of niet goed gelezen. Scan de pas opnieuw."
            )
        )
    kind, code = parsed
    if kind is not CodeKind.VISITOR_PASS:
        raise InvalidInput(_NOT_A_PASS[kind])
    return code


# Another card scanned as a pass: say what it is and where it goes.
_NOT_A_PASS = {
    CodeKind.VOLUNTEER_BADGE: QT_TRANSLATE_NOOP(
        "Errors", "Dit is een vrijwilligersbadge, geen bezoekerspas."
    ),
    CodeKind.COFFEE_CARD: QT_TRANSLATE_NOOP(
        "Errors", "Dit is een koffiekaart: scan hem bij de bar."
    ),
    CodeKind.MULTI_VISIT_CARD: QT_TRANSLATE_NOOP(
        "Errors", "Dit is een strippenkaart: scan hem bij de activiteit, op de pagina Activiteiten."
    ),
}


def undo_visit(uow: UnitOfWork, actor: Actor, visit_id: UUID) -> None:
    """Take back a count made by mistake, within a minute, with a reversal row."""
    with uow.write() as tx:
        require_role(tx, actor, Role.RECEPTION)
        visit = tx.session.get(Visit, visit_id)
        if visit is None or visit.reverses_id is not None or _is_reversed(tx.session, visit.id):
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze telling is al teruggedraaid."))
        if tx.now - visit.created_at > UNDO_WINDOW:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Terugdraaien kan alleen binnen een minuut.")
            )
        ensure_day_open(tx.session, visit.local_day)
        tx.session.add(
            Visit(
                centre_code=visit.centre_code,
                created_at=tx.now,
                local_day=visit.local_day,
                day_part=visit.day_part,
                visitors=-visit.visitors,
                pass_id=visit.pass_id,
                purpose=visit.purpose,
                purpose_ref=visit.purpose_ref,
                age_group=visit.age_group,
                recorded_by=actor.person_id,
                reverses_id=visit.id,
            )
        )


def check_out_walk_in(
    uow: UnitOfWork, actor: Actor, *, visitors: int = 1, purpose: Purpose = Purpose.LIVING_ROOM
) -> None:
    """Note that anonymous visitors left (the desk's check-out button)."""
    from desk_app.services.living_room.presence import visitors_in  # noqa: PLC0415 - avoids an import cycle

    if not 1 <= visitors <= MAX_GROUP:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Een groep telt 1 tot {max} bezoekers."), max=MAX_GROUP
        )
    with uow.write() as tx:
        require_role(tx, actor, Role.RECEPTION)
        if visitors_in(tx, tx.now).anonymous_for(purpose) < visitors:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Er zijn niet zoveel bezoekers zonder pas binnen.")
            )
        here = place(tx, tx.now)
        ensure_day_open(tx.session, here.day)
        tx.session.add(
            Checkout(
                centre_code=tx.centre_code(),
                created_at=tx.now,
                local_day=here.day,
                visitors=visitors,
                purpose=purpose,
            )
        )


def _add_visit(
    tx: CoreTransaction,
    actor: Actor,
    *,
    visitors: int,
    purpose: Purpose,
    purpose_ref: UUID | None,
    pass_id: UUID | None = None,
    age_group: AgeGroup | None = None,
    first_visit: bool = False,
) -> VisitRecorded:
    """Insert the visit with one Core statement: check-in is the desk's busiest write."""
    now = tx.now
    here = place(tx, now)
    ensure_day_open(tx.connection, here.day)
    visit_id = new_id()
    _INSERT_VISIT.execute(
        tx.connection,
        [
            {
                "id": visit_id,
                "centre_code": tx.centre_code(),
                "created_at": now,
                "local_day": here.day,
                "day_part": here.part,
                "visitors": visitors,
                "pass_id": pass_id,
                "purpose": purpose,
                "purpose_ref": purpose_ref,
                "age_group": age_group,
                "first_visit": first_visit,
                "recorded_by": actor.person_id,
                "reverses_id": None,
            }
        ],
    )
    return VisitRecorded(visit_id, visitors, now, purpose, first_visit)


def _add_checkout(tx: Transaction, visit: Visit) -> None:
    tx.session.add(
        Checkout(
            centre_code=visit.centre_code,
            created_at=tx.now,
            local_day=visit.local_day,
            visit_id=visit.id,
            purpose=visit.purpose,
        )
    )


_reversal = aliased(Visit)
_OPEN_VISIT = (
    select(Visit)
    .where(
        Visit.pass_id == bindparam("pass_id"),
        Visit.local_day == bindparam("day"),
        Visit.visitors > 0,
        ~exists().where(_reversal.reverses_id == Visit.id),
        ~exists().where(Checkout.visit_id == Visit.id),
    )
    .order_by(Visit.created_at.desc())
    .limit(1)
)


def _open_visit(session: Session, pass_id: UUID, day: date) -> Visit | None:
    """The pass's latest visit today that was neither checked out nor reversed."""
    return session.scalar(_OPEN_VISIT, {"pass_id": pass_id, "day": day})


def _checked_out_since(session: Session, pass_id: UUID, since: datetime) -> bool:
    """Whether a visit of the pass was checked out after ``since`` (a goodbye scanned twice)."""
    return bool(
        session.scalar(
            select(
                exists()
                .where(Checkout.visit_id == Visit.id)
                .where(Visit.pass_id == pass_id, Checkout.created_at > since)
            )
        )
    )


def _is_reversed(session: Session, visit_id: UUID) -> bool:
    return bool(session.scalar(select(exists().where(Visit.reverses_id == visit_id))))


def _recorded(visit: Visit) -> VisitRecorded:
    return VisitRecorded(
        visit.id, visit.visitors, visit.created_at, visit.purpose, visit.first_visit
    )
