"""The social manager's "Beheer" area: accounts, centre details and the audit log."""
