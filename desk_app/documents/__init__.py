"""Documents as functions from plain data to bytes or text: no widgets, easy to test."""
