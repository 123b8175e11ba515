"""Speed figures for `make bench`: each a ratio against a bare baseline run in the same process."""
