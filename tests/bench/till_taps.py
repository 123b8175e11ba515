"""Child process of the till bench: tap-to-line times on the bar page and on a bare button.

Run as ``python -m tests.bench.till_taps DEMO_FOLDER``; prints the samples as JSON.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QTableView

from desk_app.bootstrap import Desk, open_desk
from desk_app.paths import DataFolder
from desk_app.services.auth import Actor, authenticate
from desk_app.services.people import desk_accounts
from desk_app.ui.bar.page import BarPage
from desk_app.ui.context import PageContext
from tests.ui.inline_jobs import InlineJobs

TAPS = 300


def bar_volunteer(desk: Desk) -> Actor:
    """The demo's bar volunteer, logged in with his PIN."""
    henk = next(a for a in desk_accounts(desk.uow) if a.name == "Henk Bakker")
    return authenticate(desk.uow, henk.person_id, "2222")


def _tap(app: QApplication, button: QPushButton) -> float:
    start = time.perf_counter()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    app.processEvents()
    return (time.perf_counter() - start) * 1000


def page_taps(app: QApplication, desk: Desk) -> list[float]:
    """Milliseconds from a tap on the coffee tile until its line and total are shown."""
    actor = bar_volunteer(desk)
    page = BarPage(PageContext(desk.uow, desk.folder, lambda: actor, jobs=InlineJobs()))
    page.show()
    samples = []
    for number in range(TAPS):
        if number % 20 == 0:
            page.basket.clear()
        samples.append(_tap(app, page.grid.tiles["Koffie"]))
    return samples


def bare_taps(app: QApplication) -> list[float]:
    """The same for a bare button that appends a row to a bare table."""
    model = QStandardItemModel()
    view = QTableView()
    view.setModel(model)
    button = QPushButton("Koffie")
    button.clicked.connect(lambda: model.appendRow([QStandardItem("Koffie"), QStandardItem("1")]))
    view.show()
    button.show()
    return [_tap(app, button) for _ in range(TAPS)]


def main(demo: Path) -> None:
    """Measure on a copy of the demo, print the samples, and leave without Qt's teardown."""
    app = QApplication([])
    with tempfile.TemporaryDirectory() as scratch:
        shutil.copytree(demo, Path(scratch) / "desk")
        desk = open_desk(DataFolder(Path(scratch) / "desk"))
        samples = {"page": page_taps(app, desk), "bare": bare_taps(app)}
        desk.close()
    print(json.dumps(samples), flush=True)
    # PySide6 6.12 on Python 3.11 drops a reference to None or True on many calls from
    # Python; hundreds of taps make the interpreter's teardown abort, so skip it.
    os._exit(0)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
