"""MT940 statements built in the tests, in the shape Dutch banks export them (SEPA ``:86:``)."""

from __future__ import annotations

from tests.unit.camt_factory import CENTRE_IBAN, Line


def mt940_statement(lines: list[Line], *, iban: str = CENTRE_IBAN, stmt_id: str = "ST-1") -> bytes:
    """One statement block holding ``lines``, opening at € 1.000,00 and closing at their sum."""
    closing = 100_000 + sum(-line.cents if line.debit else line.cents for line in lines)
    body = "".join(_entry(line) for line in lines)
    return (
        f":20:{stmt_id}\r\n:25:{iban}EUR\r\n:28C:00001/001\r\n:60F:C260301EUR1000,00\r\n"
        f"{body}:62F:C260303EUR{_amount(closing)}\r\n-\r\n"
    ).encode()


def _entry(line: Line) -> str:
    day = line.booked_on[2:].replace("-", "")
    side = "D" if line.debit else "C"
    details = (
        (f"/RTRN/{line.return_reason}" if line.return_reason else "")
        + "/TRTP/SEPA OVERBOEKING/IBAN/NL20INGB0001234567/BIC/INGBNL2A"
        + f"/NAME/{line.name}/REMI/"
        + (f"STRD/CUR/{line.reference}" if line.reference else f"USTD//{line.text}")
        + f"/EREF/{line.end_to_end or 'NOTPROVIDED'}"
    )
    # Cut at 65 characters, mid-word, as the banks do.
    wrapped = "\r\n".join(details[i : i + 65] for i in range(0, len(details), 65))
    return (
        f":61:{day}{day[2:]}{side}{_amount(line.cents)}NTRFNONREF//{line.ref}\r\n:86:{wrapped}\r\n"
    )


def _amount(cents: int) -> str:
    return f"{cents // 100},{cents % 100:02d}"
