"""Typed drawer counts: whole numbers only, none empty, none negative; totals add up."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.errors import InvalidInput
from desk_app.services.day_close.cash_count import (
    DENOMINATIONS,
    count_total,
    decode_counts,
    encode_counts,
    parse_count,
    parse_counts,
)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "aantal in"),
        ("  ", "aantal in"),
        ("-3", "negatief"),
        ("drie", "letters"),
        ("1,5", "letters"),
    ],
)
def test_bad_typed_counts_say_why(typed: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        parse_count(typed)


def test_a_count_left_empty_is_refused() -> None:
    typed = {cents: "1" for cents in DENOMINATIONS if cents != 50}
    with pytest.raises(InvalidInput, match="aantal in"):
        parse_counts(typed)


def test_the_running_total_of_one_of_each() -> None:
    counts = parse_counts(dict.fromkeys(DENOMINATIONS, " 1 "))
    assert count_total(counts) == 5 + 10 + 20 + 50 + 100 + 200 + 500 + 1000 + 2000 + 5000


@given(st.lists(st.integers(0, 9_999), min_size=10, max_size=10))
def test_counts_survive_storage_and_total_by_value(pieces: list[int]) -> None:
    counts = dict(zip(DENOMINATIONS, pieces, strict=True))
    assert decode_counts(encode_counts(counts)) == counts
    assert count_total(counts) == sum(c * n for c, n in zip(DENOMINATIONS, pieces, strict=True))
