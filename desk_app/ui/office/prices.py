"""Prijzen en tarieven: the organisation's price list and room tariffs, and its releases.

The office picks a product (or types a new one), sets the price and the day it starts, and
publishes it to every centre or to one; the releases list says which centres took it in.
"""

from __future__ import annotations

import logging
from datetime import date
from functools import partial

from PySide6.QtCore import QDate, QModelIndex, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import QT_TRANSLATE_NOOP, DeskError
from desk_app.services.office.central_reads import ReleaseInfo, TariffLine
from desk_app.services.office.price_lines import PriceLine, parse_price, parse_vat
from desk_app.services.office.releases import PriceBook, price_book, publish_prices
from desk_app.services.till.vat import VAT_RATES
from desk_app.ui.heading import page_heading
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.jobs import Pool
from desk_app.ui.office.context import OfficeContext
from desk_app.ui.office.price_tables import (
    PRICE_COLUMNS,
    RELEASE_COLUMNS,
    TARIFF_COLUMNS,
    table_view,
)
from desk_app.ui.office.release_form import ReleaseForm
from desk_app.ui.office.tariff_tab import TariffTab
from desk_app.ui.tab_buttons import TabButtons
from desk_app.ui.table_model import ROW_ROLE, RowTableModel
from desk_app.ui.touch import touch_sized
from desk_app.ui.widgets import MessagePlace

log = logging.getLogger(__name__)


def _today() -> date:
    return QDate.currentDate().toPython()  # type: ignore[return-value]


class PricesPage(QWidget):
    """The price list with its editor, the releases and the room tariffs, in three tabs."""

    title = QT_TRANSLATE_NOOP("OfficePages", "Prijzen en tarieven")
    icon_name = "bar"

    def __init__(self, context: OfficeContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.prices: RowTableModel[PriceLine] = RowTableModel(PRICE_COLUMNS, self)
        self.releases: RowTableModel[ReleaseInfo] = RowTableModel(RELEASE_COLUMNS, self)
        self.tariffs: RowTableModel[TariffLine] = RowTableModel(TARIFF_COLUMNS, self)
        self.message = MessagePlace(self)
        layout = QVBoxLayout(self)
        layout.addLayout(page_heading(self, self.icon_name, self.tr("Prijzen en tarieven")))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._price_tab(), self.tr("Prijslijst"))
        self.tabs.addTab(self._release_tab(), self.tr("Releases"))
        self.tabs.addTab(self._tariff_tab(), self.tr("Zaaltarieven"))
        layout.addWidget(TabButtons(self.tabs, self))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)

    def _price_tab(self) -> QWidget:
        tab = QWidget(self)
        row = QHBoxLayout(tab)
        self.price_view = table_view(self.prices, self.tr("Prijslijst"), tab)
        self.price_view.clicked.connect(self._chosen)
        row.addWidget(self.price_view, 3)
        row.addWidget(self._editor(tab), 2)
        return tab

    def _editor(self, parent: QWidget) -> QWidget:
        self.category, self.name, self.price = (touch_sized(QLineEdit(parent)) for _ in range(3))
        self.vat = touch_sized(QComboBox(parent))
        self.vat.addItems([str(rate) for rate in VAT_RATES])
        self.vat.setCurrentText("9")  # most of the bar; 0 is for a fee or a donation
        self.form = ReleaseForm(
            (
                (self.tr("Groep"), self.category),
                (self.tr("Product"), self.name),
                (self.tr("Prijs incl. btw"), self.price),
                (self.tr("Btw %"), self.vat),
            ),
            parent,
        )
        self.start, self.publish_button = self.form.start, self.form.publish_button
        self.publish_button.clicked.connect(self.publish)
        return self.form

    def _release_tab(self) -> QWidget:
        tab = QWidget(self)
        column = QVBoxLayout(tab)
        note = QLabel(
            self.tr(
                "Een gepubliceerde release blijft zoals hij is; een andere prijs gaat met een "
                "nieuwe release. Een buurthuis haalt hem binnen bij zijn volgende synchronisatie."
            ),
            tab,
        )
        note.setWordWrap(True)
        column.addWidget(note)
        self.release_view = table_view(self.releases, self.tr("Releases"), tab)
        column.addWidget(self.release_view, 1)
        return tab

    def _tariff_tab(self) -> QWidget:
        self.tariff_tab = TariffTab(self.context, self.tariffs, self)
        self.tariff_tab.published.connect(self._published)
        self.tariff_tab.refused.connect(self._failed)
        return self.tariff_tab

    def refresh(self) -> None:
        """Load the price list, the releases and the tariffs in the background."""
        url = self.context.central_url
        self.context.jobs.run(
            Pool.CENTRAL, partial(price_book, url, _today()), self._shown, self._failed
        )

    def _shown(self, book: PriceBook) -> None:
        self.prices.set_rows(book.lines)
        self.releases.set_rows(book.releases)
        self.tariffs.set_rows(book.tariffs)
        self.form.fill_whom(book.centres)
        self.tariff_tab.form.fill_whom(book.centres)

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        if isinstance(error, DeskError):
            self.message.show_desk_error(error)
            return
        log.error("office prices: unexpected failure", exc_info=error)
        self.message.show_error(
            self.tr("Dit lukte onverwacht niet. De details staan in het logbestand.")
        )

    @Slot(QModelIndex)
    def _chosen(self, index: QModelIndex) -> None:
        line = index.data(ROW_ROLE)
        if not isinstance(line, PriceLine):
            return
        self.category.setText(line.category)
        self.name.setText(line.name)
        self.price.setText(screen_formatter().amount_field(line.price_cents))
        self.vat.setCurrentText(str(line.vat_rate))

    @Slot()
    def publish(self) -> None:
        """Publish the typed price as a new release, checked and written off the GUI thread."""
        work = partial(
            _publish,
            self.context.central_url,
            (self.category.text(), self.name.text(), self.price.text(), self.vat.currentText()),
            self.form.start_day(),
            self.form.centre(),
            self.form.note.text().strip(),
        )
        self.publish_button.setEnabled(False)
        self.context.jobs.run(Pool.CENTRAL, work, self._published, self._refused)

    @Slot(int)
    def _published(self, number: int) -> None:
        self.publish_button.setEnabled(True)
        self.message.show_info(self.tr("Release {number} is gepubliceerd.").format(number=number))
        self.refresh()

    def _refused(self, error: Exception) -> None:
        self.publish_button.setEnabled(True)
        self._failed(error)


def _publish(
    url: str, typed: tuple[str, str, str, str], start: date, centre: str | None, note: str
) -> int:
    category, name, price, vat = typed
    line = PriceLine(category, name, parse_price(price), parse_vat(vat), start)
    return publish_prices(url, [line], takes_effect=start, centre_code=centre, note=note)
