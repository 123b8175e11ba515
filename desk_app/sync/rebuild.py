"""A lost PC's database built again on a new one, from the central database alone.

Everything the centre synced comes back with its keys (``recovery.bring_back``). What never
leaves the PC cannot: visitors' names and phone numbers (privacy), hirers' IBANs, the PIN
hashes, this PC's own settings and its sync log. The social managers get the PIN typed at
the recovery, so someone can log in and give the others new PINs.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from desk_app.central.connect import with_ca
from desk_app.central.reads import read_central
from desk_app.central.recovery import central_ids, login_centre
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput, Text
from desk_app.models import Person, Role
from desk_app.paths import DataFolder
from desk_app.services.auth import Actor, authenticate
from desk_app.services.centre import is_set_up
from desk_app.services.operations import (
    OperationsSettings,
    load_operations,
    save_operations,
    validated,
)
from desk_app.services.pin_hashing import hash_pin, require_pin_for_role, validate_pin
from desk_app.services.uow import UnitOfWork
from desk_app.sync.recovery import bring_back

if TYPE_CHECKING:
    import psycopg

# Said by the command and the wizard after every recovery.
NOT_RECOVERED = Text(
    "Errors",
    QT_TRANSLATE_NOOP(
        "Errors",
        "Niet teruggekomen, omdat het nooit centraal is bewaard: namen en telefoonnummers van "
        "bezoekers (privacy), IBAN's van huurders, pincodes (de sociaal beheerders hebben nu "
        "de pincode van het herstel; geef de anderen een nieuwe bij Beheer › Accounts), de "
        "instellingen van deze pc en wat na de laatste synchronisatie is ingevoerd.",
    ),
)


@dataclass(frozen=True)
class Rebuilt:
    """What the recovery brought: the centre, its rows, and who can log in now."""

    centre_code: str
    rows: int
    managers: tuple[str, ...]
    first_manager: UUID


def rebuild(uow: UnitOfWork, url: str, manager_pin: str, centre_code: str | None = None) -> Rebuilt:
    """Fill this empty database with the centre's rows; the managers get ``manager_pin``.

    The centre is the login's own, or ``centre_code`` for the office's login. Refused, with
    nothing written, when this database already holds a centre.
    """
    require_pin_for_role(validate_pin(manager_pin), Role.MANAGER)
    pin_hash = hash_pin(manager_pin)
    refuse_if_set_up(uow)
    code = _centre(url, centre_code)
    managers: list[tuple[str, UUID]] = []

    def give_pin(session: Session) -> None:
        found = session.scalars(
            select(Person).where(Person.role == Role.MANAGER, Person.active)
        ).all()
        if not found:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "De centrale database kent geen actieve sociaal beheerder van buurthuis "
                    "{centre}; er is niets hersteld.",
                ),
                centre=code,
            )
        for person in found:
            person.pin_hash = pin_hash
            managers.append((person.name, person.id))
        session.flush()  # inside the recovery's transaction, before its log is cleared

    recovery = bring_back(uow, url, code, then=give_pin)
    managers.sort()
    return Rebuilt(code, recovery.restored, tuple(n for n, _ in managers), managers[0][1])


def rebuild_here(
    uow: UnitOfWork,
    folder: DataFolder,
    *,
    url: str,
    password: str,
    ca_file: Path | None,
    manager_pin: str,
) -> Actor:
    """The first-run wizard's recovery: the address as the settings page takes it.

    Checked like the settings (no password in the address, TLS to another machine); after
    the rows came back the address, the password (keyring) and the CA copy are stored as
    the settings page would, by the first social manager, who is then at the desk.
    """
    checked = validated(OperationsSettings(central_url=url)).central_url
    if not checked:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Vul eerst het adres van de centrale database in.")
        )
    reach = make_url(with_ca(checked, str(ca_file) if ca_file else ""))
    if password:
        reach = reach.set(password=password)
    rebuilt = rebuild(uow, reach.render_as_string(hide_password=False), manager_pin)
    actor = authenticate(uow, rebuilt.first_manager, manager_pin)
    settings = replace(load_operations(uow), central_url=checked)
    save_operations(uow, actor, settings, password or None, folder=folder, ca_file=ca_file)
    return actor


def refuse_if_set_up(uow: UnitOfWork) -> None:
    """Refuse a database that already holds a centre: a recovery never mixes two."""
    if is_set_up(uow):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Deze balie heeft al een buurthuis met gegevens. Herstel vanuit de centrale "
                "database kan alleen in een lege gegevensmap; kies een andere map, of zet een "
                "reservekopie terug.",
            )
        )


def _centre(url: str, given: str | None) -> str:
    """The centre to recover: the given code, else the login's; it must exist centrally."""

    def read(connection: psycopg.Connection[Any]) -> tuple[str | None, bool]:
        code = (given or "").strip().upper() or login_centre(connection)
        return code, bool(code) and bool(central_ids(connection, "centre", code or ""))

    code, known = read_central(url, read)
    if not code:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Deze login hoort niet bij één buurthuis. Geef de code van het buurthuis op "
                "met --centre.",
            )
        )
    if not known:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "De centrale database heeft geen gegevens van buurthuis {centre}; er is niets "
                "hersteld.",
            ),
            centre=code,
        )
    return code
