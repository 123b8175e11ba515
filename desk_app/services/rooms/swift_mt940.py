"""An MT940 bank statement (SWIFT, the Dutch banks' older export) read into the CAMT values.

The file is parsed by the ``mt-940`` library; what Dutch banks put in the ``:86:`` field
(``/NAME/``, ``/REMI/``, ``/EREF/``, ``/RTRN/``) is read here. A file is refused whole when
it is not MT940, holds another currency or account, or its balances do not add up (a file
cut off before its closing balance).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from stdnum import iban as iban_number

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.services.rooms.camt import MAX_BYTES, Statement, StatementEntry, broken

if TYPE_CHECKING:
    from mt940.models import Transactions

_CODES = frozenset(
    {"TRTP", "IBAN", "BIC", "NAME", "REMI", "EREF", "RTRN", "CSID", "MARF", "ORDP", "BENM"}
    | {"ULTD", "ULTC", "PURP", "CNTP", "ID", "ADDR", "SVCL", "ISDT"}
)
_IBAN = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}")


def looks_like_mt940(data: bytes) -> bool:
    """Whether ``data`` starts like an MT940 file (maybe after a SWIFT header block)."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \r\n\t")
    return head.startswith((b":20:", b"{1:", b":940:")) or b"\n:20:" in head


def read_mt940(data: bytes) -> Statement:
    """The statement in ``data``; one file may hold several statements of one account."""
    import mt940  # noqa: PLC0415 - the fallback format, loaded only when a file needs it

    if len(data) > MAX_BYTES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Dit bestand is te groot voor een afschrift.")
        )
    try:
        blocks = mt940.parse_statements(data, options=mt940.Options.all())
    except Exception:  # the library's errors for a malformed tag have no common base
        raise broken() from None
    if not blocks:
        raise broken()
    accounts = {_account(block) for block in blocks}
    if len(accounts) != 1:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Dit bestand bevat afschriften van meer dan één rekening.")
        )
    entries = tuple(entry for block in blocks for entry in _entries(block))
    ids = "+".join(str(block.data.get("transaction_reference", "")) for block in blocks)
    return Statement(ids[:60], accounts.pop(), entries)


def _account(block: Transactions) -> str:
    text = str(block.data.get("account_identification") or "").replace(" ", "").upper()
    for candidate in _IBAN.findall(text):  # some banks write the currency right after it
        for end in range(len(candidate), 14, -1):
            if iban_number.is_valid(candidate[:end]):
                return str(iban_number.compact(candidate[:end]))
    raise InvalidInput(
        QT_TRANSLATE_NOOP("Errors", "Het afschrift noemt geen geldig IBAN van een rekening.")
    )


def _entries(block: Transactions) -> list[StatementEntry]:
    """The block's entries, after its balances prove nothing was cut off."""
    opening, closing = (
        block.data.get(key) for key in ("final_opening_balance", "final_closing_balance")
    )
    if opening is None or closing is None:
        raise broken()
    moved = sum((Decimal(str(row.data["amount"].amount)) for row in block), Decimal(0))
    if Decimal(str(opening.amount.amount)) + moved != Decimal(str(closing.amount.amount)):
        raise broken()
    reference = (
        f"{block.data.get('transaction_reference', '')}/{block.data.get('statement_number', '')}"
    )
    return [_entry(row.data, f"{reference}#{n}") for n, row in enumerate(block, start=1)]


def _entry(row: dict[str, Any], fallback_key: str) -> StatementEntry:
    amount = row["amount"]
    if amount.currency != "EUR":
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Het afschrift bevat een boeking die niet in euro is.")
        )
    value = Decimal(str(amount.amount))
    fields = dict(_fields(str(row.get("transaction_details") or "")))
    own = str(row.get("bank_reference") or "").strip()
    remittance = fields.get("REMI", "")
    return StatementEntry(
        key=(own if own and own != "NONREF" else fallback_key)[:100],
        amount_cents=int(abs(value) * 100),
        credit=value > 0,
        booked_on=_day(row.get("entry_date") or row["date"]),
        counterparty=fields.get("NAME", ""),
        reference=_creditor_reference(remittance),
        text=" ".join(
            part
            for part in (
                _free_text(remittance) if fields else str(row.get("transaction_details") or ""),
                fields.get("EREF", "") if fields.get("EREF") != "NOTPROVIDED" else "",
            )
            if part
        ),
        return_reason=fields.get("RTRN", ""),
    )


def _fields(details: str) -> Iterator[tuple[str, str]]:
    """The ``/CODE/value`` pairs of a Dutch SEPA ``:86:``; empty for free text.

    Banks cut the field into lines of 65 characters, mid-word: the lines join without a space.
    """
    details = "".join(details.splitlines()).strip()
    if not details.startswith("/"):
        return
    code, value = "", list[str]()
    for part in details[1:].split("/"):
        if part in _CODES:
            if code:
                yield code, "/".join(value).strip()
            code, value = part, []
        else:
            value.append(part)
    if code:
        yield code, "/".join(value).strip()


def _creditor_reference(remittance: str) -> str:
    """``STRD/CUR/RF..`` carries a structured reference; its last part is the reference."""
    if not remittance.startswith("STRD"):
        return ""
    return remittance.rsplit("/", 1)[-1].strip()


def _free_text(remittance: str) -> str:
    """``USTD//text``: the payer's own words."""
    return (
        remittance.removeprefix("USTD").lstrip("/").strip() if remittance.startswith("USTD") else ""
    )


def _day(value: date) -> date:
    return date(value.year, value.month, value.day)
