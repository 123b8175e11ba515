"""Subcommands of ``desk-app``: one module per area, each with a ``register`` function.

A module adds its parsers to the subcommands and sets ``handler`` on each: a function
``(args, folder) -> exit code``. Add a new module to ``COMMAND_MODULES`` in ``cli.py``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TypeAlias

from desk_app.paths import DataFolder

EXIT_OK, EXIT_FAILED, EXIT_REFUSED = 0, 1, 2

Handler = Callable[[argparse.Namespace, DataFolder], int]
Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
