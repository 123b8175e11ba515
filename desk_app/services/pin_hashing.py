"""How PINs are stored: argon2id, costly enough that guessing a stolen hash takes years."""

from __future__ import annotations

import re
from dataclasses import dataclass

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.models import Role

PIN_PATTERN = re.compile(r"[0-9]{4,6}")
MANAGER_PIN_LENGTH = 6


@dataclass(frozen=True)
class PinCost:
    """The argon2id cost of one PIN hash: passes, memory in KiB, lanes."""

    time_cost: int
    memory_cost: int
    parallelism: int

    def hasher(self) -> PasswordHasher:
        """An argon2id hasher with these costs."""
        return PasswordHasher(
            time_cost=self.time_cost,
            memory_cost=self.memory_cost,
            parallelism=self.parallelism,
            type=Type.ID,
        )


# One lane, so a guesser pays per PIN what the desk pays; 128 MiB keeps graphics cards from
# running many guesses side by side. At least 0.25 s a verify (tests/unit/test_pin_cost.py).
PRODUCTION_PIN_COST = PinCost(time_cost=3, memory_cost=131_072, parallelism=1)


class _Hashing:
    """The one hasher in use; tests switch it to a cheap one through ``use_pin_cost_in_tests``."""

    hasher = PRODUCTION_PIN_COST.hasher()


def use_pin_cost_in_tests(cost: PinCost) -> None:
    """Tests only: hash new PINs with ``cost`` (hashes carry their cost, so verifying works)."""
    _Hashing.hasher = cost.hasher()


def validate_pin(pin: str) -> str:
    """Accept 4 to 6 digits, nothing else."""
    if not PIN_PATTERN.fullmatch(pin):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Een pincode bestaat uit 4 tot 6 cijfers."))
    return pin


def pin_too_short(pin: str, role: Role) -> bool:
    """Whether ``pin`` is too short for ``role``: a manager's has at least six digits."""
    return role is Role.MANAGER and len(pin) < MANAGER_PIN_LENGTH


def require_pin_for_role(pin: str, role: Role) -> None:
    """A social manager's PIN guards the money and the visitors' data: at least six digits."""
    if pin_too_short(pin, role):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "De pincode van een sociaal beheerder heeft minstens {digits} cijfers."
            ),
            digits=MANAGER_PIN_LENGTH,
        )


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """Argon2id hash of a validated PIN (a fixed salt only for the deterministic demo)."""
    return _Hashing.hasher.hash(validate_pin(pin), salt=salt)


def pin_matches(pin_hash: str, pin: str) -> bool:
    """Whether ``pin`` is the one hashed in ``pin_hash``."""
    try:
        return _Hashing.hasher.verify(pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(pin_hash: str) -> bool:
    """Whether a stored hash was made with other costs than the ones in use now."""
    return _Hashing.hasher.check_needs_rehash(pin_hash)
