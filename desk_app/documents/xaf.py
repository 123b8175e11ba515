"""The XML Auditfile Financieel 3.2: the year's books as Dutch bookkeeping packages read them."""

from __future__ import annotations

from datetime import date
from xml.etree import ElementTree as ET

from desk_app import __version__
from desk_app.services.books.entries import Books, Debtor, Entry, Line

NAMESPACE = "http://www.auditfiles.nl/XAF/3.2"


def _add(parent: ET.Element, tag: str, text: object = None) -> ET.Element:
    element = ET.SubElement(parent, tag)
    if text is not None:
        element.text = str(text)
    return element


def amount(cents: int) -> str:
    """Whole cents as the file's amount with two decimals, never negative."""
    return f"{abs(cents) // 100}.{abs(cents) % 100:02d}"


def xaf_bytes(books: Books, made_on: date) -> bytes:
    """The audit file of ``books`` as UTF-8 XML."""
    root = ET.Element("auditfile", xmlns=NAMESPACE)
    header = _add(root, "header")
    _add(header, "fiscalYear", books.first.year)
    _add(header, "startDate", books.first.isoformat())
    _add(header, "endDate", books.last.isoformat())
    _add(header, "curCode", "EUR")
    _add(header, "dateCreated", made_on.isoformat())
    _add(header, "softwareDesc", "desk-app")
    _add(header, "softwareVersion", __version__[:20])
    company = _add(root, "company")
    _add(company, "companyIdent", books.centre_code)
    _add(company, "companyName", books.centre_name or books.centre_code)
    _add(company, "taxRegistrationCountry", "NL")
    _add(company, "taxRegIdent", books.vat_number)
    _customers(company, books.debtors)
    _ledger(company, books)
    _periods(company, books.first.year)
    _transactions(company, books.entries)
    ET.indent(root)
    data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return data


def _customers(company: ET.Element, debtors: tuple[Debtor, ...]) -> None:
    parent = _add(company, "customersSuppliers")
    for debtor in debtors:
        item = _add(parent, "customerSupplier")
        _add(item, "custSupID", debtor.ident)
        _add(item, "custSupName", debtor.name[:50])
        _add(item, "custSupTp", "C")
        if debtor.street or debtor.city:
            address = _add(item, "streetAddress")
            _add(address, "streetname", debtor.street)
            _add(address, "city", debtor.city[:50])
            _add(address, "postalCode", debtor.postcode)
            _add(address, "country", "NL")


def _ledger(company: ET.Element, books: Books) -> None:
    ledger = _add(company, "generalLedger")
    for account in books.accounts:
        item = _add(ledger, "ledgerAccount")
        _add(item, "accID", account.number)
        _add(item, "accDesc", account.name)
        _add(item, "accTp", account.kind.value)
        _add(item, "leadCode", account.rgs)
        _add(item, "leadDescription", "RGS-referentiecode")


def _periods(company: ET.Element, year: int) -> None:
    periods = _add(company, "periods")
    for month in range(1, 13):
        period = _add(periods, "period")
        _add(period, "periodNumber", month)
        _add(period, "startDatePeriod", date(year, month, 1).isoformat())
        following = date(year + month // 12, month % 12 + 1, 1)
        _add(period, "endDatePeriod", date.fromordinal(following.toordinal() - 1).isoformat())


def _transactions(company: ET.Element, entries: tuple[Entry, ...]) -> None:
    parent = _add(company, "transactions")
    _add(parent, "linesCount", sum(len(entry.lines) for entry in entries))
    _add(parent, "totalDebit", amount(sum(entry.debit_cents for entry in entries)))
    _add(parent, "totalCredit", amount(sum(entry.credit_cents for entry in entries)))
    journals: dict[str, ET.Element] = {}
    for entry in entries:
        journal = journals.get(entry.journal.value)
        if journal is None:
            journal = journals[entry.journal.value] = _add(parent, "journal")
            _add(journal, "jrnID", entry.journal.value)
            _add(journal, "desc", entry.journal.heading)
            _add(journal, "jrnTp", entry.journal.audit_type)
        _transaction(journal, entry)


def _transaction(journal: ET.Element, entry: Entry) -> None:
    item = _add(journal, "transaction")
    _add(item, "nr", entry.number)
    _add(item, "desc", entry.description)
    _add(item, "periodNumber", entry.day.month)
    _add(item, "trDt", entry.day.isoformat())
    _add(item, "amnt", amount(entry.debit_cents))
    _add(item, "amntTp", "D")
    for position, line in enumerate(entry.lines, start=1):
        _line(item, entry, position, line)


def _line(transaction: ET.Element, entry: Entry, position: int, line: Line) -> None:
    item = _add(transaction, "trLine")
    _add(item, "nr", position)
    _add(item, "accID", line.account.number)
    _add(item, "docRef", line.invoice or entry.number)
    _add(item, "effDate", entry.day.isoformat())
    _add(item, "desc", line.description)
    _add(item, "amnt", amount(line.cents))
    _add(item, "amntTp", "D" if line.cents > 0 else "C")
    if line.hirer:
        _add(item, "custSupID", line.hirer)
    if line.invoice:
        _add(item, "invRef", line.invoice)
    if line.group:
        _add(item, "artGrpID", line.group[:35])
