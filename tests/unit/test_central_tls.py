"""The address rules for TLS: verify-full by default, plain text only to this PC, no network."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict

from desk_app.central.connect import (
    check_transport,
    connect,
    conninfo,
    password_key,
    refusal,
    with_ca,
)
from desk_app.central.logins import add_centre, add_office, login_url
from desk_app.central.tls import is_local
from desk_app.errors import InvalidInput

REMOTE = "postgresql://alm@centraal.example.nl/buurthuizen"
PEM = b"-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"


@pytest.fixture(autouse=True)
def no_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PGHOST", "PGHOSTADDR", "PGSSLMODE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DESK_CENTRAL_PASSWORD", "x")  # no keyring look-up in these tests


def options(url: str) -> dict[str, str]:
    return {key: str(value) for key, value in conninfo_to_dict(conninfo(url)).items()}


def test_a_remote_address_without_sslmode_gets_verify_full() -> None:
    assert options(REMOTE)["sslmode"] == "verify-full"
    assert options(f"{REMOTE}?sslmode=verify-full")["sslmode"] == "verify-full"


@pytest.mark.parametrize("mode", ["disable", "allow", "prefer", "require", "verify-ca"])
def test_a_weaker_mode_to_another_machine_is_refused_before_connecting(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_network(*_args: object, **_kwargs: object) -> None:
        pytest.fail("a refused address must not be connected to")

    monkeypatch.setattr(psycopg, "connect", no_network)
    with pytest.raises(InvalidInput) as refused:
        connect(f"{REMOTE}?sslmode={mode}")
    assert f"sslmode={mode}" in refused.value.message
    assert "Beheer › Instellingen" in refused.value.message


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://postgres@127.0.0.1:5432/postgres?sslmode=disable",
        "postgresql://postgres@127.8.9.10/postgres?sslmode=prefer",
        "postgresql://postgres@localhost/postgres?sslmode=disable",
        "postgresql://postgres@[::1]:5432/postgres?sslmode=disable",
        "postgresql://postgres@/postgres?host=/var/run/postgresql&sslmode=disable",
        "postgresql://postgres@/postgres",
        # an SSH tunnel: the name is the server's, the address this PC's
        "postgresql://alm@centraal.example.nl/db?hostaddr=127.0.0.1&sslmode=disable",
    ],
)
def test_this_pc_may_be_reached_in_plain_text(url: str) -> None:
    check_transport(url)
    assert options(url).get("sslmode") in {None, "disable", "prefer"}


def test_a_local_name_that_resolves_elsewhere_counts_as_remote() -> None:
    with pytest.raises(InvalidInput):
        check_transport("postgresql://a@localhost/db?hostaddr=192.0.2.7&sslmode=disable")
    with pytest.raises(InvalidInput):
        check_transport("postgresql://a@127.0.0.1/db?host=127.0.0.1,192.0.2.7&sslmode=require")


def test_the_host_from_the_environment_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGHOST", "centraal.example.nl")
    with pytest.raises(InvalidInput):
        check_transport("postgresql://alm@/buurthuizen?sslmode=disable")


@pytest.mark.parametrize(
    ("host", "local"),
    [
        ("localhost", True),
        ("LOCALHOST", True),
        ("127.0.0.1", True),
        ("127.255.0.1", True),
        ("::1", True),
        ("/var/run/postgresql", True),
        ("@abstract", True),
        ("C:\\pg", True),
        ("", True),
        ("128.0.0.1", False),
        ("192.0.2.7", False),
        ("localhost.example.nl", False),
        ("::2", False),
    ],
)
def test_what_counts_as_this_pc(host: str, local: bool) -> None:
    assert is_local(host) is local


def test_the_ca_file_joins_an_address_that_names_none() -> None:
    assert options(with_ca(REMOTE, "/data/central-ca.pem"))["sslrootcert"] == "/data/central-ca.pem"
    own = f"{REMOTE}?sslrootcert=system"
    assert with_ca(own, "/data/central-ca.pem") == own
    assert with_ca(REMOTE, "") == REMOTE


def test_this_pc_gets_the_ca_file_only_when_it_asks_for_a_checked_connection() -> None:
    local = "postgresql://postgres@127.0.0.1:5432/postgres"
    assert with_ca(local, "/data/central-ca.pem") == local
    assert with_ca(f"{local}?sslmode=require", "/data/central-ca.pem") == f"{local}?sslmode=require"
    checked = with_ca(f"{local}?sslmode=verify-full", "/data/central-ca.pem")
    assert options(checked)["sslrootcert"] == "/data/central-ca.pem"


def test_the_password_is_kept_under_the_address_without_the_ca_file() -> None:
    with_file = with_ca(f"{REMOTE}?sslmode=verify-full", "/data/central-ca.pem")
    assert password_key(with_file) == f"{REMOTE}?sslmode=verify-full"
    assert password_key("postgresql://alm:geheim@centraal.example.nl/buurthuizen") == REMOTE


def test_a_login_url_with_the_ca_asks_for_a_checked_connection(tmp_path: Path) -> None:
    ca = tmp_path / "ca.pem"
    ca.write_bytes(PEM)
    url = login_url("postgresql://eigenaar:geheim@db.example.nl/centraal", "c_alm", "nieuw", ca)
    info = conninfo_to_dict(url)
    assert (info["user"], info["password"], info["host"]) == ("c_alm", "nieuw", "db.example.nl")
    assert (info["sslmode"], info["sslrootcert"]) == ("verify-full", str(ca))


def test_a_ca_file_that_is_no_certificate_is_refused_before_any_login_is_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_network(*_args: object, **_kwargs: object) -> None:
        pytest.fail("nothing may be changed centrally for a mistyped --ca")

    monkeypatch.setattr(psycopg, "connect", no_network)
    owner = "postgresql://eigenaar@db.example.nl/centraal"
    with pytest.raises(InvalidInput, match="geen leesbaar CA-certificaat"):
        add_centre(owner, "ALM", ca=tmp_path / "bestaat-niet.pem")
    with pytest.raises(InvalidInput, match="geen leesbaar CA-certificaat"):
        add_office(owner, "kantoor", ca=tmp_path / "bestaat-niet.pem")


@pytest.mark.parametrize(
    ("libpq_said", "words"),
    [
        ("SSL error: certificate verify failed", "niet ondertekend door het CA-certificaat"),
        (
            'server certificate for "localhost" does not match host name "127.0.0.1"',
            "gemaakt voor localhost, niet voor 127.0.0.1",
        ),
        (
            'server certificate for "db" (and 2 other names) does not match host name "x"',
            "gemaakt voor db, niet voor x",
        ),
        ('root certificate file "/root/.postgresql/root.crt" does not exist', "ontbreekt"),
        ("server does not support SSL, but SSL was required", "geen versleutelde verbinding"),
    ],
)
def test_each_certificate_problem_has_its_own_words(libpq_said: str, words: str) -> None:
    error = psycopg.OperationalError(f'connection to server at "h" failed: {libpq_said}')
    message = refusal(error, REMOTE).message
    assert words in message
    assert "niet bereikbaar" not in message
