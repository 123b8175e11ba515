"""Why the central database cannot be used: a wrong password, no such database, no server."""

from __future__ import annotations

import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from desk_app.central.connect import CentralUnavailable, connect
from desk_app.cli import main
from tests.integration.conftest import SERVER_URL
from tests.integration.throwaway_server import ThrowawayServer

pytestmark = pytest.mark.central
PASSWORD = "juist-wachtwoord"  # noqa: S105 - the test server's own


@pytest.fixture
def password_server() -> Iterator[ThrowawayServer]:
    """A private server that asks for a password (SCRAM), unlike the shared one."""
    with tempfile.TemporaryDirectory(prefix="desk-pg-") as scratch:
        server = ThrowawayServer(Path(scratch), password=PASSWORD)
        server.start()
        try:
            yield server
        finally:
            server.stop()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("messages") / "data"
    assert main(["--data-dir", str(data), "demo", "--days", "1", "--end", "2026-05-01"]) == 0
    return data


def _sync_refusal(data: Path, url: str, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(["--data-dir", str(data), "sync", "--central", url]) == 2
    return capsys.readouterr().err


def _refusal(url: str) -> str:
    with pytest.raises(CentralUnavailable) as refused:
        connect(url).close()
    return refused.value.message


def _on_shared_server(user: str, database: str) -> str:
    url = make_url(SERVER_URL).set(username=user, database=database)
    return url.render_as_string(hide_password=False)


def test_a_wrong_password_is_named(password_server: ThrowawayServer) -> None:
    with connect(f"postgresql://postgres:{PASSWORD}@127.0.0.1:{password_server.port}/postgres"):
        pass
    wrong = f"postgresql://postgres:fout@127.0.0.1:{password_server.port}/postgres"
    message = _refusal(wrong)
    assert "weigert het wachtwoord van postgres" in message
    assert "fout" not in message
    assert "niet bereikbaar" not in message


def test_a_login_the_server_does_not_let_in_is_named(central_url: str) -> None:
    del central_url  # made so that the group role desk_centre exists: it cannot log in
    message = _refusal(_on_shared_server("desk_centre", "postgres"))
    assert "laat desk_centre niet binnen" in message


def test_a_missing_central_database_is_named() -> None:
    message = _refusal(_on_shared_server("postgres", "desk_no_such_database"))
    assert "heeft geen database desk_no_such_database" in message
    assert "niet bereikbaar" not in message


def test_no_server_at_the_address_is_unreachable() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    message = _refusal(f"postgresql://postgres@127.0.0.1:{port}/postgres")
    assert "is niet bereikbaar" in message
    assert "later opnieuw" in message


def test_the_sync_command_says_which_of_the_three_it_is(
    demo: Path, password_server: ThrowawayServer, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = f"postgresql://postgres:fout@127.0.0.1:{password_server.port}/postgres"
    missing = _on_shared_server("postgres", "desk_no_such_database")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        nobody = f"postgresql://postgres@127.0.0.1:{int(probe.getsockname()[1])}/postgres"
    said = [_sync_refusal(demo, url, capsys) for url in (wrong, missing, nobody)]
    assert "weigert het wachtwoord" in said[0]
    assert "heeft geen database desk_no_such_database" in said[1]
    assert "is niet bereikbaar" in said[2]
    assert len(set(said)) == 3
    assert sum("niet bereikbaar" in text for text in said) == 1
