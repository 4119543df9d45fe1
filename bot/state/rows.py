"""What the per-table parts of Store share: the database, the time, a plain UPDATE,
transactions."""
from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    import sqlite_utils


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Rows:
    """Base of Store's parts (feeds, items, decisions, stories): each reads and writes
    its own table through `db`."""

    db: sqlite_utils.Database

    def _update(self, table: str, pk: str, value: str, changes: dict) -> None:
        """A plain UPDATE (sqlite-utils' update() inspects the schema on every call)."""
        columns = ", ".join(f"[{name}] = ?" for name in changes)
        self.db.conn.execute(f"update [{table}] set {columns} where [{pk}] = ?",
                             [*changes.values(), value])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside commit together or not at all."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")
