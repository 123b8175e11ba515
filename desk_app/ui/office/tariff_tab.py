"""The room tariffs as the centres last sent them, and the editor that publishes a new one."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from desk_app.kinds import TariffClass
from desk_app.services.office.central_reads import TariffLine
from desk_app.services.office.price_lines import (
    TariffPrice,
    parse_price,
    parse_vat_for_rooms,
)
from desk_app.services.office.releases import publish_tariffs
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.jobs import Pool
from desk_app.ui.messages import kind_text
from desk_app.ui.office.context import OfficeContext
from desk_app.ui.office.price_tables import table_view
from desk_app.ui.office.release_form import ReleaseForm
from desk_app.ui.table_model import ROW_ROLE, RowTableModel
from desk_app.ui.touch import touch_sized

PUBLISHED_CLASSES = (TariffClass.SOCIAL, TariffClass.COMMERCIAL)  # the centre's own use is free


class TariffTab(QWidget):
    """Every centre's rooms and rates; a rate for a room name goes to each centre with one.

    Signals:
        published: the number of the release a new tariff went out in.
        refused: the error a publication met.
    """

    published = Signal(int)
    refused = Signal(object)

    def __init__(
        self, context: OfficeContext, model: RowTableModel[TariffLine], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.context = context
        row = QHBoxLayout(self)
        self.view = table_view(model, self.tr("Zaaltarieven"), self)
        self.view.clicked.connect(self._chosen)
        row.addWidget(self.view, 1)
        self.room, self.part, self.hour = (touch_sized(QLineEdit(self)) for _ in range(3))
        self.kind = touch_sized(QComboBox(self))
        for kind in PUBLISHED_CLASSES:
            self.kind.addItem(kind_text(kind), kind)
        self.vat = touch_sized(QComboBox(self))
        self.vat.addItems(["0", "9", "21"])
        self.form = ReleaseForm(
            (
                (self.tr("Zaal"), self.room),
                (self.tr("Tariefklasse"), self.kind),
                (self.tr("Per dagdeel excl. btw"), self.part),
                (self.tr("Per uur excl. btw"), self.hour),
                (self.tr("Btw %"), self.vat),
            ),
            self,
        )
        self.form.publish_button.clicked.connect(self.publish)
        self.published.connect(self._done)
        self.refused.connect(self._done)
        row.addWidget(self.form, 1)

    @Slot(QModelIndex)
    def _chosen(self, index: QModelIndex) -> None:
        line = index.data(ROW_ROLE)
        if not isinstance(line, TariffLine):
            return
        self.room.setText(line.room)
        self.kind.setCurrentIndex(max(0, self.kind.findData(line.tariff_class)))
        for edit, cents in ((self.part, line.part_of_day_cents), (self.hour, line.hour_cents)):
            edit.setText(screen_formatter().amount_field(cents))
        self.vat.setCurrentText(str(line.vat_rate))

    @Slot()
    def publish(self) -> None:
        """Publish the typed tariff as a new release, checked and written off the GUI thread."""
        typed = (self.room.text(), self.part.text(), self.hour.text(), self.vat.currentText())
        work = partial(
            _publish,
            self.context.central_url,
            typed,
            TariffClass(self.kind.currentData()),
            self.form.start_day(),
            (self.form.centre(), self.form.note.text().strip()),
        )
        self.form.publish_button.setEnabled(False)
        self.context.jobs.run(Pool.CENTRAL, work, self.published.emit, self.refused.emit)

    def _done(self, *_outcome: object) -> None:
        self.form.publish_button.setEnabled(True)


def _publish(
    url: str,
    typed: tuple[str, str, str, str],
    kind: TariffClass,
    start: date,
    whom: tuple[str | None, str],
) -> int:
    room, part, hour, vat = typed
    tariff = TariffPrice(
        room, kind, parse_price(part), parse_price(hour), parse_vat_for_rooms(vat), start
    )
    return publish_tariffs(url, [tariff], takes_effect=start, centre_code=whom[0], note=whom[1])
