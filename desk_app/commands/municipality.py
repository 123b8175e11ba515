"""``report municipality`` and ``central target-groups``: the office's report and its own groups."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from desk_app.commands import EXIT_OK, Subcommands, require_output_file, write_output
from desk_app.paths import DataFolder

if TYPE_CHECKING:
    from desk_app.services.office.municipality import MunicipalReport


def register_report(reports: Subcommands) -> None:
    """Add ``report municipality`` to the report commands."""
    report = reports.add_parser("municipality", help="het jaarrapport voor de gemeente")
    report.add_argument("--year", type=int, required=True)
    report.add_argument("--central", required=True, help="adres van de centrale database")
    report.add_argument("--municipality", help="alleen de buurthuizen van deze gemeente")
    report.add_argument("--pdf", type=Path, help="schrijf het rapport als PDF")
    report.add_argument("--csv", type=Path, help="schrijf de cijfers als CSV")
    report.add_argument("--json", action="store_true", help="als JSON")
    report.set_defaults(handler=run_municipal_report)


def register_central(central: Subcommands) -> None:
    """Add ``central target-groups`` to the central commands."""
    groups = central.add_parser(
        "target-groups", help="de eigen doelgroepen van de organisatie (toon, voeg toe, vervallen)"
    )
    groups.add_argument("--central", required=True, help="adres van de centrale database")
    groups.add_argument("--add", metavar="NAAM", help="publiceer een nieuwe doelgroep")
    groups.add_argument("--retire", metavar="NAAM", help="laat een doelgroep vervallen")
    groups.add_argument("--json", action="store_true", help="als JSON")
    groups.set_defaults(handler=run_target_groups)


def run_municipal_report(args: argparse.Namespace, _folder: DataFolder) -> int:
    """Print the report's totals; write the PDF and the CSV when asked."""
    from desk_app.services.office.municipality import municipal_report  # noqa: PLC0415

    for path in (args.pdf, args.csv):
        if path:
            require_output_file(path)
    report = municipal_report(args.central, args.year, args.municipality)
    _print_report(report, args.json, sys.stdout)
    if args.pdf:
        from desk_app.documents.municipal_report import municipal_report_pdf  # noqa: PLC0415

        write_output(args.pdf, municipal_report_pdf(report))
    if args.csv:
        from desk_app.documents.municipal_report import municipal_report_csv  # noqa: PLC0415

        write_output(args.csv, municipal_report_csv(report))
    return EXIT_OK


def _print_report(report: MunicipalReport, as_json: bool, out: TextIO) -> None:
    if as_json:
        shape = {
            "year": report.year,
            "municipality": report.municipality,
            "total": {line.key: line.total for line in report.lines},
            "previous": {line.key: line.previous_total for line in report.lines},
            "centres": {
                code: {
                    "name": name,
                    **{line.key: line.per_centre.get(code) for line in report.lines},
                }
                for code, name in report.centres.items()
            },
        }
        out.write(json.dumps(shape, indent=2, ensure_ascii=False) + "\n")
        return
    from desk_app.documents.municipal_report import line_label, show  # noqa: PLC0415

    out.write(f"Rapport gemeente {report.municipality or 'alle gemeenten'} {report.year}\n")
    out.write(f"Buurthuizen: {', '.join(report.centres.values()) or '-'}\n")
    for line in report.lines:
        if line.section:
            out.write(f"{line.section}\n")
        out.write(f"  {line_label(line):45} {show(line.key, line.total):>14}\n")


def run_target_groups(args: argparse.Namespace, _folder: DataFolder) -> int:
    """Publish a new or retired own target group when asked; list them all."""
    from desk_app.services.office import target_groups  # noqa: PLC0415

    for name, active in ((args.add, True), (args.retire, False)):
        if name:
            number = target_groups.publish_own_group(args.central, name, active=active)
            print(f"Gepubliceerd als release {number}.")
    groups = target_groups.own_groups(args.central)
    if args.json:
        rows = [{"id": str(g.group_id), "name": g.name, "active": g.active} for g in groups]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return EXIT_OK
    for group in groups:
        print(f"{group.name}{'' if group.active else ' (vervallen)'}")
    return EXIT_OK
