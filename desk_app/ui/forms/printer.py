"""The receipt printer's fields, with a test print that never freezes the screen.

The test print runs in the print pool, so a printer that is off or far away never freezes
the window; when no answer came within :data:`TEST_WAIT_MS` the form says so and moves on.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.documents.receipt_printer import PrinterOpener, print_slip, print_trial_slip
from desk_app.errors import DeskError
from desk_app.services.starter import check_printer
from desk_app.services.till.settings import PrinterConfig
from desk_app.ui.jobs import Jobs, Pool
from desk_app.ui.touch import touch_button
from desk_app.ui.widgets import MessageLabel, add_row, form_layout

log = logging.getLogger(__name__)

# The printer opener waits a few seconds itself; this is the form's own limit on top of it.
TEST_WAIT_MS = 8_000


def _hex(text: str) -> int:
    """A USB id as printed on the printer's label (``04b8``); 0 when it is none."""
    try:
        return int(text.strip().removeprefix("0x"), 16)
    except ValueError:
        return 0


class PrinterForm(QWidget):
    """The receipt printer: none, network or USB, with a test print in the print pool.

    Signals:
        test_finished: a test print came back (printed, failed or timed out); carries the text.
    """

    test_finished = Signal(str)

    def __init__(
        self,
        jobs: Jobs,
        open_printer: PrinterOpener,
        parent: QWidget | None = None,
        *,
        leading: Sequence[tuple[str, QWidget]] = (),
    ) -> None:
        """``leading``: rows of the caller's that come before the printer's, in one form."""
        super().__init__(parent)
        self.leading = leading
        self.jobs, self.open_printer = jobs, open_printer
        self.centre_name = ""
        self.wait_ms = TEST_WAIT_MS
        self._printing = False  # a test print is on its way (or waiting for the printer)
        self.none = QRadioButton(self.tr("Geen bonprinter"), self)
        self.network = QRadioButton(self.tr("Netwerkprinter"), self)
        self.usb = QRadioButton(self.tr("USB-printer"), self)
        self.kinds = QButtonGroup(self)
        for button in (self.none, self.network, self.usb):
            self.kinds.addButton(button)
        self.none.setChecked(True)
        self.host = QLineEdit(self)
        self.host.setPlaceholderText(self.tr("bijvoorbeeld 192.168.1.50"))
        self.port = QLineEdit("9100", self)
        self.vendor = QLineEdit(self)
        self.vendor.setPlaceholderText(self.tr("bijvoorbeeld 04b8"))
        self.product = QLineEdit(self)
        self.product.setPlaceholderText(self.tr("bijvoorbeeld 0e15"))
        self.test = touch_button(self.tr("Test afdrukken"), self)
        self.result = MessageLabel(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._no_answer)
        self._lay_out()
        self.kinds.buttonToggled.connect(self._kind_changed)
        self.test.clicked.connect(self.print_test)
        self._kind_changed()

    def _lay_out(self) -> None:
        form = form_layout()
        for text, field in self.leading:
            add_row(form, text, field)
        kinds = QHBoxLayout()
        for button in (self.none, self.network, self.usb):
            kinds.addWidget(button)
        form.addRow(self.tr("Bonprinter"), kinds)
        add_row(form, self.tr("Netwerkadres"), self.host)
        add_row(form, self.tr("Poort"), self.port)
        add_row(form, self.tr("USB-leverancier (hex)"), self.vendor)
        add_row(form, self.tr("USB-product (hex)"), self.product)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.test)
        layout.addWidget(self.result)

    def set_value(self, config: PrinterConfig) -> None:
        """Show a stored printer (a USB id as on its label: ``04b8``)."""
        kind = {"network": self.network, "usb": self.usb}.get(config.kind, self.none)
        kind.setChecked(True)
        self.host.setText(config.host)
        self.port.setText(str(config.port))
        self.vendor.setText(f"{config.usb_vendor:04x}" if config.usb_vendor else "")
        self.product.setText(f"{config.usb_product:04x}" if config.usb_product else "")
        self._kind_changed()

    @Slot()
    def _kind_changed(self) -> None:
        """Only the fields of the chosen kind of printer can be filled in."""
        for edit in (self.host, self.port):
            edit.setEnabled(self.network.isChecked())
        for edit in (self.vendor, self.product):
            edit.setEnabled(self.usb.isChecked())
        self._enable_test()

    def printer(self) -> PrinterConfig:
        """The chosen printer, checked by the core."""
        if self.network.isChecked():
            port = self.port.text().strip()
            config = PrinterConfig(
                kind="network", host=self.host.text(), port=int(port) if port.isdigit() else 0
            )
        elif self.usb.isChecked():
            config = PrinterConfig(
                kind="usb",
                usb_vendor=_hex(self.vendor.text()),
                usb_product=_hex(self.product.text()),
            )
        else:
            config = PrinterConfig()
        return check_printer(config)

    @Slot()
    def print_test(self) -> None:
        """Send a proof slip in the background; the answer (or its absence) shows below."""
        try:
            config = self.printer()
        except DeskError as error:
            self.result.show_desk_error(error)
            return
        send = partial(print_trial_slip, centre_name=self.centre_name)
        work = partial(print_slip, self.open_printer, config, send)
        self._printing = True
        self._enable_test()
        self.result.show_info(self.tr("Bezig met afdrukken…"))
        self.timer.start(self.wait_ms)
        self.jobs.run(Pool.PRINT, work, self._printed, self._failed)

    @Slot(object)
    def _printed(self, _printed: bool) -> None:
        self._job_ended()
        if self.timer.isActive():  # after the page's limit the person was already told
            self._finish(
                self.tr("De proefbon is afgedrukt. Kijk of hij goed leesbaar is."), ok=True
            )

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self._job_ended()
        log.info("the test print failed: %s", error)
        if self.timer.isActive():
            self._finish(
                self.tr(
                    "De bonprinter antwoordt niet. Staat hij aan en klopt het adres? "
                    "U kunt ook zonder bonprinter verder."
                ),
                ok=False,
            )

    @Slot()
    def _no_answer(self) -> None:
        self._finish(
            self.tr(
                "De bonprinter gaf binnen {seconds} seconden geen antwoord. "
                "U kunt ook zonder bonprinter verder."
            ).format(seconds=self.wait_ms // 1000),
            ok=False,
        )

    def _job_ended(self) -> None:
        """A new test may start only once the last one let go of the printer."""
        self._printing = False
        self._enable_test()

    def _enable_test(self) -> None:
        self.test.setEnabled(not self.none.isChecked() and not self._printing)

    def _finish(self, text: str, *, ok: bool) -> None:
        self.timer.stop()
        if ok:
            self.result.show_info(text)
        else:
            self.result.show_error(text)
        self.test_finished.emit(text)
