"""The wizard's till page: the opening float and an optional receipt printer, with a test print."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from desk_app.amounts import parse_euros
from desk_app.documents.receipt_printer import PrinterOpener
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.services.starter import DEFAULT_FLOAT_CENTS, check_float
from desk_app.services.till.settings import PrinterConfig
from desk_app.ui.forms.printer import PrinterForm
from desk_app.ui.jobs import Jobs
from desk_app.ui.rooms.rates_editor import amount_text


class TillStartForm(QWidget):
    """Opening float (default € 100,00) and the receipt printer: none, network or USB."""

    def __init__(
        self, jobs: Jobs, open_printer: PrinterOpener, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.float = QLineEdit(amount_text(DEFAULT_FLOAT_CENTS), self)
        self.float.setAccessibleName(self.tr("Wisselgeld in de kassa"))
        leading = [(self.tr("Wisselgeld in de kassa (€)"), self.float)]
        self.printer_form = PrinterForm(jobs, open_printer, self, leading=leading)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.printer_form)

    @property
    def centre_name(self) -> str:
        """The name the test slip prints at its top."""
        return self.printer_form.centre_name

    @centre_name.setter
    def centre_name(self, name: str) -> None:
        self.printer_form.centre_name = name

    def float_cents(self) -> int:
        """The typed float, checked by the core (whole 5 cents); a refusal is in Dutch."""
        cents = parse_euros(self.float.text())
        if cents is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Vul het wisselgeld in als bedrag, bijvoorbeeld 100,00."
                )
            )
        return check_float(cents)

    def printer(self) -> PrinterConfig:
        """The chosen printer, checked by the core."""
        return self.printer_form.printer()
