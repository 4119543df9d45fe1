"""One pass over the feeds: load state → fetch → parse → match → decide → render →
publish → record. Each feed fails alone; forum failures leave items pending."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone

import httpx

from bot.communes import gazetteer
from bot.config import Config, FeedConfig, ForumConfig
from bot.decide import PENDING, POSTED, PREVIEWED, SUPPRESSED, decide_new_item
from bot.errors import FetchError, ParseError, PublishError
from bot.fetch import fetch_feed, make_client
from bot.forum import Forum
from bot.identity import canonical_link, content_hash, external_id, item_key
from bot.logs import event
from bot.matcher import MatchInput, match_item
from bot.parse import FeedItem, parse_feed
from bot.places import Scope
from bot.render import ThreadDraft, clean_title, render_body
from bot.store import Store, dumps


@dataclass
class FeedReport:
    """What one feed's turn did."""

    feed: str
    ok: bool = True
    error: str | None = None
    not_modified: bool = False
    new_items: int = 0
    relevant: int = 0
    published: int = 0
    pending: int = 0


@dataclass
class PassReport:
    """What a whole pass did."""

    feeds: list[FeedReport] = field(default_factory=list)

    @property
    def failed(self) -> list[FeedReport]:
        return [f for f in self.feeds if not f.ok]

    def total(self, attribute: str) -> int:
        return sum(getattr(f, attribute) for f in self.feeds)


class ForumUnavailable(Exception):
    """Stop publishing for this pass (bad key, rate limit): items stay pending."""


def run_pass(config: Config, store: Store, forum: Forum, *, now: datetime | None = None,
             client: httpx.Client | None = None) -> PassReport:
    """Run every enabled feed once."""
    report = PassReport()
    own_client = client is None
    client = client or make_client()
    try:
        for feed in config.feeds:
            if feed.enabled:
                report.feeds.append(run_feed(feed, config, store, forum, client=client, now=now))
    finally:
        if own_client:
            client.close()
    return report


def run_feed(feed: FeedConfig, config: Config, store: Store, forum: Forum, *,
             client: httpx.Client, now: datetime | None = None) -> FeedReport:
    """Fetch, match and record one feed, then publish its pending items."""
    now = now or datetime.now(timezone.utc)
    report = FeedReport(feed.name)
    state = store.feed_state(feed.name, feed.url)
    try:
        result = fetch_feed(client, feed.url, state.validators,
                            allow_private=config.allow_private_networks,
                            user_agent=feed.user_agent or config.user_agent)
        if result.not_modified:
            report.not_modified = True
            store.feed_succeeded(feed.name, None, result.permanent_redirect)
        else:
            parsed = parse_feed(result.body, result.headers, result.final_url)
            if parsed.unusable:
                event("feed.unusable_entries", logging.WARNING, feed=feed.name,
                      count=parsed.unusable, reason="no title/text or no link/guid")
            _record_new_items(feed, config, store, parsed.items, now, report)
            store.feed_succeeded(feed.name, result.validators, result.permanent_redirect)
        if result.permanent_redirect:
            event("feed.moved", logging.WARNING, feed=feed.name, to=result.permanent_redirect)
    except (FetchError, ParseError) as exc:
        report.ok, report.error = False, str(exc)
        store.feed_failed(feed.name, str(exc))
        event("feed.failed", logging.WARNING, feed=feed.name, error=str(exc))
    _publish_pending(feed, config.forum, store, forum, report)
    event("feed.done", feed=feed.name, ok=report.ok, not_modified=report.not_modified,
          new=report.new_items, relevant=report.relevant, published=report.published,
          pending=report.pending)
    return report


def _record_new_items(feed: FeedConfig, config: Config, store: Store, items: list[FeedItem],
                      now: datetime, report: FeedReport) -> None:
    keyed = {}
    for item in items:
        keyed.setdefault(item_key(item.link, item.guid, item.title, feed.name), item)
    known = store.known_keys(list(keyed))
    scope = Scope(feed.commune, feed.departement, feed.region)
    for key, item in keyed.items():
        if key in known:
            continue
        match = match_item(MatchInput(item.title, item.summary, feed.kind, scope),
                           config.matching, config.forum)
        decision = decide_new_item(relevant=match.relevant, score=match.relevance.score,
                                   threshold=match.relevance.threshold, published=item.published,
                                   now=now, max_age_days=config.max_age_days)
        store.add_item({
            "key": key, "feed": feed.name, "guid": item.guid, "link": item.link,
            "canonical_link": canonical_link(item.link), "title": item.title,
            "summary": item.summary,
            "published": item.published.isoformat() if item.published else None,
            "first_seen": now.isoformat(timespec="seconds"),
            "content_hash": content_hash(item.title, item.summary),
            "relevant": int(match.relevant), "score": match.relevance.score,
            "match_json": dumps(match.to_json(config.forum)), "status": decision.status,
            "reason": decision.reason, "external_id": external_id(key),
        })
        report.new_items += 1
        report.relevant += int(match.relevant)
        event("item.new", logging.DEBUG, feed=feed.name, item=key, status=decision.status,
              score=match.relevance.score)
    store.count_feed(feed.name, seen=report.new_items)


def _publish_pending(feed: FeedConfig, forum_config: ForumConfig, store: Store, forum: Forum,
                     report: FeedReport) -> None:
    pending = store.items_with_status(PENDING, feed.name)
    for position, item in enumerate(pending):
        try:
            _publish(item, feed, forum_config, store, forum)
            report.published += 1
        except ForumUnavailable:
            report.pending = len(pending) - position
            return
        except PublishError as exc:
            store.item_error(item["key"], str(exc))
            report.pending += 1
            event("item.publish_failed", logging.ERROR, feed=feed.name, item=item["key"],
                  error=str(exc))
    store.count_feed(feed.name, posted=report.published)


def draft_for(item: dict, feed: FeedConfig, forum_config: ForumConfig) -> ThreadDraft:
    """The thread to open for a stored item."""
    match = json.loads(item["match_json"])
    published = datetime.fromisoformat(item["published"]) if item["published"] else None
    return ThreadDraft(
        external_id=item["external_id"],
        title=clean_title(item["title"], feed.name),
        body=render_body(source=feed.name, link=item["link"], published=published,
                         summary=item["summary"], communes=match["communes"],
                         keywords=[k["term"] for k in match["keywords"]
                                   if k["counted"] and k["weight"] > 0],
                         score=match["score"], feed=feed.name),
        tags=tuple(match["tags"]),
        category=route_category(match["communes"], forum_config),
    )


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
            topic = forum.create_topic(draft)
            reason = "new topic"
    except PublishError as exc:
        if exc.status in (401, 403) or exc.status == 429:
            store.item_error(item["key"], str(exc))
            event("forum.unavailable", logging.ERROR, feed=feed.name, item=item["key"],
                  error=str(exc))
            raise ForumUnavailable(str(exc)) from exc
        if exc.status == 422 and "external" in str(exc).lower():
            # The forum keeps the external_id of a deleted topic: a moderator removed it.
            store.set_item_status(item["key"], SUPPRESSED, reason="topic deleted on the forum "
                                  "(external_id taken): not recreated", error=str(exc))
            event("item.suppressed", feed=feed.name, item=item["key"])
            return
        raise
    _record(store, item, draft, topic, POSTED, reason, forum)


def _record(store: Store, item: dict, draft: ThreadDraft, topic, status: str, reason: str,
            forum: Forum) -> None:
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
