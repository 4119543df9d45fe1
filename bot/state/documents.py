"""The `documents` and `act_posts` tables: what a prefecture's listing pages linked to,
which recueils were read (hash, pages, acts, pages without text), and where each act
was posted (an act may go to several threads: one row per thread, so a crash between
two of them never posts one twice)."""
from __future__ import annotations

import json

from bot.state.rows import Rows, now_iso


class DocumentRows(Rows):
    """Store's part for the `documents` and `act_posts` tables."""

    def documents(self, feed: str) -> dict[str, dict]:
        """The documents an entry met, by URL (listing pages' links decoded)."""
        found = {}
        for row in self.db.execute_returning_dicts(
                "select * from documents where feed = ?", [feed]):
            if row["links"]:
                row["links"] = json.loads(row["links"])
            found[row["url"]] = row
        return found

    def document_hashes(self) -> frozenset[str]:
        """Content hashes of every recueil read, whatever its URL or entry."""
        return frozenset(row[0] for row in self.db.execute(
            "select distinct sha256 from documents where sha256 is not null"))

    def record_documents(self, feed: str, records: tuple[dict, ...] | list[dict]) -> None:
        """Remember documents met this turn (a listing page again: its new validators and
        links; a recueil: its status and figures)."""
        now = now_iso()
        rows = []
        for record in records:
            row = {**record, "feed": feed, "seen_at": now}
            if "links" in row:
                row["links"] = json.dumps(row["links"], ensure_ascii=False)
            rows.append(row)
        if rows:
            self.db["documents"].upsert_all(rows, pk=("feed", "url"), alter=True)

    def count_relevant(self, feed: str, url: str, relevant: int) -> None:
        self.db.conn.execute("update documents set relevant = coalesce(relevant, 0) + ? "
                             "where feed = ? and url = ?", [relevant, feed, url])

    def recueils(self, feed: str | None = None) -> list[dict]:
        """Recueils met, newest first (status shows them per prefecture)."""
        where, params = "kind = 'pdf'", []
        if feed is not None:
            where += " and feed = ?"
            params.append(feed)
        return list(self.db.execute_returning_dicts(
            f"select * from documents where {where} order by published desc, seen_at desc",
            params))

    def act_posts(self, item_key: str) -> dict[str, dict]:
        """Where an act was posted (or decided not to be), by thread key."""
        return {row["thread_key"]: row for row in self.db.execute_returning_dicts(
            "select * from act_posts where item_key = ?", [item_key])}

    def record_act_post(self, item_key: str, thread_key: str, story_id: str | None,
                        post_id: int | None, status: str) -> None:
        self.db["act_posts"].upsert({"item_key": item_key, "thread_key": thread_key,
                                     "story_id": story_id, "post_id": post_id,
                                     "status": status, "at": now_iso()},
                                    pk=("item_key", "thread_key"))
