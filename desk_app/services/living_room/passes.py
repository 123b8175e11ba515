"""Visitor passes: issued without a name; a name and phone only with consent, erased on time."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desk_app.codes import CodeKind, new_code
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.formatting import to_local
from desk_app.models import Role, Visit, VisitorPass
from desk_app.services import audit
from desk_app.services.activities.signups import forget_names_before
from desk_app.services.auth import Actor, require_role
from desk_app.services.living_room.checkin import pass_code
from desk_app.services.people import clean_name
from desk_app.services.stored_settings import read_setting, write_setting
from desk_app.services.uow import UnitOfWork

# Five A4 sheets of ten: more in one go is a slip (a scanner typing digits into the count).
MAX_PASSES_AT_ONCE = 50
DEFAULT_RETENTION_MONTHS = 24
RETENTION_KEY = "visitor_retention_months"
PHONE_PATTERN = re.compile(r"\+?[0-9 \-]{6,20}")


@dataclass(frozen=True)
class VisitorData:
    """Everything the desk holds about one pass, for a visitor who asks to see it."""

    code: str
    issued_at: datetime
    holder_name: str | None
    holder_phone: str | None
    consent_at: datetime | None
    visits: int
    last_visit: datetime | None

    def as_json(self) -> str:
        """The export handed to the visitor."""
        return json.dumps(self.__dict__, default=str, indent=2, ensure_ascii=False)


@dataclass(frozen=True)
class Holder:
    """A visitor's name and phone, given with consent, to put on a new pass."""

    name: str
    phone: str
    consent: bool


def issue_passes(
    uow: UnitOfWork, actor: Actor, count: int = 1, holder: Holder | None = None
) -> list[str]:
    """Make new passes (anonymous, or one with its holder); returns their codes for printing."""
    if not 1 <= count <= MAX_PASSES_AT_ONCE or (holder is not None and count != 1):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Maak 1 tot {max} passen tegelijk."),
            max=MAX_PASSES_AT_ONCE,
        )
    details = None if holder is None else _checked_holder(holder)
    with uow.write() as tx:
        require_role(tx, actor, Role.RECEPTION)
        codes = [new_code(CodeKind.VISITOR_PASS) for _ in range(count)]
        for code in codes:
            visitor_pass = VisitorPass(centre_code=tx.centre_code(), code=code, created_at=tx.now)
            if details is not None:
                _set_holder(visitor_pass, details, tx.now)
            tx.session.add(visitor_pass)
        return codes


def register_holder(uow: UnitOfWork, actor: Actor, code: str, holder: Holder) -> None:
    """Put a name (and phone) on a pass; refused without the visitor's recorded consent."""
    details = _checked_holder(holder)
    with uow.write() as tx:
        require_role(tx, actor, Role.RECEPTION)
        _set_holder(_pass(tx.session, code), details, tx.now)


def _checked_holder(holder: Holder) -> tuple[str, str | None]:
    if not holder.consent:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Een naam of telefoonnummer mag alleen met toestemming van de bezoeker."
            )
        )
    phone = holder.phone.strip()
    if phone and not PHONE_PATTERN.fullmatch(phone):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Dit telefoonnummer klopt niet."))
    return clean_name(holder.name), phone or None


def _set_holder(visitor_pass: VisitorPass, details: tuple[str, str | None], at: datetime) -> None:
    visitor_pass.holder_name, visitor_pass.holder_phone = details
    visitor_pass.consent_at = at


def visitor_data(uow: UnitOfWork, actor: Actor, code: str) -> VisitorData:
    """A social manager looks up what is held about one visitor (the right to see it)."""
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        visitor_pass = _pass(tx.session, code)
        visits, last = tx.session.execute(
            select(func.coalesce(func.sum(Visit.visitors), 0), func.max(Visit.created_at)).where(
                Visit.pass_id == visitor_pass.id
            )
        ).one()
        audit.record(
            tx.session,
            centre_code=visitor_pass.centre_code,
            actor=manager,
            action="visitor.export",
            subject=visitor_pass.code,
            at=tx.now,
        )
        return VisitorData(
            visitor_pass.code,
            visitor_pass.created_at,
            visitor_pass.holder_name,
            visitor_pass.holder_phone,
            visitor_pass.consent_at,
            int(visits),
            last,
        )


def erase_visitor(uow: UnitOfWork, actor: Actor, code: str) -> None:
    """A social manager erases a visitor's personal data; the pass and its counts stay."""
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        visitor_pass = _pass(tx.session, code)
        _erase(visitor_pass)
        audit.record(
            tx.session,
            centre_code=visitor_pass.centre_code,
            actor=manager,
            action="visitor.erase",
            subject=visitor_pass.code,
            at=tx.now,
        )


def apply_retention(uow: UnitOfWork) -> int:
    """Erase names and phones of passes unused for the retention period; returns how many."""
    with uow.write() as tx:
        cutoff = tx.now - timedelta(days=round(retention_months(tx.session) * 30.44))
        last_visit = (
            select(func.max(Visit.created_at))
            .where(Visit.pass_id == VisitorPass.id)
            .correlate(VisitorPass)
            .scalar_subquery()
        )
        stale = tx.session.scalars(
            select(VisitorPass)
            .where(or_(VisitorPass.holder_name.is_not(None), VisitorPass.holder_phone.is_not(None)))
            .where(func.coalesce(last_visit, VisitorPass.created_at) < cutoff)
        ).all()
        for visitor_pass in stale:
            _erase(visitor_pass)
        forget_names_before(tx.session, to_local(cutoff).date())  # sign-ups for old sessions
        if stale:
            audit.record(
                tx.session,
                centre_code=tx.centre_code(),
                actor=None,
                action="visitor.retention_erase",
                subject="bewaartermijn verstreken",
                at=tx.now,
                after={"passes": len(stale)},
            )
        return len(stale)


def current_retention_months(uow: UnitOfWork) -> int:
    """The retention period as the settings show it."""
    with uow.read() as tx:
        return retention_months(tx.session)


def retention_months(session: Session) -> int:
    """How long personal data is kept after the last visit."""
    return int(read_setting(session, RETENTION_KEY, DEFAULT_RETENTION_MONTHS))


def set_retention_months(uow: UnitOfWork, actor: Actor, months: int) -> None:
    """A social manager sets the retention period (1 to 120 months); audited."""
    if not 1 <= months <= 120:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Kies een bewaartermijn van 1 tot 120 maanden.")
        )
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        before = retention_months(tx.session)
        write_setting(tx.session, RETENTION_KEY, months)
        audit.record(
            tx.session,
            centre_code=tx.centre_code(),
            actor=manager,
            action="visitor.retention",
            subject="bewaartermijn",
            at=tx.now,
            before=before,
            after=months,
        )


def _pass(session: Session, code: str) -> VisitorPass:
    visitor_pass = session.scalar(select(VisitorPass).where(VisitorPass.code == pass_code(code)))
    if visitor_pass is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Deze pas is niet bekend bij dit buurthuis.")
        )
    return visitor_pass


def _erase(visitor_pass: VisitorPass) -> None:
    visitor_pass.holder_name = None
    visitor_pass.holder_phone = None
    visitor_pass.consent_at = None
