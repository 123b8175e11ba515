"""Amounts typed at the desk are read the Dutch way, and what is no amount is said to be none."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.amounts import parse_euros
from desk_app.formatting import formatter_for


@pytest.mark.parametrize(
    ("typed", "cents"),
    [
        ("12,50", 1250),
        ("€ 1.250,00", 125000),
        ("1.250", 125000),  # a Dutch thousand, not one euro twenty-five
        ("1.200", 120000),
        ("12.5", 1250),
        ("7", 700),
        ("0,05", 5),
        ("-2,50", -250),
    ],
)
def test_amounts_are_read_the_dutch_way(typed: str, cents: int) -> None:
    assert parse_euros(typed) == cents


@pytest.mark.parametrize(
    "typed",
    ["", "twaalf", "12,505", "1,2,3", "1.2,50", "1e3", "NaN", "Infinity", "9" * 27, "1e30"],
)
def test_what_is_no_amount_is_said_to_be_none(typed: str) -> None:
    assert parse_euros(typed) is None


@given(
    cents=st.integers(min_value=-(10**9), max_value=10**9), language=st.sampled_from(["nl", "en"])
)
def test_an_amount_a_field_shows_reads_back_the_same_in_either_language(
    cents: int, language: str
) -> None:
    shown = formatter_for(language).amount_field(cents)
    assert ("," in shown) == (language == "nl")  # "17,50" in Dutch, "17.50" in English
    assert parse_euros(shown) == cents
