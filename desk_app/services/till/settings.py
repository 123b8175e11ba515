"""The till's settings: alcohol hours, the 18+ prompt, volunteer allowance, receipt printer."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from datetime import time
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.models import Role, Setting
from desk_app.services import audit
from desk_app.services.auth import Actor, require_role
from desk_app.services.stored_settings import write_setting
from desk_app.services.uow import CoreTransaction, UnitOfWork

KEY = "till.settings"
Span = tuple[time, time]
MAX_ALLOWANCE_CENTS = 5_000


def default_alcohol_hours() -> dict[int, Span | None]:
    """Weekdays from four in the afternoon, weekends from noon, until eleven at night."""
    return {day: (time(16, 0) if day < 5 else time(12, 0), time(23, 0)) for day in range(7)}


@dataclass(frozen=True)
class PrinterConfig:
    """Where receipts go: nowhere, a network printer, a USB printer, or a file (device)."""

    kind: str = "none"  # none, network, usb or file
    host: str = ""
    port: int = 9100
    usb_vendor: int = 0
    usb_product: int = 0
    path: str = ""


@dataclass(frozen=True)
class TillSettings:
    """Settings the social manager edits; each change is audited."""

    alcohol_hours: dict[int, Span | None] = field(default_factory=default_alcohol_hours)
    only_around_activities: bool = False
    confirm_age: bool = True
    volunteer_allowance_cents: int = 500
    printer: PrinterConfig = field(default_factory=PrinterConfig)


def read_settings(reader: Session | Connection) -> TillSettings:
    """The stored settings (defaults for what was never set)."""
    value = reader.scalar(_STORED)
    if value is None:
        return TillSettings()
    stored: dict[str, Any] = json.loads(value)
    hours = {
        int(day): (time.fromisoformat(span[0]), time.fromisoformat(span[1])) if span else None
        for day, span in stored["alcohol_hours"].items()
    }
    return TillSettings(
        alcohol_hours=hours,
        only_around_activities=stored["only_around_activities"],
        confirm_age=stored["confirm_age"],
        volunteer_allowance_cents=stored["volunteer_allowance_cents"],
        printer=PrinterConfig(**stored["printer"]),
    )


_STORED = select(Setting.value_json).where(Setting.key == KEY)


def till_settings(tx: CoreTransaction) -> TillSettings:
    """The settings, kept between sales (``uow.till``) until they change."""
    return tx.till.settings(tx.outside_stamp(), lambda: read_settings(tx.connection))


def load_settings(uow: UnitOfWork) -> TillSettings:
    """The till's settings, for the screen."""
    with uow.read() as tx:
        return read_settings(tx.session)


def _as_json(settings: TillSettings) -> dict[str, Any]:
    return {
        "alcohol_hours": {
            str(day): [span[0].isoformat(), span[1].isoformat()] if span else None
            for day, span in sorted(settings.alcohol_hours.items())
        },
        "only_around_activities": settings.only_around_activities,
        "confirm_age": settings.confirm_age,
        "volunteer_allowance_cents": settings.volunteer_allowance_cents,
        "printer": asdict(settings.printer),
    }


def _validated(settings: TillSettings) -> TillSettings:
    if set(settings.alcohol_hours) != set(range(7)) or any(
        span is not None and span[0] == span[1] for span in settings.alcohol_hours.values()
    ):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Geef per weekdag een begin- en een eindtijd die verschillen; een eindtijd vóór "
                "de begintijd loopt door tot na middernacht.",
            )
        )
    if not 0 <= settings.volunteer_allowance_cents <= MAX_ALLOWANCE_CENTS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Het tegoed per vrijwilliger ligt tussen 0 en 50 euro.")
        )
    if settings.printer.kind not in ("none", "network", "usb", "file"):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze bonprinter-instelling bestaat niet."))
    return replace(settings, alcohol_hours=dict(settings.alcohol_hours))


def write_settings(session: Session, settings: TillSettings) -> None:
    """Store checked settings in the caller's transaction (the first run has no one to audit)."""
    write_setting(session, KEY, _as_json(_validated(settings)))


def save_settings(uow: UnitOfWork, actor: Actor, settings: TillSettings) -> TillSettings:
    """The social manager changes the till's settings; before and after go to the audit log."""
    settings = _validated(settings)
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        before = _as_json(read_settings(tx.session))
        after = _as_json(settings)
        write_setting(tx.session, KEY, after)
        audit.record(
            tx.session,
            centre_code=tx.centre_code(),
            actor=manager,
            action="till.settings",
            subject="kassa",
            at=tx.now,
            before=before,
            after=after,
        )
    uow.till.forget()
    return settings
