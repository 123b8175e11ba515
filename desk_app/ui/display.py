"""Weergave: text size (applied at once) and language (after a restart) of this PC."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
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
        self.setWindowTitle(self.tr("Weergave"))
        self.font_size = QComboBox(self)
        for size in FONT_SIZES:
            self.font_size.addItem(self.tr("{size} punten").format(size=size), size)
        self.font_size.setCurrentIndex(FONT_SIZES.index(self.started_with.font_size))
        self.language = QComboBox(self)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(self.started_with.language))
        note = QLabel(self.tr("Een andere taal ziet u na het opnieuw starten van de app."), self)
        note.setWordWrap(True)
        self.message = MessageLabel(self)
        form = form_layout()
        add_row(form, self.tr("Tekstgrootte"), self.font_size)
        add_row(form, self.tr("Taal"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        body = QVBoxLayout()
        body.setSpacing(16)
        body.addLayout(form)
        body.addWidget(note)
        self.fitting = fit_dialog(self, body, buttons, self.message)
        self.setMinimumWidth(620)

    @Slot()
    def save(self) -> None:
        """Store the choice; the text size changes at once, the language after a restart."""
        chosen = Preferences(
            font_size=self.font_size.currentData(), language=self.language.currentData()
        )
        try:
            saved = save_preferences(self.uow, chosen)
        except DeskError as error:
            self.message.show_desk_error(error)
            return
        self.preferences_saved.emit(saved)
        if saved.language != self.started_with.language:
            self.message.show_info(self.tr("Opgeslagen. Start de app opnieuw voor de andere taal."))
        else:
            self.message.show_info(self.tr("Opgeslagen."))
