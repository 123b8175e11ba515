"""The social manager's login at the command line: named (or the only one), PIN typed unseen."""

from __future__ import annotations

import getpass
from uuid import UUID

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.kinds import Role
from desk_app.services.auth import Actor, authenticate
from desk_app.services.people import desk_accounts
from desk_app.services.uow import UnitOfWork


def log_in_manager(uow: UnitOfWork, name: str | None, option: str = "--manager") -> Actor:
    """The social manager named (or the only one), logged in with the PIN she types.

    ``option`` is the command's own option for the name, so a refusal says how to give it.
    """
    return authenticate(uow, *ask_manager_pin(uow, name, option))


def ask_manager_pin(
    uow: UnitOfWork, name: str | None, option: str = "--manager"
) -> tuple[UUID, str]:
    """The social manager named (or the only one) and the PIN she types, not yet checked."""
    managers = [a for a in desk_accounts(uow) if a.role is Role.MANAGER]
    chosen = [a for a in managers if name is None or a.name.casefold() == name.strip().casefold()]
    if len(chosen) != 1:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Noem de sociaal beheerder met {option}, een van: {names}."
            ),
            option=option,
            names=", ".join(a.name for a in managers) or "–",
        )
    return chosen[0].person_id, getpass.getpass(f"Pincode van {chosen[0].name}: ")
