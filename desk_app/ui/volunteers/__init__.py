"""The Vrijwilligers section: signing in and out, the duty board, the register, hours."""
