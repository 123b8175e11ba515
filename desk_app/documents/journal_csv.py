"""The journal as a plain CSV, one row per booking line, for packages that import that."""

from __future__ import annotations

import csv
import io

from desk_app.services.books.entries import Entry

HEADER = (
    "datum", "dagboek", "boekstuk", "omschrijving", "rekening", "rekeningnaam",
    "debet", "credit", "btw_tarief", "debiteur", "factuur", "productgroep",
)  # fmt: skip


def _euro(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}" if cents else ""


def journal_csv(entries: tuple[Entry, ...]) -> bytes:
    """Every line of ``entries``; amounts with a decimal point, debit and credit apart."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    for entry in entries:
        for line in entry.lines:
            writer.writerow(
                (
                    entry.day.isoformat(), entry.journal.value, entry.number,
                    line.description, line.account.number, line.account.name,
                    _euro(max(line.cents, 0)), _euro(max(-line.cents, 0)),
                    "" if line.vat_rate is None else line.vat_rate, line.hirer,
                    line.invoice, line.group,
                )
            )  # fmt: skip
    return out.getvalue().encode("utf-8-sig")
