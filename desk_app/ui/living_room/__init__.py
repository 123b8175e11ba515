"""The Huiskamer section: check-in, visitor passes, who is in, satisfaction."""
