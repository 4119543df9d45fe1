"""The bot's state in SQLite (the only module that imports sqlite-utils).

Tables: `feeds` (HTTP validators, health counters), `items` (every item seen, its
match and its fate), `stories` (item → forum topic). The schema is versioned with
PRAGMA user_version and migrated on open.
"""
from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator

import sqlite_utils

from bot.errors import StoreError
from bot.fetch import Validators

def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _migration_1(db: sqlite_utils.Database) -> None:
    db["feeds"].create({
        "name": str, "url": str, "etag": str, "last_modified": str, "first_fetch_at": str,
        "last_fetch_at": str, "last_success_at": str, "last_error": str, "last_error_at": str,
        "failures": int, "items_seen": int, "items_posted": int, "permanent_redirect": str,
    }, pk="name", defaults={"failures": 0, "items_seen": 0, "items_posted": 0})
    db["items"].create({
        "key": str, "feed": str, "guid": str, "link": str, "canonical_link": str, "title": str,
        "summary": str, "published": str, "first_seen": str, "content_hash": str,
        "relevant": int, "score": float, "match_json": str, "status": str, "reason": str,
        "external_id": str, "topic_id": int, "last_error": str, "updated_at": str,
    }, pk="key")
    db["items"].create_index(["feed", "first_seen"])
    db["items"].create_index(["status"])
    db["stories"].create({
        "external_id": str, "item_key": str, "topic_id": int, "post_id": int, "url": str,
        "title": str, "tags": str, "category": int, "mode": str, "created_at": str,
    }, pk="external_id")
    db["stories"].create_index(["created_at"])


def _migration_2(db: sqlite_utils.Database) -> None:
    """Stories that gather several items, edits, moderators' verdicts, decision log."""
    for column, kind in (("communes", str), ("signature", str), ("state", str),
                         ("verdict", str), ("checked_at", str), ("feed", str),
                         ("keywords", str)):
        db["stories"].add_column(column, kind)
    for column, kind in (("story_id", str), ("post_id", int), ("action", str)):
        db["items"].add_column(column, kind)
    db["items"].add_column("edits", int, not_null_default=0)
    db["items"].create_index(["feed", "guid"])
    db["items"].create_index(["story_id"])
    db["items"].create_index(["canonical_link"])
    db["decisions"].create({"id": int, "item_key": str, "at": str, "action": str,
                            "detail": str}, pk="id")
    db["decisions"].create_index(["item_key"])


def _migration_3(db: sqlite_utils.Database) -> None:
    """Feeds that keep failing back off."""
    db["feeds"].add_column("next_fetch_at", str)
    db["feeds"].add_column("last_status", int)


def _migration_4(db: sqlite_utils.Database) -> None:
    """A feed's pending items without reading its whole history."""
    db["items"].create_index(["status", "feed"])


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _migration_1, _migration_2, _migration_3, _migration_4]


@dataclass(frozen=True)
class FeedState:
    """What the store remembers of a feed."""

    validators: Validators
    first_fetch_at: str | None
    next_fetch_at: str | None = None
    failures: int = 0


class Store:
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
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc

    def close(self) -> None:
        self.db.conn.close()

    def backup(self, target: str | Path) -> None:
        """A consistent copy of the database, safe while the service runs."""
        destination = sqlite3.connect(str(target))
        try:
            self.db.conn.backup(destination)
        finally:
            destination.close()

    def pending_errors(self, limit: int = 10) -> list[dict]:
        """Items waiting for the forum, with the last error it gave."""
        return list(self.db.query("select feed, title, last_error, updated_at from items "
                                  "where status = 'pending' and last_error is not null "
                                  "order by updated_at desc limit ?", [limit]))

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise StoreError(f"{self.path} was written by a newer technopolice-bot "
                             f"(schema {version}); upgrade the bot")
        for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
            with self.transaction():
                migration(self.db)
                self.db.execute(f"PRAGMA user_version = {number}")

    # Feeds -----------------------------------------------------------------

    def feed_state(self, name: str, url: str) -> FeedState:
        """Validators and first fetch of a feed (empty validators if its URL changed)."""
        return self.feed_states([(name, url)])[name]

    def feed_states(self, feeds: list[tuple[str, str]]) -> dict[str, FeedState]:
        """`feed_state` of many (name, url) feeds: their rows read in a few queries, new
        or moved feeds written in one transaction (none when nothing changed)."""
        names = [name for name, _ in feeds]
        rows: dict[str, dict] = {}
        for start in range(0, len(names), 500):
            chunk = names[start:start + 500]
            rows.update((row["name"], row) for row in self.db.query(
                f"select * from feeds where name in ({','.join('?' * len(chunk))})", chunk))
        states: dict[str, FeedState] = {}
        new, moved = [], []
        for name, url in feeds:
            row = rows.get(name)
            if row is None:
                new.append((name, url))
                states[name] = FeedState(Validators(), None)
            elif row["url"] != url:
                moved.append((url, name))
                states[name] = FeedState(Validators(), row["first_fetch_at"])
            else:
                states[name] = FeedState(Validators(row["etag"], row["last_modified"]),
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
        now = _now()
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
        now = _now()
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

    # Items -----------------------------------------------------------------

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

    def update_item(self, key: str, changes: dict) -> None:
        self._update("items", "key", key, {**changes, "updated_at": _now()})

    def _update(self, table: str, pk: str, value: str, changes: dict) -> None:
        """A plain UPDATE (sqlite-utils' update() inspects the schema on every call)."""
        columns = ", ".join(f"[{name}] = ?" for name in changes)
        self.db.conn.execute(f"update [{table}] set {columns} where [{pk}] = ?",
                             [*changes.values(), value])

    def items_by_link(self, canonical: str) -> list[dict]:
        return list(self.db.query("select * from items where canonical_link = ? "
                                  "order by first_seen", [canonical]))

    def log_decision(self, key: str, action: str, detail: str) -> None:
        self.log_decisions([(key, action, detail)])

    def log_decisions(self, decisions: list[tuple[str, str, str]]) -> None:
        now = _now()
        self.db.conn.executemany("insert into decisions (item_key, at, action, detail) "
                                 "values (?, ?, ?, ?)",
                                 [(key, now, action, detail) for key, action, detail in decisions])

    def decisions(self, key: str) -> list[dict]:
        return list(self.db.query("select * from decisions where item_key = ? order by id",
                                  [key]))

    def add_items(self, records: list[dict]) -> None:
        """Insert new items in one statement batch."""
        if not records:
            return
        now = _now()
        rows = [{**r, "first_seen": r.get("first_seen") or now, "updated_at": now}
                for r in records]
        columns = list(rows[0])
        # A plain executemany: sqlite-utils' insert_all inspects and converts every value.
        self.db.conn.executemany(
            f"insert into items ({', '.join(f'[{c}]' for c in columns)}) "
            f"values ({', '.join('?' * len(columns))})",
            [[row[c] for c in columns] for row in rows])

    def feeds_with_pending(self) -> set[str]:
        """Feeds that have items waiting for the forum (one indexed query)."""
        return {row["feed"] for row in self.db.query(
            "select distinct feed from items where status = 'pending'")}

    def items_with_status(self, status: str, feed: str | None = None) -> list[dict]:
        sql, args = "select * from items where status = ?", [status]
        if feed is not None:
            sql, args = sql + " and feed = ?", args + [feed]
        return list(self.db.query(sql + " order by first_seen, key", args))

    def item(self, key: str) -> dict | None:
        return next(self.db.query("select * from items where key = ?", [key]), None)

    def item_error(self, key: str, error: str) -> None:
        self.update_item(key, {"last_error": error})

    # Stories ---------------------------------------------------------------

    def record_story(self, story: dict) -> None:
        self.db["stories"].upsert({**story, "created_at": story.get("created_at") or _now()},
                                  pk="external_id")

    def stories_since(self, since: str, mode: str) -> list[dict]:
        """Stories opened since `since` (ISO date) in this mode, newest first: the
        columns story matching reads."""
        return list(self.db.query("select external_id, item_key, communes, signature, "
                                  "created_at, feed from stories where created_at >= ? and "
                                  "mode = ? order by created_at desc", [since, mode]))

    def update_story(self, external_id: str, changes: dict) -> None:
        self._update("stories", "external_id", external_id, changes)

    def stories_to_check(self, checked_before: str, created_after: str,
                         limit: int) -> list[dict]:
        """Forum stories whose moderation state is worth refreshing, least recent first."""
        return list(self.db.query(
            "select * from stories where mode = 'forum' and topic_id is not null and "
            "coalesce(state, 'open') = 'open' and created_at >= ? and "
            "coalesce(checked_at, '') < ? order by coalesce(checked_at, ''), created_at "
            "limit ?", [created_after, checked_before, limit]))

    def week_numbers(self, since: str) -> dict[str, int]:
        """What happened since `since` (ISO date): items seen, threads, replies, edits,
        moderators' verdicts on the threads opened then."""
        def one(sql: str) -> int:
            return next(self.db.query(sql, [since]))["n"]

        return {
            "seen": one("select count(*) as n from items where first_seen >= ?"),
            "relevant": one("select count(*) as n from items where first_seen >= ? "
                            "and relevant = 1"),
            "opened": one("select count(*) as n from stories where created_at >= ? "
                          "and mode = 'forum' and topic_id is not null"),
            "replies": one("select count(*) as n from decisions where at >= ? and "
                           "action = 'reply' and detail like 'posted:%'"),
            "edits": one("select count(*) as n from decisions where at >= ? and "
                         "action = 'edit' and detail like '%was updated%'"),
            "kept": one("select count(*) as n from stories where created_at >= ? "
                        "and verdict = 'kept'"),
            "rejected": one("select count(*) as n from stories where created_at >= ? "
                            "and verdict = 'rejected'"),
        }

    def last_new_item(self) -> dict[str, str]:
        """feed → when it last brought a new item."""
        return {r["feed"]: r["last"] for r in self.db.query(
            "select feed, max(first_seen) as last from items group by feed")}

    def verdict_rows(self) -> list[dict]:
        return list(self.db.query("select feed, keywords, coalesce(verdict, 'undecided') "
                                  "as verdict from stories where mode = 'forum'"))

    def story(self, external_id: str) -> dict | None:
        return next(self.db.query("select * from stories where external_id = ?",
                                  [external_id]), None)

    def latest_stories(self, limit: int = 10) -> list[dict]:
        return list(self.db.query("select * from stories order by created_at desc, rowid desc "
                                  "limit ?", [limit]))

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


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
