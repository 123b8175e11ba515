"""Allowances paid: entered at the desk by the manager, or imported from the office's CSV file.

The CSV file (UTF-8, ``;`` between fields, the first line its header) has the columns
``vrijwilliger_id;naam;maand;bedrag``: the volunteer's id as the register and the central
database know it, their name (for the reader only), the month as
``JJJJ-MM`` and the amount paid in euros with a decimal comma (``25,00``).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from uuid import UUID

from sqlalchemy import select

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.models import AllowancePayment, Person, Role
from desk_app.models.types import new_id
from desk_app.services import audit
from desk_app.services.auth import Actor, require_role
from desk_app.services.uow import Transaction, UnitOfWork

HEADER = ["vrijwilliger_id", "naam", "maand", "bedrag"]
MAX_ALLOWANCE_CENTS = 210_000  # more than a year's tax-free maximum in one month is a typo
MAX_ROWS = 5_000


@dataclass(frozen=True)
class AllowanceIn:
    """One allowance paid: to whom, for which month, how much."""

    person_id: UUID
    month: date
    amount_cents: int


def _check(amount_cents: int) -> None:
    if amount_cents <= 0:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Een vergoeding is een bedrag groter dan 0 euro.")
        )
    if amount_cents > MAX_ALLOWANCE_CENTS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Een vergoeding per maand is hoogstens 2100 euro.")
        )


def _store(tx: Transaction, by: Person, rows: list[AllowanceIn], source: str) -> None:
    ids = {row.person_id for row in rows}
    known = set(tx.session.scalars(select(Person.id).where(Person.id.in_(ids))))
    if known != ids:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze persoon bestaat niet (meer)."))
    for row in rows:
        tx.session.add(
            AllowancePayment(
                id=new_id(),
                centre_code=tx.centre_code(),
                created_at=tx.now,
                person_id=row.person_id,
                month=row.month.replace(day=1),
                amount_cents=row.amount_cents,
                source=source,
                recorded_by=by.id,
            )
        )
    audit.record(
        tx.session,
        centre_code=tx.centre_code(),
        actor=by,
        action="volunteers.allowance",
        subject=source,
        at=tx.now,
        after={"rows": len(rows), "total_cents": sum(row.amount_cents for row in rows)},
    )


def record_allowance(uow: UnitOfWork, actor: Actor, allowance: AllowanceIn) -> None:
    """The manager enters an allowance paid; a negative or zero amount is refused."""
    _check(allowance.amount_cents)
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        _store(tx, manager, [allowance], "balie")


def set_birth_date(uow: UnitOfWork, actor: Actor, person_id: UUID, born_on: date | None) -> None:
    """The manager notes a volunteer's birth date: under 21 the lower hourly maximum holds."""
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        person = tx.session.get(Person, person_id)
        if person is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze persoon bestaat niet (meer)."))
        if born_on is not None and not date(1900, 1, 1) <= born_on <= tx.now.date():
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze geboortedatum klopt niet."))
        person.born_on = born_on
        audit.record(
            tx.session,
            centre_code=tx.centre_code(),
            actor=manager,
            action="volunteers.birth_date",
            subject=person.name,
            at=tx.now,
        )


def import_allowances(uow: UnitOfWork, actor: Actor, text: str) -> int:
    """Import the office's CSV file in one transaction: every line right, or nothing written."""
    rows = parse_allowances(text)
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        _store(tx, manager, rows, "import")
    return len(rows)


def parse_allowances(text: str) -> list[AllowanceIn]:
    """The CSV file's lines as allowances; refused naming the first line that is wrong."""
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";")
    header = [cell.strip().lower() for cell in next(reader, [])]
    if header != HEADER:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "De eerste regel moet zijn: {header}"),
            header=";".join(HEADER),
        )
    rows = []
    for number, cells in enumerate(reader, start=2):
        if not any(cell.strip() for cell in cells):
            continue
        rows.append(_parse_line(number, cells))
    if not rows or len(rows) > MAX_ROWS:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Het bestand bevat geen vergoedingen."))
    return rows


def _parse_line(number: int, cells: list[str]) -> AllowanceIn:
    try:
        person_id, _name, month, amount = (cell.strip() for cell in cells)
        year, month_number = month.split("-")
        cents = Decimal(amount.replace(".", "").replace(",", ".")) * 100
        if not cents.is_finite() or cents != cents.to_integral_value():
            raise ValueError(amount)  # "Infinity" is a Decimal too, but no amount
        row = AllowanceIn(UUID(person_id), date(int(year), int(month_number), 1), int(cents))
    except (ValueError, ArithmeticError):  # decimal's InvalidOperation and Overflow among them
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Regel {line} van het bestand klopt niet."), line=number
        ) from None
    try:
        _check(row.amount_cents)
    except InvalidInput as error:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Regel {line} van het bestand klopt niet."), line=number
        ) from error
    return row
