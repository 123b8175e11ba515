"""The nightly sync: the registry of synced tables, the push, the pull and the sync log."""
