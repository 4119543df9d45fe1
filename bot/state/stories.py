"""The `stories` table: one forum thread per story, and moderators' verdicts on it."""
from __future__ import annotations

from bot.state.rows import Rows, now_iso


class StoryRows(Rows):
    """Store's part for the `stories` table."""

    def record_story(self, story: dict) -> None:
        self.db["stories"].upsert({**story, "created_at": story.get("created_at") or now_iso()},
                                  pk="external_id")

    def update_story(self, external_id: str, changes: dict) -> None:
        self._update("stories", "external_id", external_id, changes)

    def story(self, external_id: str) -> dict | None:
        return next(self.db.query("select * from stories where external_id = ?",
                                  [external_id]), None)

    def stories_since(self, since: str, mode: str) -> list[dict]:
        """Stories opened since `since` (ISO date) in this mode, newest first: the
        columns story matching reads."""
        return list(self.db.query("select external_id, item_key, communes, signature, "
                                  "created_at, feed from stories where created_at >= ? and "
                                  "mode = ? order by created_at desc", [since, mode]))

    def stories_to_check(self, checked_before: str, created_after: str,
                         limit: int) -> list[dict]:
        """Forum stories whose moderation state is worth refreshing, least recent first."""
        return list(self.db.query(
            "select * from stories where mode = 'forum' and topic_id is not null and "
            "coalesce(state, 'open') = 'open' and created_at >= ? and "
            "coalesce(checked_at, '') < ? order by coalesce(checked_at, ''), created_at "
            "limit ?", [created_after, checked_before, limit]))

    def latest_stories(self, limit: int = 10) -> list[dict]:
        return list(self.db.query("select * from stories order by created_at desc, rowid desc "
                                  "limit ?", [limit]))

    def verdict_rows(self) -> list[dict]:
        return list(self.db.query("select feed, keywords, coalesce(verdict, 'undecided') "
                                  "as verdict from stories where mode = 'forum'"))

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
