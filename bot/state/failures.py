"""SQLite's errors told as what the maintainer should do about them."""
from __future__ import annotations

import sqlite3

from bot.errors import StoreError

RESTORE = ("stop the bot, move the damaged file aside, and copy your last backup (made with "
           "`technopolice-bot backup`) in its place; without a backup, start from an empty "
           "database: items still on the forum are not posted again")


def database_error(path: str, exc: sqlite3.Error) -> StoreError:
    """A StoreError that names the cause (damaged, read-only, full) and the fix."""
    message = str(exc).lower()
    if "malformed" in message or "not a database" in message or "corrupt" in message:
        return StoreError(f"the database {path} is damaged ({exc}): {RESTORE}")
    if "readonly" in message or "read-only" in message or "unable to open" in message:
        return StoreError(f"cannot write the database {path} ({exc}): the bot needs to write "
                          "the file and create files beside it (-wal, -shm, .lock); check the "
                          "directory's permissions and that the disk is mounted read-write")
    if "full" in message or "disk i/o" in message:
        return StoreError(f"cannot write the database {path} ({exc}): is the disk full? Free "
                          "some space; nothing was lost, the next run goes on from here")
    return StoreError(f"database {path}: {exc}")
