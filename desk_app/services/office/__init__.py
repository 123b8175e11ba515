"""The organisation's office: work on the central database through the office login."""
