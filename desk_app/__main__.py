"""Run the desk app with ``python -m desk_app``."""

from desk_app.cli import main

raise SystemExit(main())
