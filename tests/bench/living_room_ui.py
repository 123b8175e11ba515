"""Scan to visit committed and shown on the Huiskamer page, against a bare Qt line edit."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget
from sqlalchemy import select

from desk_app.bootstrap import open_desk
from desk_app.models import VisitorPass
from desk_app.paths import DataFolder
from desk_app.ui.context import PageContext
from desk_app.ui.living_room.page import LivingRoomPage
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


def page_scan_milliseconds(page: LivingRoomPage, codes: list[str]) -> list[float]:
    """Typed code plus Enter until the visit is committed and the figures show it."""
    queue = iter(codes)
    return time_each(lambda: _type_and_enter(page.panel.scan_field, next(queue)), len(codes))


def figures(demo_folder: Path, app: QApplication) -> list[Figure]:
    """The scan figure on a copy of the year-long demo centre (``app`` outlives the widgets)."""
    with tempfile.TemporaryDirectory() as scratch:
        desk = open_desk(DataFolder(copy_of(demo_folder, Path(scratch) / "scan")))
        actor = manager_of(desk)
        with desk.uow.read() as tx:
            codes = list(tx.session.scalars(select(VisitorPass.code).limit(2 * SCANS)))
        page = LivingRoomPage(
            PageContext(desk.uow, desk.folder, lambda: actor, lambda _p: None, jobs=InlineJobs())
        )
        page.show()
        app.processEvents()
        ours = page_scan_milliseconds(page, codes[:SCANS])
        bare = bare_scan_milliseconds(codes[SCANS:])
        page.close()
        page.deleteLater()
        app.processEvents()
        desk.close()
    return [
        Figure(
            "scan to visit shown on the page, p95 (ms)",
            p95(ours),
            "ms",
            "bare Qt line edit to label",
            p95(bare),
            "< 50 ms absolute",
        )
    ]
