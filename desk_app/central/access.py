"""Who may do what in the central database: group roles, grants and row-level security.

Three kinds of role, kept apart:

- the **schema owner** (the URL ``central init`` runs with) owns the tables and runs nothing
  else; it is exempt from row-level security, and nothing at run time connects as it;
- a **centre's login** (``central add-centre``), a member of the group ``desk_centre``: it
  reads and writes only rows whose ``centre_code`` is its own, reads the master-data releases
  meant for it, and changes nothing else;
- an **office login** (``central add-office``), a member of ``desk_office``: it reads every
  centre and alone may publish master-data releases.

A login is mapped to its centre by the table ``desk_login`` (role name -> centre code), which
the policies read with ``current_user``: no ``SECURITY DEFINER`` function, no trust in what a
client says. ``desk_login`` has a policy of its own (a login sees only its own row), so the
look-up inside the policies sees exactly the caller's mapping; an unmapped role sees nothing.

``FORCE ROW LEVEL SECURITY`` is not set: it would only bind the owner, and the owner never
runs the sync or the reports.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, text

CENTRE_GROUP = "desk_centre"
OFFICE_GROUP = "desk_office"

# The caller's centre, looked up by its role name; NULL (and so no rows) for any other role.
OWN_CENTRE = "(SELECT l.centre_code FROM desk_login l WHERE l.role_name = current_user::text)"

# Tables that hold no centre's rows: the same for every centre. With Citus they become
# reference tables (a copy on every node), so the policies' look-ups stay local.
REFERENCE_TABLES = (
    "accepted_version",
    "master_release",
    "master_item",
    "centre_registry",
    "desk_login",
)

# The sync's own tables of a centre, with what its login may do to them (besides the mirrors).
CENTRE_BOOKKEEPING = {
    "sync_progress": "SELECT, INSERT, UPDATE",
    "raw_payload": "SELECT, INSERT",
    "sync_error": "SELECT, INSERT",
    "closed_day": "SELECT, INSERT",
}
MIRROR_PRIVILEGES = "SELECT, INSERT, UPDATE"


def create_groups(connection: Connection) -> None:
    """The two group roles, once per server (roles are server-wide); a race is harmless.

    Made only when missing, so an owner without ``CREATEROLE`` can upgrade a second central
    database on a server where they exist.
    """
    for group in (CENTRE_GROUP, OFFICE_GROUP):
        connection.execute(
            text(
                "DO $$ BEGIN "
                f"IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{group}') THEN "
                f"CREATE ROLE {group} NOLOGIN; "
                "END IF; "
                "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; "
                "END $$"
            )
        )


def secure_centre_table(connection: Connection, table: str, privileges: str) -> None:
    """A table of centres' rows: each centre its own, the office reads all.

    ``privileges`` is what a centre's login may do (``SELECT, INSERT, UPDATE`` for a mirror);
    the policy's ``WITH CHECK`` refuses a row written for another centre.
    """
    _run(
        connection,
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
        f"GRANT {privileges} ON {table} TO {CENTRE_GROUP}",
        f"GRANT SELECT ON {table} TO {OFFICE_GROUP}",
        f"CREATE POLICY own_centre ON {table} TO {CENTRE_GROUP} "
        f"USING (centre_code = {OWN_CENTRE}) WITH CHECK (centre_code = {OWN_CENTRE})",
        f"CREATE POLICY office_reads ON {table} FOR SELECT TO {OFFICE_GROUP} USING (true)",
    )


def secure_reference_tables(connection: Connection) -> None:
    """The shared tables: versions and the login mapping to read, releases for the office."""
    _run(
        connection,
        *_enable(REFERENCE_TABLES),
        f"GRANT SELECT ON accepted_version TO {CENTRE_GROUP}, {OFFICE_GROUP}",
        f"CREATE POLICY everyone_reads ON accepted_version FOR SELECT "
        f"TO {CENTRE_GROUP}, {OFFICE_GROUP} USING (true)",
        # LOCK TABLE ... IN EXCLUSIVE MODE (one release number at a time) needs UPDATE.
        f"GRANT SELECT, INSERT, UPDATE ON master_release TO {OFFICE_GROUP}",
        f"GRANT SELECT, INSERT ON master_item TO {OFFICE_GROUP}",
        f"GRANT SELECT ON master_release, master_item TO {CENTRE_GROUP}",
        f"CREATE POLICY office_publishes ON master_release TO {OFFICE_GROUP} "
        "USING (true) WITH CHECK (true)",
        f"CREATE POLICY office_publishes ON master_item TO {OFFICE_GROUP} "
        "USING (true) WITH CHECK (true)",
        f"CREATE POLICY meant_for_centre ON master_release FOR SELECT TO {CENTRE_GROUP} "
        f"USING (centre_code IS NULL OR centre_code = {OWN_CENTRE})",
        # The release's own policy decides: an item of a release hidden from the centre is too.
        f"CREATE POLICY meant_for_centre ON master_item FOR SELECT TO {CENTRE_GROUP} "  # noqa: S608 - fixed names
        "USING (EXISTS (SELECT 1 FROM master_release r WHERE r.number = release_number))",
        f"GRANT SELECT ON centre_registry, desk_login TO {CENTRE_GROUP}, {OFFICE_GROUP}",
        f"CREATE POLICY office_reads ON centre_registry FOR SELECT TO {OFFICE_GROUP} USING (true)",
        f"CREATE POLICY own_centre ON centre_registry FOR SELECT TO {CENTRE_GROUP} "
        f"USING (code = {OWN_CENTRE})",
        f"CREATE POLICY office_reads ON desk_login FOR SELECT TO {OFFICE_GROUP} USING (true)",
        f"CREATE POLICY own_login ON desk_login FOR SELECT TO {CENTRE_GROUP} "
        "USING (role_name = current_user::text)",
    )


def _enable(tables: Iterable[str]) -> list[str]:
    return [f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY" for table in tables]


def _run(connection: Connection, *statements: str) -> None:
    for statement in statements:
        connection.execute(text(statement))
