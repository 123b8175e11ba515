"""Activiteiten: a scan signs up, a full session has a waiting list, a meeting is called off."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.kinds import PaymentMethod
from desk_app.models import Recurrence, TargetGroup
from desk_app.services.activities import cards, signups
from desk_app.services.activities import programme as activities
from desk_app.services.auth import Actor
from desk_app.services.living_room.passes import issue_passes
from desk_app.services.till.payments import PaymentIn
from desk_app.ui.activities.page import ActivitiesPage
from desk_app.ui.bar.card_kind import CardKindDialog
from desk_app.ui.bar.card_sale import CardSaleDialog
from desk_app.ui.context import PageContext
from desk_app.ui.i18n import install_translators, remove_translators
from tests.ui.inline_jobs import InlineJobs
from tests.ui.questions import answer

MONDAY = date(2026, 3, 2)


@pytest.fixture
def context(empty_desk: Desk, desk_manager: Actor, tmp_path: Path) -> PageContext:
    return PageContext(
        empty_desk.uow, empty_desk.folder, lambda: desk_manager, lambda _p: None, jobs=InlineJobs()
    )


@pytest.fixture
def page(qtbot: QtBot, context: PageContext, desk_manager: Actor) -> ActivitiesPage:
    """The page with today's one session chosen and its sign-up list open."""
    activities.plan_activity(
        context.uow,
        desk_manager,
        activities.ActivityPlan(
            "Yoga", TargetGroup.ADULTS, Recurrence.ONCE, MONDAY, MONDAY, time(19), time(20)
        ),
    )
    shown = ActivitiesPage(context)
    qtbot.addWidget(shown)
    shown.table.selectRow(0)
    qtbot.mouseClick(shown.signups_button, Qt.MouseButton.LeftButton)
    assert shown.stack.currentWidget() is shown.signups
    return shown


def type_and_enter(qtbot: QtBot, field: QWidget, text: str) -> None:
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_a_pass_scanned_into_the_page_signs_up(
    qtbot: QtBot, page: ActivitiesPage, context: PageContext, desk_manager: Actor
) -> None:
    [code] = issue_passes(context.uow, desk_manager)
    type_and_enter(qtbot, page.signups.scan, code)
    assert page.signups.model.rowCount() == 1
    assert page.signups.model.data(page.signups.model.index(0, 0)) == f"pas {code}"
    assert page.message.text() == f"pas {code} is aangemeld."
    assert page.signups.scan.text() == ""


def test_a_full_session_puts_the_next_one_on_the_waiting_list(
    qtbot: QtBot, page: ActivitiesPage
) -> None:
    page.signups.capacity.setValue(1)
    page.signups.set_capacity()
    for name in ("Ria", "Kees"):
        type_and_enter(qtbot, page.signups.name, name)
    assert page.message.text() == "Vol: Kees staat op de wachtlijst."
    model = page.signups.model
    assert [model.data(model.index(n, 1)) for n in range(2)] == ["plaats", "wachtlijst 1"]
    page.signups.table.selectRow(0)
    page.signups.cancel()
    assert page.message.text() == "Van de wachtlijst naar een plaats, even bellen: Kees"
    assert [model.data(model.index(0, n)) for n in range(2)] == ["Kees", "plaats"]


def _answer(
    qtbot: QtBot, page: ActivitiesPage, code: str, button: QMessageBox.StandardButton
) -> str:
    """Scan ``code`` again for the session, answer the question with ``button``; its text."""
    page.take_scan(code, None)
    return answer(qtbot, lambda: page.signups.stamper.question, button)


def test_a_strippenkaart_scanned_on_the_list_is_stamped_and_a_second_stamp_asked(
    qtbot: QtBot, page: ActivitiesPage, context: PageContext, desk_manager: Actor
) -> None:
    product = cards.add_card_product(
        context.uow, desk_manager, "Yoga 2x", stamps=2, price_cents=1000
    )
    sold = cards.sell_card(
        context.uow, desk_manager, product.product_id, [PaymentIn(PaymentMethod.CARD, 1000)]
    )
    page.take_scan(sold.code, None)
    assert "nog 1 van 2 strippen" in page.message.text()
    assert (
        _answer(qtbot, page, sold.code, QMessageBox.StandardButton.No)
        == "Nog iemand met deze kaart?"
    )
    assert "1 strip(pen) gestempeld" in page.signups.summary.text()
    _answer(qtbot, page, sold.code, QMessageBox.StandardButton.Yes)
    assert "nog 0 van 2 strippen" in page.message.text()
    page.take_scan(sold.code, None)
    assert "strippenkaart is op" in page.message.text()
    assert page.signups.stamper.question is None
    assert "2 strip(pen) gestempeld" in page.signups.summary.text()
    session_id = page.signups.session_id or product.product_id
    assert not signups.signups(context.uow, desk_manager, session_id).placed


def test_a_stamp_is_undone_with_a_reason(
    qtbot: QtBot, page: ActivitiesPage, context: PageContext, desk_manager: Actor
) -> None:
    product = cards.add_card_product(
        context.uow, desk_manager, "Yoga 3x", stamps=3, price_cents=900
    )
    sold = cards.sell_card(
        context.uow, desk_manager, product.product_id, [PaymentIn(PaymentMethod.CASH)]
    )
    page.take_scan(sold.code, None)
    page.signups.undo_stamp()
    dialog = page.signups.undo_dialog
    assert dialog is not None
    assert dialog.stamp.count() == 1
    dialog.undo()
    assert "reden" in dialog.message.text()
    dialog.reason.setText("Twee keer gescand")
    with qtbot.waitSignal(dialog.accepted):
        dialog.undo()
    assert page.message.text() == "Stempel teruggedraaid; nog 3 van 3 strippen."
    assert "0 strip(pen) gestempeld" in page.signups.summary.text()


def test_a_strippenkaart_is_sold_at_the_bar_and_saved_to_print(
    qtbot: QtBot,
    context: PageContext,
    desk_manager: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: ("", ""))
    cards.add_card_product(context.uow, desk_manager, "Yoga 10x", stamps=10, price_cents=4000)
    dialog = CardSaleDialog(context, desk_manager)
    qtbot.addWidget(dialog)
    assert dialog.card.currentText() == "Yoga 10x: 10 strippen, €\xa040,00"
    dialog.sell(PaymentMethod.CASH)
    assert dialog.sold is not None
    assert dialog.sold.receipt.total_cents == 4000
    assert dialog.sold.code in dialog.message.text()
    dialog.save_pdf(tmp_path / "kaart.pdf")
    assert dialog.sold.code in PdfReader(tmp_path / "kaart.pdf").pages[0].extract_text()


def test_the_manager_puts_a_strippenkaart_on_the_price_list(
    qtbot: QtBot, context: PageContext, desk_manager: Actor
) -> None:
    dialog = CardKindDialog(context.uow, desk_manager)
    qtbot.addWidget(dialog)
    dialog.name.setText("Zumba 5 keer")
    dialog.stamps.setValue(5)
    dialog.price.setText("twaalf")
    dialog.save()
    assert "zoals 25,00" in dialog.message.text()
    dialog.price.setText("12,50")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    [added] = cards.card_products(context.uow)
    assert (added.name, added.stamps, added.price_cents) == ("Zumba 5 keer", 5, 1250)


def answer_cancel_question(
    qtbot: QtBot, page: ActivitiesPage, button: QMessageBox.StandardButton
) -> None:
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    answer(qtbot, lambda: page.cancel_question, button)


def test_a_meeting_is_called_off_only_after_a_yes_and_reads_so_in_english(
    qtbot: QtBot, qapp: QApplication, english_qm: Path, page: ActivitiesPage
) -> None:
    page.signups.back_requested.emit()  # from the sign-up list back to the programme
    page.show()
    page.table.selectRow(0)
    answer_cancel_question(qtbot, page, QMessageBox.StandardButton.No)
    assert page.model.data(page.model.index(0, 2)) == "Yoga"
    answer_cancel_question(qtbot, page, QMessageBox.StandardButton.Yes)
    assert page.message.text() == "Yoga op maandag 2 maart 2026 is afgelast."
    assert page.model.data(page.model.index(0, 2)) == "Yoga (afgelast)"
    page.table.selectRow(0)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert page.cancel_question is None  # nothing to ask twice
    assert page.message.text() == "Deze bijeenkomst is al afgelast."
    translators = install_translators(qapp, "en")
    try:
        page.refresh()
        assert page.model.data(page.model.index(0, 2)) == "Yoga (cancelled)"
    finally:
        remove_translators(qapp, translators)
