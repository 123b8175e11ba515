"""The screenshot gallery: every page and dialog at 1366x768, three text sizes, two languages."""
