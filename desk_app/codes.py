"""Printed codes (passes, badges, coffee cards): random, unguessable, with a check character."""

from __future__ import annotations

import enum
import re
import secrets
from random import Random
from types import ModuleType

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
    return f"{kind.value}{body}{_luhn().calc_check_digit(body, ALPHABET)}"


def parse_code(raw: str) -> tuple[CodeKind, str] | None:
    """The kind and normalised code of a scanned or typed text, or ``None`` if it is no code."""
    text = raw.strip().upper()
    if len(text) > 2 + BODY_LENGTH:
        return None
    match = CODE_PATTERN.fullmatch(text)
    if match is None or match.group(1) not in CodeKind._value2member_map_:
        return None
    if not _luhn().is_valid(match.group(2) + match.group(3), ALPHABET):
        return None
    return CodeKind(match.group(1)), text


def _luhn() -> ModuleType:
    """python-stdnum's Luhn module, loaded at the first code made or read, not at start.

    Importing python-stdnum brings pydoc and more: tens of milliseconds the first window
    need not wait for. Python keeps the module once loaded, so later scans pay nothing.
    """
    from stdnum import luhn  # noqa: PLC0415 - loaded at first use, see above

    return luhn
