"""Ready to spread over servers, and closed to every login: read from PostgreSQL's catalog."""

from __future__ import annotations

from typing import Any

import psycopg
import pytest

from desk_app.central.access import REFERENCE_TABLES
from desk_app.central.schema import VERSION_TABLE

pytestmark = pytest.mark.central

_TABLES = """
SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,
       (SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid),
       EXISTS (SELECT 1 FROM pg_attribute a
               WHERE a.attrelid = c.oid AND a.attname = 'centre_code' AND NOT a.attisdropped)
FROM pg_class c
WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
ORDER BY 1
"""

# Primary keys, unique and exclusion constraints, and unique indexes without a constraint.
_UNIQUE_KEYS = """
SELECT c.relname, k.conname,
       ARRAY(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY n (num, place)
             JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = n.num
             ORDER BY n.place)::text[]
FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
WHERE c.relnamespace = 'public'::regnamespace AND k.contype IN ('p', 'u', 'x')
UNION ALL
SELECT c.relname, i.indexrelid::regclass::text,
       ARRAY(SELECT a.attname FROM unnest(i.indkey) WITH ORDINALITY n (num, place)
             JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = n.num
             ORDER BY n.place)::text[]
FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
WHERE c.relnamespace = 'public'::regnamespace AND i.indisunique
  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
"""


def _tables(url: str) -> list[tuple[Any, ...]]:
    with psycopg.connect(url) as connection:
        return connection.execute(_TABLES).fetchall()


def test_every_centre_table_has_the_centre_in_every_key(central_url: str) -> None:
    tables = {row[0]: bool(row[-1]) for row in _tables(central_url)}
    assert set(REFERENCE_TABLES) <= set(tables)
    distributed = set(tables) - set(REFERENCE_TABLES) - {VERSION_TABLE}
    assert {name for name in distributed if not tables[name]} == set()
    with psycopg.connect(central_url) as connection:
        keys = connection.execute(_UNIQUE_KEYS).fetchall()
    assert {name for name, _key, _columns in keys} >= distributed  # each has a primary key
    without_centre = [
        f"{table}.{key}"
        for table, key, columns in keys
        if table in distributed and "centre_code" not in columns
    ]
    assert without_centre == []


def test_every_central_table_is_under_row_level_security(central_url: str) -> None:
    tables = _tables(central_url)
    unguarded = [
        name
        for name, rls, _force, policies, _centre in tables
        if name != VERSION_TABLE and not (rls and policies)
    ]
    assert unguarded == []
    # The owner is not bound (it never runs the sync); FORCE would change nothing for the logins.
    assert [name for name, _rls, force, *_rest in tables if force] == []
    with psycopg.connect(central_url) as connection:
        public = connection.execute(
            "SELECT table_name FROM information_schema.role_table_grants "
            "WHERE grantee = 'PUBLIC' AND table_schema = 'public'"
        ).fetchall()
    assert public == []
