"""The end of the day: the day lock, paid-outs, the cash count, the sign-off, the Z-report."""
