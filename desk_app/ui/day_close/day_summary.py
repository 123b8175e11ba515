"""The day at a glance before the close: visits, till, tabs and volunteers (not the cash)."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from desk_app.services.day_close.overview import DayOverview
from desk_app.ui.i18n import screen_formatter


class DaySummary(QGroupBox):
    """Key figures of the day; the expected cash stays hidden until the drawer is counted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("De dag in cijfers"))
        self.grid = QGridLayout(self)
        self.values: dict[str, QLabel] = {}
        labels = {
            "visits": self.tr("Bezoeken (unieke bezoekers)"),
            "activities": self.tr("Activiteiten gehouden"),
            "bookings": self.tr("Zaalboekingen"),
            "turnover": self.tr("Baromzet"),
            "card": self.tr("Pinbetalingen"),
            "reversals": self.tr("Herstelbonnen"),
            "paid_out": self.tr("Uitbetaald uit de kas"),
            "hours": self.tr("Vrijwilligersuren"),
            "tabs": self.tr("Open rekeningen"),
            "signed_in": self.tr("Nog aangemeld"),
        }
        for row, (key, text) in enumerate(labels.items()):
            value = QLabel(self)
            value.setObjectName(f"summary_{key}")
            value.setWordWrap(True)
            self.grid.addWidget(QLabel(text, self), row, 0)
            self.grid.addWidget(value, row, 1)
            self.values[key] = value

    def show_day(self, day: DayOverview) -> None:
        """Fill in the figures of ``day``."""
        visits = day.visits
        held = sum(1 for occurrence in day.activities if not occurrence.cancelled)
        self._set("visits", f"{visits.visits} ({visits.unique_visitors})")
        self._set("activities", str(held))
        kept = [b for b in day.bookings if not b.cancelled]
        self._set(
            "bookings",
            self.tr(
                "{held} gehouden ({unseen} zonder ingecheckte gasten), {cancelled} geannuleerd"
            ).format(
                held=len(kept),
                unseen=sum(b.no_guests_seen for b in kept),
                cancelled=len(day.bookings) - len(kept),
            ),
        )
        self._set("turnover", screen_formatter().cents(day.till.turnover_cents))
        self._set("card", screen_formatter().cents(day.card_recorded_cents))
        self._set(
            "reversals",
            f"{day.till.reversals} ({screen_formatter().cents(day.till.reversals_cents)})",
        )
        self._set("paid_out", screen_formatter().cents(day.paid_out_cents))
        self._set("hours", f"{day.volunteer_hours:.1f}")
        tabs = [
            tab.name + (self.tr(" (doorgezet)") if tab.carried_over else "")
            for tab in day.open_tabs
        ]
        self._set("tabs", ", ".join(tabs) or self.tr("geen"))
        people = [
            f"{p.name} ({screen_formatter().moment(p.since, 'HH:mm')})" for p in day.signed_in
        ]
        self._set("signed_in", ", ".join(people) or self.tr("niemand"))

    def _set(self, key: str, text: str) -> None:
        self.values[key].setText(text)
