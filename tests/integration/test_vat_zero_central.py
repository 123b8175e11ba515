"""A product at 0 % VAT published by the office's CSV: taken in by the sync, sold, booked."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from desk_app.central.logins import add_centre, add_office
from desk_app.cli import main
from desk_app.formatting import LOCAL_ZONE
from desk_app.models import PaymentMethod
from desk_app.services.books.books import period_books
from desk_app.services.books.ledger import DEFAULT_LEDGER
from desk_app.services.till.basket import LineIn
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.pricing import grid_products
from desk_app.services.till.sales import sell
from desk_app.services.till.vat import VatRow
from desk_app.sync.service import run_sync
from tests.integration.conflict_helpers import demo_manager
from tests.integration.conftest import MakeCentre

pytestmark = pytest.mark.central
FEE = 'Bijdrage creatief,Activiteiten,"2,50",0,2026-01-01\n'


def test_a_fee_at_zero_is_taken_in_sold_and_booked_without_vat(
    central_url: str, make_centre: MakeCentre, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = make_centre("Alleman", days=3, seed=5)
    login = add_centre(central_url, "ALM")
    office = add_office(central_url, "kantoor")
    prices = tmp_path / "prijzen.csv"
    prices.write_text("name,category,price,vat,from\n" + FEE + "Gift,Activiteiten,5,6,\n", "utf-8")
    argv = ["central", "publish", str(prices), "--central", office]
    assert main(argv) == 2
    assert "Regel 3: Het btw-tarief 6 kan niet" in capsys.readouterr().err
    prices.write_text("name,category,price,vat,from\n" + FEE, "utf-8")
    assert main(argv) == 0
    run_sync(desk.uow, login)

    fee = next(row for row in grid_products(desk.uow) if row.name == "Bijdrage creatief")
    assert (fee.price_cents, fee.vat_rate) == (250, 0)
    card = PaymentIn(PaymentMethod.CARD, amount_cents=500)
    receipt = sell(desk.uow, demo_manager(desk), [LineIn(fee.product_id, 2)], [card])
    assert receipt.vat_rows == (VatRow(0, 500, 0, 500),)
    today = datetime.now(LOCAL_ZONE).date()
    lines = [line for e in period_books(desk.uow, today, today).entries for line in e.lines]
    assert sum(line.cents for line in lines) == 0
    assert [line.cents for line in lines if line.account == DEFAULT_LEDGER.bar[0]] == [-500]
    assert 0 not in {line.vat_rate for line in lines}
