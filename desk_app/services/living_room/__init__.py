"""The living room: check-in by tap and pass, passes, who is in, the visit figures."""
