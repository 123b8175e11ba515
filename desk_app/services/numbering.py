"""The highest receipt, invoice and day-close numbers a centre has used, wherever they were used.

A restored backup knows only the numbers it held when it was taken; the numbers given since
then live on in the database the restore replaced and in the central database. Raising this
database's floors to the highest of them means the next sale, invoice, credit note or day
close takes a number never given before (a gap where lost rows were is the lesser harm).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desk_app.models import Centre, DayClose, Invoice, InvoiceCounter, ReceiptCounter, Sale
from desk_app.services.stored_settings import read_setting, write_setting
from desk_app.services.uow import UnitOfWork

_DAY_CLOSE_FLOOR = "day_close_floor"


@dataclass(frozen=True)
class UsedNumbers:
    """The highest number of each series (0 for none); invoices and credit notes share one."""

    receipt: int = 0
    invoice: int = 0
    day_close: int = 0

    def merged(self, other: UsedNumbers) -> UsedNumbers:
        """The higher of the two in each series."""
        return UsedNumbers(
            max(self.receipt, other.receipt),
            max(self.invoice, other.invoice),
            max(self.day_close, other.day_close),
        )


def used_numbers(session: Session, centre_code: str) -> UsedNumbers:
    """The numbers this database has used: its counters, its rows and its day-close floor."""
    receipt_counter = session.get(ReceiptCounter, centre_code)
    invoice_counter = session.get(InvoiceCounter, centre_code)
    return UsedNumbers(
        max(
            receipt_counter.last_number if receipt_counter else 0,
            _highest(
                session,
                select(func.max(Sale.receipt_number)).where(Sale.centre_code == centre_code),
            ),
        ),
        max(
            invoice_counter.last_number if invoice_counter else 0,
            _highest(
                session, select(func.max(Invoice.number)).where(Invoice.centre_code == centre_code)
            ),
        ),
        max(
            day_close_floor(session),
            _highest(
                session,
                select(func.max(DayClose.number)).where(DayClose.centre_code == centre_code),
            ),
        ),
    )


def raise_floors(session: Session, centre_code: str, used: UsedNumbers) -> None:
    """Make the next numbers follow ``used``, in the caller's transaction; never lowers one."""
    receipt = session.get(ReceiptCounter, centre_code)
    if receipt is None and used.receipt > 0:
        session.add(ReceiptCounter(centre_code=centre_code, last_number=used.receipt))
    elif receipt is not None and used.receipt > receipt.last_number:
        receipt.last_number = used.receipt
    invoice = session.get(InvoiceCounter, centre_code)
    if invoice is None and used.invoice > 0:
        session.add(InvoiceCounter(centre_code=centre_code, last_number=used.invoice))
    elif invoice is not None and used.invoice > invoice.last_number:
        invoice.last_number = used.invoice
    if used.day_close > day_close_floor(session):
        write_setting(session, _DAY_CLOSE_FLOOR, used.day_close)


def day_close_floor(session: Session) -> int:
    """The highest day-close number used elsewhere (0 when none is known)."""
    return int(read_setting(session, _DAY_CLOSE_FLOOR, 0))


def numbers_in_file(path: Path, centre_code: str) -> UsedNumbers:
    """The numbers a desk database file used (read-only; an older schema's missing tables: 0)."""
    queries = (
        "SELECT max(n) FROM (SELECT last_number AS n FROM receipt_counter WHERE centre_code = ?1 "
        "UNION ALL SELECT receipt_number FROM sale WHERE centre_code = ?1)",
        "SELECT max(n) FROM (SELECT last_number AS n FROM invoice_counter WHERE centre_code = ?1 "
        "UNION ALL SELECT number FROM invoice WHERE centre_code = ?1)",
        "SELECT max(number) FROM day_close WHERE centre_code = ?1",
    )
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        found = [_one(connection, query, centre_code) for query in queries]
    connection.close()
    return UsedNumbers(*found)


def _highest(session: Session, query: Select[int]) -> int:
    return int(session.scalar(query) or 0)


def _one(connection: sqlite3.Connection, query: str, centre_code: str) -> int:
    try:
        row = connection.execute(query, (centre_code,)).fetchone()
    except sqlite3.OperationalError:  # a table the file's schema does not have yet
        return 0
    return int(row[0] or 0) if row else 0


def carry_numbers(uow: UnitOfWork, path: Path) -> UsedNumbers:
    """Raise this database's floors to the numbers the database file at ``path`` used.

    A database without a centre (the wizard never finished) has no numbers to carry.
    """
    with uow.write() as tx:
        centre_code = tx.session.scalar(select(Centre.code).limit(1))
        if centre_code is None:
            return UsedNumbers()
        used = numbers_in_file(path, centre_code)
        raise_floors(tx.session, centre_code, used)
    return used
