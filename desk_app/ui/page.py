"""What every section page is: a widget with an icon and a name, built from the page context."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desk_app.ui.context import PageContext

if TYPE_CHECKING:
    from desk_app.ui.page_action import MessagePlace


class Change(enum.StrEnum):
    """What a page changed, so the other pages and the status bar know what to re-read."""

    VISITS = "visits"
    DUTY = "duty"
    DAY_CLOSED = "day_closed"
    PERSON = "person"  # another person sat down at the desk: their messages are not hers


class Page(QWidget):
    """A section of the main window; subclasses set ``icon_name`` and implement :meth:`title`.

    Signals:
        changed: the page recorded something; carries the :class:`Change`.
    """

    changed = Signal(object)
    icon_name = ""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName(f"page_{self.icon_name}")

    def title(self) -> str:
        """The section's name, as the navigation shows it."""
        raise NotImplementedError

    def refresh_for(self, change: Change) -> None:
        """Another page changed something while this one is shown; re-read what it shows of it.

        A hidden page is told only of ``Change.PERSON``; one that overrides this re-reads the
        rest in its ``showEvent``.
        """
        del change

    def adopt(self, old: Page) -> None:
        """Take over what ``old``, the page this one replaces in another language, held in hand.

        A page keeps nothing the database does not, unless it says so here.
        """
        del old

    def take_scan(self, code: str, elsewhere: MessagePlace | None) -> bool:
        """A scan caught outside a scan field; ``True`` when this page handled it.

        With ``elsewhere`` ``None`` this page is shown, and takes a scan that means something
        here; otherwise another page is shown, and only the page that handles every scan
        (the living room) takes it and says the outcome in ``elsewhere``.
        """
        del code, elsewhere
        return False
