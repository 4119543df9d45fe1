"""The `decisions` table: what the bot decided about each item, and why (read by `why`)."""
from __future__ import annotations

from bot.state.rows import Rows, now_iso


class DecisionRows(Rows):
    """Store's part for the `decisions` table."""

    def log_decision(self, key: str, action: str, detail: str) -> None:
        self.log_decisions([(key, action, detail)])

    def log_decisions(self, decisions: list[tuple[str, str, str]]) -> None:
        now = now_iso()
        self.db.conn.executemany("insert into decisions (item_key, at, action, detail) "
                                 "values (?, ?, ?, ?)",
                                 [(key, now, action, detail) for key, action, detail in decisions])

    def decisions(self, key: str) -> list[dict]:
        return list(self.db.query("select * from decisions where item_key = ? order by id",
                                  [key]))
