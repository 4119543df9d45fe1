"""One running instance per database: an exclusive lock file beside it."""
from __future__ import annotations

import fcntl
import os
from pathlib import Path

from bot.errors import StoreError


class InstanceLock:
    """Hold `DB.lock` for the life of a run; a second run is refused clearly."""

    def __init__(self, db_path: str):
        self.path = Path(f"{db_path}.lock")
        self._fd: int | None = None

    def __enter__(self) -> "InstanceLock":
        if str(self.path).startswith(":memory:"):
            return self
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self._fd)
            self._fd = None
            raise StoreError(f"another technopolice-bot is already running on this database "
                             f"({self.path} is locked); stop it first") from None
        os.ftruncate(self._fd, 0)
        os.write(self._fd, str(os.getpid()).encode())
        return self

    def __exit__(self, *exc) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
