"""Print the yearly facts as text or JSON, and write the fact sheet PDF when asked."""
