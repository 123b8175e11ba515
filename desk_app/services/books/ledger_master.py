"""The ledger mapping as master data: its slots, the office's CSV file and the desk's copy.

The office edits the mapping as a CSV file (``LEDGER_CSV_HEADER``, one row per slot, every
slot once) and publishes it as a release; the desk takes it in by the pull into
``ledger_account`` and the books follow it. A slot without a row keeps its default.
"""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Mapping
from dataclasses import fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import LedgerAccount
from desk_app.services.books.ledger import DEFAULT_LEDGER, Account, AccountKind, Ledger

LEDGER_CSV_HEADER = ("slot", "number", "name", "kind", "rgs")
# The slot's key is the same at every centre, so a new release replaces the row it sent before.
_SLOT_KEYS = uuid.UUID("8f5c2d1e-4b7a-4c3e-9a61-3e0c7f2b5d90")


def slots(ledger: Ledger) -> dict[str, Account]:
    """Every slot of a mapping: ``cash``, ``bank``, …, and ``vat_21``, ``rooms_0`` per rate."""
    found: dict[str, Account] = {}
    for item in fields(ledger):
        value = getattr(ledger, item.name)
        if isinstance(value, dict):
            found.update({f"{item.name}_{rate}": account for rate, account in value.items()})
        else:
            found[item.name] = value
    return found


def ledger_from_slots(found: Mapping[str, Account]) -> Ledger:
    """The default mapping with the slots in ``found`` replaced."""
    values: dict[str, object] = {}
    for item in fields(DEFAULT_LEDGER):
        value = getattr(DEFAULT_LEDGER, item.name)
        if isinstance(value, dict):
            values[item.name] = {
                rate: found.get(f"{item.name}_{rate}", account) for rate, account in value.items()
            }
        else:
            values[item.name] = found.get(item.name, value)
    return Ledger(**values)  # type: ignore[arg-type]


def slot_key(slot: str) -> uuid.UUID:
    """The row key of a slot, the same in every release and at every centre."""
    return uuid.uuid5(_SLOT_KEYS, slot)


def current_ledger(session: Session) -> Ledger:
    """The mapping this desk holds: the office's last release over the defaults."""
    rows = session.scalars(select(LedgerAccount)).all()
    return ledger_from_slots(
        {row.slot: Account(row.number, row.name, AccountKind(row.kind), row.rgs) for row in rows}
    )


def ledger_csv(ledger: Ledger = DEFAULT_LEDGER) -> bytes:
    """A mapping as the CSV file the office edits (semicolons, as Dutch spreadsheets write)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    writer.writerow(LEDGER_CSV_HEADER)
    for slot, account in slots(ledger).items():
        writer.writerow((slot, account.number, account.name, account.kind.value, account.rgs))
    return out.getvalue().encode()
