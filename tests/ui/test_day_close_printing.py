"""The day's close with its Z slip printed in the background: a failed slip can be printed again."""

from __future__ import annotations

from pathlib import Path

from escpos.printer import Dummy
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.services.auth import Actor
from desk_app.ui.context import PageContext
from desk_app.ui.day_close.page import DayClosePage
from desk_app.ui.jobs import BackgroundJobs
from tests.documents import pdf_text
from tests.ui.conftest import MANAGER_PIN
from tests.ui.printers import Printers
from tests.ui.test_day_close import click, sign_off, type_count


class OffPrinter:
    """A receipt printer that is switched off: every slip times out."""

    def set(self, *, align: str) -> None:
        del align

    def text(self, txt: str) -> None:
        raise TimeoutError(txt)

    def cut(self) -> None:
        pass

    def close(self) -> None:
        pass


def test_a_slip_that_did_not_print_can_be_printed_again(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor, jobs: BackgroundJobs
) -> None:
    opened: list[Path] = []
    printers = Printers(OffPrinter())
    context = PageContext(
        empty_desk.uow,
        empty_desk.folder,
        lambda: desk_manager,
        opened.append,
        jobs=jobs,
        open_printer=printers.open,
    )
    page = DayClosePage(context)
    qtbot.addWidget(page)
    page.show()
    type_count(qtbot, page, {})
    click(qtbot, page, "count_done")
    qtbot.keyClicks(page.sign.float_left, "0")
    qtbot.keyClicks(page.sign.card_total, "0")
    qtbot.keyClicks(page.sign.pin, MANAGER_PIN)
    sign_off(qtbot, page)
    qtbot.waitUntil(page.reprint_slip.isVisible)
    assert "niet op de bonprinter" in page.message.text()
    qtbot.waitUntil(lambda: len(opened) == 1)
    assert "Z-rapport nr. 1" in pdf_text(opened[0].read_bytes())
    working = Dummy()
    printers.printer = working
    qtbot.mouseClick(page.reprint_slip, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: b"Z-rapport 1" in working.output)
    qtbot.waitUntil(lambda: not page.reprint_slip.isVisible())
