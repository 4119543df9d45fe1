"""One running instance per database, whatever path names it.

Two guards: an exclusive lock on `DB.lock` (removed at exit) beside the database's
resolved path, so a symlink or `./a/../db` is the same database; and a claim row
inside the database itself (table `instance_claim`), which also catches names realpath
cannot see through (hard links, bind mounts). A claim left by a process that died is
taken over."""
from __future__ import annotations

import fcntl
import os
import socket
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from bot.errors import StoreError
from bot.state.failures import database_error

_CLAIM_TABLE = ("create table if not exists instance_claim (id integer primary key "
                "check (id = 1), pid integer, host text, started text)")


def lock_path(db_path: str) -> Path:
    """The lock file of a database: beside the file the path really names."""
    return Path(f"{os.path.realpath(db_path)}.lock")


class InstanceLock:
    """Hold the database for the life of a run; a second run is refused clearly."""

    def __init__(self, db_path: str):
        self.db_path = db_path
        self.memory = db_path.startswith(":memory:")
        self.path = lock_path(db_path)
        self._fd: int | None = None
        self._claimed = False

    def __enter__(self) -> "InstanceLock":
        if self.memory:
            return self
        while True:
            try:
                self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                raise StoreError(f"cannot create the lock file {self.path}: {exc.strerror}; "
                                 "the bot needs to write in the database's directory") from exc
            try:
                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                self._release_file()
                raise _already_running(f"{self.path} is locked") from None
            if _same_file(self._fd, self.path):
                break
            self._release_file()  # the run before us removed it as we opened it: again
        os.ftruncate(self._fd, 0)
        os.write(self._fd, str(os.getpid()).encode())
        try:
            self._claim()
        except BaseException:
            self._release_file()
            raise
        return self

    def __exit__(self, *exc) -> None:
        if self._claimed:
            self._unclaim()
        if self._fd is not None:
            self.path.unlink(missing_ok=True)  # removed while still held: see _same_file
        self._release_file()

    def _claim(self) -> None:
        """Write this process in the database's claim row, unless a live process of
        this host holds it. The row is checkpointed into the main file, so that a run
        through another name of the file (its own -wal) sees it too."""
        db = _connect(self.db_path)
        try:
            db.execute("begin immediate")
            db.execute(_CLAIM_TABLE)
            row = db.execute("select pid, host, started from instance_claim").fetchone()
            if row and row[1] == socket.gethostname() and row[0] != os.getpid() \
                    and _alive(row[0]):
                db.execute("rollback")
                raise _already_running(f"process {row[0]} claimed it at {row[2]}")
            db.execute("insert or replace into instance_claim (id, pid, host, started) "
                       "values (1, ?, ?, ?)", (os.getpid(), socket.gethostname(),
                                               datetime.now(timezone.utc).isoformat()))
            db.execute("commit")
            db.execute("pragma wal_checkpoint(truncate)")
        except sqlite3.Error as exc:
            raise database_error(self.db_path, exc) from exc
        finally:
            db.close()
        self._claimed = True

    def _unclaim(self) -> None:
        self._claimed = False
        try:
            db = _connect(self.db_path)
            try:
                db.execute("delete from instance_claim where pid = ?", (os.getpid(),))
            finally:
                db.close()
        except (sqlite3.Error, StoreError):
            pass  # a claim left behind is taken over by the next run

    def _release_file(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def _connect(db_path: str) -> sqlite3.Connection:
    try:
        return sqlite3.connect(db_path, timeout=30, isolation_level=None)
    except sqlite3.Error as exc:
        raise database_error(db_path, exc) from exc


def _same_file(fd: int, path: Path) -> bool:
    """Whether the locked descriptor is still the file at `path` (a run that ends
    removes its lock file; one that opened it just before must lock the new one)."""
    try:
        return os.fstat(fd).st_ino == os.stat(path).st_ino
    except FileNotFoundError:
        return False


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _already_running(detail: str) -> StoreError:
    return StoreError(f"another technopolice-bot is already running on this database "
                      f"({detail}); stop it first")
