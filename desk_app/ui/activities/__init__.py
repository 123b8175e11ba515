"""The Activiteiten section: the programme, attendance, new activities."""
