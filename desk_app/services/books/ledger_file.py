"""The office's ledger CSV read and checked: refused whole with a Dutch message when wrong."""

from __future__ import annotations

import csv
import io
import re

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.services.books.ledger import DEFAULT_LEDGER, Account, AccountKind
from desk_app.services.books.ledger_master import LEDGER_CSV_HEADER, slots

# A level-2 to level-5 RGS reference code: B or W, then groups of a capital and two small.
_RGS_SHAPE = re.compile(r"[BW](?:[A-Z][a-z]{2}){1,4}")
_KNOWN = tuple(slots(DEFAULT_LEDGER))


def read_ledger_csv(data: bytes) -> dict[str, Account]:
    """Every slot's account from the file; any fault refuses the whole file."""
    rows = _rows(data)
    found: dict[str, Account] = {}
    for line, row in rows:
        slot = row["slot"].strip()
        if slot not in _KNOWN:
            raise _at(
                line, QT_TRANSLATE_NOOP("Errors", "Regel {line}: onbekend veld {slot}."), slot=slot
            )
        if slot in found:
            raise _at(
                line,
                QT_TRANSLATE_NOOP("Errors", "Regel {line}: {slot} staat er twee keer in."),
                slot=slot,
            )
        found[slot] = _account(line, row)
    missing = [slot for slot in _KNOWN if slot not in found]
    if missing:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "In het bestand ontbreken: {slots}."),
            slots=", ".join(missing),
        )
    _one_name_per_number(found)
    return found


def _rows(data: bytes) -> list[tuple[int, dict[str, str]]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = ""
    first = text.partition("\n")[0]
    reader = csv.DictReader(io.StringIO(text), delimiter=";" if ";" in first else ",")
    if tuple(name.strip() for name in reader.fieldnames or ()) != LEDGER_CSV_HEADER:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Dit is geen grootboekindeling: de eerste regel moet {header} zijn."
            ),
            header=";".join(LEDGER_CSV_HEADER),
        )
    rows = []
    for row in reader:
        if None in row or any(value is None for value in row.values()):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Regel {line} heeft niet precies vijf kolommen."),
                line=reader.line_num,
            )
        rows.append((reader.line_num, {key.strip(): value for key, value in row.items()}))
    return rows


def _account(line: int, row: dict[str, str]) -> Account:
    number, name = row["number"].strip(), row["name"].strip()
    kind, rgs = row["kind"].strip().upper(), row["rgs"].strip()
    if not number or not name or len(number) > 20 or len(name) > 120:
        raise _at(
            line,
            QT_TRANSLATE_NOOP(
                "Errors",
                "Regel {line}: geef een rekeningnummer (tot 20 tekens) en een naam (tot 120).",
            ),
        )
    if kind not in ("B", "P"):
        raise _at(
            line,
            QT_TRANSLATE_NOOP(
                "Errors", "Regel {line}: de soort is B (balans) of P (winst en verlies)."
            ),
        )
    if not _RGS_SHAPE.fullmatch(rgs):
        raise _at(
            line,
            QT_TRANSLATE_NOOP("Errors", "Regel {line}: {code} is geen RGS-referentiecode."),
            code=rgs,
        )
    if (kind == "B") != rgs.startswith("B"):
        raise _at(
            line,
            QT_TRANSLATE_NOOP(
                "Errors",
                "Regel {line}: een balansrekening heeft een RGS-code met B, een andere met W.",
            ),
        )
    return Account(number, name, AccountKind(kind), rgs)


def _one_name_per_number(found: dict[str, Account]) -> None:
    """Two slots may share an account, but then as one account: the same name, kind and code."""
    seen: dict[str, Account] = {}
    for account in found.values():
        if seen.setdefault(account.number, account) != account:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Rekening {number} staat er twee keer in, verschillend beschreven."
                ),
                number=account.number,
            )


def _at(line: int, message: str, **params: str) -> InvalidInput:
    return InvalidInput(message, line=line, **params)
