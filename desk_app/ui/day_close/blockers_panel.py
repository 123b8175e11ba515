"""What stands in the way of the close, first on the page: open tabs, who is signed in, no-shows."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from desk_app.services.day_close.overview import DayOverview
from desk_app.services.till.tabs import TabSummary
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.modal import open_dialog
from desk_app.ui.status_text import WholeTextDialog
from desk_app.ui.touch import touch_button

SHOWN_NO_SHOWS = 8  # named behind *Meer…*; Zalen has the whole list


class BlockersPanel(QGroupBox):
    """Each open tab with *Afrekenen* and *Doorschuiven*; volunteers still in; bookings unseen.

    An empty tab offers *Rekening sluiten* in place of *Afrekenen*: nothing on it to pay.
    The volunteers and bookings are counted on one short line each, their names behind
    *Meer…*: at the largest text the names took the screen and the count lay out of reach.

    Signals:
        settle: *Afrekenen* or *Rekening sluiten* pressed; carries the :class:`TabSummary`.
        carry_over: *Doorschuiven* pressed; carries the :class:`TabSummary`.
    """

    settle = Signal(object)
    carry_over = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Eerst afhandelen"))
        layout = QGridLayout(self)
        self.tabs = QGridLayout()
        self.tabs_holder = QWidget(self)
        self.tabs_holder.setLayout(self.tabs)
        self.signed_in = self._note("blocker_signed_in")
        self.no_shows = self._note("blocker_no_shows")
        self.all_clear = self._note("blocker_none")
        self.all_clear.setText(self.tr("Niets meer open: tel de kas."))
        self.more = touch_button(self.tr("Meer…"), self)
        self.more.setObjectName("blocker_more")
        self.more.clicked.connect(self.show_whole)
        self.whole: list[str] = []
        self.dialog: WholeTextDialog | None = None
        # *Meer…* beside the short lines, not below them: a row less above the count.
        layout.addWidget(self.tabs_holder, 0, 0, 1, 2)
        layout.addWidget(self.signed_in, 1, 0)
        layout.addWidget(self.no_shows, 2, 0)
        layout.addWidget(self.more, 1, 1, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.all_clear, 3, 0, 1, 2)
        layout.setColumnStretch(0, 1)

    def _note(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def show_day(self, day: DayOverview) -> None:
        """The day's open matters; a panel that says so when there are none."""
        self._show_tabs(day.blocking_tabs)
        people = [
            f"{p.name} ({screen_formatter().moment(p.since, 'HH:mm')})" for p in day.signed_in
        ]
        still_in = self.tr("Nog aangemeld: {people}. Zij worden afgemeld op de eindtijd hieronder.")
        self.signed_in.setText(
            self.tr("Nog aangemeld: {count} vrijwilliger(s).").format(count=len(people))
        )
        self.signed_in.setVisible(bool(people))
        unseen = [
            f"{b.room} {screen_formatter().moment(b.starts_at, 'HH:mm')}, {b.hirer}"
            for b in day.bookings
            if b.no_guests_seen
        ]
        self.no_shows.setText(
            self.tr("{count} zaalboeking(en) zonder ingecheckte gasten.").format(count=len(unseen))
        )
        self.no_shows.setVisible(bool(unseen))
        self.whole = [still_in.format(people=", ".join(people))] if people else []
        self.whole += [self._no_shows_text(unseen)] if unseen else []
        self.more.setVisible(bool(self.whole))
        self.all_clear.setVisible(not (day.blocking_tabs or people or unseen))

    @Slot()
    def show_whole(self) -> None:
        """The names behind the short lines: who is still signed in, which bookings."""
        self.dialog = open_dialog(
            WholeTextDialog("\n\n".join(self.whole), self.window()), closed=self._forget
        )

    def _forget(self) -> None:
        self.dialog = None

    def _no_shows_text(self, unseen: list[str]) -> str:
        """A few bookings by name; the rest only counted, as the Zalen page lists them all."""
        shown = "; ".join(unseen[:SHOWN_NO_SHOWS])
        if len(unseen) <= SHOWN_NO_SHOWS:
            return self.tr("Zaalboeking(en) zonder ingecheckte gasten: {bookings}.").format(
                bookings=shown
            )
        return self.tr(
            "{count} zaalboekingen zonder ingecheckte gasten: {bookings} en {more} meer "
            "(zie Zalen)."
        ).format(count=len(unseen), bookings=shown, more=len(unseen) - SHOWN_NO_SHOWS)

    def _settle_text(self, tab: TabSummary) -> str:
        """*Afrekenen*, or *Rekening sluiten* for an empty tab (its dialog then closes it)."""
        return self.tr("Afrekenen") if tab.lines else self.tr("Rekening sluiten")

    def _show_tabs(self, tabs: tuple[TabSummary, ...]) -> None:
        while (item := self.tabs.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()  # gone now; deleted once the click that led here has returned
                widget.setObjectName("")
                widget.deleteLater()
        for row, tab in enumerate(tabs):
            text = self.tr("Open rekening {name}: {amount}").format(
                name=tab.name, amount=screen_formatter().cents(tab.total_cents)
            )
            label = QLabel(text, self.tabs_holder)
            label.setWordWrap(True)
            settle = touch_button(self._settle_text(tab), self.tabs_holder)
            settle.setObjectName(f"settle_tab_{row}")
            settle.clicked.connect(lambda _checked=False, t=tab: self.settle.emit(t))
            carry = touch_button(self.tr("Doorschuiven"), self.tabs_holder)
            carry.setObjectName(f"carry_over_tab_{row}")
            carry.setToolTip(self.tr("De rekening blijft open tot een volgende dag."))
            carry.clicked.connect(lambda _checked=False, t=tab: self.carry_over.emit(t))
            # One row a tab, its buttons beside it: the count below stays in the first view.
            self.tabs.addWidget(label, row, 0)
            self.tabs.addWidget(settle, row, 1)
            self.tabs.addWidget(carry, row, 2)
        self.tabs.setColumnStretch(0, 1)
        self.tabs_holder.setVisible(bool(tabs))
