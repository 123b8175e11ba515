"""One way for a page to act: who is at the desk, the service call, the refusal, the change.

A page (or a widget on it) makes one :class:`PageAction` with its one message place and runs
each service call through :meth:`PageAction.run`. The result reaches the caller through
``done``, never as a return value, so a slow call can later move off the GUI thread
(``ui.jobs``) without changing the pages.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtCore import QCoreApplication

from desk_app.errors import DeskError
from desk_app.services.auth import Actor
from desk_app.ui.messages import error_text
from desk_app.ui.page import Change

T = TypeVar("T")


class MessagePlace(Protocol):
    """Where a page shows its one refusal or confirmation at a time."""

    def show_error(self, text: str) -> None: ...

    def show_info(self, text: str) -> None: ...


class TextPlace:
    """A message place that is one callable (a plain label's ``setText``, a signal's ``emit``)."""

    def __init__(self, show: Callable[[str], object]) -> None:
        self._show = show

    def show_error(self, text: str) -> None:
        """Show a refusal."""
        self._show(text)

    def show_info(self, text: str) -> None:
        """Show a confirmation."""
        self._show(text)


def login_first_text() -> str:
    """What every page says when nobody is logged in at the desk."""
    return QCoreApplication.translate("PageAction", "Log eerst in met Wissel (Ctrl+L).")


class PageAction:
    """Runs a page's service calls for the person at the desk.

    ``announce`` (usually the page's ``changed.emit``) tells the other pages what changed.
    """

    def __init__(
        self,
        current_actor: Callable[[], Actor | None],
        place: MessagePlace,
        announce: Callable[[Change], object] | None = None,
    ) -> None:
        self.current_actor = current_actor
        self.place = place
        self.announce = announce

    def actor(self) -> Actor | None:
        """The person at the desk, or ``None`` after asking them to log in."""
        actor = self.current_actor()
        if actor is None:
            self.place.show_error(login_first_text())
        return actor

    def run(
        self,
        work: Callable[[Actor], T],
        done: Callable[[T], object] | None = None,
        *,
        change: Change | None = None,
        failed: Callable[[DeskError], object] | None = None,
    ) -> None:
        """``work(actor)``; its result to ``done`` and ``change`` announced, or the refusal shown.

        ``failed`` runs after a refusal is shown (to put the focus back, for instance).
        """
        actor = self.actor()
        if actor is None:
            return
        self.call(lambda: work(actor), done, change=change, failed=failed)

    def call(
        self,
        work: Callable[[], T],
        done: Callable[[T], object] | None = None,
        *,
        change: Change | None = None,
        failed: Callable[[DeskError], object] | None = None,
    ) -> None:
        """Like :meth:`run` for a call that needs nobody logged in (or has its actor already)."""
        try:
            result = work()
        except DeskError as error:
            self.place.show_error(error_text(error))
            if failed is not None:
                failed(error)
            return
        if done is not None:
            done(result)
        if change is not None and self.announce is not None:
            self.announce(change)
