"""What a scan did, in words: the same sentence on every page that handles a scan."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.services.living_room.checkin import ScanOutcome, ScanResult
from desk_app.services.volunteers.duty import DutyChange


def scan_outcome_text(outcome: ScanOutcome | DutyChange, activity: str | None = None) -> str:
    """A visit, a check-out, a pass already in or out, or a volunteer signed in or out.

    ``activity`` names the activity a visit was counted for (scanned at its door).
    """
    if isinstance(outcome, DutyChange):
        return _duty_text(outcome)
    if outcome.result is not ScanResult.CHECKED_IN:
        return _no_visit_text(outcome.result)
    if activity is not None:
        return QCoreApplication.translate("ScanText", "Bezoek geteld voor {activity}.").format(
            activity=activity
        )
    if outcome.visit is not None and outcome.visit.first_visit:
        return QCoreApplication.translate("ScanText", "Welkom! Eerste bezoek met deze pas, geteld.")
    return QCoreApplication.translate("ScanText", "Welkom terug! Bezoek geteld.")


def _no_visit_text(result: ScanResult) -> str:
    """A scan that counted no visit: a check-out, or a pass scanned twice."""
    if result is ScanResult.ALREADY_IN:
        return QCoreApplication.translate(
            "ScanText", "Deze pas is net al gescand. Het bezoek telt één keer."
        )
    if result is ScanResult.ALREADY_OUT:
        return QCoreApplication.translate(
            "ScanText", "Deze pas is net uitgecheckt. De tweede scan telt niet."
        )
    return QCoreApplication.translate("ScanText", "Tot ziens! De bezoeker is uitgecheckt.")


def _duty_text(change: DutyChange) -> str:
    if change.repeated:
        return _repeated_text(change)
    text = (
        QCoreApplication.translate("ScanText", "Welkom, {name}! U bent aangemeld als vrijwilliger.")
        if change.signed_in
        else QCoreApplication.translate("ScanText", "Tot ziens, {name}! U bent afgemeld.")
    )
    return text.format(name=change.name)


def _repeated_text(change: DutyChange) -> str:
    """A badge scanned twice: the second scan changed nothing; say how the volunteer stands."""
    text = (
        QCoreApplication.translate(
            "ScanText", "{name} is net al aangemeld. De tweede scan telt niet."
        )
        if change.signed_in
        else QCoreApplication.translate(
            "ScanText", "{name} is net al afgemeld. De tweede scan telt niet."
        )
    )
    return text.format(name=change.name)
