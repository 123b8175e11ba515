"""The migration files: listed by name in the order they run, the newest one known at start."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory

from desk_app.central import migrate as central_migrate
from desk_app.db import migrate as local_migrate


def _chain(script: ScriptDirectory) -> list[Path]:
    """The revisions' files from the base up, following each one's down_revision."""
    [head] = script.get_heads()
    files: list[Path] = []
    for revision in script.walk_revisions("base", head):  # walks from the head down
        assert revision.path is not None
        files.append(Path(revision.path))
    return files[::-1]


@pytest.mark.parametrize(
    "config",
    [local_migrate.alembic_config, central_migrate.alembic_config],
    ids=["local", "central"],
)
def test_the_files_sort_in_the_order_the_revisions_run(config: Callable[[], Config]) -> None:
    script = ScriptDirectory.from_config(config())
    chain = [path.name for path in _chain(script)]
    on_disk = sorted(path.name for path in Path(script.versions).glob("*.py"))
    assert [name for name in on_disk if name != "__init__.py"] == chain


def test_the_head_known_without_alembic_is_the_scripts_head() -> None:
    """Start-up compares the stored revision with a constant; it must follow the files."""
    assert local_migrate.script_head() == local_migrate.HEAD_REVISION


def test_a_revision_of_a_newer_app_is_not_known() -> None:
    assert local_migrate.knows_revision(local_migrate.HEAD_REVISION)
    assert not local_migrate.knows_revision("9999")
