"""A room's rates per tariff class, typed the Dutch way ("12,50"), saved by the manager."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QWidget

from desk_app.amounts import parse_euros
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.kinds import TariffClass
from desk_app.services.rooms.rates import PRICED_TARIFFS, RateInfo, RoomInfo
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.messages import kind_text
from desk_app.ui.touch import touch_sized

VAT_CHOICES = (
    (QT_TRANSLATE_NOOP("RatesEditor", "vrijgesteld"), 0),
    (QT_TRANSLATE_NOOP("RatesEditor", "9 %"), 9),
    (QT_TRANSLATE_NOOP("RatesEditor", "21 %"), 21),
)


def amount_text(cents: int) -> str:
    """Cents as a field shows them in the screen's language: ``"50,00"``, ``"50.00"``."""
    return screen_formatter().amount_field(cents)


@dataclass(frozen=True)
class RateFields:
    """The inputs of one tariff class."""

    part: QLineEdit
    hour: QLineEdit
    vat: QComboBox


class RatesEditor(QGroupBox):
    """One line per paying tariff class: price per part of the day, per hour, and VAT."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room: RoomInfo | None = None
        self._stored: dict[TariffClass, RateInfo] = {}
        self.fields = {tariff: self._fields() for tariff in PRICED_TARIFFS}
        grid = QGridLayout(self)
        for column, text in enumerate(
            (self.tr("Per dagdeel (€)"), self.tr("Per uur (€)"), self.tr("Btw")), start=1
        ):
            grid.addWidget(QLabel(text, self), 0, column)
        for row, (tariff, fields) in enumerate(self.fields.items(), start=1):
            label = kind_text(tariff)
            grid.addWidget(QLabel(label.capitalize(), self), row, 0)
            grid.addWidget(fields.part, row, 1)
            grid.addWidget(fields.hour, row, 2)
            grid.addWidget(fields.vat, row, 3)
        free = QLabel(self.tr("Eigen activiteiten van het buurthuis zijn altijd gratis."), self)
        free.setWordWrap(True)
        grid.addWidget(free, len(self.fields) + 1, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.show_room(None, {})

    def _fields(self) -> RateFields:
        part, hour = touch_sized(QLineEdit(self)), touch_sized(QLineEdit(self))
        vat = touch_sized(QComboBox(self))
        for text, rate in VAT_CHOICES:
            vat.addItem(self.tr(text), rate)
        return RateFields(part, hour, vat)

    def show_room(self, room: RoomInfo | None, rates: dict[TariffClass, RateInfo]) -> None:
        """Show a room's stored rates; empty fields where a tariff has none yet."""
        self.room, self._stored = room, rates
        title = self.tr("Tarieven, exclusief btw")
        self.setTitle(title if room is None else f"{title}: {room.name}")
        self.setEnabled(room is not None)
        for tariff, fields in self.fields.items():
            rate = rates.get(tariff)
            fields.part.setText(amount_text(rate.part_of_day_cents) if rate else "")
            fields.hour.setText(amount_text(rate.hour_cents) if rate else "")
            fields.vat.setCurrentIndex(fields.vat.findData(rate.vat_rate if rate else 0))
            fields.part.setPlaceholderText(self.tr("geen tarief"))
            fields.hour.setPlaceholderText(self.tr("geen tarief"))

    def set_editable(self, editable: bool) -> None:
        """Only the manager types rates; others see them read-only."""
        for fields in self.fields.values():
            fields.part.setReadOnly(not editable)
            fields.hour.setReadOnly(not editable)
            fields.vat.setEnabled(editable)

    def typed(self) -> list[RateInfo]:
        """The rates as typed; a tariff left empty that had no rate is left out."""
        if self.room is None:
            return []
        typed = []
        for tariff, fields in self.fields.items():
            texts = (fields.part.text().strip(), fields.hour.text().strip())
            if texts == ("", "") and tariff not in self._stored:
                continue
            part, hour = (_amount(text, tariff) for text in texts)
            typed.append(RateInfo(self.room.id, tariff, part, hour, int(fields.vat.currentData())))
        return typed


def _amount(text: str, tariff: TariffClass) -> int:
    if not text:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Vul voor het tarief {tariff} beide bedragen in."),
            tariff=tariff,
        )
    cents = parse_euros(text)
    if cents is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{text} is geen bedrag. Typ bijvoorbeeld 12,50."),
            text=text,
        )
    return cents
