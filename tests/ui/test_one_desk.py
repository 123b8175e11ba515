"""A second desk on the same data folder says so calmly and does not open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desk_app.paths import DataFolder
from desk_app.services.desk_lock import Use, take_hold
from desk_app.ui import app as ui_app


def test_a_second_desk_shows_a_calm_message_and_does_not_open(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes: list[tuple[str, str, str]] = []

    def box(kind: str) -> object:
        def record(_parent: QWidget | None, title: str, text: str) -> QMessageBox.StandardButton:
            boxes.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return record

    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, box(kind))
    folder = DataFolder(tmp_path)
    with take_hold(folder, Use.DESK):
        assert ui_app.run_gui(folder) == 1
    [(kind, title, text)] = boxes
    assert (kind, title) == ("information", "De balie is al in gebruik")
    assert text.startswith("De balie is al open op deze pc")
    assert not folder.database.exists()
