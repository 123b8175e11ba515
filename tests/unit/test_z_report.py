"""The Z-report: the PDF read back, the receipt slip, and ``desk-app report day``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desk_app.cli import main
from desk_app.documents.z_report import z_report_pdf
from desk_app.documents.z_report_slip import z_report_slip
from desk_app.services.auth import Actor
from desk_app.services.day_close.sign_off import Closing, close_day
from desk_app.services.day_close.z_report_data import ZReport
from desk_app.services.uow import UnitOfWork
from tests.conftest import MANAGER_PIN
from tests.documents import pdf_text
from tests.unit.day_close_factories import counts_for
from tests.unit.test_day_close import TODAY, close_yesterday_with_float, script_the_day
from tests.unit.till_factories import Bar, set_up_bar


@pytest.fixture
def closed(uow: UnitOfWork, manager: Actor) -> ZReport:
    """The scripted day, closed 5 cents short with 50 euro left for tomorrow."""
    bar: Bar = set_up_bar(uow, manager)
    close_yesterday_with_float(uow, manager, 10_000)
    script_the_day(uow, bar)
    closing = Closing(TODAY, counts_for(8820), 5_000, 350)
    return close_day(uow, manager, MANAGER_PIN, closing)


def test_the_pdf_reads_back_with_number_manager_and_figures(closed: ZReport) -> None:
    text = pdf_text(z_report_pdf(closed))
    assert "Z-rapport nr. 2: 02-03-2026" in text
    assert "Sanne de Vries" in text
    assert "Buurthuis De Meent" in text
    for expected in ("4,23", "88,25", "88,20", "-0,05", "12,50", "boodschappen melk"):
        assert expected in text
    assert "verkeerd aangeslagen" in text
    assert "Biljartclub (doorgezet)" in text


def test_the_slip_fits_the_receipt_printer(closed: ZReport) -> None:
    slip = z_report_slip(closed)
    assert all(len(line) <= 42 for line in slip.splitlines())
    assert "Kasverschil" in slip
    assert "Kasverschil" in next(line for line in slip.splitlines() if "EUR -0,05" in line)


def test_report_day_prints_json_and_writes_the_pdf(
    closed: ZReport, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "z.pdf"
    folder = str(tmp_path / "data")
    assert (
        main(
            [
                "--data-dir",
                folder,
                "report",
                "day",
                "--date",
                "2026-03-02",
                "--json",
                "--pdf",
                str(pdf),
            ]
        )
        == 0
    )
    figures = json.loads(capsys.readouterr().out)
    assert figures["bar_turnover_cents"] == 423
    assert figures["vat_per_rate"]["9"]["gross_cents"] == 423
    assert figures["payments_per_method"] == {"card": 350, "cash": 75}
    assert (figures["cash_expected_cents"], figures["cash_counted_cents"]) == (8825, 8820)
    assert figures["cash_difference_cents"] == -5
    assert (figures["visits"], figures["unique_visitors"]) == (0, 0)
    assert "Z-rapport nr. 2" in pdf_text(pdf.read_bytes())


def test_report_day_refuses_an_open_day_and_a_bad_date(
    closed: ZReport, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(tmp_path / "data")
    assert main(["--data-dir", folder, "report", "day", "--date", "2026-03-03"]) == 2
    assert "nog niet afgesloten" in capsys.readouterr().err
    assert main(["--data-dir", folder, "report", "day", "--date", "maandag"]) == 2
    assert "JJJJ-MM-DD" in capsys.readouterr().err
    assert main(["--data-dir", folder, "report", "day", "--date", "2026-03-02"]) == 0
    assert "Z-rapport 2" in capsys.readouterr().out
