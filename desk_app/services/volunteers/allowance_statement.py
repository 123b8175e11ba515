"""A volunteer's yearly allowance statement: paid and in kind, for their own tax return."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from sqlalchemy import select

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.formatting import to_local
from desk_app.models import Centre, Person, Role
from desk_app.services.auth import Actor, require_role
from desk_app.services.uow import UnitOfWork
from desk_app.services.volunteers.allowance import AllowanceSum, allowance_sums


@dataclass(frozen=True)
class AllowanceStatement:
    """What the statement PDF prints: the centre, the year's sums and who signs it."""

    centre_name: str
    year: AllowanceSum
    manager_name: str
    made_on: date


def yearly_statement(
    uow: UnitOfWork, actor: Actor, person_id: UUID, year: int
) -> AllowanceStatement:
    """The manager's statement of one volunteer's allowances in ``year``."""
    with uow.read() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        if tx.session.get(Person, person_id) is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze persoon bestaat niet (meer)."))
        today = to_local(tx.now).date()
        on = min(today, date(year, 12, 31))
        (sums,) = allowance_sums(tx.session, year, on, person_id)
        centre = tx.session.scalar(select(Centre.name).limit(1)) or ""
        return AllowanceStatement(centre, sums, manager.name, today)
