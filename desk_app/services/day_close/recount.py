"""A recount of the drawer: the manager starts the blind count again, and the audit log says so."""

from __future__ import annotations

from datetime import date

from desk_app.models import Role
from desk_app.services import audit
from desk_app.services.auth import Actor, require_role
from desk_app.services.day_close.day_lock import ensure_day_open
from desk_app.services.uow import UnitOfWork


def start_recount(uow: UnitOfWork, actor: Actor, day: date, counted_cents: int) -> None:
    """Log that the count of ``day`` (``counted_cents``, already compared) is thrown away."""
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        ensure_day_open(tx.session, day)
        audit.record(
            tx.session,
            centre_code=tx.centre_code(),
            actor=manager,
            action="day.recount",
            subject=str(day),
            at=tx.now,
            before={"counted_cents": counted_cents},
        )
