"""The Dagafsluiting page's parts: the day's figures, the drawer count and the sign-off."""
