"""Alembic environment: always run on the connection the app hands over, in batch mode."""

from alembic import context

from desk_app.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
