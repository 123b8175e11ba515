"""Front-desk application for community centres ("buurthuizen")."""

__version__ = "0.1.0"
