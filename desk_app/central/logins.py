"""Database logins for a centre and for the office, made by the schema owner.

A login's name is the central database's name, its kind and the centre's code (or the
office's name): roles are server-wide, and two central databases on one server (a test and
the real one) must never share a login. The password is made here, handed out once in the
connection URL, and reaches the server only as a SCRAM verifier.
"""

from __future__ import annotations

import re
import secrets
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy.engine import make_url

from desk_app.central.access import CENTRE_GROUP, OFFICE_GROUP
from desk_app.central.connect import connect, without_password
from desk_app.central.tls import VERIFY_FULL, read_ca_certificate
from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput, NotAllowed

CENTRE_CODE = re.compile(r"[A-Z0-9]{2,8}")  # the desk's own rule for a centre's code
MAX_ROLE_NAME = 63  # PostgreSQL's identifier length
MAX_MUNICIPALITY = 120


def login_name(url: str, kind: str, label: str) -> str:
    """``<database>_<kind>_<label>``, lower case, letters, digits and ``_`` only."""
    database = make_url(url).database or "postgres"
    name = re.sub(r"[^a-z0-9_]", "_", f"{database}_{kind}_{label}".lower())
    if len(name) > MAX_ROLE_NAME:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "De naam van de login wordt te lang: {name}"), name=name
        )
    return name


def add_centre(
    url: str,
    code: str,
    name: str | None = None,
    ca: Path | None = None,
    municipality: str | None = None,
) -> str:
    """Register a centre and (re)make its login; return the login's connection URL.

    With ``ca`` (the organisation's CA certificate) the URL asks for a checked TLS connection;
    with ``municipality`` the centre reports to that municipality (kept when not given).
    """
    code = code.strip().upper()
    if not CENTRE_CODE.fullmatch(code):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "De code is 2 tot 8 hoofdletters of cijfers, bijvoorbeeld ALM."
            )
        )
    if ca is not None:
        read_ca_certificate(ca)  # a mistyped file is refused before any login changes
    place = _municipality(municipality)
    role = login_name(url, "centre", code)
    with connect(url) as connection, connection.transaction():
        _check_ready(connection)
        connection.execute(
            "INSERT INTO centre_registry (code, name, municipality) VALUES (%s, %s, %s) "
            "ON CONFLICT (code) DO UPDATE SET name = coalesce(%s, centre_registry.name), "
            "municipality = coalesce(%s, centre_registry.municipality)",
            (code, name or code, place or "", name, place),
        )
        password = _make_login(connection, role, CENTRE_GROUP)
        _map(connection, role, code)
    return login_url(url, role, password, ca)


def _municipality(text: str | None) -> str | None:
    """The municipality as typed, trimmed; refused when empty or too long."""
    if text is None:
        return None
    place = " ".join(text.split())
    if not place or len(place) > MAX_MUNICIPALITY:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Geef de naam van de gemeente (hoogstens 120 tekens).")
        )
    return place


def add_office(url: str, name: str, ca: Path | None = None) -> str:
    """Make (or give a new password to) an office login; return its connection URL."""
    if ca is not None:
        read_ca_certificate(ca)
    if not name.strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Geef de login van het kantoor een naam."))
    role = login_name(url, "office", name.strip())
    with connect(url) as connection, connection.transaction():
        _check_ready(connection)
        password = _make_login(connection, role, OFFICE_GROUP)
        _map(connection, role, None)
    return login_url(url, role, password, ca)


def login_url(url: str, role: str, password: str, ca: Path | None = None) -> str:
    """The owner's URL with the login's name and password instead (host, options kept).

    With ``ca``: ``sslmode=verify-full`` and ``sslrootcert`` the CA file's full path; the
    desk that takes the URL in keeps its own copy of that file.
    """
    login = make_url(without_password(url)).set(username=role, password=password)
    if ca is not None:
        checked = {"sslmode": VERIFY_FULL, "sslrootcert": str(ca.expanduser().resolve())}
        login = login.update_query_dict(checked)
    return login.render_as_string(hide_password=False)


def _check_ready(connection: psycopg.Connection[Any]) -> None:
    """The schema has the login table, and this login may make logins (``CREATEROLE``)."""
    row = connection.execute(
        "SELECT to_regclass('desk_login') IS NOT NULL, rolcreaterole OR rolsuper "
        "FROM pg_roles WHERE rolname = current_user"
    ).fetchone()
    if row is None or not row[0]:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "De centrale database is niet bijgewerkt: voer eerst central init uit."
            )
        )
    if not row[1]:
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Deze login mag geen logins maken. Gebruik de eigenaar van de centrale "
                "database (met CREATEROLE).",
            )
        )


def _make_login(connection: psycopg.Connection[Any], role: str, group: str) -> str:
    """Create the role, or give an existing one a new password; return the password."""
    password = secrets.token_urlsafe(24)
    verifier = connection.pgconn.encrypt_password(
        password.encode(), role.encode(), b"scram-sha-256"
    ).decode()
    exists = connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
    statement = "ALTER ROLE {} LOGIN PASSWORD {}" if exists else "CREATE ROLE {} LOGIN PASSWORD {}"
    connection.execute(sql.SQL(statement).format(sql.Identifier(role), sql.Literal(verifier)))
    connection.execute(
        sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(role))
    )
    return password


def _map(connection: psycopg.Connection[Any], role: str, code: str | None) -> None:
    connection.execute(
        "INSERT INTO desk_login (role_name, centre_code) VALUES (%s, %s) "
        "ON CONFLICT (role_name) DO UPDATE SET centre_code = EXCLUDED.centre_code",
        (role, code),
    )
