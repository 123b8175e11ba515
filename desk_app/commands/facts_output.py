"""``report facts``: the yearly facts as text or JSON, and the fact sheet PDF when asked."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from sqlalchemy import Connection

from desk_app.bootstrap import open_desk
from desk_app.commands import EXIT_OK, require_database, require_output_file, write_output
from desk_app.facts.registry import FactSheet, Period
from desk_app.facts.sheet import fact_sheet
from desk_app.paths import DataFolder


def print_facts(args: argparse.Namespace, folder: DataFolder, out: TextIO) -> int:
    """Compute this year's and last year's facts; print one, write the PDF with both."""
    if args.pdf:
        require_output_file(args.pdf)
    if args.central is None:
        require_database(folder)
    with _connection(args.central, folder) as connection:
        central = args.central is not None
        sheet = fact_sheet(connection, Period(args.year, args.centre), central=central)
        previous = fact_sheet(connection, Period(args.year - 1, args.centre), central=central)
    if args.json:
        out.write(json.dumps(sheet.as_json(), indent=2) + "\n")
    else:
        _print_text(sheet, out)
    if args.pdf:
        from desk_app.facts.pdf import fact_sheet_pdf  # noqa: PLC0415 - reportlab loads when asked

        write_output(args.pdf, fact_sheet_pdf(sheet, previous))
        out.write(f"Jaaroverzicht geschreven naar {args.pdf}\n")
    return EXIT_OK


@contextmanager
def _connection(url: str | None, folder: DataFolder) -> Iterator[Connection]:
    if url is None:
        desk = open_desk(folder)
        try:
            with desk.uow.read() as tx:
                yield tx.connection
        finally:
            desk.close()
        return
    from desk_app.central.connect import engine_for  # noqa: PLC0415

    engine = engine_for(url)
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()


def _print_text(sheet: FactSheet, out: TextIO) -> None:
    out.write(
        f"Jaarcijfers {sheet.year} ({'centraal' if sheet.source == 'central' else 'lokaal'})\n"
    )
    for key, value in sheet.total.items():
        note = f"  ({sheet.notes[key]})" if key in sheet.notes else ""
        out.write(f"  {key:22} {'-' if value is None else value}{note}\n")
    for code, name in sheet.centres.items():
        figures = ", ".join(
            f"{key}={value}" for key, value in sheet.per_centre[code].items() if value is not None
        )
        out.write(f"{name} ({code}): {figures}\n")
