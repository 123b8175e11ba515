"""The organisation's yearly fact sheet."""

from __future__ import annotations

from desk_app.facts.registry import FactSheet


def fact_sheet_pdf(sheet: FactSheet, previous: FactSheet) -> bytes:
    """Placeholder until the PDF lands."""
    raise NotImplementedError
