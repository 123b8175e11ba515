"""A session's sign-ups at the desk: the list and its waiting list, sign up by name or scan."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import QT_TRANSLATE_NOOP
from desk_app.services.activities import attendance, cards, signups, stamps
from desk_app.services.activities import programme as activities
from desk_app.services.activities.signups import SignUpInfo, SignUpList, SignUpOutcome
from desk_app.ui.activities.stamping import CardStamper
from desk_app.ui.activities.undo_stamp import UndoStampDialog
from desk_app.ui.context import PageContext
from desk_app.ui.flow import FlowLayout
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.modal import open_dialog
from desk_app.ui.page_action import PageAction
from desk_app.ui.table_model import ROW_ROLE, Column, RowTableModel
from desk_app.ui.touch import touch_sized


@dataclass(frozen=True)
class Listed:
    """A sign-up in the table, with its place on the waiting list (``None``: it has a place)."""

    info: SignUpInfo
    waiting: int | None


PASS = QT_TRANSLATE_NOOP("SignUpPanel", "pas {code}")
PLACED = QT_TRANSLATE_NOOP("SignUpPanel", "plaats")
WAITING = QT_TRANSLATE_NOOP("SignUpPanel", "wachtlijst {number}")
CAME = QT_TRANSLATE_NOOP("SignUpPanel", "ja")
NAMELESS = QT_TRANSLATE_NOOP("SignUpPanel", "(naam onbekend)")  # brought back by a recovery


def _tr(text: str) -> str:
    return QCoreApplication.translate("SignUpPanel", text)


def who(info: SignUpInfo) -> str:
    """A sign-up as the desk calls it: the name, else the pass; with a phone number if given."""
    name = info.name or (_tr(PASS).format(code=info.pass_code) if info.pass_code else "")
    name = name or _tr(NAMELESS)
    return f"{name} ({info.phone})" if info.phone else name


def _place(row: Listed) -> str:
    if row.waiting is None:
        return _tr(PLACED)
    return _tr(WAITING).format(number=row.waiting)


SIGNUP_COLUMNS: list[Column[Listed]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Naam"), lambda r: who(r.info)),
    Column(QT_TRANSLATE_NOOP("Columns", "Plek"), _place),
    Column(QT_TRANSLATE_NOOP("Columns", "Gekomen"), lambda r: _tr(CAME) if r.info.came else ""),
]


class SignUpPanel(QWidget):
    """The sign-ups of one session; a pass scanned here signs up, a strippenkaart is stamped.

    Signals:
        back_requested: the desk goes back to the week's programme.
    """

    back_requested = Signal()

    def __init__(
        self, context: PageContext, act: PageAction, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.act = context, act
        self.session_id: UUID | None = None
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = RowTableModel(SIGNUP_COLUMNS, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.scan = touch_sized(QLineEdit(self))
        self.scan.setObjectName("signup_scan")
        hint = self.tr("Scan een pas om aan te melden, of een strippenkaart om te stempelen")
        self.scan.setPlaceholderText(hint)
        self.scan.setToolTip(hint)  # the placeholder is cut short at large text
        self.scan.returnPressed.connect(self.scan_entered)
        self.name = touch_sized(QLineEdit(self))
        self.name.setPlaceholderText(self.tr("Naam van wie zich aanmeldt"))
        self.name.returnPressed.connect(self.sign_up_by_name)
        self.capacity = touch_sized(QSpinBox(self))
        self.capacity.setAccessibleName(self.tr("Aantal plaatsen"))
        self.capacity.setRange(1, activities.MAX_CAPACITY)
        self.undo_dialog: UndoStampDialog | None = None  # open while a stamp is undone
        self.stamper = CardStamper(context.uow, act, self)
        self.stamper.stamped.connect(self._stamped)
        self._lay_out()

    def _lay_out(self) -> None:
        rows = []
        for buttons in (
            (
                (self.tr("< Terug naar het programma"), self.back_requested.emit),
                (self.tr("Aanmelden"), self.sign_up_by_name),
            ),
            (
                (self.tr("Afmelden"), self.cancel),
                (self.tr("Is er"), self.came),
                (self.tr("Plaatsen instellen"), self.set_capacity),
                (self.tr("Stempel terugdraaien"), self.undo_stamp),
            ),
        ):
            row = FlowLayout()
            for text, slot in buttons:
                button = QPushButton(text, self)
                button.clicked.connect(slot)
                row.addWidget(button)
            rows.append(row)
        rows[1].addWidget(self.capacity)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.scan)
        layout.addWidget(self.name)
        for row in rows:
            layout.addLayout(row)

    def show_session(self, session_id: UUID) -> None:
        """Show the sign-ups of ``session_id``, with the scan field ready."""
        self.session_id = session_id
        self.refresh()
        self.scan.setFocus()

    @Slot()
    def refresh(self) -> None:
        """Re-read the sign-ups and the attendance of the session shown."""
        session_id, actor = self.session_id, self.act.current_actor()
        if session_id is None or actor is None:
            return
        self.act.call(lambda: signups.signups(self.context.uow, actor, session_id), self._show_list)

    def _show_list(self, listed: SignUpList) -> None:
        rows = [Listed(info, None) for info in listed.placed]
        rows += [Listed(info, n) for n, info in enumerate(listed.waiting, start=1)]
        self.model.set_rows(rows)
        when = screen_formatter().numeric(listed.day)
        if listed.capacity is None:
            text = self.tr("{activity} op {day}: {taken} aangemeld, geen maximum")
        else:
            text = self.tr(
                "{activity} op {day}: {taken} van {capacity} plaatsen bezet, "
                "{waiting} op de wachtlijst"
            )
            self.capacity.setValue(listed.capacity)
        self.heading.setText(
            text.format(
                activity=listed.activity,
                day=when,
                taken=len(listed.placed),
                capacity=listed.capacity,
                waiting=len(listed.waiting),
            )
        )
        seen = attendance.session_attendance(self.context.uow, listed.session_id)
        self.summary.setText(
            self.tr(
                "Gekomen: {came}, niet gekomen: {absent}; zonder aanmelding: {unsigned} met pas,"
                " {walk_ins} geteld; {stamps} strip(pen) gestempeld"
            ).format(
                came=len(seen.came),
                absent=len(seen.absent),
                unsigned=seen.unsigned_passes,
                walk_ins=seen.walk_ins,
                stamps=seen.stamps,
            )
        )

    def take(self, code: str) -> None:
        """A scan while the list is shown: a strippenkaart is stamped, a pass signs up."""
        session_id, actor = self.session_id, self.act.actor()
        if session_id is None or actor is None:
            return
        if cards.is_card_code(code):
            self.stamper.stamp(actor, session_id, code)
            return
        self.act.call(
            lambda: signups.sign_up_pass(self.context.uow, actor, session_id, code),
            self._signed_up,
        )

    @Slot()
    def scan_entered(self) -> None:
        """A code typed or scanned into the field, then Enter."""
        text = self.scan.text()
        self.scan.clear()
        self.take(text)

    @Slot(object)
    def _stamped(self, stamped: stamps.Stamped) -> None:
        self.act.place.show_info(
            self.tr("Strippenkaart gestempeld; nog {left} van {stamps} strippen.").format(
                left=stamped.left, stamps=stamped.stamps
            )
        )
        self.refresh()

    @Slot()
    def sign_up_by_name(self) -> None:
        """Sign up the name typed in."""
        session_id, actor = self.session_id, self.act.actor()
        if session_id is None or actor is None:
            return
        name = self.name.text()
        self.act.call(
            lambda: signups.sign_up_name(self.context.uow, actor, session_id, name),
            self._signed_up,
        )

    def _signed_up(self, outcome: SignUpOutcome) -> None:
        self.name.clear()
        assert outcome.signed_up is not None
        if outcome.waiting:
            text = self.tr("Vol: {who} staat op de wachtlijst.")
        else:
            text = self.tr("{who} is aangemeld.")
        self.act.place.show_info(text.format(who=who(outcome.signed_up)))
        self._show_list(outcome.signups)

    def selected(self) -> SignUpInfo | None:
        """The sign-up chosen in the table (the desk is asked to choose one if none is)."""
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if not rows:
            self.act.place.show_error(self.tr("Kies eerst een aanmelding in de lijst."))
            return None
        row: Listed = self.model.data(rows[0], ROW_ROLE)
        return row.info

    @Slot()
    def cancel(self) -> None:
        """The chosen sign-up withdrawn; whoever moves up is named, to be called."""
        actor = self.act.actor()
        chosen = self.selected() if actor is not None else None
        if actor is None or chosen is None:
            return
        self.act.call(
            lambda: signups.cancel_signup(self.context.uow, actor, chosen.signup_id),
            self._moved,
        )

    @Slot()
    def set_capacity(self) -> None:
        """The places of the session, as the social manager sets them."""
        session_id, actor = self.session_id, self.act.actor()
        if session_id is None or actor is None:
            return
        places = self.capacity.value()
        self.act.call(
            lambda: signups.set_capacity(self.context.uow, actor, session_id, places),
            self._moved,
        )

    def _moved(self, outcome: SignUpOutcome) -> None:
        if outcome.moved_up:
            names = ", ".join(who(info) for info in outcome.moved_up)
            self.act.place.show_info(
                self.tr("Van de wachtlijst naar een plaats, even bellen: {names}").format(
                    names=names
                )
            )
        else:
            self.act.place.show_info(self.tr("De lijst is bijgewerkt."))
        self._show_list(outcome.signups)

    @Slot()
    def undo_stamp(self) -> None:
        """Undo a stamp of this session, with a reason (``undo_dialog`` while it is open)."""
        session_id, actor = self.session_id, self.act.actor()
        if session_id is None or actor is None:
            return
        dialog = UndoStampDialog(self.context.uow, actor, session_id, self)
        self.undo_dialog = dialog

        def undone() -> None:
            if dialog.undone is not None:
                self._stamp_undone(dialog.undone)

        open_dialog(dialog, accepted=undone, closed=self._undo_closed)

    def _undo_closed(self) -> None:
        self.undo_dialog = None

    def _stamp_undone(self, outcome: stamps.Stamped) -> None:
        self.act.place.show_info(
            self.tr("Stempel teruggedraaid; nog {left} van {stamps} strippen.").format(
                left=outcome.left, stamps=outcome.stamps
            )
        )
        self.refresh()

    @Slot()
    def came(self) -> None:
        """The chosen sign-up is here: ticked off."""
        actor = self.act.actor()
        chosen = self.selected() if actor is not None else None
        if actor is None or chosen is None:
            return
        self.act.call(
            lambda: signups.mark_came(self.context.uow, actor, chosen.signup_id),
            self._show_list,
        )
