"""A strippenkaart stamped at the door: a second stamp for the same session is asked first.

Both places that stamp (the programme and a session's sign-up list) go through
:class:`CardStamper`, so a couple sharing a card is asked about the same way everywhere.
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desk_app.services.activities import stamps
from desk_app.services.auth import Actor
from desk_app.services.uow import UnitOfWork
from desk_app.ui.modal import ask
from desk_app.ui.page_action import PageAction


class CardStamper(QObject):
    """Stamps a card for a session through the page's action; asks before a second stamp.

    Signals:
        stamped: a stamp was taken off a card (its ``stamps.Stamped``).
    """

    stamped = Signal(object)

    def __init__(self, uow: UnitOfWork, act: PageAction, parent: QWidget) -> None:
        super().__init__(parent)
        self.uow, self.act, self.parent_widget = uow, act, parent
        self.question: QMessageBox | None = None  # open while the desk is asked

    def stamp(self, actor: Actor, session_id: UUID, code: str) -> None:
        """One stamp off the card ``code``; when it has one for the session already, ask."""
        self.act.call(
            lambda: stamps.stamp_card(self.uow, actor, session_id, code),
            lambda outcome: self._stamped_or_ask(outcome, actor, session_id, code),
        )

    def _stamped_or_ask(
        self, outcome: stamps.Stamped, actor: Actor, session_id: UUID, code: str
    ) -> None:
        if not outcome.asks_another:
            self.stamped.emit(outcome)
            return

        def answered(yes: bool) -> None:
            self.question = None
            if yes:
                self.act.call(
                    lambda: stamps.stamp_card(self.uow, actor, session_id, code, another=True),
                    self.stamped.emit,
                )

        self.question = ask(  # No is the default: a double scan stamps nothing
            self.parent_widget,
            self.tr("Strippenkaart"),
            self.tr("Nog iemand met deze kaart?"),
            answered,
            yes_text=self.tr("Ja, nog een strip"),
            more=self.tr(
                "Deze kaart is al gestempeld voor deze bijeenkomst. Met Ja gaat er nog een "
                "strip af, voor wie samen met deze kaart komt."
            ),
        )
