"""Allowances paid, listed per volunteer, and a wrong one reversed (a fact is never changed)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import aliased

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.models import AllowancePayment, Person, Role
from desk_app.models.types import new_id
from desk_app.services import audit
from desk_app.services.auth import Actor, require_role
from desk_app.services.uow import UnitOfWork


@dataclass(frozen=True)
class AllowanceRow:
    """An allowance paid as the office lists it, and whether it was reversed."""

    payment_id: UUID
    name: str
    month: date
    amount_cents: int
    source: str
    reversed: bool


def allowances_paid(uow: UnitOfWork, actor: Actor, year: int) -> list[AllowanceRow]:
    """The year's allowances paid (reversals not listed themselves), by month and name."""
    reversal = aliased(AllowancePayment)
    row = AllowancePayment
    with uow.read() as tx:
        require_role(tx, actor, Role.MANAGER)
        found = tx.session.execute(
            select(row, Person.name, reversal.id)
            .join(Person, Person.id == row.person_id)
            .outerjoin(reversal, reversal.reverses_id == row.id)
            .where(row.reverses_id.is_(None))
            .where(row.month >= date(year, 1, 1), row.month <= date(year, 12, 31))
            .order_by(row.month, Person.name, row.created_at)
        ).all()
        return [
            AllowanceRow(
                paid.id, name, paid.month, paid.amount_cents, paid.source, undone is not None
            )
            for paid, name, undone in found
        ]


def reverse_allowance(uow: UnitOfWork, actor: Actor, payment_id: UUID) -> None:
    """Undo an allowance entered or imported by mistake with a reversal row; audited."""
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        paid = tx.session.get(AllowancePayment, payment_id)
        if paid is None or paid.reverses_id is not None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze vergoeding bestaat niet."))
        done = select(AllowancePayment.id).where(AllowancePayment.reverses_id == payment_id)
        if tx.session.scalar(done) is not None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze vergoeding is al teruggedraaid."))
        tx.session.add(
            AllowancePayment(
                id=new_id(),
                centre_code=tx.centre_code(),
                created_at=tx.now,
                person_id=paid.person_id,
                month=paid.month,
                amount_cents=-paid.amount_cents,
                source="correctie",
                recorded_by=manager.id,
                reverses_id=paid.id,
            )
        )
        audit.record(
            tx.session,
            centre_code=tx.centre_code(),
            actor=manager,
            action="volunteers.allowance_reverse",
            subject=str(paid.id),
            at=tx.now,
            before={"amount_cents": paid.amount_cents, "month": paid.month.isoformat()},
        )
