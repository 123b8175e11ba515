"""``desk-app central conflicts``, ``central errors`` and ``central payload``: for the office."""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from desk_app.central.conflicts import BookingConflict, ConflictSide, booking_conflicts
from desk_app.central.errors import SyncErrorRow, sync_errors
from desk_app.central.numbers import NUMBER_KINDS, NumberConflict, number_conflicts
from desk_app.central.replay import find_change, reapply_change
from desk_app.commands import EXIT_FAILED, EXIT_OK
from desk_app.formatting import format_local

STATES = {"provisional": "optie", "confirmed": "bevestigd", "cancelled": "geannuleerd"}


def print_conflicts(args: argparse.Namespace, out: TextIO) -> int:
    """List double bookings and numbers given twice; exit 1 when there are any."""
    found = booking_conflicts(args.central, args.centre)
    numbers = number_conflicts(args.central, args.centre)
    if args.json:
        listed = [c.as_json() for c in found] + [n.as_json() for n in numbers]
        out.write(json.dumps(listed, indent=2, ensure_ascii=False) + "\n")
        return EXIT_FAILED if found or numbers else EXIT_OK
    if not found:
        out.write("Geen dubbele boekingen in de centrale database.\n")
    else:
        out.write(f"{len(found)} dubbele boeking(en) in de centrale database:\n")
        for conflict in found:
            out.write(conflict_text(conflict))
        out.write(
            "Laat het buurthuis één van de twee annuleren; "
            "na de volgende synchronisatie verdwijnt de melding.\n"
        )
    _print_numbers(numbers, out)
    return EXIT_FAILED if found or numbers else EXIT_OK


def _print_numbers(numbers: list[NumberConflict], out: TextIO) -> None:
    """The rows held back because their number was given before: never stored twice."""
    if not numbers:
        return
    out.write(f"{len(numbers)} nummer(s) twee keer gegeven (niet opgeslagen):\n")
    for conflict in numbers:
        out.write(
            f"{conflict.centre_code}  {NUMBER_KINDS.get(conflict.table_name, conflict.table_name)}"
            f" {conflict.number}: {conflict.row_id} (reeks {str(conflict.epoch)[:8]} "
            f"nr {conflict.seq}, ontvangen {format_local(conflict.received_at)}) heeft het "
            f"nummer van {conflict.existing_id}\n"
        )
    out.write(
        "Zoek met het buurthuis uit welke van de twee klopt; de tweede staat apart in "
        "number_conflict, met de wijziging zoals ze binnenkwam.\n"
    )


def print_errors(args: argparse.Namespace, out: TextIO) -> int:
    """List the rows the central side refused; exit 1 when there are any."""
    found = sync_errors(args.central, args.centre)
    if args.json:
        out.write(json.dumps([e.as_json() for e in found], indent=2, ensure_ascii=False) + "\n")
    elif not found:
        out.write("Geen geweigerde records in de centrale database.\n")
    else:
        out.write(f"{len(found)} geweigerde record(s) in de centrale database:\n")
        for error in found:
            out.write(error_text(error))
    return EXIT_FAILED if found else EXIT_OK


def print_payload(args: argparse.Namespace, out: TextIO) -> int:
    """One change as it arrived, as JSON; with ``--apply`` upserted again. Exit 1: not found."""
    change = find_change(args.central, args.centre, args.epoch, args.seq)
    if change is None:
        out.write(
            f"Geen wijziging nr {args.seq} van buurthuis {args.centre} in reeks {args.epoch} "
            "in de centrale database.\n"
        )
        return EXIT_FAILED
    out.write(json.dumps(change.as_json(), indent=2, ensure_ascii=False) + "\n")
    if not args.apply:
        return EXIT_OK
    if reapply_change(args.central, change):
        out.write(f"Opnieuw geschreven: {change.row.table_name} {change.row.row_id}.\n")
        return EXIT_OK
    out.write("Geweigerd; de reden staat in de foutenlijst (desk-app central errors).\n")
    return EXIT_FAILED


def conflict_text(conflict: BookingConflict) -> str:
    """Two lines per booking under a heading: centre, day and room."""
    day = format_local(max(conflict.first.starts_at, conflict.second.starts_at), "EEE d MMM yyyy")
    return (
        f"{conflict.centre_code}  {day}  {conflict.room_name}\n"
        f"{_side_text(conflict.first)}{_side_text(conflict.second)}"
    )


def error_text(error: SyncErrorRow) -> str:
    """One line per refused row."""
    return (
        f"{error.centre_code}  {format_local(error.received_at)}  "
        f"reeks {str(error.epoch)[:8]} nr {error.seq}  {error.table_name}: {error.reason}\n"
    )


def _side_text(side: ConflictSide) -> str:
    times = f"{format_local(side.starts_at, 'HH:mm')}-{format_local(side.ends_at, 'HH:mm')}"
    came = (
        f"reeks {str(side.epoch)[:8]} nr {side.seq}, ontvangen {format_local(side.received_at)}"
        if side.epoch is not None and side.received_at is not None
        else "herkomst onbekend"
    )
    return (
        f"  {times}  {side.hirer_name} ({STATES.get(side.state, side.state)})\n"
        f"      boeking {side.booking_id}; {came}\n"
    )
