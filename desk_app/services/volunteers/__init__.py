"""Volunteers: the register, signing in and out, the duty board, hours, evacuation."""
