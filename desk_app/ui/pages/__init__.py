"""The sections of the main window, one module each, so a later issue replaces one file."""
