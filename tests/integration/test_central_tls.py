"""A central server that speaks only TLS: the right CA works, a wrong CA or name is named."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote_plus

import psycopg
import pytest

from desk_app.central.connect import CentralUnavailable, connect
from desk_app.central.migrate import init_central
from desk_app.central.tls import VERIFY_FULL
from desk_app.cli import main
from desk_app.errors import InvalidInput
from desk_app.services.operations import load_operations
from desk_app.sync.service import run_sync, sync_log
from tests.integration.certificates import make_authority, make_server_certificate
from tests.integration.conftest import MakeCentre
from tests.integration.throwaway_server import ThrowawayServer

pytestmark = pytest.mark.central


@dataclass(frozen=True)
class TlsServer:
    """A private server with a certificate for ``localhost`` from ``ca``; ``other_ca`` is not it."""

    server: ThrowawayServer
    ca: Path
    other_ca: Path

    def url(self, host: str = "localhost", ca: Path | None = None, mode: str = VERIFY_FULL) -> str:
        root = ca or self.ca
        return (
            f"postgresql://postgres@{host}:{self.server.port}/postgres"
            f"?sslmode={mode}&sslrootcert={root}"
        )


def _serve_tls_only(server: ThrowawayServer, cert: Path, key: Path) -> None:
    """TLS on, and the TCP line of pg_hba.conf for TLS connections only."""
    if os.geteuid() == 0:  # the server's own user must own its key
        for file in (cert, key):
            shutil.chown(file, "postgres")
    with (server.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
        conf.write(f"ssl = on\nssl_cert_file = '{cert}'\nssl_key_file = '{key}'\n")
    (server.data / "pg_hba.conf").write_text(
        "local all all trust\n"
        "hostssl all all 127.0.0.1/32 trust\n"
        "hostnossl all all 127.0.0.1/32 reject\n",
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def tls_server() -> Iterator[TlsServer]:
    with tempfile.TemporaryDirectory(prefix="desk-pg-tls-") as scratch:
        folder = Path(scratch)
        server = ThrowawayServer(folder)  # its own folder: the server user may enter it
        certificates = folder / "certificates"
        certificates.mkdir()
        ca = make_authority(certificates, "organisatie-ca")
        other = make_authority(certificates, "andere-ca")
        _serve_tls_only(server, *make_server_certificate(ca, server.folder, "localhost"))
        server.start()
        try:
            yield TlsServer(server, ca.file, other.file)
        finally:
            server.stop()


def _refusal(url: str) -> str:
    with pytest.raises(CentralUnavailable) as refused:
        connect(url).close()
    return refused.value.message


def test_the_right_ca_and_name_give_an_encrypted_connection(tls_server: TlsServer) -> None:
    with connect(tls_server.url()) as connection:
        row = connection.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
        assert row.fetchone() == (True,)


def test_a_sync_over_checked_tls_sends_everything(
    tls_server: TlsServer, make_centre: MakeCentre
) -> None:
    url = tls_server.url()
    init_central(url)
    desk = make_centre(days=3)
    result = run_sync(desk.uow, url)
    assert result.sent > 0
    assert result.high_water == result.target


def test_the_command_line_keeps_the_certificate_for_the_nightly_sync(
    tls_server: TlsServer, make_centre: MakeCentre
) -> None:
    url = tls_server.url()
    init_central(url)
    desk = make_centre(days=2)
    assert main(["--data-dir", str(desk.folder.root), "sync", "--central", url]) == 0
    stored = load_operations(desk.uow)
    assert stored.central_url == url.split("&sslrootcert=")[0]
    assert desk.folder.central_ca.read_bytes() == tls_server.ca.read_bytes()
    result = run_sync(desk.uow)  # the stored address, checked with this PC's copy
    assert result.high_water == result.target


def test_a_centre_login_made_with_the_ca_connects_checked(
    tls_server: TlsServer, capsys: pytest.CaptureFixture[str]
) -> None:
    owner = tls_server.url()
    init_central(owner)
    assert (
        main(["central", "add-centre", "ALM", "--central", owner, "--ca", str(tls_server.ca)]) == 0
    )
    [login] = capsys.readouterr().out.splitlines()
    assert login.endswith(f"?sslmode=verify-full&sslrootcert={quote_plus(str(tls_server.ca))}")
    with connect(login) as connection:
        row = connection.execute(
            "SELECT current_user, ssl FROM pg_stat_ssl, current_user WHERE pid = pg_backend_pid()"
        ).fetchone()
    assert row == ("postgres_centre_alm", True)


def test_a_certificate_from_another_ca_is_named(tls_server: TlsServer) -> None:
    message = _refusal(tls_server.url(ca=tls_server.other_ca))
    assert "niet ondertekend door het CA-certificaat" in message
    assert "niet bereikbaar" not in message


def test_a_host_name_the_certificate_does_not_name_is_named(tls_server: TlsServer) -> None:
    message = _refusal(tls_server.url(host="127.0.0.1"))
    assert "gemaakt voor localhost, niet voor 127.0.0.1" in message
    assert "niet bereikbaar" not in message


def test_the_server_itself_turns_plain_text_away(tls_server: TlsServer) -> None:
    message = _refusal(tls_server.url(mode="disable"))
    assert "neemt alleen versleutelde verbindingen aan" in message


def test_plain_text_to_another_machine_is_refused_before_any_connection(
    make_centre: MakeCentre, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_network(*_args: object, **_kwargs: object) -> None:
        pytest.fail("a plain-text address of another machine must not be contacted")

    monkeypatch.setattr(psycopg, "connect", no_network)
    desk = make_centre(days=1)
    with pytest.raises(InvalidInput) as refused:
        run_sync(desk.uow, "postgresql://alm@centraal.example.org/buurthuizen?sslmode=disable")
    assert "sslmode=disable" in refused.value.message
    assert "CA-certificaat" in refused.value.message
    assert sync_log(desk.uow)[0].message == refused.value.message
