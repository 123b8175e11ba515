"""Printed codes: the check character is python-stdnum's Luhn mod 32, a typo is no code."""

from __future__ import annotations

from random import Random

from stdnum import luhn

from desk_app.codes import ALPHABET, BODY_LENGTH, CodeKind, check_character, new_code, parse_code


def test_the_check_character_is_the_one_stdnum_computes() -> None:
    rng = Random(16)
    for _ in range(2_000):
        body = "".join(rng.choice(ALPHABET) for _ in range(BODY_LENGTH))
        assert check_character(body) == luhn.calc_check_digit(body, ALPHABET)


def test_a_code_reads_back_and_one_changed_character_is_refused() -> None:
    rng = Random(7)
    for kind in CodeKind:
        code = new_code(kind, rng)
        assert parse_code(code.lower()) == (kind, code)
        for at in range(1, len(code)):
            typo = ALPHABET[(ALPHABET.index(code[at]) + 1) % len(ALPHABET)]
            assert parse_code(code[:at] + typo + code[at + 1 :]) is None
