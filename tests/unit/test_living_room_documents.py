"""The pass cards' QR codes and the evacuation list, read back as a person or scanner would."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desk_app.documents.cards import pass_cards_pdf
from desk_app.documents.evacuation import evacuation_pdf
from desk_app.models import Purpose
from desk_app.services.auth import Actor
from desk_app.services.living_room.checkin import count_walk_in, scan_pass
from desk_app.services.living_room.passes import issue_passes
from desk_app.services.uow import UnitOfWork
from desk_app.services.volunteers.evacuation import evacuation_list
from tests.documents import pdf_page_count, pdf_text, qr_texts, render_page


def test_a_single_card_decodes_to_its_code(qapp: QApplication) -> None:
    code = "P7K3M9QX2ABCDE"
    pdf = pass_cards_pdf([code], "De Meent")
    assert qr_texts(render_page(pdf)) == [code]
    assert code in pdf_text(pdf)


def test_a_sheet_holds_ten_cards_per_page(
    qapp: QApplication, uow: UnitOfWork, manager: Actor
) -> None:
    codes = issue_passes(uow, manager, 12)
    pdf = pass_cards_pdf(codes, "De Meent", sheet=True)
    assert pdf_page_count(pdf) == 2
    assert sorted(qr_texts(render_page(pdf, 0))) == sorted(codes[:10])
    assert qr_texts(render_page(pdf, 1, dpi=150)) != []


@pytest.fixture
def busy_living_room(uow: UnitOfWork, manager: Actor) -> None:
    count_walk_in(uow, manager, visitors=7)
    count_walk_in(uow, manager, visitors=12, purpose=Purpose.ACTIVITY)
    for code in issue_passes(uow, manager, 3):
        scan_pass(uow, manager, code)


@pytest.mark.usefixtures("busy_living_room")
def test_the_evacuation_list_counts_and_names(uow: UnitOfWork, manager: Actor) -> None:
    text = " ".join(pdf_text(evacuation_pdf(evacuation_list(uow, manager))).split())
    assert "Ontruimingslijst buurthuis De Meent" in text
    assert "Bezoekers in het gebouw: 22" in text
    assert "Huiskamer 3 7 10" in text
    assert "Activiteit 0 12 12" in text
    assert "Sanne de Vries" in text
    assert "2026" in text


def test_room_hire_guests_are_counted_per_room(uow: UnitOfWork, manager: Actor) -> None:
    from datetime import date  # noqa: PLC0415

    from desk_app.services.rooms.bookings import book_room  # noqa: PLC0415
    from desk_app.services.rooms.guests import bookings_today  # noqa: PLC0415
    from tests.unit import hire_factories as make  # noqa: PLC0415

    room = make.room(uow, manager, name="Grote zaal")
    today = date(2026, 3, 2)
    booked = book_room(uow, manager, make.request(room, make.hirer(uow, manager), day=today))
    [(booking_id, label)] = bookings_today(uow, today)
    assert booking_id == booked.id
    assert "Grote zaal" in label
    count_walk_in(uow, manager, visitors=5, purpose=Purpose.ROOM_HIRE, purpose_ref=booking_id)
    text = " ".join(pdf_text(evacuation_pdf(evacuation_list(uow, manager))).split())
    assert "Zaalhuur: gasten per zaal Aantal Grote zaal 5" in text
