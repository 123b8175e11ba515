"""Alembic environment of the central database: its own history and its own version table."""

from alembic import context

from desk_app.central.schema import VERSION_TABLE, central_metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=central_metadata,
    version_table=VERSION_TABLE,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
