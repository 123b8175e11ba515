"""Scan to visit committed and shown, on the Huiskamer page alone and in the whole main window.

The page alone is compared with a bare Qt line edit; the whole window, with every section
opened once as after a morning at the desk, with the page alone.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget
from sqlalchemy import select

from desk_app.bootstrap import Desk, open_desk
from desk_app.models import VisitorPass
from desk_app.paths import DataFolder
from desk_app.ui.context import PageContext
from desk_app.ui.living_room.page import LivingRoomPage
from desk_app.ui.main_window import MainWindow
from tests.bench.harness import Figure, copy_of, p95, time_each
from tests.bench.living_room import manager_of
from tests.ui.inline_jobs import InlineJobs

SCANS = 200


def _type_and_enter(field: QLineEdit, text: str) -> None:
    QTest.keyClicks(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return)


def bare_scan_milliseconds(codes: list[str]) -> list[float]:
    """A bare line edit whose Enter puts the text in a label: Qt's own share of a scan."""
    window = QWidget()
    field, label = QLineEdit(window), QLabel(window)
    layout = QVBoxLayout(window)
    layout.addWidget(field)
    layout.addWidget(label)

    def show_and_clear() -> None:
        label.setText(field.text())
        field.clear()

    field.returnPressed.connect(show_and_clear)
    window.show()
    queue = iter(codes)
    samples = time_each(lambda: _type_and_enter(field, next(queue)), len(codes))
    window.close()
    return samples


def delete_now(widget: QWidget, app: QApplication) -> None:
    """Close and delete ``widget`` before its desk's folder goes.

    A widget only marked for deletion lives on, and its timers would refresh it later, in
    another part of the bench, from a folder that is no longer there.
    """
    widget.close()
    widget.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def page_scan_milliseconds(page: LivingRoomPage, codes: list[str]) -> list[float]:
    """Typed code plus Enter until the visit is committed and the figures show it."""
    queue = iter(codes)
    return time_each(lambda: _type_and_enter(page.panel.scan_field, next(queue)), len(codes))


def window_scan_milliseconds(desk: Desk, app: QApplication, codes: list[str]) -> list[float]:
    """The same scans in the main window after every section was opened once."""
    window = MainWindow(desk, "De Meent", manager_of(desk))
    window.resize(1366, 698)
    window.show()
    for index in reversed(range(len(window.pages))):
        window.show_section(index)
        app.processEvents()
    page = window.current_page()
    assert isinstance(page, LivingRoomPage)
    samples = page_scan_milliseconds(page, codes)
    delete_now(window, app)
    return samples


def figures(demo_folder: Path, app: QApplication) -> list[Figure]:
    """The scan figures on a copy of the year-long demo centre (``app`` outlives the widgets)."""
    with tempfile.TemporaryDirectory() as scratch:
        desk = open_desk(DataFolder(copy_of(demo_folder, Path(scratch) / "scan")))
        actor = manager_of(desk)
        with desk.uow.read() as tx:
            codes = list(tx.session.scalars(select(VisitorPass.code).limit(3 * SCANS)))
        page = LivingRoomPage(
            PageContext(desk.uow, desk.folder, lambda: actor, lambda _p: None, jobs=InlineJobs())
        )
        page.show()
        app.processEvents()
        ours = page_scan_milliseconds(page, codes[:SCANS])
        bare = bare_scan_milliseconds(codes[SCANS : 2 * SCANS])
        delete_now(page, app)
        whole = window_scan_milliseconds(desk, app, codes[2 * SCANS :])
        desk.close()
    return [
        Figure(
            "scan to visit shown on the page, p95 (ms)",
            p95(ours),
            "ms",
            "bare Qt line edit to label",
            p95(bare),
            "< 50 ms absolute",
        ),
        Figure(
            "scan to visit shown in the whole window, p95 (ms)",
            p95(whole),
            "ms",
            "the same on the Huiskamer page alone",
            p95(ours),
            "ratio about 1",
        ),
    ]
