"""The room-hire page's parts: week calendar, booking dialogs, free rooms, occupancy, invoices."""
