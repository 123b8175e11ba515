"""The till's look ahead: would this volunteer consumption take someone over an allowance limit?"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.formatting import to_local
from desk_app.models import Person, Role
from desk_app.services.auth import Actor, require_role
from desk_app.services.uow import UnitOfWork
from desk_app.services.volunteers.allowance import LimitKind, allowance_sums


@dataclass(frozen=True)
class LimitWarning:
    """The first limit a consumption would pass, to show before it is rung up."""

    name: str
    kind: LimitKind
    limit_cents: int
    after_cents: int


def consumption_warning(
    uow: UnitOfWork, actor: Actor, volunteer_id: UUID, amount_cents: int
) -> LimitWarning | None:
    """A warning when ``amount_cents`` more in kind takes the volunteer over a limit, else None.

    Only a warning: the volunteer at the bar decides whether to go on; the sale checks the
    till's own daily allowance as it always does.
    """
    with uow.read() as tx:
        require_role(tx, actor, Role.BAR)
        person = tx.session.get(Person, volunteer_id)
        if person is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze persoon bestaat niet (meer)."))
        name, today = person.name, to_local(tx.now).date()
        year = allowance_sums(tx.session, today.year, today, volunteer_id)[0]
    for use in year.uses(today.month, amount_cents):
        if amount_cents > 0 and use.used_cents > use.limit_cents:
            return LimitWarning(name, use.kind, use.limit_cents, use.used_cents)
    return None
