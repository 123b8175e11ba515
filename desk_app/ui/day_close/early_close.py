"""The question before a close while the centre is still open by its hours."""

from __future__ import annotations

from datetime import time

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desk_app.ui.touch import TOUCH_HEIGHT


class EarlyCloseDialog(QDialog):
    """Names the closing time and what a close now means; "Nee" is the default answer."""

    def __init__(self, closes: time, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nu al afsluiten?"))
        text = QLabel(
            self.tr(
                "Het buurthuis is open tot {time}. Nu al afsluiten? Daarna kan vandaag niets "
                "meer worden afgerekend of ingecheckt."
            ).format(time=f"{closes:%H:%M}"),
            self,
        )
        text.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.close_now = buttons.addButton(
            self.tr("Ja, nu afsluiten"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.not_yet = buttons.addButton(
            self.tr("Nee, nog niet"), QDialogButtonBox.ButtonRole.RejectRole
        )
        for button in (self.close_now, self.not_yet):
            button.setMinimumHeight(TOUCH_HEIGHT)
            button.setAutoDefault(False)
        self.not_yet.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
