"""The bot's state in one SQLite file (WAL mode), behind one facade.

Tables: `feeds` (HTTP validators, health counters), `items` (every item seen, its
match and its fate), `stories` (item → forum topic), `decisions` (why), `documents`
and `act_posts` (prefectures' recueils, and where their acts went). Each table's
queries live in a module of their own (feeds, items, stories, decisions); the schema
is versioned with PRAGMA user_version and migrated on open (schema.py). Only this
package imports sqlite-utils.
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import sqlite_utils

from bot.errors import StoreError
from bot.state.decisions import DecisionRows
from bot.state.documents import DocumentRows
from bot.state.failures import RESTORE, database_error
from bot.state.feeds import FeedRows
from bot.state.items import ItemRows
from bot.state.schema import MIGRATIONS
from bot.state.stories import StoryRows


class Store(FeedRows, ItemRows, StoryRows, DecisionRows, DocumentRows):
    """State of the bot in one SQLite file (WAL mode)."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        try:
            connection = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.db = sqlite_utils.Database(connection)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA busy_timeout=30000")
            self.db.execute("PRAGMA synchronous=NORMAL")  # safe with WAL; far fewer fsyncs
            self._migrate()
        except sqlite3.Error as exc:
            raise database_error(self.path, exc) from exc

    def close(self) -> None:
        self.db.conn.close()

    def check_integrity(self) -> None:
        """PRAGMA quick_check (a read of every page, without the index cross-checks of
        integrity_check): raise StoreError, saying how to restore, if it finds damage."""
        try:
            problems = [row[0] for row in self.db.execute("PRAGMA quick_check").fetchall()]
        except sqlite3.Error as exc:
            raise database_error(self.path, exc) from exc
        if problems != ["ok"]:
            raise StoreError(f"the database {self.path} is damaged ({problems[0]}): {RESTORE}")

    def backup(self, target: str | Path) -> None:
        """A consistent copy of the database, safe while the service runs; a damaged
        database is refused rather than copied over a good backup."""
        self.check_integrity()
        try:
            destination = sqlite3.connect(str(target))
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write the backup {target}: {exc} (does its directory "
                             "exist, and may the bot write there?)") from exc
        try:
            self.db.conn.backup(destination)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write the backup {target}: {exc}") from exc
        finally:
            destination.close()

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise StoreError(f"{self.path} was written by a newer technopolice-bot "
                             f"(schema {version}); upgrade the bot")
        for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
            with self.transaction():
                migration(self.db)
                self.db.execute(f"PRAGMA user_version = {number}")


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
