"""Vrijwilligers: sign in and out, who is on duty with the warnings, the register, hours, roster."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout, QWidget

from desk_app.codes import CodeKind, parse_code
from desk_app.services.people import desk_accounts
from desk_app.services.volunteers import duty, duty_board, register
from desk_app.ui.context import PageContext
from desk_app.ui.empty_hint import EmptyHint
from desk_app.ui.heading import page_heading
from desk_app.ui.modal import open_dialog
from desk_app.ui.page import Change, Page
from desk_app.ui.page_action import MessagePlace, PageAction
from desk_app.ui.scan_text import scan_outcome_text
from desk_app.ui.volunteers.allowance_dialog import AllowanceDialog
from desk_app.ui.volunteers.board import DutyBoardPanel
from desk_app.ui.volunteers.hours_dialog import HoursDialog
from desk_app.ui.volunteers.register_dialog import RegisterDialog
from desk_app.ui.volunteers.roster_dialog import RosterDialog
from desk_app.ui.volunteers.sign_in_panel import SignInPanel

REFRESH_MS = 60_000


class VolunteersPage(Page):
    """Volunteers on duty: sign in and out, the board, the register and hours."""

    icon_name = "vrijwilligers"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.sign_in = SignInPanel(self)
        self.act = PageAction(context.current_actor, self.sign_in.message, self.changed.emit)
        self.board = DutyBoardPanel(self)
        self.register_button = QPushButton(self.tr("Vrijwilligersregister"), self)
        self.hours_button = QPushButton(self.tr("Uren en urenverklaring"), self)
        self.roster_button = QPushButton(self.tr("Rooster"), self)
        self.allowance_button = QPushButton(self.tr("Vergoedingen"), self)
        self.sign_in.badge_scanned.connect(self.scan_badge)
        self.sign_in.pin_entered.connect(self.sign_in_with_pin)
        self.register_button.clicked.connect(self.open_register)
        self.empty = EmptyHint(
            self.tr("Nog geen vrijwilligers. Schrijf ze in het register in; ze krijgen een badge."),
            self.tr("Vrijwilliger inschrijven"),
            self,
        )
        self.empty.action_requested.connect(self.open_register)
        self.hours_button.clicked.connect(self.open_hours)
        self.roster_button.clicked.connect(self.open_roster)
        self.allowance_button.clicked.connect(self.open_allowances)
        actions = QGridLayout()
        actions.addWidget(self.register_button, 0, 0)
        actions.addWidget(self.hours_button, 0, 1)
        actions.addWidget(self.roster_button, 0, 2)
        actions.addWidget(self.allowance_button, 1, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(page_heading(self, self.icon_name, self.title()))
        layout.addWidget(self.empty)
        layout.addWidget(self.sign_in)
        layout.addWidget(self.board, 1)
        layout.addLayout(actions)
        self.allowances: AllowanceDialog | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(REFRESH_MS)
        self.refresh()

    def title(self) -> str:
        """The section's name."""
        return self.tr("Vrijwilligers")

    def showEvent(self, event: QShowEvent) -> None:
        """Fresh board and names; the scan field ready for a badge."""
        super().showEvent(event)
        self.refresh()
        self.sign_in.show_accounts(desk_accounts(self.context.uow))
        self.sign_in.scan_field.setFocus()

    def refresh_for(self, change: Change) -> None:
        """A badge scanned on the Huiskamer page changes the board."""
        if change is Change.DUTY:
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Re-read who is on duty and the warnings."""
        self.board.show_board(duty_board.duty_board(self.context.uow))
        self.empty.setVisible(not register.has_volunteers(self.context.uow))

    def _changed(self, change: duty.DutyChange) -> None:
        if change.repeated:  # a badge scanned twice: the shared words say nothing changed
            text = scan_outcome_text(change)
        elif change.signed_in:
            text = self.tr("Welkom, {name}! U bent aangemeld.").format(name=change.name)
        else:
            text = self.tr("Tot ziens, {name}! U bent afgemeld.").format(name=change.name)
        self.sign_in.message.show_info(text)
        self.refresh()

    @Slot(str)
    def scan_badge(self, text: str) -> None:
        """A badge scanned here (the Huiskamer's scan field takes badges too)."""
        self.act.run(
            lambda actor: duty.toggle_by_badge(self.context.uow, actor, text),
            self._changed,
            change=Change.DUTY,
        )

    def take_scan(self, code: str, elsewhere: MessagePlace | None) -> bool:
        """A badge caught here signs in or out; a visitor pass goes to the living room."""
        parsed = parse_code(code)
        if elsewhere is not None or parsed is None or parsed[0] is not CodeKind.VOLUNTEER_BADGE:
            return False
        self.scan_badge(code)
        return True

    @Slot(object, str)
    def sign_in_with_pin(self, person_id: UUID, pin: str) -> None:
        """Name chosen and PIN typed."""
        self.act.call(
            lambda: duty.toggle_with_pin(self.context.uow, person_id, pin),
            self._changed,
            change=Change.DUTY,
        )

    @Slot()
    def open_register(self) -> None:
        """The register (changes are for the social manager; the services check)."""
        actor = self.act.actor()
        if actor is not None:
            open_dialog(RegisterDialog(self.context, actor, self), closed=self.refresh)

    @Slot()
    def open_hours(self) -> None:
        """Hours per volunteer and the statement PDF."""
        actor = self.act.actor()
        if actor is not None:
            open_dialog(HoursDialog(self.context, actor, self))

    @Slot()
    def open_roster(self) -> None:
        """The week's roster with its gaps (planning is for the social manager; services check)."""
        actor = self.act.actor()
        if actor is not None:
            open_dialog(RosterDialog(self.context, actor, parent=self))

    def open_allowances(self) -> None:
        """Allowances: who is near a limit, an allowance paid, the yearly statement."""
        actor = self.act.actor()
        if actor is not None:
            self.allowances = open_dialog(
                AllowanceDialog(self.context, actor, self), closed=self._allowances_closed
            )

    def _allowances_closed(self) -> None:
        self.allowances = None
