"""The activities programme and its attendance."""
