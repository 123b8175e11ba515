"""The till's warning before a volunteer consumption takes someone over an allowance limit."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from desk_app.services.volunteers.allowance import LimitKind
from desk_app.services.volunteers.allowance_guard import LimitWarning
from desk_app.ui.bar.common import money
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.touch import big_button


class AllowanceWarningDialog(QDialog):
    """Says which limit this consumption passes; the volunteer goes on or stops."""

    def __init__(self, warning: LimitWarning, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vrijwilligersvergoeding"))
        self.text = QLabel(self._text(warning), self)
        self.text.setWordWrap(True)
        body = QVBoxLayout()
        body.addWidget(self.text)
        self.stop = big_button(self.tr("Stoppen"), self)
        self.go_on = big_button(self.tr("Toch afrekenen"), self)
        self.stop.setDefault(True)
        self.stop.clicked.connect(self.reject)
        self.go_on.clicked.connect(self.accept)
        fit_dialog(self, body, [self.go_on, self.stop])

    def _text(self, warning: LimitWarning) -> str:
        per = {
            LimitKind.HOUR: self.tr("per gewerkt uur"),
            LimitKind.MONTH: self.tr("deze maand"),
            LimitKind.YEAR: self.tr("dit jaar"),
        }[warning.kind]
        return self.tr(
            "Met deze consumptie komt {name} {per} op {after} aan vergoedingen; onbelast is "
            "hoogstens {limit}. Daarboven wordt alles belast. Toch afrekenen als eigen consumptie?"
        ).format(
            name=warning.name,
            per=per,
            after=money(warning.after_cents),
            limit=money(warning.limit_cents),
        )
