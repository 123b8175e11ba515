"""Where a scan caught anywhere in the window goes: the page shown, else the living room."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication

from desk_app.services.auth import Actor
from desk_app.ui.page import Page
from desk_app.ui.scan_outcome import ScanOutcome

# A scan held behind a dialog this long is no longer "now": it is refused, not counted late.
HOLD_LIMIT_S = 120.0
# How often a held scan looks whether its dialog has closed (a dialog may close many ways).
RETRY_MS = 250


@dataclass(frozen=True)
class HeldScan:
    """A scan that came while a dialog was open or nobody was logged in."""

    code: str
    at: float


class StatusPlace:
    """The status bar's outcome slot as a page's message place, for a scan off its own page."""

    def __init__(self, slot: ScanOutcome) -> None:
        self.slot = slot

    def show_error(self, text: str) -> None:
        """Show a refusal."""
        self.slot.show_outcome(text, "error")

    def show_info(self, text: str) -> None:
        """Show an outcome."""
        self.slot.show_outcome(text, "info")


class ScanRouter(QObject):
    """Routes each scan; holds it while a dialog is open or nobody is at the desk.

    The page shown takes the scan when it means something there (:meth:`Page.take_scan`);
    otherwise ``fallback`` (the living room's check-in) handles it and says the outcome in
    the status bar. A held scan is handled once the last dialog closed and someone is
    logged in, or refused with a message when it waited longer than :data:`HOLD_LIMIT_S`.
    """

    def __init__(
        self,
        current_page: Callable[[], Page],
        pages: Callable[[], Sequence[Page]],
        actor: Callable[[], Actor | None],
        outcome: ScanOutcome,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(outcome)
        self.current_page = current_page
        self.pages = pages
        self.actor = actor
        self.place = StatusPlace(outcome)
        self.clock = clock
        self.held: list[HeldScan] = []
        self.retry = QTimer(self)
        self.retry.setInterval(RETRY_MS)
        self.retry.timeout.connect(self.release)

    def take(self, code: str) -> None:
        """A scan: handle it now, or hold it and say so."""
        if not self._can_route():
            self.held.append(HeldScan(code, self.clock()))
            self.place.show_info(self._held_text())
            self.retry.start()
            return
        self._route(code)

    def _held_text(self) -> str:
        if self.actor() is None:
            return self.tr("Scan bewaard: die wordt verwerkt zodra iemand is ingelogd.")
        return self.tr("Scan bewaard: die wordt verwerkt zodra dit venster dicht is.")

    def _can_route(self) -> bool:
        return QApplication.activeModalWidget() is None and self.actor() is not None

    @Slot()
    def release(self) -> None:
        """Handle the held scans, if nothing stands in the way any more."""
        if not self.held:
            self.retry.stop()
            return
        if not self._can_route():
            return
        self.retry.stop()
        held, self.held = self.held, []
        now = self.clock()
        late = [scan for scan in held if now - scan.at > HOLD_LIMIT_S]
        for scan in held:
            if scan not in late:
                self._route(scan.code)
        if late:
            text = self.tr(
                "{count} scan(s) niet verwerkt: ze wachtten te lang. Scan de pas opnieuw."
            )
            self.place.show_error(text.format(count=len(late)))

    def _route(self, code: str) -> None:
        if self.current_page().take_scan(code, None):
            return
        for page in self.pages():
            if page.take_scan(code, self.place):
                return
