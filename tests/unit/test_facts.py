"""The yearly facts from the local database, and the fact sheet PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk_app.cli import main
from desk_app.facts.pdf import fact_sheet_pdf
from desk_app.facts.registry import FactSheet
from tests.documents import pdf_page_count, pdf_text, render_page


def _sheet(year: int, visits: int, centres: dict[str, str]) -> FactSheet:
    per_centre: dict[str, dict[str, int | float | None]] = {
        code: {"visits": visits // len(centres), "satisfaction_pct": 80.0, "activities": None}
        for code in centres
    }
    total: dict[str, int | float | None] = {
        "visits": visits,
        "satisfaction_pct": 80.0,
        "bar_turnover_cents": 30_000_000,
        "activities": None,
    }
    monthly = {code: [visits // 12 // len(centres)] * 12 for code in centres}
    return FactSheet(year, "central", centres, per_centre, total, {}, monthly)


def test_the_fact_sheet_has_totals_with_last_year_and_a_page_per_centre() -> None:
    centres = {"ALL": "Alleman", "MEE": "De Meent"}
    data = fact_sheet_pdf(_sheet(2026, 200_000, centres), _sheet(2025, 160_000, centres))
    assert pdf_page_count(data) == 3
    text = pdf_text(data)
    assert "Jaaroverzicht 2026" in text
    assert "2 buurthuizen samen" in text
    assert "200.000" in text
    assert "160.000" in text
    assert "+25,0 %" in text
    assert "€ 300.000,00" in text.replace("\xa0", " ")
    assert "nog niet geregistreerd" in text
    assert "Alleman (ALL)" in text
    assert "Bezoeken per maand" in text
    page = render_page(data, 0, dpi=40)
    counted = page.convert("RGB").getcolors(1 << 20) or []
    colours = {colour for _count, colour in counted if isinstance(colour, tuple)}
    assert any(abs(r - 42) + abs(g - 111) + abs(b - 151) < 30 for r, g, b in colours)  # bars


def test_report_facts_writes_the_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = str(tmp_path / "data")
    assert main(["--data-dir", folder, "demo", "--days", "40", "--end", "2026-02-09"]) == 0
    target = tmp_path / "feiten.pdf"
    assert (
        main(["--data-dir", folder, "report", "facts", "--year", "2026", "--pdf", str(target)]) == 0
    )
    assert "Jaaroverzicht geschreven" in capsys.readouterr().out
    text = pdf_text(target.read_bytes())
    assert "De Meent (MEE)" in text
    assert pdf_page_count(target.read_bytes()) == 2
