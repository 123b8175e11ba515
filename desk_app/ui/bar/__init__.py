"""Widgets, models and dialogs of the bar till page."""
