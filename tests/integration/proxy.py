"""A small TCP proxy in front of PostgreSQL that cuts each connection after so many bytes."""

from __future__ import annotations

import socket
import threading
from contextlib import suppress


class CuttingProxy:
    """Forwards to ``target``; a connection is cut hard once the client has sent ``cut_after``."""

    def __init__(self, target: tuple[str, int], cut_after: int) -> None:
        self.target = target
        self.cut_after = cut_after
        self.cuts = 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.open: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _address = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            self.open += [client, upstream]
            threading.Thread(target=self._pump, args=(client, upstream, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, False), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, counted: bool) -> None:
        sent = 0
        with suppress(OSError):
            while data := source.recv(65536):
                if counted and sent + len(data) > self.cut_after:
                    sink.sendall(data[: self.cut_after - sent])  # half a message, then nothing
                    self.cuts += 1
                    break
                sink.sendall(data)
                sent += len(data)
        for end in (source, sink):
            with suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)
            end.close()

    def close(self) -> None:
        """Stop listening and cut every open connection."""
        self.listener.close()
        for end in self.open:
            with suppress(OSError):
                end.close()
