"""The books for the accountant: a ledger mapping and the journal read from the desk's facts."""
