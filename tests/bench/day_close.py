"""Day-close figures: the overview and the Z-report PDF of the busiest demo day."""

from __future__ import annotations

import io
import sqlite3
import statistics
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from desk_app.bootstrap import open_desk
from desk_app.documents.z_report import z_report_pdf
from desk_app.paths import DataFolder
from desk_app.services.day_close.z_report_data import z_report
from tests.bench.harness import Figure, time_each

REPEAT = 10


def busiest_closed_day(demo_folder: Path) -> date:
    """The closed demo day with the most receipts."""
    connection = sqlite3.connect(demo_folder / "desk.sqlite3")
    row = connection.execute(
        "SELECT d.local_day FROM day_close d JOIN sale s ON date(s.created_at) = d.local_day "
        "GROUP BY d.local_day ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    connection.close()
    return date.fromisoformat(row[0])


def _close_ms(demo_folder: Path, day: date) -> list[float]:
    desk = open_desk(DataFolder(demo_folder))
    try:
        return time_each(lambda: z_report_pdf(z_report(desk.uow, day)), REPEAT)
    finally:
        desk.close()


def _bare_ms(demo_folder: Path, day: date) -> list[float]:
    """One grouped query over the day's lines and a plain reportlab page listing them."""
    connection = sqlite3.connect(demo_folder / "desk.sqlite3")

    def bare() -> None:
        rows = connection.execute(
            "SELECT l.name, sum(l.quantity), sum(l.amount_cents) FROM sale_line l "
            "JOIN sale s ON s.id = l.sale_id WHERE date(s.created_at) = ? GROUP BY l.name",
            (day.isoformat(),),
        ).fetchall()
        canvas = Canvas(io.BytesIO(), pagesize=A4)
        for number, (name, quantity, cents) in enumerate(rows):
            canvas.drawString(40, 800 - 14 * number, f"{name} {quantity} {cents}")
        canvas.save()

    samples = time_each(bare, REPEAT)
    connection.close()
    return samples


def figures(demo_folder: Path) -> list[Figure]:
    """The close's overview and Z-report PDF against a bare query and a bare PDF page."""
    day = busiest_closed_day(demo_folder)
    close = statistics.median(_close_ms(demo_folder, day))
    bare = statistics.median(_bare_ms(demo_folder, day))
    return [
        Figure(
            f"day close overview + Z-report PDF ({day})",
            close,
            "ms",
            "grouped SQLite query + one-page reportlab PDF",
            bare,
            "< 1000 ms",
        )
    ]
