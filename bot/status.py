"""Render `status`: feed health and the latest threads, as plain text tables."""
from __future__ import annotations

import json


def _table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h)
              for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)) for row in rows]
    return "\n".join(line.rstrip() for line in lines)


def _short(text: str | None, size: int) -> str:
    text = (text or "").replace("\n", " ")
    return text if len(text) <= size else text[:size - 1] + "…"


def render_status(feeds: list[dict], stories: list[dict]) -> str:
    """The text `technopolice-bot status` prints."""
    feed_rows = [[f["name"], _short(f["last_success_at"], 25) or "never",
                  _short(f["last_error"], 60) or "-", str(f["failures"]), str(f["items_seen"]),
                  str(f["items_posted"])] for f in feeds]
    story_rows = [[s["created_at"], "aperçu" if s["mode"] == "preview" else str(s["topic_id"]),
                   _short(s["title"], 60), ", ".join(json.loads(s["tags"] or "[]"))]
                  for s in stories]
    return "\n".join([
        f"Feeds ({len(feeds)})",
        _table(["feed", "last success", "last error", "failures", "seen", "posted"], feed_rows),
        "",
        f"Latest threads ({len(stories)})",
        _table(["when", "topic", "title", "tags"], story_rows),
    ])
