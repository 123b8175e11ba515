"""The organisation's yearly facts: one registry of per-area fact queries, local or central."""
