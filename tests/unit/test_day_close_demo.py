"""The demo's closed days agree with what the day-close service computes from the same data."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from desk_app.bootstrap import open_desk
from desk_app.demo import DemoOptions, generate
from desk_app.paths import DataFolder
from desk_app.services.day_close.cash_count import count_total
from desk_app.services.day_close.z_report_data import closed_days, z_report

OPTIONS = DemoOptions(days=12, seed=3, end=date(2026, 6, 30))


def test_every_past_demo_day_is_closed_and_adds_up(tmp_path: Path) -> None:
    desk = open_desk(DataFolder(tmp_path))
    try:
        generate(desk.uow, OPTIONS)
        closed = closed_days(desk.uow)
        assert sorted(number for _, number in closed) == list(range(1, OPTIONS.days))
        assert max(day for day, _ in closed) == OPTIONS.end - timedelta(days=1)
        opening = 0
        for day, _ in sorted(closed):
            report = z_report(desk.uow, day)
            assert report.overview.opening_float_cents == opening
            assert report.cash_expected_cents == report.overview.cash_expected_cents
            assert report.card_recorded_cents == report.overview.card_recorded_cents
            assert count_total(report.counts) == report.cash_counted_cents
            opening = report.float_left_cents
    finally:
        desk.close()
