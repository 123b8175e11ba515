"""The audit log: every privileged action, with who, when, before and after; read by the manager."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import AuditEntry, Person, Role
from desk_app.services.auth import Actor, require_role
from desk_app.services.uow import UnitOfWork


@dataclass(frozen=True)
class AuditRow:
    """One audit entry as the screen shows it."""

    at: datetime
    actor_name: str
    action: str
    subject: str
    before: Any
    after: Any


def record(
    session: Session,
    *,
    centre_code: str,
    actor: Person | None,
    action: str,
    subject: str,
    at: datetime,
    before: Any = None,
    after: Any = None,
) -> None:
    """Add an audit entry to the caller's transaction, so it lands with the change or not at all."""
    session.add(
        AuditEntry(
            centre_code=centre_code,
            created_at=at,
            actor_id=actor.id if actor else None,
            actor_name=actor.name if actor else "systeem",
            action=action,
            subject=subject,
            before_json=json.dumps(before, default=str, sort_keys=True),
            after_json=json.dumps(after, default=str, sort_keys=True),
        )
    )


def recent_entries(
    uow: UnitOfWork, reader: Actor, limit: int = 500, actor_id: UUID | None = None
) -> list[AuditRow]:
    """The newest audit entries first, for the manager's read-only audit view; others refused."""
    query = (
        select(AuditEntry).order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc()).limit(limit)
    )
    if actor_id is not None:
        query = query.where(AuditEntry.actor_id == actor_id)
    with uow.read() as tx:
        require_role(tx, reader, Role.MANAGER)
        return [
            AuditRow(
                at=entry.created_at,
                actor_name=entry.actor_name,
                action=entry.action,
                subject=entry.subject,
                before=json.loads(entry.before_json),
                after=json.loads(entry.after_json),
            )
            for entry in tx.session.scalars(query)
        ]
