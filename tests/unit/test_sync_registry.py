"""Every table whose rows are marked for the central database is in the sync registry."""

from __future__ import annotations

from typing import cast

from sqlalchemy import Table

from desk_app.models import Base
from desk_app.models.base import is_synced
from desk_app.wire.registry import SYNCED_TABLES


def test_every_synced_model_is_registered() -> None:
    marked = {cast(Table, m.local_table).name for m in Base.registry.mappers if is_synced(m.class_)}
    assert marked == {entry.name for entry in SYNCED_TABLES}
