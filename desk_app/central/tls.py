"""Encryption on the way to the central database: only this PC may be reached in plain text.

An address that names no ``sslmode`` gets libpq's ``verify-full``: TLS, the server's
certificate signed by the organisation's CA (``sslrootcert``) and made out to the host name
in the address. Another machine is never reached with a weaker mode, so a password or a
centre's rows never cross a network readable or redirectable by others. This PC itself
(``localhost``, 127.0.0.0/8, ``::1``, a Unix socket) keeps whatever the address says: a
single-PC office and the tests need no certificate.
"""

from __future__ import annotations

import ipaddress
import os
import re
from itertools import zip_longest
from pathlib import Path

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput

VERIFY_FULL = "verify-full"
PEM_CERTIFICATE = b"-----BEGIN CERTIFICATE-----"
_WINDOWS_PATH = re.compile(r"[A-Za-z]:[\\/]")
Reason = tuple[str, dict[str, str]]  # a message template and its placeholders' values


def secured(info: dict[str, str], where: str) -> dict[str, str]:
    """``info`` with ``sslmode=verify-full`` when it names none; a weaker mode off this PC refused.

    Runs before any connection and any password look-up: a refusal touches no network.
    """
    if all(is_local(host) for host in contacted_hosts(info)):
        return info
    mode = info.get("sslmode") or VERIFY_FULL
    if mode != VERIFY_FULL:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "De centrale database ({url}) staat op een andere computer: daarheen gaat "
                "niets onversleuteld of ongecontroleerd (sslmode={mode}). Haal sslmode uit het "
                "adres of zet er sslmode=verify-full in, en kies het CA-certificaat van de "
                "organisatie bij Beheer › Instellingen.",
            ),
            url=where,
            mode=mode,
        )
    return {**info, "sslmode": VERIFY_FULL}


def checks_certificate(info: dict[str, str]) -> bool:
    """The connection checks the server's certificate: always off this PC, on it if asked."""
    if not all(is_local(host) for host in contacted_hosts(info)):
        return True
    return info.get("sslmode") in {"verify-ca", VERIFY_FULL}


def contacted_hosts(info: dict[str, str]) -> list[str]:
    """The hosts libpq will contact: each ``hostaddr`` if given, else its ``host``.

    Both may be lists (``host=a,b``); missing ones come from ``PGHOST``/``PGHOSTADDR`` as in
    libpq. An empty entry is libpq's default, a Unix socket (``localhost`` on Windows).
    """
    hosts = (info.get("host") or os.environ.get("PGHOST", "")).split(",")
    addresses = (info.get("hostaddr") or os.environ.get("PGHOSTADDR", "")).split(",")
    return [address or host for host, address in zip_longest(hosts, addresses, fillvalue="")]


def is_local(host: str) -> bool:
    """``host`` is this PC: a Unix socket path, ``localhost`` or a loopback address."""
    host = host.strip()
    if not host or host.startswith(("/", "@")) or _WINDOWS_PATH.match(host):
        return True
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


_NOT_SIGNED = re.compile(
    r"certificate verify failed|self[- ]signed certificate|unable to get local issuer"
)
_WRONG_NAME = re.compile(
    r'server certificate for "(?P<named>[^"]*)"(?: \(and \d+ other names?\))? '
    r'does not match host name "(?P<host>[^"]*)"'
)
_NO_CA = re.compile(
    r'root certificate file "[^"]*" does not exist|could not read root certificate file'
)
_NO_TLS = re.compile(r"server does not support SSL")
_ONLY_TLS = re.compile(r"pg_hba\.conf rejects connection .*no encryption")


def certificate_refusal(text: str, where: str) -> Reason | None:
    """The TLS reason in libpq's words ``text``: a Dutch template and its values, or ``None``."""
    if named := _WRONG_NAME.search(text):
        return (
            QT_TRANSLATE_NOOP(
                "Errors",
                "Het certificaat van de centrale database is gemaakt voor {named}, niet voor "
                "{host} ({url}). Gebruik in het adres de servernaam uit het certificaat, zoals "
                "het kantoor die gaf.",
            ),
            {"url": where, "named": named["named"], "host": named["host"]},
        )
    if _NOT_SIGNED.search(text):
        return (
            QT_TRANSLATE_NOOP(
                "Errors",
                "Het certificaat van de centrale database ({url}) is niet ondertekend door het "
                "CA-certificaat van de organisatie. Kies bij Beheer › Instellingen het "
                "CA-certificaat dat het kantoor gaf, of vraag het kantoor of dit adres klopt.",
            ),
            {"url": where},
        )
    if _NO_CA.search(text):
        return (
            QT_TRANSLATE_NOOP(
                "Errors",
                "Het CA-certificaat van de organisatie ontbreekt of is onleesbaar, dus de "
                "centrale database ({url}) kan niet worden gecontroleerd. Kies het bij "
                "Beheer › Instellingen.",
            ),
            {"url": where},
        )
    if _ONLY_TLS.search(text):
        return (
            QT_TRANSLATE_NOOP(
                "Errors",
                "De centrale database ({url}) neemt alleen versleutelde verbindingen aan. Haal "
                "sslmode uit het adres of zet er sslmode=verify-full in.",
            ),
            {"url": where},
        )
    if _NO_TLS.search(text):
        return (
            QT_TRANSLATE_NOOP(
                "Errors",
                "De centrale database ({url}) biedt geen versleutelde verbinding (TLS). "
                "Vraag het kantoor om TLS op de server aan te zetten.",
            ),
            {"url": where},
        )
    return None


def read_ca_certificate(path: Path) -> bytes:
    """The PEM text of the CA certificate file ``path``, or a Dutch refusal."""
    try:
        text = path.read_bytes()
    except OSError as error:
        raise _not_a_certificate(path) from error
    if PEM_CERTIFICATE not in text:
        raise _not_a_certificate(path)
    return text


def _not_a_certificate(path: Path) -> InvalidInput:
    return InvalidInput(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} is geen leesbaar CA-certificaat. Kies het certificaatbestand (PEM, "
            "begint met -----BEGIN CERTIFICATE-----) dat het kantoor gaf.",
        ),
        file=str(path),
    )
