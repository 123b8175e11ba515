"""The journal's shape: transactions of signed lines (debit positive, credit negative)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from desk_app.services.books.ledger import Account


class JournalKind(enum.StrEnum):
    """The day books, with the audit file's journal type."""

    TILL = "KAS"
    SALES = "VRK"
    RECEIPTS = "ONT"
    STAMPS = "STR"

    @property
    def audit_type(self) -> str:
        return {"KAS": "C", "VRK": "S", "ONT": "M", "STR": "M"}[self.value]

    @property
    def heading(self) -> str:
        return {
            "KAS": "Kas en bar",
            "VRK": "Verkoop zaalhuur",
            "ONT": "Ontvangsten facturen",
            "STR": "Strippenkaarten gebruikt",
        }[self.value]


@dataclass(frozen=True)
class Line:
    """One booking line; ``cents`` is positive on the debit side, negative on the credit side."""

    account: Account
    cents: int
    description: str
    hirer: str = ""
    vat_rate: int | None = None
    vat_cents: int = 0
    group: str = ""
    invoice: str = ""


@dataclass(frozen=True)
class Entry:
    """One transaction of a day book; its lines balance."""

    journal: JournalKind
    number: str
    day: date
    description: str
    lines: tuple[Line, ...]

    @property
    def debit_cents(self) -> int:
        return sum(line.cents for line in self.lines if line.cents > 0)

    @property
    def credit_cents(self) -> int:
        return -sum(line.cents for line in self.lines if line.cents < 0)


@dataclass(frozen=True)
class Debtor:
    """A hirer as the audit file lists it among the customers."""

    ident: str
    name: str
    street: str
    postcode: str
    city: str


@dataclass(frozen=True)
class Books:
    """What the export writes: the centre, the period, the accounts, the debtors, the entries."""

    centre_code: str
    centre_name: str
    vat_number: str
    first: date
    last: date
    accounts: tuple[Account, ...]
    debtors: tuple[Debtor, ...]
    entries: tuple[Entry, ...]


def kept(lines: list[Line]) -> tuple[Line, ...]:
    """The lines that carry an amount."""
    return tuple(line for line in lines if line.cents)
