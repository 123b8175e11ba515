"""Small factories for test data: people with a role and a PIN."""

from __future__ import annotations

from uuid import UUID

from desk_app.models import Role
from desk_app.services.auth import Actor, authenticate
from desk_app.services.people import create_account
from desk_app.services.restore import ManagerPin, SignIn
from desk_app.services.uow import UnitOfWork


def volunteer(
    uow: UnitOfWork,
    manager: Actor,
    name: str = "Ria Jansen",
    role: Role = Role.RECEPTION,
    pin: str = "1111",
) -> Actor:
    """Create an account through the manager and log it in."""
    account = create_account(uow, manager, name=name, role=role, pin=pin)
    return authenticate(uow, account.person_id, pin)


def signed_by(person_id: UUID, pin: str) -> SignIn:
    """A restore's sign-in by this manager with this PIN, whichever database asks."""
    return lambda _uow, _in_backup: ManagerPin(person_id, pin)


def table_counts(uow: UnitOfWork, *tables: str) -> dict[str, int]:
    """Row counts of some tables (with the change log), to prove an action wrote nothing."""
    from sqlalchemy import text  # noqa: PLC0415

    with uow.read() as tx:
        return {
            table: int(tx.session.scalar(text(f"SELECT count(*) FROM {table}")) or 0)
            for table in (*tables, "change_log")
        }
