"""Zalen › Facturen: where each invoice stands, and a payment registered at the desk."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desk_app.kinds import SettlementMethod
from desk_app.paths import DataFolder
from desk_app.services.auth import Actor
from desk_app.services.rooms.bookings import book_room
from desk_app.services.rooms.invoice_payments import PaymentEntry, register_payment
from desk_app.services.rooms.invoicing import invoice_booking
from desk_app.services.uow import UnitOfWork
from desk_app.ui.context import PageContext
from desk_app.ui.rooms.invoices_view import InvoicesModel, InvoicesView
from desk_app.ui.rooms.payment_dialog import PaymentDialog
from desk_app.ui.rooms.reversal_dialog import ReversalDialog
from tests.conftest import FakeClock
from tests.ui.inline_jobs import InlineJobs
from tests.unit import hire_factories as make
from tests.unit.factories import table_counts


def _view(
    qtbot: QtBot, uow: UnitOfWork, actor: Actor, at_desk: Actor | None = None
) -> InvoicesView:
    """The invoices list holding one invoice made by ``actor``; ``at_desk`` is logged in."""
    room_id, hirer_id = make.room(uow, actor), make.hirer(uow, actor)
    booking = book_room(uow, actor, make.request(room_id, hirer_id))
    invoice_booking(uow, actor, booking.id)
    folder = DataFolder(uow.database.path.parent)
    desk_person = at_desk or actor
    view = InvoicesView(PageContext(uow, folder, lambda: desk_person, jobs=InlineJobs()))
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.refresh()
    return view


def _cell(view: InvoicesView, column: int) -> str:
    return str(view.model.data(view.model.index(0, column)))


def _button(view: InvoicesView, text: str) -> QPushButton:
    return next(b for b in view.findChildren(QPushButton) if b.text() == text)


def _open_payment(qtbot: QtBot, view: InvoicesView) -> PaymentDialog:
    view.table.selectRow(0)
    button = next(b for b in view.findChildren(QPushButton) if b.text() == "Betaling registreren…")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.dialog is not None and view.dialog.isVisible())
    assert isinstance(view.dialog, PaymentDialog)
    return view.dialog


def _type_amount(qtbot: QtBot, dialog: PaymentDialog, text: str) -> None:
    dialog.amount.selectAll()
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Delete)
    qtbot.keyClicks(dialog.amount, text)


def _press(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_a_payment_at_the_desk_changes_the_status_in_the_list(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor, receptionist: Actor
) -> None:
    view = _view(qtbot, uow, desk_manager, at_desk=receptionist)
    assert _cell(view, InvoicesModel.STATUS) == "open"
    assert _cell(view, InvoicesModel.OPEN) == "€\xa050,00"
    dialog = _open_payment(qtbot, view)
    assert dialog.amount.text() == "50,00"  # what is open, to start with
    _type_amount(qtbot, dialog, "20,00")
    dialog.method.setCurrentIndex(dialog.method.findData(SettlementMethod.CASH.value))
    _press(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: view.dialog is None)
    assert _cell(view, InvoicesModel.STATUS) == "deels betaald"
    assert _cell(view, InvoicesModel.OPEN) == "€\xa030,00"
    assert "deels betaald" in view.message.text()
    dialog = _open_payment(qtbot, view)
    assert dialog.amount.text() == "30,00"
    dialog.method.setCurrentIndex(dialog.method.findData(SettlementMethod.CARD.value))
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.dialog is None)
    assert _cell(view, InvoicesModel.STATUS) == "betaald"
    assert _cell(view, InvoicesModel.OPEN) == "€\xa00,00"
    view.showing.setCurrentIndex(view.showing.findText("Open"))
    assert view.model.rowCount() == 0
    view.showing.setCurrentIndex(view.showing.findText("Alle"))
    assert view.model.rowCount() == 1


def test_bad_amounts_get_a_dutch_message_and_write_nothing(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor
) -> None:
    view = _view(qtbot, uow, desk_manager)
    dialog = _open_payment(qtbot, view)
    before = table_counts(uow, "invoice_payment", "audit_entry")
    for text, message in (
        ("0", "meer dan € 0,00"),
        ("-5", "meer dan € 0,00"),
        ("vijftig", "bedrag in euro's"),
        ("12,345", "bedrag in euro's"),
        ("60,00", "meer kan aan de balie niet"),
    ):
        _type_amount(qtbot, dialog, text)
        _press(qtbot, dialog.save_button)
        assert dialog.isVisible(), (text, dialog.message.text(), dialog.amount.text())
        assert message in dialog.message.text().replace("\xa0", " "), text
    dialog.method.setCurrentIndex(dialog.method.findData(SettlementMethod.WRITE_OFF.value))
    _type_amount(qtbot, dialog, "50")
    _press(qtbot, dialog.save_button)
    assert "reden voor het afschrijven" in dialog.message.text()
    assert table_counts(uow, "invoice_payment", "audit_entry") == before
    dialog.reject()
    qtbot.waitUntil(lambda: view.dialog is None)
    assert _cell(view, InvoicesModel.STATUS) == "open"


def test_overdue_invoices_show_their_days_and_have_their_own_filter(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    uow: UnitOfWork,
    desk_manager: Actor,
    clock: FakeClock,
) -> None:
    view = _view(qtbot, uow, desk_manager)
    view.showing.setCurrentIndex(view.showing.findText("Te laat"))
    assert view.model.rowCount() == 0
    clock.advance(timedelta(days=20))  # due 14 days after the invoice: 6 days late
    view.refresh()
    assert view.model.rowCount() == 1
    assert _cell(view, InvoicesModel.STATUS) == "te laat"
    assert _cell(view, InvoicesModel.DAYS_OVERDUE) == "6"
    qtmodeltester.check(view.model)


def test_the_manager_reverses_a_wrong_payment_with_a_reason(
    qtbot: QtBot, uow: UnitOfWork, desk_manager: Actor
) -> None:
    view = _view(qtbot, uow, desk_manager)
    register_payment(
        uow,
        desk_manager,
        PaymentEntry(view.model.rows[0].invoice.id, 5000, SettlementMethod.CARD, date(2026, 3, 2)),
    )
    view.refresh()
    assert _cell(view, InvoicesModel.STATUS) == "betaald"
    view.table.selectRow(0)
    _press(qtbot, _button(view, "Betaling terugdraaien…"))
    qtbot.waitUntil(lambda: view.dialog is not None and view.dialog.isVisible())
    dialog = view.dialog
    assert isinstance(dialog, ReversalDialog)
    assert dialog.payments.count() == 1
    assert "Pin aan de balie" in dialog.payments.item(0).text()
    before = table_counts(uow, "invoice_payment", "audit_entry")
    _press(qtbot, dialog.save_button)
    assert "Kies eerst een betaling" in dialog.message.text()
    dialog.payments.setCurrentRow(0)
    _press(qtbot, dialog.save_button)
    assert "Geef een reden" in dialog.message.text()
    assert table_counts(uow, "invoice_payment", "audit_entry") == before
    qtbot.keyClicks(dialog.reason, "verkeerde factuur")
    _press(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: view.dialog is None)
    assert _cell(view, InvoicesModel.STATUS) == "open"
    assert "teruggedraaid" in view.message.text()
