"""The OASIS UBL 2.1 schemas kept under tests/data, and a check of a document against them."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from lxml import etree

MAINDOC = Path(__file__).parent / "data" / "ubl21" / "xsdrt" / "maindoc"


@cache
def _schema(name: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(MAINDOC / f"UBL-{name}-2.1.xsd")))


def validated(data: bytes) -> etree._Element:
    """The parsed document, after it passed the schema of its root (Invoice or CreditNote)."""
    root = etree.fromstring(data)
    schema = _schema(etree.QName(root).localname)
    schema.assertValid(root)
    return root
