"""The first-run wizard that sets up the centre and its first social manager."""
