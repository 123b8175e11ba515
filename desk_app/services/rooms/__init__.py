"""Room hire: rooms and rates, hirers, bookings and series, invoices, occupancy."""
