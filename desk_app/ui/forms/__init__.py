"""Form widgets for the centre's details, shared by the first-run wizard and the manager."""
