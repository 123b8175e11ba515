"""The till's day in the books: turnover per rate and product group, VAT, payments, the drawer."""

from __future__ import annotations

from datetime import date

from desk_app.services.books.entries import Entry, JournalKind, Line, kept
from desk_app.services.books.ledger import Ledger
from desk_app.services.books.till_period import TillDay
from desk_app.services.till.vat import vat_breakdown

CATEGORY = "Strippenkaart"  # the product group of the stamps' turnover


def till_entries(ledger: Ledger, day: date, till: TillDay) -> list[Entry]:
    """The day's till transaction, the stamps' turnover and a closed day's cash difference."""
    lines = [*_turnover(ledger, till), *_payments(ledger, till), *_paid_outs(ledger, till)]
    entries = []
    if any(line.cents for line in lines):
        number = f"KAS-{day:%Y%m%d}"
        entries.append(Entry(JournalKind.TILL, number, day, f"Kassa {day:%d-%m-%Y}", kept(lines)))
    used = _stamps_used(ledger, till)
    if used:
        text = f"Strippenkaarten gebruikt {day:%d-%m-%Y}"
        entries.append(Entry(JournalKind.STAMPS, f"STR-{day:%Y%m%d}", day, text, used))
    difference = _cash_difference(ledger, till)
    if difference:
        number = f"KV-{day:%Y%m%d}"
        text = f"Kasverschil {day:%d-%m-%Y}"
        entries.append(Entry(JournalKind.TILL, number, day, text, difference))
    return entries


def _turnover(ledger: Ledger, till: TillDay) -> list[Line]:
    """Revenue per rate and product group without VAT, and the VAT per rate, on the credit side."""
    lines: list[Line] = []
    for row in till.vat_rows:
        mine = sorted((g, c) for (rate, g), c in till.groups.items() if rate == row.rate)
        vat_left = row.vat_cents
        for position, (group, gross) in enumerate(mine):
            last = position == len(mine) - 1
            vat = vat_left if last else _share(row.vat_cents, gross, row.gross_cents)
            vat_left -= vat
            text = f"Baromzet {group} {row.rate}%"
            lines.append(Line(ledger.bar[row.rate], -(gross - vat), text, group=group))
        if row.rate:  # turnover at 0 % carries no VAT
            text = f"Btw {row.rate}%"
            lines.append(Line(ledger.vat[row.rate], -row.vat_cents, text, vat_rate=row.rate))
    return lines


def _share(total: int, part: int, whole: int) -> int:
    """``total`` times ``part / whole``, rounded to the cent."""
    return round(total * part / whole) if whole else 0


def _payments(ledger: Ledger, till: TillDay) -> list[Line]:
    """Payments per method, coffee cards loaded, strippenkaarten sold, and the cash rounding.

    A strippenkaart is prepaid credit like a coffee card: a liability until its stamps are used.
    """
    lines = [
        Line(ledger.for_sale_payment(method), cents, f"Betaald: {method.value}")
        for method, cents in sorted(till.payments.items(), key=lambda item: item[0].value)
    ]
    for method, cents in sorted(till.card_loads.items(), key=lambda item: item[0].value):
        lines.append(Line(ledger.for_sale_payment(method), cents, "Koffiekaart geladen"))
        lines.append(Line(ledger.coffee_cards, -cents, "Koffiekaart geladen"))
    text = "Strippenkaarten verkocht"
    lines.append(Line(ledger.multi_visit_cards, -till.cards_sold_cents, text))
    lines.append(Line(ledger.cash_rounding, -till.rounding_cents, "Afronding contant"))
    return lines


def _paid_outs(ledger: Ledger, till: TillDay) -> list[Line]:
    """Cash paid out of the drawer, each on its own line with its reason."""
    lines = []
    for item in till.paid_outs:
        lines.append(Line(ledger.paid_out, item.amount_cents, item.reason))
        lines.append(Line(ledger.cash, -item.amount_cents, item.reason))
    return lines


def _stamps_used(ledger: Ledger, till: TillDay) -> tuple[Line, ...]:
    """Credit used off strippenkaarten: the liability down, turnover and VAT at the card's rate."""
    lines = []
    for row in vat_breakdown(till.stamps.items()):
        rate, text = row.rate, f"Strippen gebruikt {row.rate}%"
        lines.append(Line(ledger.multi_visit_cards, row.gross_cents, text))
        lines.append(Line(ledger.activities[rate], -row.net_cents, text, group=CATEGORY))
        if rate:  # stamps at 0 % carry no VAT
            lines.append(Line(ledger.vat[rate], -row.vat_cents, f"Btw {rate}%", vat_rate=rate))
    return kept(lines)


def _cash_difference(ledger: Ledger, till: TillDay) -> tuple[Line, ...]:
    """Counted minus expected at the day close: more in the drawer is a gain."""
    if till.close is None:
        return ()
    difference = till.close.counted_cents - till.close.expected_cents
    return kept(
        [
            Line(ledger.cash, difference, "Kasverschil"),
            Line(ledger.cash_differences, -difference, till.close.reason or "Kasverschil"),
        ]
    )
