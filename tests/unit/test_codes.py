"""Printed codes: a Luhn mod 32 check character (python-stdnum), a typo is no code."""

from __future__ import annotations

from random import Random

from stdnum import luhn

from desk_app.codes import ALPHABET, BODY_LENGTH, CodeKind, new_code, parse_code


def test_a_new_code_ends_in_the_luhn_mod_32_character_of_its_body() -> None:
    rng = Random(16)
    for _ in range(200):
        code = new_code(CodeKind.VISITOR_PASS, rng)
        body = code[1:-1]
        assert len(body) == BODY_LENGTH
        assert code[-1] == luhn.calc_check_digit(body, ALPHABET)


def test_a_code_reads_back_and_one_changed_character_is_refused() -> None:
    rng = Random(7)
    for kind in CodeKind:
        code = new_code(kind, rng)
        assert parse_code(code.lower()) == (kind, code)
        for at in range(1, len(code)):
            typo = ALPHABET[(ALPHABET.index(code[at]) + 1) % len(ALPHABET)]
            assert parse_code(code[:at] + typo + code[at + 1 :]) is None
