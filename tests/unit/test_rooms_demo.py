"""The demo year of room hire: about 70 % occupancy and about EUR 30,000 of income."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desk_app.bootstrap import open_desk
from desk_app.demo import DemoOptions, generate
from desk_app.documents.ubl import ubl_invoice
from desk_app.paths import DataFolder
from desk_app.services.rooms.invoicing import invoices
from desk_app.services.rooms.occupancy import occupancy
from tests.ubl_schema import validated

OPTIONS = DemoOptions(days=365, seed=3, centre="Open Hof", end=date(2026, 6, 30))


def test_a_demo_year_of_room_hire(tmp_path: Path) -> None:
    desk = open_desk(DataFolder(tmp_path))
    made = generate(desk.uow, OPTIONS)
    report = occupancy(desk.uow, OPTIONS.start, OPTIONS.end)
    issued = invoices(desk.uow)
    e_invoice = next(i for i in issued if i.hirer_name == "Stichting Buurtkracht")
    root = validated(ubl_invoice(desk.uow, e_invoice.id))  # the demo's e-invoicing organisation
    desk.close()
    assert root.findtext("{*}ID") == e_invoice.number
    assert made["zaalboekingen"] > 4_000
    assert 0.65 <= report.rate <= 0.75
    assert 25_000_00 <= sum(report.income_cents.values()) <= 38_000_00
    numbers = sorted(int(i.number.split("-")[1]) for i in issued)
    assert numbers == list(range(1, len(numbers) + 1))  # gapless
    assert sum(1 for i in issued if i.credited) == 1
