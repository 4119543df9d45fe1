"""The database's schema, as the migrations that build it (PRAGMA user_version counts
the ones applied)."""
from __future__ import annotations

from typing import Callable

import sqlite_utils


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


def _migration_5(db: sqlite_utils.Database) -> None:
    """Prefectures' recueils: documents met, and where each act was posted."""
    db["documents"].create({
        "feed": str, "url": str, "kind": str, "status": str, "label": str, "etag": str,
        "last_modified": str, "links": str, "sha256": str, "published": str, "pages": int,
        "scanned": int, "ocr": int, "acts": int, "relevant": int, "size": int, "detail": str,
        "seen_at": str,
    }, pk=("feed", "url"))
    db["documents"].create_index(["sha256"])
    db["act_posts"].create({"item_key": str, "thread_key": str, "story_id": str,
                            "post_id": int, "status": str, "at": str},
                           pk=("item_key", "thread_key"))


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _migration_1, _migration_2, _migration_3, _migration_4, _migration_5]
