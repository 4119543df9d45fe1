"""The `feeds` table: each source's validators, back-off and health counters."""
from __future__ import annotations

from typing import Any

from bot.sources.base import SourceState, Validators
from bot.state.rows import Rows, now_iso


class FeedRows(Rows):
    """Store's part for the `feeds` table."""

    def feed_state(self, name: str, url: str) -> SourceState:
        """Validators and first fetch of a feed (empty validators if its URL changed)."""
        return self.feed_states([(name, url)])[name]

    def feed_states(self, feeds: list[tuple[str, str]]) -> dict[str, SourceState]:
        """`feed_state` of many (name, url) feeds: their rows read in a few queries, new
        or moved feeds written in one transaction (none when nothing changed)."""
        names = [name for name, _ in feeds]
        rows: dict[str, dict] = {}
        for start in range(0, len(names), 500):
            chunk = names[start:start + 500]
            rows.update((row["name"], row) for row in self.db.query(
                f"select * from feeds where name in ({','.join('?' * len(chunk))})", chunk))
        states: dict[str, SourceState] = {}
        new, moved = [], []
        for name, url in feeds:
            row = rows.get(name)
            if row is None:
                new.append((name, url))
                states[name] = SourceState(Validators(), None)
            elif row["url"] != url:
                moved.append((url, name))
                states[name] = SourceState(Validators(), row["first_fetch_at"])
            else:
                states[name] = SourceState(Validators(row["etag"], row["last_modified"]),
                                         row["first_fetch_at"], row["next_fetch_at"],
                                         row["failures"] or 0)
        if new or moved:
            with self.transaction():
                self.db.conn.executemany("insert into feeds (name, url) values (?, ?)", new)
                self.db.conn.executemany("update feeds set url = ?, etag = null, "
                                         "last_modified = null where name = ?", moved)
        return states

    def feed_succeeded(self, name: str, validators: Validators | None,
                       permanent_redirect: str | None) -> None:
        now = now_iso()
        changes: dict[str, Any] = {"last_fetch_at": now, "last_success_at": now, "failures": 0,
                                   "last_error": None, "permanent_redirect": permanent_redirect,
                                   "next_fetch_at": None, "last_status": None}
        if validators is not None:
            changes.update(etag=validators.etag, last_modified=validators.last_modified)
        columns = ", ".join(f"[{column}] = ?" for column in changes)
        self.db.conn.execute(f"update feeds set {columns}, first_fetch_at = "
                             "coalesce(first_fetch_at, ?) where name = ?",
                             [*changes.values(), now, name])

    def feed_failed(self, name: str, error: str, *, next_fetch_at: str | None = None,
                    status: int | None = None) -> None:
        now = now_iso()
        self.db.execute("update feeds set last_fetch_at = ?, last_error = ?, last_error_at = ?, "
                        "failures = failures + 1, next_fetch_at = ?, last_status = ? "
                        "where name = ?", [now, error, now, next_fetch_at, status, name])

    def count_feed(self, name: str, seen: int = 0, posted: int = 0) -> None:
        if not (seen or posted):
            return
        self.db.execute("update feeds set items_seen = items_seen + ?, "
                        "items_posted = items_posted + ? where name = ?", [seen, posted, name])

    def feeds(self) -> list[dict]:
        return list(self.db.query("select * from feeds order by name"))
