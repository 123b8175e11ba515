"""The organisation's CA certificate beside a central address: the chosen file and *Kiezen…*."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from desk_app.ui.touch import touch_sized


class CaFileChoice(QWidget):
    """Shows the chosen certificate file (``ca_file``) and lets the person pick another."""

    def __init__(self, chosen: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ca_file = chosen
        self.label = QLabel(
            str(chosen)
            if chosen
            else self.tr("nog niet gekozen; nodig voor een server buiten deze pc"),
            self,
        )
        self.label.setWordWrap(True)
        self.button = touch_sized(QPushButton(self.tr("Kiezen…"), self))
        self.button.clicked.connect(self.choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)

    @Slot()
    def choose(self) -> None:
        """Pick the organisation's CA certificate, as on the settings page."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("CA-certificaat van de organisatie"),
            "",
            self.tr("Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)"),
        )
        if chosen:
            self.ca_file = Path(chosen)
            self.label.setText(chosen)
