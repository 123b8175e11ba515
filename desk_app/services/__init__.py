"""Use cases of the desk: one module per area, one transaction per function."""
