"""Publish pending items: look up, create, record. Forum failures leave items pending."""
from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass
from datetime import datetime
from typing import Callable

from bot.communes import gazetteer
from bot.config import FeedConfig, ForumConfig
from bot.decide import PENDING, POSTED, PREVIEWED, SUPPRESSED
from bot.errors import PublishError
from bot.forum import Forum, TopicRef
from bot.logs import event
from bot.render import TITLE_MAX, ThreadDraft, clean_title, french_date, render_body
from bot.store import Store, dumps

REFUSED_PAUSE = 300.0  # seconds without publishing after the forum refuses the bot's key


class ForumGate:
    """Closed for a while after the forum refuses the bot (401/403) or rate-limits it
    (429): the other feeds of the pass keep their items pending instead of hammering."""

    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self.clock = clock
        self.until = 0.0
        self.reason: str | None = None

    @property
    def is_open(self) -> bool:
        return self.clock() >= self.until

    def close(self, seconds: float, reason: str) -> None:
        self.until = max(self.until, self.clock() + seconds)
        self.reason = reason


@dataclass
class PublishOutcome:
    published: int = 0
    pending: int = 0


def publish_pending(feed: FeedConfig, forum_config: ForumConfig, store: Store, forum: Forum,
                    gate: ForumGate) -> PublishOutcome:
    """Publish the feed's pending items, oldest first."""
    outcome = PublishOutcome()
    for item in store.items_with_status(PENDING, feed.name):
        if not gate.is_open:
            outcome.pending += 1
            continue
        try:
            _publish(item, feed, forum_config, store, forum)
            outcome.published += 1
        except PublishError as exc:
            store.item_error(item["key"], str(exc))
            outcome.pending += 1
            event("item.publish_failed", logging.ERROR, feed=feed.name, item=item["key"],
                  error=str(exc))
            if exc.status in (401, 403):
                gate.close(REFUSED_PAUSE, str(exc))
            elif exc.status == 429:
                gate.close(exc.wait_seconds or 60.0, str(exc))
    store.count_feed(feed.name, posted=outcome.published)
    return outcome


def draft_for(item: dict, feed: FeedConfig, forum_config: ForumConfig) -> ThreadDraft:
    """The thread to open for a stored item."""
    match = json.loads(item["match_json"])
    return ThreadDraft(
        external_id=item["external_id"],
        title=clean_title(item["title"], feed.name),
        body=render_body(source=feed.name, link=item["link"], published=_published(item),
                         summary=item["summary"], communes=match["communes"],
                         keywords=[k["term"] for k in match["keywords"]
                                   if k["counted"] and k["weight"] > 0],
                         score=match["score"], feed=feed.name),
        tags=tuple(match["tags"]),
        category=route_category(match["communes"], forum_config),
    )


def _published(item: dict) -> datetime | None:
    return datetime.fromisoformat(item["published"]) if item["published"] else None


def route_category(communes: list[dict], forum_config: ForumConfig) -> int | None:
    """The region's category, the national one when no commune, else the default."""
    if not communes:
        return forum_config.national_category or forum_config.category
    places = gazetteer()
    for commune in communes:
        found = places.commune(commune["code"])
        if found and found.region in forum_config.region_categories:
            return forum_config.region_categories[found.region]
    return forum_config.category


def title_variants(title: str, feed: FeedConfig, item: dict) -> list[str]:
    """The title, then forms made unique with the source and the date, for a forum
    that refuses a title already used by another topic."""
    def fit(suffix: str) -> str:
        return title[:TITLE_MAX - len(suffix)].rstrip() + suffix

    date = french_date(_published(item)) if item["published"] else item["first_seen"][:10]
    return [title, fit(f" — {feed.name}"), fit(f" — {feed.name}, {date}"),
            fit(f" — {feed.name} ({item['key'][:6]})")]


def _create(draft: ThreadDraft, feed: FeedConfig, item: dict, forum: Forum) -> tuple[ThreadDraft,
                                                                                     TopicRef]:
    last_error: PublishError | None = None
    for title in title_variants(draft.title, feed, item):
        attempt = ThreadDraft(draft.external_id, title, draft.body, draft.tags, draft.category)
        try:
            return attempt, forum.create_topic(attempt)
        except PublishError as exc:
            if exc.status != 422 or "Title has already been used" not in str(exc):
                raise
            last_error = exc
    assert last_error is not None
    raise last_error


def _publish(item: dict, feed: FeedConfig, forum_config: ForumConfig, store: Store,
             forum: Forum) -> None:
    draft = draft_for(item, feed, forum_config)
    if forum.mode == "preview":
        forum.create_topic(draft)
        _record(store, item, draft, None, PREVIEWED, "preview mode: printed, not posted", forum)
        return
    try:
        topic = forum.find_topic(draft.external_id)
        reason = "topic already on the forum (external_id)"
        if topic is None:
            draft, topic = _create(draft, feed, item, forum)
            reason = "new topic"
    except PublishError as exc:
        if exc.status == 422 and "external" in str(exc).lower():
            # The forum keeps the external_id of a deleted topic: a moderator removed it.
            store.set_item_status(item["key"], SUPPRESSED, reason="topic deleted on the forum "
                                  "(external_id taken): not recreated", error=str(exc))
            event("item.suppressed", feed=feed.name, item=item["key"])
            return
        raise
    _record(store, item, draft, topic, POSTED, reason, forum)


def _record(store: Store, item: dict, draft: ThreadDraft, topic: TopicRef | None, status: str,
            reason: str, forum: Forum) -> None:
    with store.transaction():
        store.record_story({
            "external_id": draft.external_id, "item_key": item["key"],
            "topic_id": topic.topic_id if topic else None,
            "post_id": topic.post_id if topic else None, "url": topic.url if topic else "",
            "title": draft.title, "tags": dumps(list(draft.tags)), "category": draft.category,
            "mode": forum.mode,
        })
        store.set_item_status(item["key"], status, reason=reason,
                              topic_id=topic.topic_id if topic else None)
    event("item.published", feed=item["feed"], item=item["key"], status=status,
          topic=topic.topic_id if topic else None, title=draft.title)
