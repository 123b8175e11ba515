"""The social manager's view of one visitor's data: look up, export, erase (AVG rights)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.auth import Actor
from desk_app.services.living_room import passes
from desk_app.services.uow import UnitOfWork
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.modal import ask
from desk_app.ui.page_action import PageAction
from desk_app.ui.scanner import mark_scan_field
from desk_app.ui.touch import big_button, tap_only
from desk_app.ui.widgets import MessageLabel

SaveAs = Callable[[QWidget, str], Path | None]


def ask_save_path(parent: QWidget, suggested: str) -> Path | None:
    """Ask where to save an export."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, parent.tr("Gegevens opslaan"), suggested, "JSON (*.json)"
    )
    return Path(chosen) if chosen else None


class VisitorDataDialog(QDialog):
    """Look up a pass; show, export or erase the personal data on it."""

    def __init__(
        self,
        uow: UnitOfWork,
        actor: Actor,
        parent: QWidget | None = None,
        save_as: SaveAs = ask_save_path,
    ) -> None:
        super().__init__(parent)
        self.uow, self.actor, self.save_as = uow, actor, save_as
        self.shown_code: str | None = None  # the pass whose data is shown: what the buttons use
        self.setWindowTitle(self.tr("Gegevens van een bezoeker"))
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(self.tr("Scan of typ de code van de pas"))
        self.code.returnPressed.connect(self.look_up)
        self.code.textChanged.connect(self._code_changed)
        mark_scan_field(self.code)  # a pass scanned here is looked up, not checked in
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.message = MessageLabel(self)
        self.act = PageAction(lambda: actor, self.message)
        self.erase_question: QMessageBox | None = None  # open while the manager is asked
        self.export_button = QPushButton(self.tr("Exporteren"), self)
        self.export_button.clicked.connect(self.export)
        self.erase_button = QPushButton(self.tr("Naam en telefoon wissen"), self)
        self.erase_button.clicked.connect(self.erase)
        look_up = QPushButton(self.tr("Opzoeken"), self)
        look_up.clicked.connect(self.look_up)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(look_up)
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.erase_button)
        self.retention = QSpinBox(self)
        self.retention.setAccessibleName(self.tr("Bewaartermijn in maanden"))
        self.retention.setRange(1, 120)
        self.retention.setSuffix(self.tr(" maanden"))
        self.retention.setValue(passes.current_retention_months(uow))
        save_retention = QPushButton(self.tr("Bewaartermijn opslaan"), self)
        save_retention.clicked.connect(self.save_retention)
        retention = QHBoxLayout()
        retention.addWidget(QLabel(self.tr("Namen wissen na het laatste bezoek:"), self))
        retention.addWidget(self.retention)
        retention.addWidget(save_retention)
        layout = QVBoxLayout()
        layout.addLayout(row)
        layout.addWidget(self.details)
        layout.addLayout(actions)
        layout.addSpacing(12)
        layout.addLayout(retention)
        close = big_button(self.tr("Sluiten"), self)
        close.clicked.connect(self.reject)
        fit_dialog(self, layout, [close], self.message)
        tap_only(self)  # the scanner's Enter looks the pass up; it presses no button
        self._enable_actions(False)

    def _enable_actions(self, enabled: bool) -> None:
        self.export_button.setEnabled(enabled)
        self.erase_button.setEnabled(enabled)

    @Slot(str)
    def _code_changed(self, _text: str) -> None:
        """Another code in the field: the buttons no longer act on the pass shown."""
        self.shown_code = None
        self._enable_actions(False)

    @Slot()
    def look_up(self) -> None:
        """Show what is held about the pass; the code is selected, so the next scan replaces it."""
        self._look_up(self.code.text())
        self.code.setFocus()
        self.code.selectAll()

    def _look_up(self, code: str) -> None:
        self.message.clear_message()
        self.act.run(
            lambda actor: passes.visitor_data(self.uow, actor, code),
            self._show_data,
            failed=lambda _error: self._enable_actions(False),
        )

    def _show_data(self, data: passes.VisitorData) -> None:
        self.shown_code = data.code
        self.details.setText(
            self.tr(
                "Pas {code}, uitgegeven {issued}\nNaam: {name}\nTelefoon: {phone}\n"
                "Bezoeken: {visits}, laatste: {last}"
            ).format(
                code=data.code,
                issued=screen_formatter().moment(data.issued_at),
                name=data.holder_name or "-",
                phone=data.holder_phone or "-",
                visits=data.visits,
                last=screen_formatter().moment(data.last_visit) if data.last_visit else "-",
            )
        )
        self._enable_actions(True)

    @Slot()
    def export(self) -> None:
        """Save the data of the pass shown as a JSON file to hand over."""
        code = self.shown_code
        if code is not None:
            self.act.run(lambda actor: passes.visitor_data(self.uow, actor, code), self._save)

    def _save(self, data: passes.VisitorData) -> None:
        path = self.save_as(self, f"bezoeker-{data.code}.json")
        if path is not None:
            path.write_text(data.as_json(), encoding="utf-8")
            self.message.show_info(self.tr("Opgeslagen in {file}").format(file=str(path)))

    @Slot()
    def save_retention(self) -> None:
        """Store the retention period (social manager only; audited by the service)."""
        months = self.retention.value()
        self.act.run(
            lambda actor: passes.set_retention_months(self.uow, actor, months),
            lambda _saved: self.message.show_info(self.tr("De bewaartermijn is opgeslagen.")),
        )

    @Slot()
    def erase(self) -> None:
        """Erase the pass shown's name and phone after a confirmation; its visits stay counted."""
        code = self.shown_code
        if code is None:
            return

        def answered(yes: bool) -> None:
            self.erase_question = None
            if yes:
                self.act.run(
                    lambda actor: passes.erase_visitor(self.uow, actor, code),
                    lambda _erased: self._erased(code),
                )

        self.erase_question = ask(
            self,
            self.tr("Gegevens wissen"),
            self.tr("Naam en telefoon van deze bezoeker wissen? Dit kan niet ongedaan worden."),
            answered,
            yes_text=self.tr("Ja, wissen"),
        )

    def _erased(self, code: str) -> None:
        self._look_up(code)
        self.message.show_info(self.tr("Naam en telefoon zijn gewist."))
