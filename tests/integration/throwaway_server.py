"""A throwaway PostgreSQL server of the tests' own (initdb into a temporary folder) to restart."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
from pathlib import Path

BIN = Path(os.environ.get("DESK_TEST_PG_BIN", "/usr/lib/postgresql/15/bin"))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class ThrowawayServer:
    """initdb, start, restart and stop a private server; never the shared one."""

    def __init__(self, folder: Path, password: str | None = None) -> None:
        """Trust every login, or with ``password`` ask it (SCRAM) of the user ``postgres``."""
        self.folder = folder
        self.data = folder / "pgdata"
        self.port = _free_port()
        folder.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:  # PostgreSQL refuses to run as root
            shutil.chown(folder, "postgres")
        auth = ["-A", "trust"]
        if password is not None:
            secret = folder / "password"
            secret.write_text(password + "\n")
            if os.geteuid() == 0:  # initdb reads it as postgres, whatever umask the CLI set
                shutil.chown(secret, "postgres")
            auth = ["-A", "scram-sha-256", f"--pwfile={secret}"]
        self._run("initdb", "-D", str(self.data), *auth, "-U", "postgres")

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, tool: str, *args: str) -> None:
        command = [str(BIN / tool), *args]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=60)

    def _ctl(self, action: str) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(
            "pg_ctl",
            action,
            "-D",
            str(self.data),
            "-o",
            options,
            "-m",
            "fast",
            "-w",
            "-l",
            str(self.folder / "server.log"),
        )

    def start(self) -> None:
        self._ctl("start")

    def restart(self) -> None:
        self._ctl("restart")

    def stop(self) -> None:
        self._ctl("stop")
