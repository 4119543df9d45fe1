"""Collect moderators' verdicts on the bot's threads, and sum them up per feed and per
vocabulary term so maintainers can prune noisy feeds and terms."""
from __future__ import annotations

import json
import logging
from collections import Counter
from datetime import datetime, timedelta

from bot.config import ForumConfig
from bot.errors import PublishError
from bot.forum.base import Forum
from bot.logs import event
from bot.state.store import Store
from bot.threads.moderation import KEPT, REJECTED, UNDECIDED, classify

RECHECK_AFTER = timedelta(hours=12)
FOLLOW_FOR = timedelta(days=30)
PER_PASS = 20  # topic reads per pass: a small share of the forum's 60 requests/min


def refresh_verdicts(store: Store, forum: Forum, forum_config: ForumConfig, now: datetime,
                     limit: int = PER_PASS) -> int:
    """Re-read up to `limit` recent open threads; return how many were read."""
    if forum.mode != "forum":
        return 0
    rows = store.stories_to_check((now - RECHECK_AFTER).isoformat(),
                                  (now - FOLLOW_FOR).isoformat(), limit)
    for row in rows:
        try:
            state = forum.topic_state(row["topic_id"])
        except PublishError as exc:
            event("verdicts.stopped", logging.WARNING, error=str(exc))
            return rows.index(row)
        name, verdict = classify(state, forum_config.triage_tag, forum_config.off_topic_tag)
        store.update_story(row["external_id"], {"state": name, "verdict": verdict,
                                                "checked_at": now.isoformat()})
        if name != row["state"] or verdict != row["verdict"]:
            event("story.moderated", story=row["external_id"], topic=row["topic_id"],
                  state=name, verdict=verdict)
    return len(rows)


def verdict_table(rows: list[dict]) -> tuple[dict[str, Counter], dict[str, Counter]]:
    """Verdict counts per feed and per vocabulary term (pure)."""
    per_feed: dict[str, Counter] = {}
    per_term: dict[str, Counter] = {}
    for row in rows:
        verdict = row["verdict"] if row["verdict"] in (KEPT, REJECTED) else UNDECIDED
        per_feed.setdefault(row["feed"] or "?", Counter())[verdict] += 1
        for term in json.loads(row["keywords"] or "[]"):
            per_term.setdefault(term, Counter())[verdict] += 1
    return per_feed, per_term
