"""The price-list editor: the social manager adds and changes products (the service audits)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QWidget,
)

from desk_app.amounts import parse_euros
from desk_app.services.auth import Actor
from desk_app.services.till.pricing import ProductDraft, ProductRow, price_list, save_product
from desk_app.services.till.vat import ALCOHOL_VAT_RATE, VAT_RATES
from desk_app.services.uow import UnitOfWork
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.page_action import PageAction
from desk_app.ui.touch import touch_button
from desk_app.ui.widgets import MessageLabel


class PriceListDialog(QDialog):
    """Products on the left, the chosen one's details on the right."""

    def __init__(self, uow: UnitOfWork, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow, self.actor = uow, actor
        self.setWindowTitle(self.tr("Prijslijst"))
        self.rows: list[ProductRow] = []
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Producten"))
        self.category, self.name, self.price = QLineEdit(), QLineEdit(), QLineEdit()
        self.vat = QComboBox()
        self.vat.addItems([str(rate) for rate in VAT_RATES])
        self.vat.setCurrentText("9")  # most of the bar; 0 is for a fee or a donation
        self.alcohol = QCheckBox(self.tr("Bevat alcohol"))
        self.active = QCheckBox(self.tr("In de verkoop"))
        self.valid_from = QDateEdit()
        self.valid_from.setCalendarPopup(True)
        self.valid_from.setDisplayFormat(screen_formatter().numeric_pattern())
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setStyleSheet("QListWidget::item { min-height: 44px; }")
        self.message = MessageLabel(self)
        self.act = PageAction(lambda: actor, self.message)
        self.new, self.save = (
            touch_button(self.tr("Nieuw product")),
            touch_button(self.tr("Opslaan")),
        )
        self._lay_out()
        self.list.currentRowChanged.connect(self._show)
        self.new.clicked.connect(self._clear)
        self.save.clicked.connect(self._save)
        self.alcohol.clicked.connect(self._alcohol_ticked)
        self._load()

    def _lay_out(self) -> None:
        """The list beside the form, both whole; the actions and Sluiten always at the bottom."""
        form = QFormLayout()
        for label, widget in (
            (self.tr("Categorie"), self.category),
            (self.tr("Naam"), self.name),
            (self.tr("Prijs incl. btw"), self.price),
            (self.tr("Btw %"), self.vat),
            (self.tr("Geldig vanaf"), self.valid_from),
        ):
            widget.setMinimumHeight(44)
            form.addRow(label, widget)
        form.addRow(self.alcohol)
        form.addRow(self.active)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(form, 1)
        close = QPushButton(self.tr("Sluiten"), self)
        close.clicked.connect(self.accept)
        self.fitting = fit_dialog(self, row, [self.new, self.save, close], self.message)

    def _load(self) -> None:
        self.rows = price_list(self.uow)
        self.list.clear()
        for product in self.rows:
            item = QListWidgetItem(
                f"{product.name}  {screen_formatter().cents(product.price_cents)}"
            )
            self.list.addItem(item)
        # as wide as its longest product, so no name is cut and nothing scrolls sideways
        widest = self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth()
        scroll_bar = self.list.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.list.setMinimumWidth(widest + scroll_bar + 8)
        self._clear()

    @Slot(int)
    def _show(self, index: int) -> None:
        if not 0 <= index < len(self.rows):
            return
        product = self.rows[index]
        self.category.setText(product.category)
        self.name.setText(product.name)
        self.price.setText(f"{product.price_cents / 100:.2f}".replace(".", ","))
        self.vat.setCurrentText(str(product.vat_rate))
        self.alcohol.setChecked(product.is_alcohol)
        self.active.setChecked(product.active)
        day = product.valid_from
        self.valid_from.setDate(QDate(day.year, day.month, day.day))

    @Slot(bool)
    def _alcohol_ticked(self, checked: bool) -> None:
        """Alcohol takes the high VAT rate: ticking it chooses that rate (the service insists)."""
        if checked:
            self.vat.setCurrentText(str(ALCOHOL_VAT_RATE))

    @Slot()
    def _clear(self) -> None:
        self.list.setCurrentRow(-1)
        for edit in (self.category, self.name, self.price):
            edit.clear()
        self.active.setChecked(True)
        self.alcohol.setChecked(False)
        self.valid_from.setDate(QDate.currentDate())

    @Slot()
    def _save(self) -> None:
        index = self.list.currentRow()
        chosen = self.rows[index].product_id if 0 <= index < len(self.rows) else None
        cents = parse_euros(self.price.text())
        valid_from: date = self.valid_from.date().toPython()  # type: ignore[assignment]
        draft = ProductDraft(
            self.category.text(),
            self.name.text(),
            -1 if cents is None else cents,
            int(self.vat.currentText()),
            self.alcohol.isChecked(),
            valid_from,
            active=self.active.isChecked(),
        )
        self.act.run(lambda actor: save_product(self.uow, actor, draft, chosen), self._saved)

    def _saved(self, _product: object) -> None:
        self.message.show_info(self.tr("Opgeslagen."))
        self._load()
