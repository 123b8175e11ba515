"""Till documents: the receipt bytes sent to the printer and the coffee card with its QR."""

from __future__ import annotations

import io

import pytest
from escpos.printer import Dummy
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from desk_app.documents.coffee_card import coffee_card_pdf
from desk_app.documents.receipt_printer import open_printer, print_receipt
from desk_app.errors import InvalidInput, NotAllowed
from desk_app.models import PaymentMethod
from desk_app.services.auth import Actor
from desk_app.services.till.basket import LineIn
from desk_app.services.till.coffee_cards import card_info, issue_card, top_up
from desk_app.services.till.payments import PaymentIn
from desk_app.services.till.sales import sell
from desk_app.services.till.settings import PrinterConfig
from desk_app.services.uow import UnitOfWork
from tests.documents import qr_texts, render_page
from tests.unit.till_factories import Bar, set_up_bar


@pytest.fixture
def bar(uow: UnitOfWork, manager: Actor) -> Bar:
    return set_up_bar(uow, manager)


def test_receipt_bytes_hold_the_lines_and_totals(uow: UnitOfWork, bar: Bar) -> None:
    paid = sell(
        uow,
        bar.seller,
        [LineIn(bar.products["Koffie"], 2), LineIn(bar.products["Koek"], 1)],
        [PaymentIn(PaymentMethod.CASH, tendered_cents=500)],
    )
    printer = Dummy()
    print_receipt(printer, paid)
    sent = printer.output.decode("cp437", errors="replace")
    assert "Bon 1" in sent
    assert "2 x Koffie" in sent
    assert "EUR 2,40" in sent
    assert "1 x Koek" in sent
    assert "TOTAAL" in sent
    assert "EUR 3,13" in sent
    assert "EUR 3,15" in sent  # the cash part, rounded
    assert "wisselgeld" in sent
    assert "EUR 1,85" in sent
    assert "9%" in sent
    assert "0.26" in sent  # VAT in 3,13 at 9 %
    assert printer.output.endswith(b"\x1dV\x00") or b"\x1dV" in printer.output


def test_no_printer_configured_means_none() -> None:
    assert open_printer(PrinterConfig()) is None
    assert open_printer(PrinterConfig(kind="file", path="/dev/null")) is not None


def test_coffee_card_pays_until_empty(uow: UnitOfWork, bar: Bar) -> None:
    card = issue_card(uow, bar.seller, 300, PaymentMethod.CASH)
    coffee = [LineIn(bar.products["Koffie"], 1)]
    pay = [PaymentIn(PaymentMethod.COFFEE_CARD, amount_cents=120, card_code=card.code)]
    sell(uow, bar.seller, coffee, pay)
    sell(uow, bar.seller, coffee, pay)
    assert card_info(uow, card.code).balance_cents == 60
    with pytest.raises(NotAllowed, match="te weinig"):
        sell(uow, bar.seller, coffee, pay)
    assert top_up(uow, bar.seller, card.code.lower(), 500, PaymentMethod.CARD).balance_cents == 560
    with pytest.raises(InvalidInput):
        top_up(uow, bar.seller, card.code, -5, PaymentMethod.CASH)


def test_coffee_card_pdf_carries_a_readable_qr(qapp: QApplication) -> None:
    code = "K0123456789ABX"
    pdf = coffee_card_pdf(code, "De Meent", 1000)
    reader = PdfReader(io.BytesIO(pdf))
    text = reader.pages[0].extract_text()
    assert "Koffiekaart" in text
    assert "De Meent" in text
    assert code in text
    assert qr_texts(render_page(pdf, dpi=300)) == [code]
