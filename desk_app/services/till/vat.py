"""VAT and cash arithmetic in whole cents: the Dutch 5-cent rule and VAT out of gross prices."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# 0: exempt or zero-rated, such as an activity fee or a donation sold at the till.
VAT_RATES = (0, 9, 21)
ALCOHOL_VAT_RATE = 21  # alcoholic drinks always carry the high rate, never the low one for drinks


def round_cash(cents: int) -> int:
    """Round a cash total to the nearest 5 cents: 1-2 down, 3-4 up, 6-7 down, 8-9 up."""
    sign = -1 if cents < 0 else 1
    return sign * 5 * ((abs(cents) + 2) // 5)


def vat_in_gross(gross_cents: int, rate: int) -> int:
    """The VAT inside an amount that includes it, rounded half away from zero."""
    sign = -1 if gross_cents < 0 else 1
    divisor = 100 + rate
    return sign * ((2 * abs(gross_cents) * rate + divisor) // (2 * divisor))


@dataclass(frozen=True)
class VatRow:
    """For one rate: the amount including VAT, the VAT, and the amount without."""

    rate: int
    gross_cents: int
    vat_cents: int
    net_cents: int


def vat_breakdown(amounts: Iterable[tuple[int, int]]) -> list[VatRow]:
    """Per rate, from ``(rate, gross)`` pairs; VAT comes from each rate's total, not per line."""
    totals: dict[int, int] = {}
    for rate, gross in amounts:
        totals[rate] = totals.get(rate, 0) + gross
    rows = []
    for rate in sorted(totals):
        vat = vat_in_gross(totals[rate], rate)
        rows.append(VatRow(rate, totals[rate], vat, totals[rate] - vat))
    return rows
