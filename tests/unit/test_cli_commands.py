"""The subcommand table: each command module loads only when one of its subcommands runs."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from desk_app.cli import COMMANDS, OFFICE, command_module, main, needed_modules

PROBE = """
import sys

from desk_app.cli import build_parser, needed_modules

build_parser(needed_modules(sys.argv[1:]))
print(" ".join(name for name in sys.modules if name.startswith("desk_app.commands.")))
"""


def _registered_by(module_name: str) -> set[str]:
    parser = argparse.ArgumentParser()
    command_module(module_name).register(parser.add_subparsers())
    subcommands = parser._subparsers._group_actions[0]  # type: ignore[union-attr]
    assert isinstance(subcommands, argparse._SubParsersAction)
    return set(subcommands.choices)


@pytest.mark.parametrize("module_name", sorted(set(COMMANDS.values())))
def test_the_table_names_exactly_what_each_module_registers(module_name: str) -> None:
    in_table = {command for command, module in COMMANDS.items() if module == module_name}
    assert _registered_by(module_name) == in_table


def test_the_help_lists_every_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    listed = capsys.readouterr().out
    for command in [*COMMANDS, OFFICE]:
        assert f"\n    {command} " in listed, command


def test_which_modules_an_argument_list_needs() -> None:
    every = sorted(set(COMMANDS.values()))
    assert needed_modules([]) == []
    assert needed_modules(["--data-dir", "demo"]) == []  # a folder called demo opens the GUI
    assert needed_modules(["--data-dir", "x", "report", "facts", "--help"]) == ["report"]
    assert needed_modules(["office", "--central", "x"]) == []
    assert sorted(needed_modules(["--help"])) == every
    assert sorted(needed_modules(["raport"])) == every  # argparse names the right ones


def test_a_subcommand_imports_its_own_module_only() -> None:
    probe = subprocess.run(
        [sys.executable, "-c", PROBE, "--data-dir", "x", "roster", "--help"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert probe.stdout.split() == ["desk_app.commands.roster"]
