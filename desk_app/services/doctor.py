"""Health checks of an installation, each with advice in plain Dutch; reads, never repairs.

``examine`` creates nothing: a missing data folder or database is reported, not made.
"""

from __future__ import annotations

import enum
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desk_app.db.backup import check_integrity
from desk_app.db.migrate import head_revision
from desk_app.paths import DataFolder
from desk_app.services.privacy import open_to_others

FIXED_SQLITE = (3, 51, 3)


class Status(enum.StrEnum):
    """How a check came out."""

    OK = "ok"
    WARNING = "waarschuwing"
    FAILED = "fout"


@dataclass(frozen=True)
class Finding:
    """One line of the doctor's report."""

    label: str
    status: Status
    detail: str
    advice: str = ""


def examine(folder: DataFolder) -> list[Finding]:
    """Check the data folder and database file, from the outside, without changing them."""
    findings = [_folder_finding(folder.root)]
    if folder.root.is_dir():
        findings.append(_privacy_finding(folder.root))
    findings.append(_sqlite_finding())
    if folder.root.is_dir():
        findings.extend(_database_findings(folder.database))
    return findings


def healthy(findings: list[Finding]) -> bool:
    """No check failed (warnings allowed)."""
    return all(finding.status is not Status.FAILED for finding in findings)


def _folder_finding(root: Path) -> Finding:
    if not root.exists():
        return Finding(
            "Gegevensmap",
            Status.FAILED,
            f"{root} bestaat niet",
            "Is dit de goede map? Kies de map van de balie met --data-dir of DESK_APP_HOME. "
            "Een nieuwe installatie maakt de map bij de eerste start van de app.",
        )
    if not os.access(root, os.W_OK):
        return Finding(
            "Gegevensmap",
            Status.FAILED,
            str(root),
            "De map is niet schrijfbaar. Geef de gebruiker schrijfrechten of kies "
            "een andere map met --data-dir of DESK_APP_HOME.",
        )
    return Finding("Gegevensmap", Status.OK, str(root))


def _privacy_finding(root: Path) -> Finding:
    exposed = open_to_others(root)
    if not exposed:
        return Finding("Rechten", Status.OK, "alleen leesbaar voor deze gebruiker")
    examples = ", ".join(str(path.relative_to(root.parent)) for path in exposed[:3])
    return Finding(
        "Rechten",
        Status.WARNING,
        f"{len(exposed)} bestand(en) of map(pen) leesbaar voor andere gebruikers: {examples}",
        "Er staan namen, telefoonnummers en pincodes in. Maak de map privé met "
        "'desk-app doctor --fix'.",
    )


def _sqlite_finding() -> Finding:
    version = sqlite3.sqlite_version
    if sqlite3.sqlite_version_info >= FIXED_SQLITE:
        return Finding("SQLite-versie", Status.OK, version)
    return Finding(
        "SQLite-versie",
        Status.WARNING,
        version,
        "Deze SQLite-versie heeft een bekende fout bij het terugzetten van het WAL-bestand "
        "als twee verbindingen tegelijk schrijven. De app schrijft via één verbinding; "
        "laat geen tweede programma tegelijk in de database schrijven.",
    )


def _database_findings(path: Path) -> list[Finding]:
    if not path.exists():
        return [
            Finding(
                "Databasebestand",
                Status.FAILED,
                f"{path} bestaat niet",
                "Is dit de goede gegevensmap? Zet anders een reservekopie terug met "
                "'desk-app restore BESTAND'. Een nieuwe installatie maakt de database bij de "
                "eerste start van de app.",
            )
        ]
    size_kb = path.stat().st_size // 1024
    findings = [Finding("Databasebestand", Status.OK, f"{path} ({size_kb} kB)")]
    problems = check_integrity(path)
    if problems:
        findings.append(
            Finding(
                "Integriteit",
                Status.FAILED,
                "; ".join(problems[:3]),
                "Het bestand is beschadigd. Zet een reservekopie terug met "
                "'desk-app restore BESTAND'.",
            )
        )
        return findings
    findings.append(Finding("Integriteit", Status.OK, "ok"))
    findings.append(_schema_finding(path))
    findings.append(_centre_finding(path))
    return findings


def _query_one(path: Path, sql: str) -> object:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        row = connection.execute(sql).fetchone()
    connection.close()
    return None if row is None else row[0]


def _schema_finding(path: Path) -> Finding:
    head = head_revision()
    try:
        current = _query_one(path, "SELECT version_num FROM alembic_version")
    except sqlite3.OperationalError:
        current = None
    if current == head:
        return Finding("Schemaversie", Status.OK, str(current))
    if current is None:
        return Finding(
            "Schemaversie",
            Status.WARNING,
            "leeg",
            "De database is leeg; de app richt hem in bij de volgende start.",
        )
    return Finding(
        "Schemaversie",
        Status.WARNING,
        f"{current} (nieuwste: {head})",
        "De app werkt de database bij de volgende start bij, na een reservekopie. "
        "Is de database nieuwer dan de app, installeer dan de nieuwste versie.",
    )


def _centre_finding(path: Path) -> Finding:
    try:
        name = _query_one(path, "SELECT name FROM centre LIMIT 1")
    except sqlite3.OperationalError:
        name = None
    if name is None:
        return Finding(
            "Buurthuis",
            Status.WARNING,
            "niet ingesteld",
            "Start de app en doorloop de eerste-keer-wizard.",
        )
    return Finding("Buurthuis", Status.OK, str(name))
