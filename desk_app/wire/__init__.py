"""What travels between a desk and the central database: the synced tables and the row form."""
