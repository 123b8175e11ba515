"""The organisation's central PostgreSQL database: its schema, migrations and connection."""
