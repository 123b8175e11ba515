"""The close in progress, owned by the page: it outlives a visit to another page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desk_app.services.day_close.sign_off import CashCheck


@dataclass
class CloseState:
    """The day being closed and, once *Telling klaar* is pressed, the count and its check.

    Kept in memory only: a restart starts the (blind) count again, which is safe.
    """

    day: date | None = None
    counts: dict[int, int] | None = None
    check: CashCheck | None = None

    @property
    def counted(self) -> bool:
        """Whether the count is finished, so the expected cash may be shown."""
        return self.counts is not None and self.check is not None

    def start(self, day: date) -> None:
        """A fresh, blind count of ``day``."""
        self.day, self.counts, self.check = day, None, None
