"""The office overview's periods: a day, its week, month and year, and the same one last year."""

from __future__ import annotations

from datetime import date

import pytest

from desk_app.services.office.overview import PeriodKind, Span, span_of, year_before

FRIDAY = date(2026, 2, 20)


@pytest.mark.parametrize(
    ("kind", "span", "last_year"),
    [
        (PeriodKind.DAY, Span(FRIDAY, FRIDAY), Span(date(2025, 2, 21), date(2025, 2, 21))),
        (
            PeriodKind.WEEK,
            Span(date(2026, 2, 16), date(2026, 2, 22)),
            Span(date(2025, 2, 17), date(2025, 2, 23)),
        ),
        (
            PeriodKind.MONTH,
            Span(date(2026, 2, 1), date(2026, 2, 28)),
            Span(date(2025, 2, 1), date(2025, 2, 28)),
        ),
        (
            PeriodKind.YEAR,
            Span(date(2026, 1, 1), date(2026, 12, 31)),
            Span(date(2025, 1, 1), date(2025, 12, 31)),
        ),
    ],
)
def test_a_period_and_the_same_one_last_year(kind: PeriodKind, span: Span, last_year: Span) -> None:
    assert span_of(kind, FRIDAY) == span
    assert year_before(kind, span) == last_year
    assert year_before(kind, span).first.weekday() == span.first.weekday() or kind in (
        PeriodKind.MONTH,
        PeriodKind.YEAR,
    )


def test_december_and_a_leap_february() -> None:
    assert span_of(PeriodKind.MONTH, date(2026, 12, 31)) == Span(
        date(2026, 12, 1), date(2026, 12, 31)
    )
    assert span_of(PeriodKind.MONTH, date(2024, 2, 10)).days == 29
    assert year_before(PeriodKind.MONTH, span_of(PeriodKind.MONTH, date(2025, 2, 1))).days == 29
