"""Reach the central database: the URL from the settings, the password never in a log.

The password comes from the environment (``DESK_CENTRAL_PASSWORD``) or the operating system's
keyring; ``sslmode`` and every other option travel in the URL itself. Another machine is
reached only with TLS and a checked certificate (``central.tls``).
"""

from __future__ import annotations

import logging
import os
import re
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL, make_url

from desk_app.central.tls import certificate_refusal, checks_certificate, secured
from desk_app.errors import QT_TRANSLATE_NOOP, DeskError, InvalidInput

if TYPE_CHECKING:
    # psycopg (with libpq) loads when the central database is reached, not at the desk's start
    import psycopg

log = logging.getLogger(__name__)
PASSWORD_ENV = "DESK_CENTRAL_PASSWORD"  # noqa: S105 - the name of a variable, not a password
KEYRING_SERVICE = "desk-app-central"
PASSWORD_OPTION = "password"  # noqa: S105 - libpq's name for the option, not a password
CONNECT_TIMEOUT_S = 10
INVALID_PASSWORD, INVALID_AUTHORIZATION, INVALID_CATALOG = "28P01", "28000", "3D000"
# The server's own words for each (PostgreSQL's server messages have no Dutch translation).
_SERVER_WORDS = [
    (INVALID_PASSWORD, re.compile(r"password authentication failed|no password supplied")),
    (INVALID_CATALOG, re.compile(r'database ".*" does not exist')),
    (
        INVALID_AUTHORIZATION,
        re.compile(
            r'no pg_hba\.conf entry|role ".*" does not exist|is not permitted to log in|'
            r"authentication failed for user"
        ),
    ),
]


class CentralUnavailable(DeskError):
    """The central database cannot be reached or refused the connection."""


def without_password(url: str) -> str:
    """The URL as it may be shown and stored: any password removed."""
    return _bare(_parse(url)).render_as_string(hide_password=False)


def password_key(url: str) -> str:
    """The keyring's user name for ``url``'s password: the URL without password and CA file.

    The password belongs to the login on that server, not to where this PC keeps the
    organisation's CA certificate (``sslrootcert``, added from the settings).
    """
    bare = _bare(_parse(url)).difference_update_query(["sslrootcert"])
    return bare.render_as_string(hide_password=False)


def with_ca(url: str, ca_file: str) -> str:
    """``url`` with ``ca_file`` as its ``sslrootcert`` where the certificate is to be checked.

    An address that names its own ``sslrootcert`` keeps it; so does this PC reached without
    ``verify-ca``/``verify-full``: libpq would check a certificate against any root file.
    """
    if not ca_file:
        return url
    parsed = _parse(url)
    info = _options(parsed)
    if "sslrootcert" in info or not checks_certificate(info):
        return url
    return parsed.update_query_dict({"sslrootcert": ca_file}).render_as_string(False)


def check_transport(url: str) -> None:
    """Refuse, without any network, a plain or unchecked connection to another machine."""
    conninfo_dict(url)


def conninfo_dict(url: str) -> dict[str, str]:
    """libpq's options in ``url``, TLS made the default and checked (no password added)."""
    return secured(_options(_parse(url)), password_key(url))


def _options(parsed: URL) -> dict[str, str]:
    from psycopg.conninfo import conninfo_to_dict  # noqa: PLC0415 - see top

    info = conninfo_to_dict(parsed.set(drivername="postgresql").render_as_string(False))
    return {key: str(value) for key, value in info.items() if value is not None}


def conninfo(url: str) -> str:
    """A psycopg connection string for ``url``, with the password added from a safe place."""
    from psycopg.conninfo import make_conninfo  # noqa: PLC0415 - see top

    info: dict[str, str] = conninfo_dict(url)
    if not info.get("password"):
        password = _stored_password(url)
        if password:
            info["password"] = password
    info.setdefault("connect_timeout", str(CONNECT_TIMEOUT_S))
    return make_conninfo(**info)


def connect(url: str) -> psycopg.Connection[tuple[object, ...]]:
    """A psycopg connection to the central database, or a clear message why there is none."""
    import psycopg  # noqa: PLC0415 - see the top of the module

    try:
        return psycopg.connect(conninfo(url))
    except psycopg.OperationalError as error:
        log.warning("central database unreachable at %s: %s", without_password(url), error)
        raise refusal(error, url) from error


def refusal(error: psycopg.OperationalError, url: str) -> CentralUnavailable:
    """Why the connection failed, in words that say what to do about it."""
    parsed = _parse(url)
    where = password_key(url)  # the CA file's path on this PC says nothing to the reader
    if certificate := certificate_refusal(str(error), where):
        template, values = certificate
        return CentralUnavailable(template, **values)
    state = connect_sqlstate(error)
    if state == INVALID_PASSWORD:
        return CentralUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "De centrale database ({url}) weigert het wachtwoord van {user}. Vul het "
                "wachtwoord dat het kantoor gaf opnieuw in bij Beheer › Instellingen.",
            ),
            url=where,
            user=parsed.username or "",
        )
    if state == INVALID_AUTHORIZATION:
        return CentralUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "De centrale database ({url}) laat {user} niet binnen. Vraag het kantoor om "
                "een login voor dit buurthuis (central add-centre).",
            ),
            url=where,
            user=parsed.username or "",
        )
    if state == INVALID_CATALOG:
        return CentralUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "De server van de centrale database heeft geen database {database} ({url}). "
                "Controleer het adres bij Beheer › Instellingen.",
            ),
            url=where,
            database=parsed.database or "",
        )
    return CentralUnavailable(
        QT_TRANSLATE_NOOP(
            "Errors",
            "De centrale database ({url}) is niet bereikbaar. De balie werkt gewoon door; "
            "de synchronisatie probeert het later opnieuw.",
        ),
        url=where,
    )


def connect_sqlstate(error: psycopg.OperationalError) -> str | None:
    """The SQLSTATE of a refused connection, or ``None`` when no server answered.

    psycopg gives none for a failed connection (psycopg/psycopg#1188): libpq keeps only the
    server's message, so that is read for the server's English words. A server set to
    another language (``lc_messages``) is reported as unreachable.
    """
    if error.sqlstate:
        return error.sqlstate
    text = str(error)
    for state, pattern in _SERVER_WORDS:
        if pattern.search(text):
            return state
    return None


def engine_for(url: str) -> Engine:
    """A SQLAlchemy engine on psycopg 3, for migrations and reports."""
    return create_engine("postgresql+psycopg://", creator=lambda: connect(url), pool_pre_ping=True)


def _parse(url: str) -> URL:
    try:
        parsed = make_url(url)
    except Exception as error:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Het adres van de centrale database is onleesbaar.")
        ) from error
    if not parsed.drivername.startswith("postgres"):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Het adres van de centrale database klopt niet: {url}"),
            url=_bare(parsed).render_as_string(),
        )
    return parsed


def _bare(parsed: URL) -> URL:
    """The URL without a password (``URL.set`` cannot remove one), also one in its options.

    libpq reads ``?password=...`` as well as ``user:password@``: either would otherwise be
    stored in the settings and the audit trail, shown, and written to the log.
    """
    return URL.create(
        parsed.drivername,
        username=parsed.username,
        host=parsed.host,
        port=parsed.port,
        database=parsed.database,
        query={key: value for key, value in parsed.query.items() if key != PASSWORD_OPTION},
    )


def _stored_password(url: str) -> str | None:
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    try:
        import keyring  # noqa: PLC0415 - the keyring backend loads only when a password is needed

        # Before the key left out the CA file, a URL naming one was stored under itself.
        return keyring.get_password(KEYRING_SERVICE, password_key(url)) or keyring.get_password(
            KEYRING_SERVICE, without_password(url)
        )
    except Exception:  # a PC without a keyring backend: the server may not need a password
        log.info("no keyring available for the central password")
        return None
