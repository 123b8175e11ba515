"""Weergave: text size and language of this PC, both applied at once."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.services.preferences import (
    FONT_SIZES,
    LANGUAGES,
    Preferences,
    load_preferences,
    save_preferences,
)
from desk_app.services.uow import UnitOfWork
from desk_app.ui.fitting import fit_dialog
from desk_app.ui.widgets import MessageLabel, add_row, form_layout

LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}


class DisplayDialog(QDialog):
    """Choose text size and language; saving stores them for this PC.

    Signals:
        preferences_saved: the new preferences were stored; carries the :class:`Preferences`.
    """

    preferences_saved = Signal(object)

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow = uow
        self.started_with = load_preferences(uow)
        self.font_size = QComboBox(self)
        for size in FONT_SIZES:
            self.font_size.addItem("", size)
        self.font_size.setCurrentIndex(FONT_SIZES.index(self.started_with.font_size))
        self.language = QComboBox(self)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(self.started_with.language))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.message = MessageLabel(self)
        self.form = form = form_layout()
        add_row(form, "", self.font_size)
        add_row(form, "", self.language)
        self._name_texts()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        body = QVBoxLayout()
        body.setSpacing(16)
        body.addLayout(form)
        body.addWidget(self.note)
        self.fitting = fit_dialog(self, body, buttons, self.message)
        self.setMinimumWidth(620)

    def _name_texts(self) -> None:
        """Every text of the dialog, in the language installed now."""
        self.setWindowTitle(self.tr("Weergave"))
        for index, size in enumerate(FONT_SIZES):
            self.font_size.setItemText(index, self.tr("{size} punten").format(size=size))
        for field, text in (
            (self.font_size, self.tr("Tekstgrootte")),
            (self.language, self.tr("Taal")),
        ):
            label = self.form.labelForField(field)
            if isinstance(label, QLabel):
                label.setText(text)
            field.setAccessibleName(text)
        self.note.setText(self.tr("Een andere taal ziet u meteen na het opslaan."))

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: the language was switched (by this dialog's save): follow it."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "note"):
            self._name_texts()

    @Slot()
    def save(self) -> None:
        """Store the choice; text size and language change at once."""
        chosen = Preferences(
            font_size=self.font_size.currentData(), language=self.language.currentData()
        )
        try:
            saved = save_preferences(self.uow, chosen)
        except DeskError as error:
            self.message.show_desk_error(error)
            return
        self.preferences_saved.emit(saved)
        self.message.show_info(self.tr("Opgeslagen."))
