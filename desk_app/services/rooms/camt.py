"""A CAMT.053 bank statement (ISO 20022, camt.053.001.02 and later) read into plain values.

Only what matching needs is read: the account, and per booked entry the amount, the side,
the counterparty, the references and the return reason. A file that is not what it claims
(no XML, cut off, another message, not in euros) is refused whole with a Dutch message.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # the bank's own export, read without DTDs
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from stdnum import iban as iban_number
from stdnum.exceptions import ValidationError

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput

NAMESPACE = re.compile(r"urn:iso:std:iso:20022:tech:xsd:camt\.053\.001\.(\d\d)")
MAX_BYTES = 20_000_000


@dataclass(frozen=True)
class StatementEntry:
    """One booked entry: ``key`` names it at the bank, so a second import can tell it again."""

    key: str
    amount_cents: int
    credit: bool
    booked_on: date
    counterparty: str
    reference: str
    text: str
    return_reason: str


@dataclass(frozen=True)
class Statement:
    """A statement's account (IBAN, compact) and its booked entries in the file's order."""

    id: str
    iban: str
    entries: tuple[StatementEntry, ...]


def read_statement(data: bytes) -> Statement:
    """The statement in ``data``; one file may hold several statements of one account."""
    root = _parse(data)
    match = NAMESPACE.fullmatch(root.tag[1:].partition("}")[0]) if root.tag[:1] == "{" else None
    if match is None or int(match.group(1)) < 2 or root.tag.partition("}")[2] != "Document":
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Dit bestand is geen CAMT.053-bankafschrift; kies het afschrift als XML."
            )
        )
    ns = {"c": match.group(0)}
    statements = root.findall("c:BkToCstmrStmt/c:Stmt", ns)
    if not statements:
        raise broken()
    accounts = {_account(stmt, ns) for stmt in statements}
    if len(accounts) != 1:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Dit bestand bevat afschriften van meer dan één rekening.")
        )
    entries = tuple(entry for stmt in statements for entry in _entries(stmt, ns))
    ids = "+".join(_text(stmt, "c:Id", ns) for stmt in statements)
    return Statement(ids[:60], accounts.pop(), entries)


def _parse(data: bytes) -> ET.Element:
    if len(data) > MAX_BYTES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Dit bestand is te groot voor een afschrift.")
        )
    if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data:
        raise broken()
    try:
        return ET.fromstring(data)  # noqa: S314  # DTDs and entities are refused above
    except (ET.ParseError, LookupError, ValueError):  # LookupError: an unknown encoding
        raise broken() from None


def broken() -> InvalidInput:
    """The refusal of a file that is cut off or damaged: nothing is booked."""
    return InvalidInput(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Het bankafschrift is onvolledig of beschadigd. Download het opnieuw bij de bank; "
            "er is niets geboekt.",
        )
    )


def _account(stmt: ET.Element, ns: dict[str, str]) -> str:
    text = _text(stmt, "c:Acct/c:Id/c:IBAN", ns)
    try:
        return str(iban_number.validate(text))
    except ValidationError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Het afschrift noemt geen geldig IBAN van een rekening.")
        ) from None


def _entries(stmt: ET.Element, ns: dict[str, str]) -> list[StatementEntry]:
    stmt_id = _text(stmt, "c:Id", ns)
    found = []
    for position, entry in enumerate(stmt.findall("c:Ntry", ns), start=1):
        if _status(entry, ns) != "BOOK":
            continue
        own_ref = _text(entry, "c:AcctSvcrRef", ns) or f"{stmt_id}#{position}"
        found.extend(_split(entry, own_ref, ns))
    return found


def _split(entry: ET.Element, key: str, ns: dict[str, str]) -> list[StatementEntry]:
    """An entry, or a batch's transactions one by one when each says its own amount.

    A batch without amounts per transaction stays one entry without references, so it is
    never booked whole on the invoice its first transaction names.
    """
    details = entry.findall("c:NtryDtls/c:TxDtls", ns)
    amounts = [_tx_amount(detail, ns) for detail in details]
    if len(details) == 1:
        return [_entry(entry, details[0], _amount(entry, "c:Amt", ns), key, ns)]
    if not details or any(amount is None for amount in amounts):
        return [_entry(entry, ET.Element("none"), _amount(entry, "c:Amt", ns), key, ns)]
    return [
        _entry(entry, detail, amount, f"{key}/{number}", ns)
        for number, (detail, amount) in enumerate(zip(details, amounts, strict=True), start=1)
    ]


def _amount(node: ET.Element, path: str, ns: dict[str, str]) -> ET.Element | None:
    return node.find(path, ns)


def _tx_amount(detail: ET.Element, ns: dict[str, str]) -> ET.Element | None:
    """A transaction's own amount: ``Amt`` from version 05 on, ``AmtDtls/TxAmt`` before."""
    found = detail.find("c:Amt", ns)
    return found if found is not None else detail.find("c:AmtDtls/c:TxAmt/c:Amt", ns)


def _status(entry: ET.Element, ns: dict[str, str]) -> str:
    """``Sts`` is a code up to version 05 and holds one (``Sts/Cd``) from version 06 on."""
    return _text(entry, "c:Sts/c:Cd", ns) or _text(entry, "c:Sts", ns)


def _entry(
    entry: ET.Element,
    detail: ET.Element,
    amount: ET.Element | None,
    key: str,
    ns: dict[str, str],
) -> StatementEntry:
    if amount is None or amount.get("Ccy") != "EUR":
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Het afschrift bevat een boeking die niet in euro is.")
        )
    credit = _text(entry, "c:CdtDbtInd", ns) == "CRDT"
    side = "c:Dbtr" if credit else "c:Cdtr"
    return StatementEntry(
        key=key[:100],
        amount_cents=_cents(amount.text or ""),
        credit=credit,
        booked_on=_booked_on(entry, ns),
        counterparty=(
            _text(detail, f"c:RltdPties/{side}/c:Nm", ns)
            or _text(detail, f"c:RltdPties/{side}/c:Pty/c:Nm", ns)
        ),
        reference=_text(detail, "c:RmtInf/c:Strd/c:CdtrRefInf/c:Ref", ns),
        text=" ".join(
            [
                *(node.text or "" for node in detail.findall("c:RmtInf/c:Ustrd", ns)),
                _text(entry, "c:AddtlNtryInf", ns),
                _text(detail, "c:Refs/c:EndToEndId", ns),  # a collection's own reference
            ]
        ).strip(),
        return_reason=_text(detail, "c:RtrInf/c:Rsn/c:Cd", ns),
    )


def _cents(text: str) -> int:
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        raise broken() from None
    if not value.is_finite() or value < 0 or value != value.quantize(Decimal("0.01")):
        raise broken()
    return int(value * 100)


def _booked_on(entry: ET.Element, ns: dict[str, str]) -> date:
    text = _text(entry, "c:BookgDt/c:Dt", ns) or _text(entry, "c:BookgDt/c:DtTm", ns)[:10]
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise broken() from None


def _text(node: ET.Element, path: str, ns: dict[str, str]) -> str:
    found = node.find(path, ns)
    return " ".join((found.text or "").split()) if found is not None else ""
