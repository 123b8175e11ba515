"""Revisions of the local schema, oldest first."""
