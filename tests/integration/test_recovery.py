"""Recovery from the central database: a restore loses only what was never synced."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

import psycopg
import pytest
from sqlalchemy import select

from desk_app.bootstrap import Desk, open_desk, restore_backup
from desk_app.db.backup import backup_database
from desk_app.models import ChangeLogEntry, Product, Sale
from desk_app.models.types import utc_now
from desk_app.services.till.basket import LineIn
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.receipts import Receipt
from desk_app.services.till.sales import sell
from desk_app.models import PaymentMethod
from desk_app.sync.service import run_sync
from tests.integration.checks import compare
from tests.integration.conflict_helpers import demo_manager
from tests.integration.conftest import MakeCentre

pytestmark = pytest.mark.central


def coffee(desk: Desk) -> Receipt:
    """One coffee, paid in cash, rung up by the demo's manager."""
    with desk.uow.read() as tx:
        product: UUID = tx.session.scalars(select(Product.id).where(Product.name == "Koffie")).one()
    return sell(desk.uow, demo_manager(desk), [LineIn(product, 1)], [PaymentIn(PaymentMethod.CASH, tendered_cents=500)])


def sale_numbers(desk: Desk) -> dict[UUID, int]:
    with desk.uow.read() as tx:
        return {row.id: row.receipt_number for row in tx.session.execute(select(Sale.id, Sale.receipt_number))}


def test_a_restore_continues_the_receipt_numbers_and_brings_the_synced_sales_back(
    central_url: str, make_centre: MakeCentre, tmp_path: Path
) -> None:
    desk = make_centre(days=3)
    backup = backup_database(desk.database, tmp_path / "backup.sqlite3")
    sold = [coffee(desk) for _ in range(3)]
    first = sold[0].number
    assert [receipt.number for receipt in sold] == [first, first + 1, first + 2]
    run_sync(desk.uow, central_url)
    folder = desk.folder
    desk.close()
    restore_backup(folder, backup, utc_now())
    restored = open_desk(folder)
    try:
        assert coffee(restored).number == first + 3
        before = sale_numbers(restored)
        assert not {receipt.sale_id for receipt in sold} & set(before)
        result = run_sync(restored.uow, central_url)
        after = sale_numbers(restored)
        assert {after[receipt.sale_id] for receipt in sold} == {first, first + 1, first + 2}
        assert result.received >= 3
        assert result.high_water == result.target
        with restored.uow.read() as tx:  # the sales came back without echoing as changes
            logged = set(tx.session.scalars(select(ChangeLogEntry.row_id)))
        assert not {receipt.sale_id for receipt in sold} & logged
        report = compare(restored, central_url, seed=1)
        assert (report.lost, report.doubled, report.unexpected) == (0, 0, 0), report
        with psycopg.connect(central_url) as connection:
            numbers = connection.execute(
                "SELECT receipt_number, count(*) FROM sale GROUP BY 1 HAVING count(*) > 1"
            ).fetchall()
        assert numbers == []
        assert run_sync(restored.uow, central_url).received == 0  # once per restore
    finally:
        restored.close()
