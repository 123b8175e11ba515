"""The Dagafsluiting page driven like the manager does: count, compare, sign off, get the PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.errors import Money
from desk_app.formatting import to_local
from desk_app.models import PaymentMethod
from desk_app.services.auth import Actor
from desk_app.services.day_close.cash_count import DENOMINATIONS
from desk_app.services.day_close.z_report_data import closed_days
from desk_app.services.till.basket import LineIn
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.sales import sell
from desk_app.ui.context import PageContext
from desk_app.ui.day_close.page import DayClosePage
from desk_app.ui.messages import param_text
from desk_app.ui.page import Change
from tests.documents import pdf_text
from tests.ui.conftest import MANAGER_PIN
from tests.ui.inline_jobs import InlineJobs
from tests.unit.factories import table_counts
from tests.unit.till_factories import set_up_bar


@pytest.fixture
def opened() -> list[Path]:
    return []


@pytest.fixture
def page(qtbot: QtBot, empty_desk: Desk, desk_manager: Actor, opened: list[Path]) -> DayClosePage:
    return make_page(qtbot, empty_desk, desk_manager, opened)


def make_page(qtbot: QtBot, desk: Desk, actor: Actor, opened: list[Path]) -> DayClosePage:
    context = PageContext(desk.uow, desk.folder, lambda: actor, opened.append, jobs=InlineJobs())
    page = DayClosePage(context)
    qtbot.addWidget(page)
    page.show()
    return page


def type_count(qtbot: QtBot, page: DayClosePage, pieces: dict[int, str]) -> None:
    for cents in DENOMINATIONS:
        field = page.findChild(QLineEdit, f"count_{cents}")
        assert field is not None
        field.clear()
        qtbot.keyClicks(field, pieces.get(cents, "0"))


def click(qtbot: QtBot, page: DayClosePage, name: str) -> None:
    button = page.findChild(QPushButton, name)
    assert button is not None
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def sign_off(qtbot: QtBot, page: DayClosePage) -> None:
    """*Dag afsluiten*, and "Ja" to the question a close before closing time (22:30) asks."""
    click(qtbot, page, "sign_off")
    dialog = page.asking
    assert dialog is not None
    qtbot.mouseClick(dialog.close_now, Qt.MouseButton.LeftButton)


def test_the_manager_counts_compares_and_signs_off(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor, opened: list[Path]
) -> None:
    bar = set_up_bar(empty_desk.uow, desk_manager)
    coffee = [LineIn(bar.products["Koffie"], 3)]
    sell(empty_desk.uow, bar.seller, coffee, [PaymentIn(PaymentMethod.CASH)])  # 3,60 cash
    card = PaymentIn(PaymentMethod.CARD, amount_cents=360)
    sell(empty_desk.uow, bar.seller, coffee, [card])
    page = make_page(qtbot, empty_desk, desk_manager, opened)
    assert page.summary.values["turnover"].text() == "€\xa07,20"
    assert not page.sign.isEnabled()
    assert "3,60" not in page.sign.expected.text()  # blind: nothing expected before the count
    type_count(qtbot, page, {100: "3", 50: "1"})
    assert page.count.total.text().endswith("3,50")
    click(qtbot, page, "count_done")
    assert page.sign.isEnabled()
    assert page.sign.expected.text() == "€\xa03,60"
    assert page.sign.difference.text().startswith("€\xa0-0,10")
    qtbot.keyClicks(page.sign.float_left, "3,50")
    qtbot.keyClicks(page.sign.card_total, "3,60")
    qtbot.keyClicks(page.sign.pin, MANAGER_PIN)
    with qtbot.waitSignal(page.changed) as signal:
        sign_off(qtbot, page)
    assert signal.args == [Change.DAY_CLOSED]
    assert closed_days(empty_desk.uow) == [(page.today(), 1)]
    assert "nr. 1" in page.message.text()
    [pdf] = opened
    text = pdf_text(pdf.read_bytes())
    assert "Z-rapport nr. 1" in text
    assert "Sanne de Vries" in text
    assert not page.count.isEnabled()


@pytest.mark.parametrize(
    ("pieces", "message"),
    [
        ({100: ""}, "aantal in"),
        ({100: "drie"}, "letters"),
        ({100: "-3"}, "negatief"),
    ],
)
@pytest.mark.usefixtures("desk_manager")
def test_a_bad_count_says_why_and_reveals_nothing(
    qtbot: QtBot, page: DayClosePage, pieces: dict[int, str], message: str
) -> None:
    type_count(qtbot, page, pieces)
    click(qtbot, page, "count_done")
    assert message in page.message.text()
    assert not page.sign.isEnabled()


def test_a_wrong_pin_and_a_volunteer_write_nothing(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor, receptionist: Actor, opened: list[Path]
) -> None:
    page = make_page(qtbot, empty_desk, desk_manager, opened)
    type_count(qtbot, page, {})
    click(qtbot, page, "count_done")
    qtbot.keyClicks(page.sign.float_left, "0")
    qtbot.keyClicks(page.sign.card_total, "0")
    qtbot.keyClicks(page.sign.pin, "9999")
    before = table_counts(empty_desk.uow, "day_close")
    sign_off(qtbot, page)
    assert "Onjuiste pincode" in page.message.text()
    volunteer_page = make_page(qtbot, empty_desk, receptionist, opened)
    assert "sociaal beheerder" in volunteer_page.message.text()
    type_count(qtbot, volunteer_page, {})
    click(qtbot, volunteer_page, "count_done")
    assert not volunteer_page.sign.isEnabled()
    assert table_counts(empty_desk.uow, "day_close") == before
    assert opened == []


def test_a_paid_out_at_the_till_lowers_the_expected_cash(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor
) -> None:
    from desk_app.services.day_close.sign_off import day_to_close  # noqa: PLC0415
    from desk_app.ui.bar.paid_out import PaidOutDialog  # noqa: PLC0415

    bar = set_up_bar(empty_desk.uow, desk_manager)
    dialog = PaidOutDialog(empty_desk.uow, bar.seller)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.amount, "twaalf")
    dialog.record()
    assert "12,50" in dialog.message.text()
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "12,50")
    dialog.record()
    assert "reden" in dialog.message.text()
    assert table_counts(empty_desk.uow, "paid_out")["paid_out"] == 0
    qtbot.keyClicks(dialog.reason, "boodschappen melk")
    with qtbot.waitSignal(dialog.accepted):
        dialog.record()
    overview = day_to_close(empty_desk.uow, desk_manager, to_local(empty_desk.uow.now()).date())
    assert overview.paid_out_cents == 1250
    assert overview.cash_expected_cents == -1250


def test_the_paid_out_field_suggests_an_amount_in_coins(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor
) -> None:
    from desk_app.ui.bar.paid_out import PaidOutDialog  # noqa: PLC0415

    bar = set_up_bar(empty_desk.uow, desk_manager)
    dialog = PaidOutDialog(empty_desk.uow, bar.seller)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.amount, "12,3")
    assert dialog.message.text() == ""
    qtbot.keyClicks(dialog.amount, "4")
    suggestion = f"Bedoelt u {param_text(Money(1235))}?"
    assert suggestion in dialog.message.text()
    qtbot.keyClicks(dialog.reason, "boodschappen melk")
    with qtbot.assertNotEmitted(dialog.accepted):
        dialog.record()
    assert suggestion in dialog.message.text()
    assert table_counts(empty_desk.uow, "paid_out")["paid_out"] == 0
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.amount, "5")
    assert dialog.message.text() == ""
    with qtbot.waitSignal(dialog.accepted):
        dialog.record()
    assert table_counts(empty_desk.uow, "paid_out")["paid_out"] == 1


def test_a_close_starts_the_sync(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desk_app.ui.main_window import MainWindow  # noqa: PLC0415

    window = MainWindow(empty_desk, "De Meent", desk_manager)
    qtbot.addWidget(window)
    started: list[bool] = []

    def start() -> bool:
        started.append(True)
        return True

    monkeypatch.setattr(window.sync, "start", start)
    close_page = next(page for page in window.pages if isinstance(page, DayClosePage))
    close_page.changed.emit(Change.VISITS)
    assert started == []
    close_page.changed.emit(Change.DAY_CLOSED)
    assert started == [True]
