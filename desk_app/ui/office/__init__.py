"""Office mode: the organisation's own window over the central database."""
