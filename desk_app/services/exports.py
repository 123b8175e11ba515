"""Personal data taken out of the desk on request: only by a social manager, and audited.

The books name hirers with their addresses, a backup holds the whole database; like a
visitor's own data (``passes.visitor_data``) they leave only with a manager's PIN and an
audit entry saying who took what, and where to.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from desk_app.db.engine import Database
from desk_app.models import Role
from desk_app.services import audit, backups
from desk_app.services.auth import Actor, require_role
from desk_app.services.books.books import period_books, year_books
from desk_app.services.books.entries import Books
from desk_app.services.uow import UnitOfWork


def export_year_books(uow: UnitOfWork, actor: Actor, year: int, to: Path) -> Books:
    """A year's books for the audit file, going to ``to``."""
    _require_manager(uow, actor)
    books = year_books(uow, year)
    _record(uow, actor, action="books.export", subject=f"XAF {year}", after={"file": str(to)})
    return books


def export_period_books(uow: UnitOfWork, actor: Actor, first: date, last: date, to: Path) -> Books:
    """A period's journal, going to ``to``."""
    _require_manager(uow, actor)
    books = period_books(uow, first, last)
    subject = f"journaal {first.isoformat()} - {last.isoformat()}"
    _record(uow, actor, action="books.export", subject=subject, after={"file": str(to)})
    return books


def backup_to(
    uow: UnitOfWork, actor: Actor, database: Database, folder: Path, now: datetime
) -> Path:
    """A backup of the whole database into a folder the manager chose (a stick, a share)."""
    _require_manager(uow, actor)
    taken = backups.take_backup(database, folder, now)
    _record(uow, actor, action="backup.copy", subject=str(folder), after={"file": str(taken)})
    return taken


def _require_manager(uow: UnitOfWork, actor: Actor) -> None:
    """Refuse before anything is read."""
    with uow.read() as tx:
        require_role(tx, actor, Role.MANAGER)


def _record(
    uow: UnitOfWork, actor: Actor, *, action: str, subject: str, after: dict[str, str]
) -> None:
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        audit.record(
            tx.session,
            centre_code=tx.centre_code(),
            actor=manager,
            action=action,
            subject=subject,
            at=tx.now,
            after=after,
        )
