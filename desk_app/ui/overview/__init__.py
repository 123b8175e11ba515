"""The Overzicht page: the day and the period in figures and charts."""
