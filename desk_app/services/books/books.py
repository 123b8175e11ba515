"""The year's books read from the desk: accounts, debtors and the day books, one snapshot."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import Centre, Hirer
from desk_app.services.books.entries import Books, Debtor, Entry
from desk_app.services.books.invoices import hirer_ident, invoice_entries, payment_entries
from desk_app.services.books.ledger import Ledger
from desk_app.services.books.ledger_master import current_ledger
from desk_app.services.books.till_days import till_entries
from desk_app.services.books.till_period import till_period
from desk_app.services.uow import UnitOfWork


def year_books(uow: UnitOfWork, year: int, ledger: Ledger | None = None) -> Books:
    """The books of a calendar year, for the audit file (the desk's ledger mapping unless given)."""
    return period_books(uow, date(year, 1, 1), date(year, 12, 31), ledger)


def period_books(uow: UnitOfWork, first: date, last: date, ledger: Ledger | None = None) -> Books:
    """The books from ``first`` to ``last`` (both included), read in one snapshot."""
    with uow.read() as tx:
        session = tx.session
        ledger = ledger or current_ledger(session)
        centre = session.scalar(select(Centre).limit(1))
        entries = _entries(session, ledger, first, last)
        return Books(
            centre_code=centre.code if centre else tx.centre_code(),
            centre_name=centre.name if centre else "",
            vat_number=centre.vat_number if centre else "",
            first=first,
            last=last,
            accounts=tuple(ledger.accounts()),
            debtors=tuple(_debtors(session)),
            entries=tuple(entries),
        )


def _entries(session: Session, ledger: Ledger, first: date, last: date) -> list[Entry]:
    """Per day: the till first, then invoices, then money received."""
    till = till_period(session, first, last)
    entries: list[Entry] = []
    day = first
    while day <= last:
        if day in till:
            entries.extend(till_entries(ledger, day, till[day]))
        day += timedelta(days=1)
    entries.extend(invoice_entries(session, ledger, first, last))
    entries.extend(payment_entries(session, ledger, first, last))
    return sorted(entries, key=lambda entry: (entry.day, entry.journal.value, entry.number))


def _debtors(session: Session) -> list[Debtor]:
    """Every hirer, as the customers of the audit file."""
    rows = session.scalars(select(Hirer).order_by(Hirer.name)).all()
    return [
        Debtor(hirer_ident(row.id), row.name, row.street, row.postcode, row.city) for row in rows
    ]
