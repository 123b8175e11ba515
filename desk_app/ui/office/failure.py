"""What an office page says when the central database could not be read."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from desk_app.errors import DeskError
from desk_app.ui.messages import error_text

log = logging.getLogger(__name__)


def failure_text(error: Exception) -> str:
    """A refusal's own words, or a calm line (the details go to the log)."""
    if isinstance(error, DeskError):
        return error_text(error)
    log.error("reading the central database failed", exc_info=error)
    return QCoreApplication.translate(
        "OfficePages", "De centrale database kon niet worden gelezen; zie het logbestand."
    )
