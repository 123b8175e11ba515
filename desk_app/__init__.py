"""Front-desk application for community centres ("buurthuizen")."""

import logging

__version__ = "0.1.0"

# Records go to the data folder's log once a command opens it, never to the user's terminal:
# without a handler of our own Python would print a warning or traceback on stderr.
logging.getLogger(__name__).addHandler(logging.NullHandler())
