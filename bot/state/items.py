"""The `items` table: every item seen, its match and its fate."""
from __future__ import annotations

from bot.state.rows import Rows, now_iso


class ItemRows(Rows):
    """Store's part for the `items` table."""

    def known_items(self, keys: list[str]) -> dict[str, dict]:
        """The stored rows of these item keys that were seen before (one indexed query)."""
        if not keys:
            return {}
        marks = ",".join("?" * len(keys))
        return {r["key"]: r for r in self.db.query(
            f"select key, content_hash, status, edits, post_id, story_id, relevant "
            f"from items where key in ({marks})", keys)}

    def keys_for_guids(self, feed: str, guids: list[str]) -> dict[str, str]:
        """guid → key of the items this feed already published under those guids (their
        links may have changed since), in one indexed query."""
        if not guids:
            return {}
        marks = ",".join("?" * len(guids))
        return {r["guid"]: r["key"] for r in self.db.query(
            f"select guid, key from items where feed = ? and guid in ({marks})", [feed, *guids])}

    def add_items(self, records: list[dict]) -> None:
        """Insert new items in one statement batch."""
        if not records:
            return
        now = now_iso()
        rows = [{**r, "first_seen": r.get("first_seen") or now, "updated_at": now}
                for r in records]
        columns = list(rows[0])
        # A plain executemany: sqlite-utils' insert_all inspects and converts every value.
        self.db.conn.executemany(
            f"insert into items ({', '.join(f'[{c}]' for c in columns)}) "
            f"values ({', '.join('?' * len(columns))})",
            [[row[c] for c in columns] for row in rows])

    def update_item(self, key: str, changes: dict) -> None:
        self._update("items", "key", key, {**changes, "updated_at": now_iso()})

    def item_error(self, key: str, error: str) -> None:
        self.update_item(key, {"last_error": error})

    def item(self, key: str) -> dict | None:
        return next(self.db.query("select * from items where key = ?", [key]), None)

    def items_by_link(self, canonical: str) -> list[dict]:
        return list(self.db.query("select * from items where canonical_link = ? "
                                  "order by first_seen", [canonical]))

    def items_with_status(self, status: str, feed: str | None = None) -> list[dict]:
        sql, args = "select * from items where status = ?", [status]
        if feed is not None:
            sql, args = sql + " and feed = ?", args + [feed]
        return list(self.db.query(sql + " order by first_seen, rowid", args))  # as found

    def feeds_with_pending(self) -> set[str]:
        """Feeds that have items waiting for the forum (one indexed query)."""
        return {row["feed"] for row in self.db.query(
            "select distinct feed from items where status = 'pending'")}

    def pending(self, limit: int = 20) -> tuple[int, list[dict]]:
        """How many items wait for the forum, and the oldest `limit` of them with the
        last error the forum gave (None: not tried yet)."""
        count = next(self.db.query("select count(*) as n from items where status = 'pending'"))
        return count["n"], list(self.db.query(
            "select feed, title, last_error, first_seen from items where status = 'pending' "
            "order by first_seen, key limit ?", [limit]))

    def last_new_item(self) -> dict[str, str]:
        """feed → when it last brought a new item."""
        return {r["feed"]: r["last"] for r in self.db.query(
            "select feed, max(first_seen) as last from items group by feed")}

    def previewed_since(self, first_seen: str) -> list[dict]:
        """Items printed in preview mode and first seen since `first_seen` (ISO date)."""
        return list(self.db.query("select key, published, first_seen from items where "
                                  "status = 'previewed' and first_seen >= ? "
                                  "order by first_seen, key", [first_seen]))
