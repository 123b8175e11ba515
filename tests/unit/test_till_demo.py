"""The demo bar: a realistic mix, gapless receipts, and a till that carries on after it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from desk_app.bootstrap import open_desk
from desk_app.demo import DemoOptions, generate
from desk_app.models import Person, Product, ReceiptCounter, Sale, SaleLine
from desk_app.paths import DataFolder
from desk_app.services.till.reports import day_figures

OPTIONS = DemoOptions(days=28, seed=3, centre="De Meent", end=date(2026, 3, 29))


def test_demo_month_of_sales(tmp_path: Path) -> None:
    desk = open_desk(DataFolder(tmp_path))
    made = generate(desk.uow, OPTIONS)
    with desk.uow.read() as tx:
        numbers = list(
            tx.session.scalars(select(Sale.receipt_number).order_by(Sale.receipt_number))
        )
        counter = tx.session.scalar(select(ReceiptCounter.last_number))
        by_name = dict(
            tx.session.execute(
                select(SaleLine.name, func.sum(SaleLine.quantity)).group_by(SaleLine.name)
            ).all()
        )
        report = day_figures(tx.session, date(2026, 3, 27), tx.now)
        assert tx.session.scalar(select(func.count(Product.id))) == 18 + 2  # 2 strippenkaarten
        assert tx.session.scalar(select(func.count(Person.id))) == 81  # 80 volunteers and Sanne
    desk.close()
    assert counter is not None
    assert numbers == list(range(1, len(numbers) + 1)) == list(range(1, counter + 1))
    # About EUR 60,000 a year is EUR 4,600 in four weeks.
    assert 3_800_00 < made["baromzet (euro)"] * 100 < 5_600_00
    assert by_name["Koffie"] > by_name["Pils van de tap"] > by_name["Rode wijn"]
    assert report.receipts > 20
    assert sum(row.gross_cents for row in report.vat_rows) == report.turnover_cents
