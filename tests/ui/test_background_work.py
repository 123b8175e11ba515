"""Slow work off the GUI thread: a printer that does not answer, a PDF that fails, a sync."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path

import pytest
from escpos.printer import Dummy
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desk_app.bootstrap import Desk
from desk_app.documents.receipt_printer import open_printer
from desk_app.models import Sale
from desk_app.services.auth import Actor
from desk_app.services.till import settings
from desk_app.services.till.settings import PrinterConfig
from desk_app.services.uow import UnitOfWork
from desk_app.ui.bar.page import BarPage
from desk_app.ui.context import PageContext, open_with_system
from desk_app.ui.jobs import BackgroundJobs
from desk_app.ui.living_room.page import LivingRoomPage
from desk_app.ui.main_window import MainWindow
from tests.ui.printers import Printers
from tests.unit.till_factories import Bar, set_up_bar

SHORT_TIMEOUT_S = 0.5


class HangingPrinter:
    """A printer that takes the text and then does not answer until the test lets it go."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.released = threading.Event()
        self.returned = threading.Event()

    def set(self, *, align: str) -> None:
        del align

    def text(self, txt: str) -> None:
        del txt
        self.entered.set()
        self.released.wait(10)  # bounded, so a print on the GUI thread fails the test, not hangs
        self.returned.set()

    def cut(self) -> None:
        pass

    def close(self) -> None:
        pass


@pytest.fixture
def bar(uow: UnitOfWork, desk_manager: Actor) -> Bar:
    return set_up_bar(uow, desk_manager)


@pytest.fixture
def unanswered_port() -> Iterator[int]:
    """A local port whose connection queue is full: a connect there waits until it times out."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(0)
    port: int = server.getsockname()[1]
    waiting: list[socket.socket] = []
    while True:  # fill the queue until a connect does not get through
        client = socket.socket()
        client.settimeout(0.2)
        waiting.append(client)
        try:
            client.connect(("127.0.0.1", port))
        except TimeoutError:
            break
    yield port
    for client in waiting:
        client.close()
    server.close()


def bar_page(qtbot: QtBot, context: PageContext) -> BarPage:
    page = BarPage(context)
    qtbot.addWidget(page)
    page.show()
    return page


def sell_coffee(qtbot: QtBot, page: BarPage) -> None:
    qtbot.mouseClick(page.grid.tiles["Koffie"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.sale_recorded):
        qtbot.mouseClick(page.pay.exact, Qt.MouseButton.LeftButton)


def sale_count(uow: UnitOfWork) -> int:
    with uow.read() as tx:
        return tx.session.scalar(select(func.count(Sale.id))) or 0


def test_the_till_sells_on_while_the_printer_hangs(
    qtbot: QtBot, desk: Desk, bar: Bar, jobs: BackgroundJobs
) -> None:
    hanging = HangingPrinter()
    context = PageContext(
        desk.uow, desk.folder, lambda: bar.seller, jobs=jobs, open_printer=Printers(hanging).open
    )
    page = bar_page(qtbot, context)
    try:
        sell_coffee(qtbot, page)
        assert hanging.entered.wait(5)
        sell_coffee(qtbot, page)
        qtbot.waitUntil(lambda: sale_count(desk.uow) == 2)
        assert not hanging.returned.is_set()  # the first receipt still waits for the printer
        assert "Bon 2" in page.receipt_view.toPlainText()
    finally:
        hanging.released.set()


def test_a_printer_that_does_not_answer_gives_up_and_offers_a_reprint(
    qtbot: QtBot, desk: Desk, bar: Bar, jobs: BackgroundJobs, unanswered_port: int
) -> None:
    config = PrinterConfig(kind="network", host="127.0.0.1", port=unanswered_port)
    settings.save_settings(
        desk.uow, bar.manager, replace(settings.load_settings(desk.uow), printer=config)
    )
    opener = partial(open_printer, timeout=SHORT_TIMEOUT_S)
    context = PageContext(desk.uow, desk.folder, lambda: bar.seller, jobs=jobs, open_printer=opener)
    page = bar_page(qtbot, context)
    sell_coffee(qtbot, page)
    assert not page.reprint.isVisible()
    qtbot.waitUntil(page.reprint.isVisible, timeout=5_000)
    assert "bonprinter is niet bereikbaar" in page.message.text()
    assert "opgeslagen" in page.message.text()
    assert sale_count(desk.uow) == 1


def test_the_reprint_sends_the_last_receipt_again(
    qtbot: QtBot, desk: Desk, bar: Bar, jobs: BackgroundJobs
) -> None:
    class BrokenPrinter(HangingPrinter):
        def text(self, txt: str) -> None:
            raise TimeoutError(txt)

    printers = Printers(BrokenPrinter())
    context = PageContext(
        desk.uow, desk.folder, lambda: bar.seller, jobs=jobs, open_printer=printers.open
    )
    page = bar_page(qtbot, context)
    sell_coffee(qtbot, page)
    qtbot.waitUntil(page.reprint.isVisible)
    working = Dummy()
    printers.printer = working
    with qtbot.waitSignal(page.printing.printed):
        qtbot.mouseClick(page.reprint, Qt.MouseButton.LeftButton)
    assert b"Bon 1" in working.output
    assert not page.reprint.isVisible()


def test_a_document_that_cannot_be_written_is_explained(
    qtbot: QtBot, desk: Desk, desk_manager: Actor, jobs: BackgroundJobs
) -> None:
    desk.folder.reports.parent.mkdir(parents=True, exist_ok=True)
    desk.folder.reports.write_text("not a folder")  # the reports folder cannot be made
    opened: list[Path] = []
    context = PageContext(desk.uow, desk.folder, lambda: desk_manager, opened.append, jobs=jobs)
    page = LivingRoomPage(context)
    qtbot.addWidget(page)
    page.print_evacuation_list()
    qtbot.waitUntil(lambda: "niet worden gemaakt" in page.panel.message.text(), timeout=10_000)
    assert opened == []


def test_without_a_viewer_the_page_says_where_the_document_is(
    qtbot: QtBot,
    desk: Desk,
    desk_manager: Actor,
    jobs: BackgroundJobs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    context = PageContext(desk.uow, desk.folder, lambda: desk_manager, open_with_system, jobs=jobs)
    page = LivingRoomPage(context)
    qtbot.addWidget(page)
    page.print_evacuation_list()
    qtbot.waitUntil(lambda: "kon niet worden geopend" in page.panel.message.text(), timeout=10_000)
    [archived] = desk.folder.reports.glob("ontruimingslijst-*.pdf")
    assert str(archived) in page.panel.message.text()


class SlowSync:
    """A sync that holds its pool until the test lets it end."""

    def __init__(self) -> None:
        self.running = threading.Event()
        self.may_end = threading.Event()

    def run(self, uow: UnitOfWork, **_options: object) -> None:
        del uow
        self.running.set()
        self.may_end.wait(10)


@pytest.fixture
def slow_sync(monkeypatch: pytest.MonkeyPatch) -> Iterator[SlowSync]:
    sync = SlowSync()
    monkeypatch.setattr("desk_app.ui.sync_control.central_url", lambda _uow: "postgresql://x/y")
    monkeypatch.setattr("desk_app.ui.sync_control.run_sync", sync.run)
    yield sync
    sync.may_end.set()


@pytest.fixture
def receipt_file(desk: Desk, bar: Bar, tmp_path: Path) -> Path:
    """The till prints to this file, as to a printer's device file."""
    receipts = tmp_path / "bonprinter"
    config = PrinterConfig(kind="file", path=str(receipts))
    settings.save_settings(
        desk.uow, bar.manager, replace(settings.load_settings(desk.uow), printer=config)
    )
    return receipts


def test_a_receipt_prints_while_the_sync_runs(
    qtbot: QtBot, desk: Desk, bar: Bar, slow_sync: SlowSync, receipt_file: Path
) -> None:
    window = MainWindow(desk, "De Meent", bar.seller)
    qtbot.addWidget(window)
    page = next(p for p in window.pages if isinstance(p, BarPage))
    assert window.sync.start()
    qtbot.waitUntil(slow_sync.running.is_set)
    sell_coffee(qtbot, page)
    qtbot.waitUntil(lambda: receipt_file.exists() and b"Bon 1" in receipt_file.read_bytes())
    assert window.sync.running
    assert not slow_sync.may_end.is_set()
    slow_sync.may_end.set()
    qtbot.waitUntil(lambda: not window.sync.running)
