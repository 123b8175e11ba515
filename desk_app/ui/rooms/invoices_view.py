"""The invoices and credit notes: where each stands, a payment at the desk, PDF, credit, month."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.documents.invoice_data import invoice_document
from desk_app.documents.invoice_pdf import invoice_pdf
from desk_app.documents.reminder_data import reminder_document
from desk_app.documents.reminder_pdf import reminder_pdf
from desk_app.documents.ubl import ubl_invoice
from desk_app.errors import QT_TRANSLATE_NOOP
from desk_app.formatting import LOCAL_ZONE
from desk_app.kinds import InvoiceKind, InvoiceStatus, TariffClass
from desk_app.services.rooms.credit_notes import credit_invoice
from desk_app.services.rooms.direct_debit import DebitBatch
from desk_app.services.rooms.hirers import hirers
from desk_app.services.rooms.invoice_store import InvoiceInfo
from desk_app.services.rooms.invoicing import invoice_hirer_month
from desk_app.services.rooms.open_items import Standing, StandingFilter, standings
from desk_app.services.rooms.reminders import ReminderInfo, send_reminder
from desk_app.services.uow import UnitOfWork
from desk_app.ui.context import PageContext
from desk_app.ui.documents import DocumentMaker
from desk_app.ui.flow import FlowLayout
from desk_app.ui.i18n import screen_formatter
from desk_app.ui.messages import kind_heading, kind_text
from desk_app.ui.modal import open_dialog
from desk_app.ui.page_action import PageAction
from desk_app.ui.rooms.common import MessageLine, euro, from_qdate, to_qdate
from desk_app.ui.rooms.direct_debit_dialog import DirectDebitDialog
from desk_app.ui.rooms.payment_dialog import PaymentDialog
from desk_app.ui.rooms.reversal_dialog import ReversalDialog
from desk_app.ui.touch import big_button, touch_sized

Index = QModelIndex | QPersistentModelIndex


class InvoicesModel(QAbstractTableModel):
    """Number, kind, hirer, date, period, total, whether it was credited, and where it stands."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("Columns", "Nummer"),
        QT_TRANSLATE_NOOP("Columns", "Soort"),
        QT_TRANSLATE_NOOP("Columns", "Huurder"),
        QT_TRANSLATE_NOOP("Columns", "Datum"),
        QT_TRANSLATE_NOOP("Columns", "Periode"),
        QT_TRANSLATE_NOOP("Columns", "Bedrag"),
        QT_TRANSLATE_NOOP("Columns", "Gecrediteerd"),
        QT_TRANSLATE_NOOP("Columns", "Status"),
        QT_TRANSLATE_NOOP("Columns", "Nog open"),
        QT_TRANSLATE_NOOP("Columns", "Dagen te laat"),
        QT_TRANSLATE_NOOP("Columns", "Herinnerd"),
    )
    STATUS, OPEN, DAYS_OVERDUE = 7, 8, 9

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Standing] = []

    def set_rows(self, rows: list[Standing]) -> None:
        """Replace the list."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        standing = self.rows[index.row()]
        row = standing.invoice
        kind = self.tr("factuur") if row.kind is InvoiceKind.INVOICE else self.tr("creditnota")
        values = (
            row.number,
            kind,
            row.hirer_name,
            screen_formatter().numeric(row.issued_on),
            row.period,
            euro(row.total_cents),
            self.tr("ja") if row.credited else "",
            *self._standing_values(standing),
            self._reminded(standing),
        )
        return values[index.column()]

    def _reminded(self, standing: Standing) -> str:
        """The latest reminder: "herinnering op 30-11-2026", or nothing."""
        if standing.reminded is None:
            return ""
        return self.tr("{level} op {day}").format(
            level=kind_text(standing.reminded.level),
            day=screen_formatter().numeric(standing.reminded.sent_on),
        )

    def _standing_values(self, standing: Standing) -> tuple[str, str, str]:
        """Status, the amount still open (or paid too much), and the days overdue."""
        if standing.status is None:
            return "", "", ""
        if standing.open_cents < 0 and standing.status is InvoiceStatus.PAID:
            still_open = self.tr("{amount} te veel").format(amount=euro(-standing.open_cents))
        else:
            still_open = euro(max(standing.open_cents, 0))
        days = str(standing.days_overdue) if standing.days_overdue else ""
        return kind_text(standing.status), still_open, days

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("Columns", self.COLUMNS[section])
        return None


def _invoice_pdf(uow: UnitOfWork, invoice_id: UUID) -> bytes:
    return invoice_pdf(invoice_document(uow, invoice_id))


def _reminder_pdf(uow: UnitOfWork, reminder_id: UUID) -> bytes:
    return reminder_pdf(reminder_document(uow, reminder_id))


class InvoicesView(QWidget):
    """The list with its actions; the person at the desk is asked for when an action runs."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uow, self._current_actor = context.uow, context.current_actor
        self.documents = DocumentMaker(context, self)
        self.model = InvoicesModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # headers whole
        self.table.verticalHeader().setDefaultSectionSize(44)
        self.hirer = touch_sized(QComboBox(self))
        self.month = touch_sized(
            QDateEdit(to_qdate(context.uow.now().astimezone(LOCAL_ZONE).date()), self)
        )
        self.month.setDisplayFormat("MM-yyyy")
        self.message = MessageLine(self)
        self.documents.failed.connect(self.message.show_error)
        self.documents.saved.connect(self._saved)
        self.act = PageAction(context.current_actor, self.message)
        self.dialog: QDialog | None = None  # the payment or reversal dialog open now, if any
        self.showing = touch_sized(QComboBox(self))
        self.showing.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for label, wanted in (
            (self.tr("Alle"), StandingFilter.ALL),
            (self.tr("Open"), StandingFilter.OPEN),
            (self.tr("Te laat"), StandingFilter.OVERDUE),
        ):
            self.showing.addItem(label, wanted.value)
        self.showing.currentIndexChanged.connect(self._reload)
        actions = FlowLayout()  # wraps at large text
        actions.addWidget(self.showing)
        for text, slot in (
            (self.tr("Betaling registreren…"), self.register_payment),
            (self.tr("Betaling terugdraaien…"), self.reverse_payment),
            (self.tr("PDF opslaan…"), self.save_pdf),
            (self.tr("E-factuur (UBL) opslaan…"), self.save_ubl),
            (self.tr("Crediteren…"), self.credit),
            (self.tr("Bankafschrift inlezen…"), self.read_statement),
            (self.tr("Herinnering maken"), self.make_reminder),
            (self.tr("Incasso maken…"), self.direct_debit),
        ):
            button = big_button(text, self)
            button.clicked.connect(slot)
            actions.addWidget(button)
        actions.addWidget(self.hirer)
        actions.addWidget(self.month)
        monthly = big_button(self.tr("Maandfactuur maken"), self)
        monthly.clicked.connect(self.invoice_month)
        actions.addWidget(monthly)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

    @Slot()
    def refresh(self) -> None:
        """Reload the invoices and the hirers who pay."""
        self._reload()
        self.hirer.clear()
        for details in hirers(self._uow):
            if details.tariff_class is not TariffClass.INTERNAL:
                self.hirer.addItem(details.name, str(details.id))

    @Slot()
    def _reload(self) -> None:
        """The invoices the filter asks for, with where each stands today."""
        self.model.set_rows(standings(self._uow, StandingFilter(self.showing.currentData())))

    def selected_standing(self) -> Standing | None:
        """The invoice the user picked with where it stands, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def selected(self) -> InvoiceInfo | None:
        """The invoice the user picked, if any."""
        standing = self.selected_standing()
        return standing.invoice if standing else None

    @Slot()
    def register_payment(self) -> None:
        """Open *Betaling registreren* for the chosen invoice."""
        chosen, actor = self.selected_standing(), self.act.actor()
        if actor is None:
            return
        if chosen is None:
            self.message.show_error(self.tr("Kies eerst een factuur in de lijst."))
            return
        today = self._uow.now().astimezone(LOCAL_ZONE).date()
        dialog = PaymentDialog(self._uow, actor, chosen, today, self)
        self.dialog = open_dialog(dialog, lambda: self._paid(dialog.saved), self._dialog_closed)

    @Slot()
    def reverse_payment(self) -> None:
        """Open *Betaling terugdraaien* for the chosen invoice (the manager's correction)."""
        chosen, actor = self.selected_standing(), self.act.actor()
        if actor is None:
            return
        if chosen is None:
            self.message.show_error(self.tr("Kies eerst een factuur in de lijst."))
            return
        dialog = ReversalDialog(self._uow, actor, chosen, self)
        self.dialog = open_dialog(dialog, lambda: self._reversed(dialog.saved), self._dialog_closed)

    def _reversed(self, standing: Standing | None) -> None:
        if standing is None or standing.status is None:
            return
        self.message.show_info(
            self.tr("Betaling teruggedraaid: {number} is nu {status}.").format(
                number=standing.invoice.number, status=kind_text(standing.status)
            )
        )
        self._reload()

    def _dialog_closed(self) -> None:
        self.dialog = None

    def _paid(self, standing: Standing | None) -> None:
        if standing is None or standing.status is None:
            return
        self.message.show_info(
            self.tr("Betaling geregistreerd: {number} is nu {status}.").format(
                number=standing.invoice.number, status=kind_text(standing.status)
            )
        )
        self._reload()

    @Slot()
    def save_pdf(self) -> None:
        """Write the chosen invoice as PDF where the user says."""
        chosen = self.selected()
        if chosen is None:
            self.message.show_error(self.tr("Kies eerst een factuur in de lijst."))
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("PDF opslaan"), f"{chosen.number}.pdf", "PDF (*.pdf)"
        )
        if name:
            build = partial(_invoice_pdf, self._uow, chosen.id)
            self.documents.save(Path(name), build, open_it=False)

    @Slot()
    def save_ubl(self) -> None:
        """Write the chosen invoice of an organisation as UBL e-invoice where the user says."""
        chosen = self.selected()
        if chosen is None:
            self.message.show_error(self.tr("Kies eerst een factuur in de lijst."))
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("E-factuur opslaan"), f"{chosen.number}.xml", "UBL (*.xml)"
        )
        if name:
            self.documents.save(
                Path(name), partial(ubl_invoice, self._uow, chosen.id), open_it=False
            )

    @Slot(object)
    def _saved(self, path: Path) -> None:
        self.message.show_info(self.tr("Opgeslagen in {file}.").format(file=str(path)))

    @Slot()
    def make_reminder(self) -> None:
        """Record the chosen overdue invoice's next reminder, then make and open its PDF."""
        chosen, actor = self.selected(), self.act.actor()
        if actor is None:
            return
        if chosen is None:
            self.message.show_error(self.tr("Kies eerst een factuur in de lijst."))
            return
        self.act.call(lambda: send_reminder(self._uow, actor, chosen.id), self._reminder_made)

    def _reminder_made(self, made: ReminderInfo) -> None:
        assert made.id is not None
        self.message.show_info(
            self.tr("{level} voor {number} vastgelegd; de PDF wordt gemaakt.").format(
                level=kind_heading(made.level), number=made.invoice_number
            )
        )
        self._reload()
        self.documents.archive("herinnering", partial(_reminder_pdf, self._uow, made.id))

    @Slot()
    def credit(self) -> None:
        """Cancel the chosen invoice by a credit note, with a reason."""
        chosen, actor = self.selected(), self.act.actor()
        if chosen is None or actor is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Crediteren"), self.tr("Reden"))
        if ok:
            self.act.call(lambda: credit_invoice(self._uow, actor, chosen.id, reason), self._made)

    @Slot()
    def read_statement(self) -> None:
        """Open *Bankafschrift inlezen*; the list is read again whenever it books something."""
        from desk_app.ui.rooms.bank_dialog import BankImportDialog  # noqa: PLC0415 - rare

        actor = self.act.actor()
        if actor is None:
            return
        dialog = BankImportDialog(self.documents.context, actor, self)
        dialog.booked.connect(self._reload)
        self.dialog = open_dialog(dialog, closed=self._dialog_closed)

    def direct_debit(self) -> None:
        """Open *Incasso maken* for the month chosen beside *Maandfactuur maken*."""
        actor = self.act.actor()
        if actor is None:
            return
        month, jobs = from_qdate(self.month.date()).replace(day=1), self.documents.context.jobs
        dialog = DirectDebitDialog(self._uow, actor, jobs, month, self)
        self.dialog = open_dialog(dialog, lambda: self._debited(dialog.saved), self._dialog_closed)

    def _debited(self, batch: DebitBatch | None) -> None:
        if batch is None:
            return
        text = self.tr("Incassobestand gemaakt: {count} facturen, {total}.").format(
            count=len(batch.items), total=euro(batch.total_cents)
        )
        if batch.skipped_collected or batch.skipped_without_mandate:
            skipped = self.tr(
                "Overgeslagen: {collected} al geïncasseerd, {without} zonder machtiging."
            )
            text += " " + skipped.format(
                collected=batch.skipped_collected, without=batch.skipped_without_mandate
            )
        self.message.show_info(text)
        self._reload()

    @Slot()
    def invoice_month(self) -> None:
        """Invoice everything of the chosen hirer in the chosen month."""
        actor = self.act.actor()
        if actor is None or self.hirer.currentData() is None:
            return
        hirer_id, month = UUID(self.hirer.currentData()), from_qdate(self.month.date())
        self.act.call(lambda: invoice_hirer_month(self._uow, actor, hirer_id, month), self._made)

    def _made(self, made: InvoiceInfo) -> None:
        self.message.show_info(
            self.tr("{number} is gemaakt ({total}).").format(
                number=made.number, total=euro(made.total_cents)
            )
        )
        self._reload()
