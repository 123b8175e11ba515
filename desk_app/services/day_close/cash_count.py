"""The drawer counted per coin and note: typed counts checked, totalled and stored compactly."""

from __future__ import annotations

from collections.abc import Mapping

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput

# Euro coins from 5 cent (1 and 2 cent are not used at Dutch tills) up to the 50 euro note.
DENOMINATIONS: tuple[int, ...] = (5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000)
MAX_PIECES = 9_999


def parse_count(text: str) -> int:
    """One typed count: a whole number from 0, never empty, never letters."""
    value = text.strip()
    if not value:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Vul bij elke munt en elk biljet een aantal in (0 als er geen zijn)."
            )
        )
    if value.startswith("-") and value[1:].isdigit():
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Een aantal kan niet negatief zijn."))
    if not value.isdecimal() or not value.isascii():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Een aantal is een heel getal, zoals 12: geen letters.")
        )
    return check_pieces(int(value))


def check_pieces(pieces: int) -> int:
    """A count of pieces the drawer can hold."""
    if pieces < 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Een aantal kan niet negatief zijn."))
    if pieces > MAX_PIECES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Een aantal is hoogstens {max}."), max=MAX_PIECES
        )
    return pieces


def parse_counts(typed: Mapping[int, str]) -> dict[int, int]:
    """Every denomination's typed count, checked; a missing one is as bad as an empty one."""
    return {cents: parse_count(typed.get(cents, "")) for cents in DENOMINATIONS}


def check_counts(counts: Mapping[int, int]) -> dict[int, int]:
    """Counts given as numbers (the CLI, the demo): every denomination, none negative."""
    if set(counts) != set(DENOMINATIONS):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Vul bij elke munt en elk biljet een aantal in (0 als er geen zijn)."
            )
        )
    return {cents: check_pieces(counts[cents]) for cents in DENOMINATIONS}


def count_total(counts: Mapping[int, int]) -> int:
    """The value of the counted drawer in cents."""
    return sum(cents * pieces for cents, pieces in counts.items())


def encode_counts(counts: Mapping[int, int]) -> str:
    """``"5:3,10:0,..."``: the count as it is stored with the close."""
    return ",".join(f"{cents}:{counts.get(cents, 0)}" for cents in DENOMINATIONS)


def decode_counts(text: str) -> dict[int, int]:
    """The stored count back as a mapping."""
    pairs = (item.split(":") for item in text.split(",") if item)
    return {int(cents): int(pieces) for cents, pieces in pairs}
