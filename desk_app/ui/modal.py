"""One way to open a dialog or ask yes or no: modal to its window, never blocking, then gone."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desk_app.ui.accessible import prepare

D = TypeVar("D", bound=QDialog)


def open_dialog(
    dialog: D,
    accepted: Callable[[], object] | None = None,
    closed: Callable[[], object] | None = None,
) -> D:
    """Open ``dialog`` window-modal without a nested event loop; it is deleted after it closes.

    ``accepted`` runs when the user confirms it, ``closed`` whenever it closes (after
    ``accepted``), so the caller can forget the dialog it keeps for the tests.
    """
    if accepted is not None:
        dialog.accepted.connect(accepted)
    if closed is not None:
        dialog.finished.connect(lambda _result: closed())
    dialog.finished.connect(dialog.deleteLater)  # after every handler of finished has run
    prepare(dialog)
    dialog.open()
    return dialog


def ask(
    parent: QWidget,
    title: str,
    text: str,
    answered: Callable[[bool], object],
    *,
    yes_text: str = "",
    more: str = "",
) -> QMessageBox:
    """Ask a yes-or-no question window-modal; ``answered(yes)`` runs once it is closed.

    No is the default, so an Enter meant for the page (a second scan) or Escape changes
    nothing. ``yes_text`` names what Yes does ("Ja, afgelasten"); ``more`` explains below.
    """
    question = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    if more:
        question.setInformativeText(more)
    yes = question.button(QMessageBox.StandardButton.Yes)
    yes.setText(yes_text or QCoreApplication.translate("Question", "Ja"))
    question.button(QMessageBox.StandardButton.No).setText(
        QCoreApplication.translate("Question", "Nee")
    )
    question.setDefaultButton(QMessageBox.StandardButton.No)
    return open_dialog(question, closed=lambda: answered(question.clickedButton() is yes))
