"""Where this PC's office mode reaches the central database: stored as the desk stores its own.

The address goes without its password into the local ``setting`` table; the password goes
into the operating system's keyring under the address (as *Instellingen* does), and the
organisation's CA certificate is copied into the data folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from desk_app.central.connect import (
    PASSWORD_OPTION,
    check_transport,
    connect,
    with_ca,
    without_password,
)
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput, NotAllowed
from desk_app.paths import DataFolder
from desk_app.services.central_ca import take_in
from desk_app.services.operations import store_password
from desk_app.services.stored_settings import read_setting, write_setting
from desk_app.services.uow import UnitOfWork

_KEY = "office_address"


@dataclass(frozen=True)
class OfficeAddress:
    """The office login's address (never with its password) and this PC's copy of the CA."""

    url: str
    ca_file: str = ""

    @property
    def connect_url(self) -> str:
        """The address as a connection takes it: with the CA copy where TLS is checked."""
        return with_ca(self.url, self.ca_file)


def load_office_address(uow: UnitOfWork) -> OfficeAddress | None:
    """The address an earlier office start stored, or ``None``."""
    with uow.read() as tx:
        stored = read_setting(tx.session, _KEY)
    if not isinstance(stored, dict) or not stored.get("url"):
        return None
    return OfficeAddress(str(stored["url"]), str(stored.get("ca_file", "")))


def split_password(url: str) -> tuple[str, str]:
    """The address without its password, and the password it carried ("" for none).

    A password among the address's options (``?password=…``) is taken out too: the address
    is stored in the settings and the backups, the password only in the keyring.
    """
    parsed = _parsed(url)
    in_options = parsed.query.get(PASSWORD_OPTION, "")
    password = parsed.password or (in_options if isinstance(in_options, str) else in_options[0])
    return without_password(url.strip()), str(password or "")


def sign_in(
    uow: UnitOfWork, folder: DataFolder, url: str, password: str = "", ca: Path | None = None
) -> OfficeAddress:
    """Check that ``url`` is an office login that answers, then remember it for next time."""
    from desk_app.services.office.releases import require_office  # noqa: PLC0415 - psycopg

    bare, in_url = split_password(url)
    trial = _parsed(bare).set(password=password or in_url or None)
    if ca is not None:
        trial = trial.update_query_dict({"sslrootcert": str(ca.expanduser())})
    with connect(trial.render_as_string(hide_password=False)) as connection:
        try:
            require_office(connection)
        except NotAllowed as error:
            raise NotAllowed(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Dit is niet de login van het kantoor. Vraag de beheerder van de centrale "
                    "database om een kantoorlogin (desk-app central add-office).",
                )
            ) from error
    return save_office_address(uow, folder, url, password, ca)


def save_office_address(
    uow: UnitOfWork, folder: DataFolder, url: str, password: str = "", ca: Path | None = None
) -> OfficeAddress:
    """Remember the office's address (CA copied, password in the keyring) for the next start."""
    bare, in_url = split_password(url)
    check_transport(bare)
    bare, copy = take_in(bare, folder, ca)
    address = OfficeAddress(bare, copy or "")
    if password or in_url:
        store_password(bare, password or in_url)
    with uow.write() as tx:
        write_setting(tx.session, _KEY, {"url": address.url, "ca_file": address.ca_file})
    return address


def _parsed(url: str) -> URL:
    try:
        parsed = make_url(url.strip())
    except ArgumentError as error:
        raise _bad_url() from error
    if not parsed.drivername.startswith("postgres") or not parsed.host or not parsed.database:
        raise _bad_url()
    return parsed


def _bad_url() -> InvalidInput:
    return InvalidInput(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Het adres van de centrale database klopt niet, bijvoorbeeld "
            "postgresql://kantoor@server.example.nl/buurthuizen.",
        )
    )
