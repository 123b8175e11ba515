"""Operations settings of this installation: central database, backups, nightly sync time.

They live in the local ``setting`` table (never synced); the central password never does:
it goes into the operating system's keyring, under the central URL without password (and
without a CA file). The organisation's CA certificate is copied into the data folder.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from datetime import time
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session

from desk_app.central.connect import (
    KEYRING_SERVICE,
    PASSWORD_OPTION,
    check_transport,
    password_key,
)
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput, NotAllowed, StorageError
from desk_app.models import Role, Setting
from desk_app.paths import DataFolder
from desk_app.services import audit
from desk_app.services.auth import Actor, require_role
from desk_app.services.central_ca import named_file, take_in
from desk_app.services.stored_settings import write_setting
from desk_app.services.uow import UnitOfWork

RETENTION_DAYS = range(1, 366)
_KEY = "operations"


@dataclass(frozen=True)
class OperationsSettings:
    """What the social manager sets for running the desk unattended."""

    central_url: str = ""
    backup_folder: str = ""  # empty: ``backups`` in the data folder
    retention_days: int = 14
    sync_time: time = time(23, 0)
    central_ca: str = ""  # this PC's copy of the organisation's CA certificate, if one was set

    def backup_path(self, folder: DataFolder) -> Path:
        """Where daily backups go."""
        return Path(self.backup_folder) if self.backup_folder else folder.backups


def load_operations(uow: UnitOfWork) -> OperationsSettings:
    """The stored settings, or the defaults on a new installation."""
    with uow.read() as tx:
        return _stored(tx.session)


def _stored(session: Session) -> OperationsSettings:
    row = session.get(Setting, _KEY)
    stored = json.loads(row.value_json) if row is not None else {}
    if "sync_time" in stored:
        stored["sync_time"] = time.fromisoformat(stored["sync_time"])
    known = {k: v for k, v in stored.items() if k in OperationsSettings.__dataclass_fields__}
    return replace(OperationsSettings(), **known)


def remember_central_url(
    uow: UnitOfWork, url: str, folder: DataFolder | None = None, actor: Actor | None = None
) -> str:
    """Store the address given to ``desk-app sync --central`` (already without a password).

    Checked as the settings check it. Stored at once only while none is stored; another
    address replaces a stored one only when a social manager signs (``actor``), through
    ``save_operations`` and audited there. With ``folder``, a CA file the address names is
    copied there and used from then on.
    """
    url = _checked_url(url.strip())
    stored = load_operations(uow)
    if not stored.central_url:
        return _store_first_url(uow, url, folder)
    if not _replaces(stored.central_url, url):
        return stored.central_url
    if actor is None:
        raise _address_change_refused(stored.central_url)
    changed = replace(stored, central_url=url)
    return save_operations(uow, actor, changed, folder=folder).central_url


def _store_first_url(uow: UnitOfWork, url: str, folder: DataFolder | None) -> str:
    """The first address of this desk: no manager needed, as a recovery or first sync sets it.

    Not audited: nothing is replaced, and a recovery's first sync must send nothing new.
    """
    with uow.write() as tx:
        current = _stored(tx.session)
        if current.central_url and _replaces(current.central_url, url):  # stored meanwhile
            raise _address_change_refused(current.central_url)
        if current.central_url:
            return current.central_url
        settings = replace(current, central_url=url)
        if folder is not None:
            settings = _with_ca(settings, folder, None)
        _store(tx.session, settings)
    return settings.central_url


def central_url_change(uow: UnitOfWork, url: str) -> bool:
    """Whether storing ``url`` (without password) would replace another stored address.

    Such a change is a social manager's: ``remember_central_url`` refuses it without one.
    The address is checked as the settings check it, so a bad one is refused before any use.
    """
    url = _checked_url(url.strip())
    stored = load_operations(uow).central_url
    return bool(stored) and _replaces(stored, url)


def _replaces(stored: str, url: str) -> bool:
    """Another server, login or database, or a CA certificate named to take in."""
    if url == stored:
        return False
    return password_key(url) != password_key(stored) or named_file(url) is not None


def _address_change_refused(stored: str) -> NotAllowed:
    return NotAllowed(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Er is al een ander adres van de centrale database bewaard ({stored}). Alleen een "
            "sociaal beheerder mag het wijzigen: met --manager en de pincode, of in Beheer "
            "› Instellingen.",
        ),
        stored=stored,
    )


def central_password(settings: OperationsSettings) -> str | None:
    """The central database password from the keyring, or ``None`` when none is stored."""
    if not settings.central_url:
        return None
    url = settings.central_url
    # the keyring and its backends load when a password is needed, not at the desk's start
    import keyring  # noqa: PLC0415
    from keyring.errors import KeyringError  # noqa: PLC0415

    try:
        # Before the key left out the CA file, an address naming one was its own key.
        return keyring.get_password(KEYRING_SERVICE, password_key(url)) or keyring.get_password(
            KEYRING_SERVICE, url
        )
    except KeyringError:
        return None


def save_operations(
    uow: UnitOfWork,
    actor: Actor,
    settings: OperationsSettings,
    password: str | None = None,
    *,
    folder: DataFolder | None = None,
    ca_file: Path | None = None,
) -> OperationsSettings:
    """A social manager changes the settings; ``password`` (if given) goes into the keyring.

    With the data ``folder``, the CA certificate ``ca_file`` (or a file the address names as
    ``sslrootcert``) is copied there, for this user only.
    """
    settings = validated(settings)
    if password and not settings.central_url:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Vul eerst het adres van de centrale database in.")
        )
    before = load_operations(uow)
    settings = replace(settings, central_ca=before.central_ca)  # only a new copy changes it
    with uow.write() as tx:
        manager = require_role(tx, actor, Role.MANAGER)
        if folder is not None:  # in the transaction: a copy that fails changes nothing
            settings = _with_ca(settings, folder, ca_file)
        _store(tx.session, settings)
        audit.record(
            tx.session,
            centre_code=tx.centre_code(),
            actor=manager,
            action="settings.operations",
            subject="Instellingen",
            at=tx.now,
            before=_snapshot(before),
            after={**_snapshot(settings), "password_changed": bool(password)},
        )
        if password:  # last, so a keyring failure rolls the whole change back
            store_password(settings.central_url, password)
        else:
            _carry_password(before, settings)
    return settings


def _carry_password(before: OperationsSettings, after: OperationsSettings) -> None:
    """Keep the password when only the address's CA file changed (it may have been the key)."""
    old, new = before.central_url, after.central_url
    if not old or not new or old == new or password_key(old) != password_key(new):
        return
    kept = central_password(before)
    if kept:
        store_password(new, kept)


def validated(settings: OperationsSettings) -> OperationsSettings:
    """Check and normalise the settings, or say in Dutch what is wrong."""
    if settings.retention_days not in RETENTION_DAYS:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Bewaar reservekopieën 1 tot 365 dagen."))
    folder = settings.backup_folder.strip()
    if folder and not Path(folder).expanduser().is_absolute():
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Kies een volledige map voor de reservekopieën, bijvoorbeeld E:\\Balie."
            )
        )
    return replace(
        settings,
        central_url=_checked_url(settings.central_url.strip()),
        backup_folder=str(Path(folder).expanduser()) if folder else "",
    )


def _checked_url(url: str) -> str:
    if not url:
        return ""
    try:
        parsed = make_url(url)
    except ArgumentError as error:
        raise _bad_url() from error
    if not parsed.drivername.startswith("postgresql") or not parsed.host or not parsed.database:
        raise _bad_url()
    if parsed.password is not None or PASSWORD_OPTION in parsed.query:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Zet het wachtwoord niet in het adres maar in het wachtwoordveld."
            )
        )
    check_transport(url)
    return parsed.render_as_string(hide_password=False)


def _with_ca(
    settings: OperationsSettings, folder: DataFolder, chosen: Path | None
) -> OperationsSettings:
    url, copy = take_in(settings.central_url, folder, chosen)
    return replace(settings, central_url=url, central_ca=copy or settings.central_ca)


def _bad_url() -> InvalidInput:
    return InvalidInput(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Het adres van de centrale database klopt niet, bijvoorbeeld "
            "postgresql://balie@server.example.nl/buurthuizen.",
        )
    )


def _store(session: Session, settings: OperationsSettings) -> None:
    write_setting(session, _KEY, _snapshot(settings))


def store_password(url: str, password: str) -> None:
    """Keep ``password`` for ``url`` in the PC's keyring; a keyring that refuses changes nothing."""
    import keyring  # noqa: PLC0415 - as in central_password
    from keyring.errors import KeyringError  # noqa: PLC0415

    try:
        keyring.set_password(KEYRING_SERVICE, password_key(url), password)
    except KeyringError as error:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Het wachtwoord kan op deze pc niet veilig worden bewaard; er is niets gewijzigd.",
            )
        ) from error


def _snapshot(settings: OperationsSettings) -> dict[str, object]:
    values = asdict(settings)
    values["sync_time"] = settings.sync_time.isoformat(timespec="minutes")
    return values
