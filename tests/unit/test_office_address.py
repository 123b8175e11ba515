"""The office's address is stored without its password, wherever in the address it was typed."""

from __future__ import annotations

import pytest

from desk_app.services.office.address import split_password


@pytest.mark.parametrize(
    ("typed", "bare", "password"),
    [
        (
            "postgresql://kantoor:Geheim-1@db.example/desk",
            "postgresql://kantoor@db.example/desk",
            "Geheim-1",
        ),
        (
            "postgresql://kantoor@db.example/desk?password=Geheim-1&sslmode=require",
            "postgresql://kantoor@db.example/desk?sslmode=require",
            "Geheim-1",
        ),
        ("postgresql://kantoor@db.example/desk", "postgresql://kantoor@db.example/desk", ""),
    ],
)
def test_the_password_leaves_the_address(typed: str, bare: str, password: str) -> None:
    assert split_password(typed) == (bare, password)
