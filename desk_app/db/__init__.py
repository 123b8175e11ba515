"""The local SQLite database: column types, engine, migrations and backups."""
