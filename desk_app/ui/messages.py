"""Core refusals and role names shown in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.errors import DeskError
from desk_app.kinds import Role
from desk_app.services.auth import role_label
from desk_app.services.volunteers.duty_board import DutyWarning


def error_text(error: DeskError) -> str:
    """The message of a core error, translated, with its placeholders filled in."""
    template = QCoreApplication.translate("Errors", error.template)
    # Some parameters are themselves marked texts (a role's name); translate those too.
    params = {
        key: QCoreApplication.translate("Roles", value) if isinstance(value, str) else value
        for key, value in error.params.items()
    }
    return template.format(**params)


def role_text(role: Role) -> str:
    """The name of a role in the user's language."""
    return QCoreApplication.translate("Roles", role_label(role))


def warning_text(warning: DutyWarning) -> str:
    """A duty-board warning in the user's language."""
    return QCoreApplication.translate("Warnings", warning.template).format(**warning.params)
