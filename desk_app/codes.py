"""Printed codes (passes, badges, coffee cards): random, unguessable, with a check character."""

from __future__ import annotations

import enum
import re
import secrets
from random import Random

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base 32: no I, L, O or U
BODY_LENGTH = 12  # 60 random bits
CODE_PATTERN = re.compile(rf"([A-Z])([{ALPHABET}]{{{BODY_LENGTH}}})([{ALPHABET}])")


class CodeKind(enum.StrEnum):
    """What a code is printed on; the first letter tells a scanner's input apart."""

    VISITOR_PASS = "P"  # noqa: S105 - a code prefix, not a secret
    VOLUNTEER_BADGE = "V"
    COFFEE_CARD = "K"
    MULTI_VISIT_CARD = "S"  # strippenkaart


def new_code(kind: CodeKind, rng: Random | None = None) -> str:
    """A fresh code: kind letter, 12 random characters, one Luhn mod 32 check character."""
    if rng is None:
        body = "".join(secrets.choice(ALPHABET) for _ in range(BODY_LENGTH))
    else:
        body = "".join(rng.choice(ALPHABET) for _ in range(BODY_LENGTH))
    return f"{kind.value}{body}{check_character(body)}"


def parse_code(raw: str) -> tuple[CodeKind, str] | None:
    """The kind and normalised code of a scanned or typed text, or ``None`` if it is no code."""
    text = raw.strip().upper()
    if len(text) > 2 + BODY_LENGTH:
        return None
    match = CODE_PATTERN.fullmatch(text)
    if match is None or match.group(1) not in CodeKind._value2member_map_:
        return None
    if _luhn_sum(match.group(2) + match.group(3)) != 0:
        return None
    return CodeKind(match.group(1)), text


def check_character(body: str) -> str:
    """The Luhn mod 32 character that makes ``body`` (in ``ALPHABET``) a valid code."""
    return ALPHABET[-_luhn_sum(body + ALPHABET[0])]


def _luhn_sum(text: str) -> int:
    """Luhn mod N over ``text``, as python-stdnum computes it: 0 when the check holds.

    Written out here: importing python-stdnum loads pydoc and more, tens of milliseconds of
    the desk's start, for a sum the check of every scanned code makes.
    """
    base = len(ALPHABET)
    values = [ALPHABET.index(char) for char in reversed(text)]
    doubled = (sum(divmod(value * 2, base)) for value in values[1::2])
    return (sum(values[::2]) + sum(doubled)) % base
