"""``desk-app roster``: the demo's week with its gaps, as JSON and as text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desk_app.cli import main


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("roster") / "data"
    assert main(["--data-dir", str(data), "demo", "--days", "1", "--end", "2026-05-04"]) == 0
    return data


def test_the_week_as_json_has_shifts_and_gaps_with_day_part_and_rule(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(demo), "roster", "--week", "2026-W19", "--json"]) == 0
    week = json.loads(capsys.readouterr().out)
    assert week["shifts"]
    assert week["gaps"]
    for gap in week["gaps"]:
        assert {"day", "part", "rule"} <= gap.keys()
    thursday = [g for g in week["gaps"] if g["day"] == "2026-05-07" and g["part"] == "evening"]
    assert [g["kind"] for g in thursday] == ["bar_unqualified"]
    assert "IVA" in thursday[0]["rule"]


def test_the_week_as_text(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(demo), "roster", "--week", "2026-W19"]) == 0
    assert "Gaten: 3" in capsys.readouterr().out


def test_a_week_typed_wrong_is_refused(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(demo), "roster", "--week", "19"]) == 2
    assert "JJJJ-Www" in capsys.readouterr().err
