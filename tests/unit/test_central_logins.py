"""Logins' names and URLs, and the reasons a connection failed, without a server."""

from __future__ import annotations

import psycopg
import pytest

from desk_app.central.connect import connect_sqlstate, refusal
from desk_app.central.logins import login_name, login_url
from desk_app.errors import InvalidInput

OWNER = "postgresql://eigenaar:geheim@db.example.nl:6432/centraal?sslmode=verify-full"


def test_a_login_is_named_after_its_database_and_centre() -> None:
    assert login_name(OWNER, "centre", "ALM") == "centraal_centre_alm"
    assert login_name(OWNER, "office", "Kantoor Noord") == "centraal_office_kantoor_noord"
    with pytest.raises(InvalidInput):
        login_name(OWNER, "office", "x" * 60)


def test_a_login_url_keeps_the_address_and_drops_the_owners_password() -> None:
    url = login_url(OWNER, "centraal_centre_alm", "nieuw")
    assert url == (
        "postgresql://centraal_centre_alm:nieuw@db.example.nl:6432/centraal?sslmode=verify-full"
    )


@pytest.mark.parametrize(
    ("server_said", "state", "words"),
    [
        ('FATAL:  password authentication failed for user "alm"', "28P01", "weigert het"),
        ("fe_sendauth: no password supplied", "28P01", "weigert het"),
        ('FATAL:  role "alm" is not permitted to log in', "28000", "niet binnen"),
        ('FATAL:  no pg_hba.conf entry for host "10.0.0.2", user "alm"', "28000", "niet binnen"),
        ('FATAL:  database "centraal" does not exist', "3D000", "geen database"),
        ("Connection refused\n\tIs the server running on that host", None, "niet bereikbaar"),
        ('timeout expired (port 28000 of "db")', None, "niet bereikbaar"),
    ],
)
def test_each_refusal_has_its_own_words(server_said: str, state: str | None, words: str) -> None:
    error = psycopg.OperationalError(f"connection failed: {server_said}")
    assert connect_sqlstate(error) == state
    assert words in refusal(error, OWNER).message
    assert "geheim" not in refusal(error, OWNER).message
