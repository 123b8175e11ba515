"""One scan field for every card: a visitor pass checks in or out, a badge signs in or out."""

from __future__ import annotations

from uuid import UUID

from desk_app.codes import CodeKind, parse_code
from desk_app.models import Purpose
from desk_app.services.auth import Actor
from desk_app.services.living_room.checkin import MAX_SCAN_LENGTH, ScanOutcome, scan_pass
from desk_app.services.uow import UnitOfWork
from desk_app.services.volunteers.duty import DutyChange, toggle_by_badge


def handle_scan(
    uow: UnitOfWork,
    actor: Actor,
    raw: str,
    *,
    purpose: Purpose = Purpose.LIVING_ROOM,
    purpose_ref: UUID | None = None,
) -> ScanOutcome | DutyChange:
    """Tell a badge from a pass by its first letter and hand it to the right service."""
    text = raw.strip()
    parsed = parse_code(text) if len(text) <= MAX_SCAN_LENGTH else None
    if parsed is not None and parsed[0] is CodeKind.VOLUNTEER_BADGE:
        return toggle_by_badge(uow, actor, text)
    return scan_pass(uow, actor, raw, purpose=purpose, purpose_ref=purpose_ref)
