"""A page acts one way: the person at the desk, the refusal in its message place, the change."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.errors import QT_TRANSLATE_NOOP, NotAllowed
from desk_app.kinds import Role
from desk_app.services.auth import Actor
from desk_app.ui.context import PageContext
from desk_app.ui.page import Change, Page
from desk_app.ui.page_action import PageAction
from desk_app.ui.widgets import MessageLabel
from tests.ui.inline_jobs import InlineJobs


class ActingPage(Page):
    """A page with one message line, acting for whoever ``actor`` holds."""

    icon_name = "test"

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.message = MessageLabel(self)
        self.act = PageAction(context.current_actor, self.message, self.changed.emit)
        self.results: list[int] = []

    def title(self) -> str:
        return "Test"


def acting_page(qtbot: QtBot, desk: Desk, actor: Actor | None) -> ActingPage:
    page = ActingPage(PageContext(desk.uow, desk.folder, lambda: actor, jobs=InlineJobs()))
    qtbot.addWidget(page)
    return page


def refuse(actor: Actor) -> int:
    del actor
    raise NotAllowed(
        QT_TRANSLATE_NOOP("Errors", "Alleen een {role} mag dit doen."), role=Role.MANAGER
    )


def test_a_refusal_is_shown_in_the_page_message_place_and_nothing_announced(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor
) -> None:
    page = acting_page(qtbot, empty_desk, desk_manager)
    with qtbot.assertNotEmitted(page.changed):
        page.act.run(refuse, page.results.append, change=Change.VISITS)
    assert page.message.text() == "Alleen een sociaal beheerder mag dit doen."
    assert page.message.property("kind") == "error"
    assert page.results == []


def test_success_hands_over_the_result_and_announces_the_change(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor
) -> None:
    page = acting_page(qtbot, empty_desk, desk_manager)
    with qtbot.waitSignal(page.changed) as announced:
        page.act.run(lambda actor: len(actor.name), page.results.append, change=Change.DUTY)
    assert announced.args == [Change.DUTY]
    assert page.results == [len("Sanne de Vries")]
    assert page.message.text() == ""


def test_nobody_at_the_desk_is_asked_to_log_in_and_the_call_not_made(
    qtbot: QtBot, empty_desk: Desk
) -> None:
    page = acting_page(qtbot, empty_desk, None)
    with qtbot.assertNotEmitted(page.changed):
        page.act.run(refuse, page.results.append, change=Change.VISITS)
    assert page.message.text() == "Log eerst in met Wissel (Ctrl+L)."
