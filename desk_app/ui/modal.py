"""One way to open a dialog: modal to its window, never blocking, gone once it is closed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QDialog

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
