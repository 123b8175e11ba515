"""Documents: functions from data to bytes (receipts for the printer, PDF cards)."""
