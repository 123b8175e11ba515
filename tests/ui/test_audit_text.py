"""The audit log in a manager's words, in Dutch and in English; stored keys stay as they are."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import desk_app.services
from desk_app.formatting import formatter_for
from desk_app.services.audit import AuditRow
from desk_app.services.auth import Actor
from desk_app.services.uow import UnitOfWork
from desk_app.ui.admin.audit import AuditDialog
from desk_app.ui.admin.audit_model import AuditColumn
from desk_app.ui.admin.audit_text import SENTENCES, audit_sentence
from desk_app.ui.i18n import install_translators, remove_translators, screen_formatter

NBSP = "\N{NO-BREAK SPACE}"
AT = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
ISSUED = AuditRow(
    AT,
    "Sanne de Vries",
    "invoice.issue",
    "MEE-000004",
    None,
    {"hirer": "Koor Zanglust", "total_cents": 29527},
)
REVERSED = AuditRow(
    AT,
    "Henk Bakker",
    "sale.reverse",
    "bon 12",
    {"receipt": 12, "total_cents": 480},
    {"receipt": 13, "reason": "dubbel aangeslagen", "by": "Henk Bakker"},
)
ACTION_KEY = re.compile(r'(?:action=|audit_invoice\([^)]*?)"([a-z_]+\.[a-z_]+)"')
OTHER_KEY = re.compile(r'action="[a-z_.]+" if .* else "([a-z_]+\.[a-z_]+)"')


@pytest.fixture
def english(qapp: QApplication, english_qm: Path) -> Iterator[None]:
    translators = install_translators(qapp, "en")
    yield
    remove_translators(qapp, translators)


def test_an_invoice_reads_as_a_dutch_sentence() -> None:
    sentence = audit_sentence(ISSUED, formatter_for("nl"))
    assert sentence == f"Factuur MEE-000004 uitgegeven, €{NBSP}295,27 (Koor Zanglust)"


@pytest.mark.usefixtures("english")
def test_an_invoice_reads_as_an_english_sentence() -> None:
    sentence = audit_sentence(ISSUED, screen_formatter())
    assert sentence == "Invoice MEE-000004 issued, €295.27 (Koor Zanglust)"


def test_details_before_and_after_both_read() -> None:
    assert audit_sentence(REVERSED, formatter_for("nl")) == (
        f"Bon 12 (€{NBSP}4,80) teruggedraaid met bon 13: dubbel aangeslagen"
    )


def test_days_kinds_and_missing_details_read_as_words() -> None:
    closed = AuditRow(AT, "Sanne", "day.close", "2026-03-01", None, {"number": 7})
    role = AuditRow(AT, "Sanne", "account.role", "Ria", {"role": "reception"}, {"role": "bar"})
    dutch = formatter_for("nl")
    assert (
        audit_sentence(closed, dutch) == "Dag 1 maart 2026 afgesloten (afsluiting 7), kasverschil –"
    )
    assert "reception" not in audit_sentence(role, dutch)


def test_an_unknown_key_shows_as_stored() -> None:
    row = AuditRow(AT, "Sanne", "garden.plant", "tulpen", None, {"count": 3})
    assert audit_sentence(row, formatter_for("nl")) == "garden.plant"


def test_every_audited_action_has_a_sentence() -> None:
    services = Path(desk_app.services.__file__).parent
    keys = {
        key
        for path in services.rglob("*.py")
        for pattern in (ACTION_KEY, OTHER_KEY)
        for key in pattern.findall(path.read_text(encoding="utf-8"))
    }
    assert {"invoice.issue", "product.change", "settings.operations"} <= keys
    assert keys - SENTENCES.keys() == set()


def test_the_audit_dialog_shows_sentences(
    qtbot: QtBot, desk_uow: UnitOfWork, desk_manager: Actor
) -> None:
    dialog = AuditDialog(desk_uow, desk_manager)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.filter, "Account voor Ria Jansen gemaakt")
    assert dialog.proxy.rowCount() == 1
    index = dialog.proxy.index(0, AuditColumn.ACTION)
    assert str(dialog.proxy.data(index)).startswith("Account voor Ria Jansen gemaakt, rol ")
