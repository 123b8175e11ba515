"""``desk-app activities signups``: a session's sign-ups, waiting list and attendance."""

from __future__ import annotations

import argparse
import json
from datetime import timedelta
from typing import TYPE_CHECKING, Any
from uuid import UUID

from desk_app.bootstrap import open_desk
from desk_app.commands import EXIT_OK, Subcommands, require_database
from desk_app.commands.manager_login import log_in_manager
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.formatting import to_local
from desk_app.paths import DataFolder

if TYPE_CHECKING:
    from desk_app.services.activities.attendance import SessionAttendance
    from desk_app.services.activities.signups import SignUpInfo, SignUpList
    from desk_app.services.auth import Actor
    from desk_app.services.uow import UnitOfWork

DAYS_AHEAD = 14


def register(commands: Subcommands) -> None:
    """Add ``activities signups``."""
    activities = commands.add_parser("activities", help="het activiteitenprogramma")
    actions = activities.add_subparsers(title="acties", dest="activities_action", metavar="ACTIE")
    listing = actions.add_parser(
        "signups",
        help="aanmeldingen, wachtlijst en opkomst van een bijeenkomst (zonder --session: "
        f"de bijeenkomsten van vandaag en de {DAYS_AHEAD} dagen erna)",
    )
    listing.add_argument("--session", help="het nummer (id) van de bijeenkomst")
    listing.add_argument("--json", action="store_true", help="als JSON")
    listing.add_argument("--manager", help="naam van de sociaal beheerder (als er meer zijn)")
    listing.set_defaults(handler=run_signups)


def run_signups(args: argparse.Namespace, folder: DataFolder) -> int:
    """One session's lists, or the coming sessions with their ids and sign-up counts.

    The lists hold names beside pass codes: the social manager logs in with her PIN first.
    """
    require_database(folder)
    session_id = _session_id(args.session) if args.session else None
    desk = open_desk(folder)
    try:
        actor = log_in_manager(desk.uow, args.manager)
        if session_id is None:
            found: Any = _coming(desk.uow, actor)
        else:
            found = _one(desk.uow, actor, session_id)
    finally:
        desk.close()
    if args.json:
        print(json.dumps(found, indent=2, ensure_ascii=False))
    else:
        print("\n".join(_lines(found) if session_id else _session_lines(found)))
    return EXIT_OK


def _session_id(text: str) -> UUID:
    try:
        return UUID(text.strip())
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Geef het nummer van de bijeenkomst zoals desk-app activities signups het toont.",
            )
        ) from None


def _coming(uow: UnitOfWork, actor: Actor) -> list[dict[str, Any]]:
    from desk_app.services.activities.programme import programme  # noqa: PLC0415
    from desk_app.services.activities.signups import signups  # noqa: PLC0415

    today = to_local(uow.now()).date()
    coming = []
    for info in programme(uow, today, today + timedelta(days=DAYS_AHEAD)):
        if not info.cancelled:
            listed = signups(uow, actor, info.occurrence_id)
            coming.append(_list_json(listed) | {"starts": f"{info.starts:%H:%M}"})
    return coming


def _one(uow: UnitOfWork, actor: Actor, session_id: UUID) -> dict[str, Any]:
    from desk_app.services.activities.attendance import session_attendance  # noqa: PLC0415
    from desk_app.services.activities.signups import signups  # noqa: PLC0415

    listed = signups(uow, actor, session_id)
    return _list_json(listed) | {
        "attendance": _attendance_json(session_attendance(uow, session_id))
    }


def _list_json(listed: SignUpList) -> dict[str, Any]:
    return {
        "session": str(listed.session_id),
        "activity": listed.activity,
        "day": listed.day.isoformat(),
        "capacity": listed.capacity,
        "placed": [_signup_json(s) for s in listed.placed],
        "waiting": [_signup_json(s) for s in listed.waiting],
    }


def _signup_json(info: SignUpInfo) -> dict[str, Any]:
    return {"name": info.name, "pass": info.pass_code, "came": info.came}


def _attendance_json(seen: SessionAttendance) -> dict[str, Any]:
    return {
        "came": len(seen.came),
        "absent": [s.name or s.pass_code for s in seen.absent],
        "unsigned_passes": seen.unsigned_passes,
        "walk_ins": seen.walk_ins,
        "stamps": seen.stamps,
    }


def _who(signup: dict[str, Any]) -> str:
    who = signup["name"] or f"pas {signup['pass']}"
    return who + ("  (gekomen)" if signup["came"] else "")


def _lines(found: dict[str, Any]) -> list[str]:
    capacity = found["capacity"] or "geen maximum"
    lines = [f"{found['activity']}  {found['day']}  plaatsen: {capacity}"]
    lines += [f"  {n}. {_who(s)}" for n, s in enumerate(found["placed"], start=1)]
    lines.append(f"Wachtlijst: {len(found['waiting'])}")
    lines += [f"  {n}. {_who(s)}" for n, s in enumerate(found["waiting"], start=1)]
    seen = found["attendance"]
    lines.append(
        f"Gekomen: {seen['came']}, niet gekomen: {len(seen['absent'])}, zonder aanmelding: "
        f"{seen['unsigned_passes']} met pas en {seen['walk_ins']} geteld, "
        f"strippen gestempeld: {seen['stamps']}"
    )
    return lines


def _session_lines(found: list[dict[str, Any]]) -> list[str]:
    if not found:
        return [f"Geen bijeenkomsten vandaag of in de {DAYS_AHEAD} dagen erna."]
    return [
        f"{s['session']}  {s['day']} {s['starts']}  {s['activity']}  "
        f"aangemeld {len(s['placed'])}/{s['capacity'] or '-'}, wachtlijst {len(s['waiting'])}"
        for s in found
    ]
