"""Publish pending items: open a thread, add to an existing story, or edit the bot's
own post. Moderators' decisions are re-read on the forum before acting on a known
story; forum failures leave items pending."""
from __future__ import annotations

import html
import json
import logging
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Callable

from bot.config import FeedConfig, ForumConfig
from bot.errors import PublishError
from bot.forum.base import Forum, ThreadDraft, TopicRef, TopicState
from bot.logs import event
from bot.matching.communes import gazetteer
from bot.state.store import Store, dumps
from bot.threads.decide import PENDING, POSTED, PREVIEWED, SUPPRESSED
from bot.threads.moderation import DELETED, OPEN, classify, may_act
from bot.threads.render import (
    EDIT_REASON,
    TITLE_MAX,
    clean_title,
    french_date,
    render_body,
    render_reply,
    safe_link,
)
from bot.threads.stories import Signature, StoryCandidate, choose_story, signature

REFUSED_PAUSE = 300.0  # seconds without publishing after the forum refuses the bot's key
UNRESPONSIVE_PAUSE = 600.0  # ... after it twice accepted a request and never answered
TIMEOUTS_BEFORE_PAUSE = 2


class ForumGate:
    """Closed for a while after the forum refuses the bot (401/403), rate-limits it
    (429) or stops answering (two timeouts in a row): the other feeds keep their items
    pending instead of hammering the forum or waiting 30 s per item."""

    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self.clock = clock
        self.until = 0.0
        self.since = 0.0
        self.reason: str | None = None
        self.timeouts = 0  # forum timeouts in a row
        self.refused = False  # the forum refused the bot's key (401/403) at least once

    @property
    def is_open(self) -> bool:
        return self.clock() >= self.until

    @property
    def pause_seconds(self) -> float:
        """How long the current pause lasts from its start to its planned end (0: open)."""
        return 0.0 if self.is_open else self.until - self.since

    def close(self, seconds: float, reason: str) -> None:
        if self.is_open:
            self.since = self.clock()
        self.until = max(self.until, self.clock() + seconds)
        self.reason = reason

    def failed(self, error: PublishError) -> None:
        """Close the gate if `error` says the forum should be left alone for a while."""
        self.timeouts = self.timeouts + 1 if error.timed_out else 0
        if error.status in (401, 403):
            self.refused = True
            self.close(REFUSED_PAUSE, str(error))
        elif error.status == 429:
            self.close(error.wait_seconds or 60.0, str(error))
        elif self.timeouts >= TIMEOUTS_BEFORE_PAUSE:
            self.close(UNRESPONSIVE_PAUSE, f"the forum did not answer {self.timeouts} times in "
                                           "a row: publishing stopped, items stay pending")
            event("forum.unresponsive", logging.ERROR, detail=self.reason,
                  paused_seconds=UNRESPONSIVE_PAUSE)

    def succeeded(self) -> None:
        self.timeouts = 0


@dataclass
class PublishOutcome:
    published: int = 0
    pending: int = 0
    failed: int = 0  # attempts the forum refused or failed


@dataclass(frozen=True)
class Context:
    """What every publishing step needs."""

    feed: FeedConfig
    forum_config: ForumConfig
    store: Store
    forum: Forum
    now: datetime


def publish_pending(feed: FeedConfig, forum_config: ForumConfig, store: Store, forum: Forum,
                    gate: ForumGate, now: datetime) -> PublishOutcome:
    """Publish the feed's pending items, oldest first."""
    return publish_each(Context(feed, forum_config, store, forum, now), gate, _publish_item)


_PUBLISHING = threading.Lock()  # one publisher at a time, whatever the entry's kind


def publish_each(ctx: Context, gate: ForumGate,
                 publish_one: Callable[[Context, dict], None]) -> PublishOutcome:
    """Publish the entry's pending items, oldest first, with `publish_one`: a forum
    failure leaves the item pending with its error and may close the gate; the service's
    jobs publish one at a time (stories stay one)."""
    feed, store = ctx.feed, ctx.store
    outcome = PublishOutcome()
    with _PUBLISHING:
        for item in store.items_with_status(PENDING, feed.name):
            if not gate.is_open:
                outcome.pending += 1
                continue
            try:
                publish_one(ctx, item)
                outcome.published += 1
                gate.succeeded()
            except PublishError as exc:
                store.item_error(item["key"], str(exc))
                outcome.pending += 1
                outcome.failed += 1
                event("item.publish_failed", logging.ERROR, feed=feed.name, item=item["key"],
                      error=str(exc))
                gate.failed(exc)
        store.count_feed(feed.name, posted=outcome.published)
    return outcome


def _publish_item(ctx: Context, item: dict) -> None:
    if item["action"] == "edit":
        _edit(ctx, item)
    else:
        _open_or_reply(ctx, item)


# Opening a thread or joining a story -------------------------------------------


def _open_or_reply(ctx: Context, item: dict) -> None:
    match = json.loads(item["match_json"])
    communes = frozenset(c["code"] for c in match["communes"])
    item_signature = signature(item["title"], item["summary"])
    since = (ctx.now - timedelta(days=ctx.forum_config.story_window_days)).isoformat()
    candidates = [_candidate(row) for row in ctx.store.stories_since(since, ctx.forum.mode)
                  if row["item_key"] != item["key"]]
    story = choose_story(item_signature, communes, candidates, ctx.now,
                         ctx.forum_config.story_window_days, ctx.feed.name)
    if story is not None:
        _reply(ctx, item, ctx.store.story(story.story_id), story.reason)
    else:
        _open(ctx, item, match, communes, item_signature)


_CANDIDATES: dict[tuple, StoryCandidate] = {}


def _candidate(row: dict) -> StoryCandidate:
    """A stored story as story matching reads it, decoded once per process rather than
    once for every item compared with it (keyed by the row's own fields, so a changed
    row is decoded again)."""
    key = (row["external_id"], row["communes"], row["signature"], row["created_at"], row["feed"])
    cached = _CANDIDATES.get(key)
    if cached is None:
        if len(_CANDIDATES) > 100_000:
            _CANDIDATES.clear()
        cached = _CANDIDATES[key] = StoryCandidate(
            row["external_id"], frozenset(json.loads(row["communes"] or "[]")),
            Signature.from_json(json.loads(row["signature"] or "{}")),
            datetime.fromisoformat(row["created_at"]), row["feed"] or "")
    return cached


def _open(ctx: Context, item: dict, match: dict, communes: frozenset[str],
          item_signature: Signature) -> None:
    draft = draft_for(item, ctx.feed, ctx.forum_config)
    story = {"external_id": draft.external_id, "item_key": item["key"], "title": draft.title,
             "tags": dumps(list(draft.tags)), "category": draft.category,
             "mode": ctx.forum.mode, "communes": dumps(sorted(communes)),
             "signature": dumps(item_signature.to_json()), "feed": ctx.feed.name,
             "keywords": dumps(_positive_terms(match)), "state": OPEN,
             "checked_at": ctx.now.isoformat(),  # just created: nothing to re-read yet
             "created_at": ctx.now.isoformat(timespec="seconds")}
    if ctx.forum.mode == "preview":
        ctx.forum.create_topic(draft)
        _record(ctx, item, story, None, PREVIEWED, "open", "preview: thread printed, not posted")
        return
    topic = ctx.forum.find_topic(draft.external_id)
    if topic is not None:
        state, verdict = classify(ctx.forum.topic_state(topic.topic_id),
                                  ctx.forum_config.triage_tag, ctx.forum_config.off_topic_tag)
        story.update(state=state, verdict=verdict, checked_at=ctx.now.isoformat())
        _record(ctx, item, story, topic, POSTED, "open",
                f"thread already on the forum (external_id), {state}: nothing posted")
        return
    try:
        draft, topic = _create(draft, ctx.feed, item, ctx.forum)
    except PublishError as exc:
        if exc.status != 422 or "external" not in str(exc).lower():
            raise
        # The external_id is taken: by a live thread (another run opened it since the
        # look-up above), or by a thread moderators deleted (Discourse keeps its id).
        topic = ctx.forum.find_topic(draft.external_id)
        if topic is not None:
            _record(ctx, item, story, topic, POSTED, "open",
                    "thread opened meanwhile by another run (external_id): nothing posted")
            return
        story.update(state=DELETED, verdict="rejected")
        _record(ctx, item, story, None, SUPPRESSED, "open",
                "thread deleted by moderators (external_id taken): not recreated")
        return
    story["title"] = draft.title
    _record(ctx, item, story, topic, POSTED, "open", "new thread")


def _reply(ctx: Context, item: dict, story: dict, reason: str) -> None:
    body = reply_body(item, ctx.feed, reason)
    if ctx.forum.mode == "preview":
        ctx.forum.reply(0, body)
        _record_item(ctx, item, story, None, PREVIEWED, "reply", f"preview: {reason}")
        return
    if story["state"] != OPEN or story["topic_id"] is None:
        _record_item(ctx, item, story, None, SUPPRESSED, "reply",
                     f"{reason}, but moderators left that thread {story['state']}: not bumped")
        return
    state = refresh_thread(ctx, story)
    if not may_act(story["state"]):
        _record_item(ctx, item, story, None, SUPPRESSED, "reply",
                     f"{reason}, but moderators left that thread {story['state']}: not bumped")
        return
    link = safe_link(item["link"]) or ""
    # Discourse gives posts as rendered HTML (`&` written `&amp;`): compare unescaped.
    if link and any(link in html.unescape(post) for post in state.posts):
        _record_item(ctx, item, story, None, POSTED, "reply",
                     f"{reason}: already in the thread, nothing posted")
        return
    post_id = ctx.forum.reply(story["topic_id"], body)
    _record_item(ctx, item, story, post_id, POSTED, "reply", reason)


def refresh_thread(ctx: Context, story: dict) -> TopicState:
    """Read the thread again and remember what moderators did to it."""
    state = ctx.forum.topic_state(story["topic_id"])
    name, verdict = classify(state, ctx.forum_config.triage_tag, ctx.forum_config.off_topic_tag)
    story.update(state=name, verdict=verdict)
    ctx.store.update_story(story["external_id"], {"state": name, "verdict": verdict,
                                                  "checked_at": ctx.now.isoformat()})
    return state or TopicState(story["topic_id"], deleted=True)


# Editing the bot's own post -----------------------------------------------------


def _edit(ctx: Context, item: dict) -> None:
    story = ctx.store.story(item["story_id"]) if item["story_id"] else None
    if story is None:
        ctx.store.update_item(item["key"], {"status": SUPPRESSED, "action": "edit",
                                            "reason": "edited at the source, but its thread "
                                                      "is unknown: nothing changed"})
        return
    opener = story["item_key"] == item["key"]
    body = (draft_for(item, ctx.feed, ctx.forum_config).body if opener
            else reply_body(item, ctx.feed, "article modifié par la source"))
    done = PREVIEWED if ctx.forum.mode == "preview" else POSTED
    if ctx.forum.mode == "forum":
        if story["state"] == OPEN and story["topic_id"] is not None:
            refresh_thread(ctx, story)
        if not may_act(story["state"]) or not item["post_id"]:
            _finish_edit(ctx, item, done, f"edited at the source; thread {story['state']}: "
                                          "left as moderators left it")
            return
    ctx.forum.edit_post(item["post_id"] or 0, body, EDIT_REASON)
    ctx.store.update_item(item["key"], {"edits": (item["edits"] or 0) + 1})
    _finish_edit(ctx, item, done, "edited at the source: the bot's post was updated")


def _finish_edit(ctx: Context, item: dict, status: str, reason: str) -> None:
    ctx.store.update_item(item["key"], {"status": status, "reason": reason, "last_error": None})
    ctx.store.log_decision(item["key"], "edit", reason)
    event("item.edited", feed=ctx.feed.name, item=item["key"], detail=reason)


# Rendering and recording ------------------------------------------------------------


def _positive_terms(match: dict) -> list[str]:
    """The vocabulary terms that counted for the item (moderators' verdicts per term)."""
    return [k["term"] for k in match["keywords"] if k["counted"] and k["weight"] > 0]


def _shown_terms(match: dict) -> list[str]:
    """Those terms as readers see them: the article's own words for a pattern
    ("57 caméras"), never the pattern's internal name."""
    return [k.get("shown") or k["term"] for k in match["keywords"]
            if k["counted"] and k["weight"] > 0]


def _published(item: dict) -> datetime | None:
    return datetime.fromisoformat(item["published"]) if item["published"] else None


def draft_for(item: dict, feed: FeedConfig, forum_config: ForumConfig) -> ThreadDraft:
    """The thread to open for a stored item."""
    match = json.loads(item["match_json"])
    return ThreadDraft(
        external_id=item["external_id"],
        title=clean_title(item["title"], feed.name),
        body=render_body(source=feed.name, link=item["link"], published=_published(item),
                         summary=item["summary"], communes=match["communes"],
                         keywords=_shown_terms(match), score=match["score"], feed=feed.name,
                         off_topic_tag=forum_config.off_topic_tag),
        tags=tuple(match["tags"]),
        category=route_category(match["communes"], forum_config),
    )


def reply_body(item: dict, feed: FeedConfig, reason: str) -> str:
    return render_reply(source=feed.name, link=item["link"], title=item["title"],
                        published=_published(item), summary=item["summary"],
                        reason=_french_reason(reason))


def _french_reason(reason: str) -> str:
    if reason.startswith("follow-up"):
        return "suite d’un sujet déjà suivi dans ce fil"
    if reason.startswith("article modifié"):
        return reason
    return "même sujet que ce fil"


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


def _create(draft: ThreadDraft, feed: FeedConfig, item: dict,
            forum: Forum) -> tuple[ThreadDraft, TopicRef]:
    return create_with_titles(draft, title_variants(draft.title, feed, item), forum)


def create_with_titles(draft: ThreadDraft, titles: list[str],
                       forum: Forum) -> tuple[ThreadDraft, TopicRef]:
    """Open the thread under the first of `titles` the forum accepts (Discourse refuses
    a title another topic already has)."""
    last_error: PublishError | None = None
    for title in titles:
        attempt = ThreadDraft(draft.external_id, title, draft.body, draft.tags, draft.category)
        try:
            return attempt, forum.create_topic(attempt)
        except PublishError as exc:
            if exc.status != 422 or "Title has already been used" not in str(exc):
                raise
            last_error = exc
    assert last_error is not None
    raise last_error


def _record(ctx: Context, item: dict, story: dict, topic: TopicRef | None, status: str,
            action: str, reason: str) -> None:
    """A thread opened (or found, or refused): the story and its first item, together."""
    story.update(topic_id=topic.topic_id if topic else None,
                 post_id=topic.post_id if topic else None, url=topic.url if topic else "")
    with ctx.store.transaction():
        ctx.store.record_story(story)
        _update_item(ctx, item, story, topic.post_id if topic else None, status, action, reason)
    event("item.published", feed=ctx.feed.name, item=item["key"], action=action, status=status,
          topic=story["topic_id"], title=story["title"])


def _record_item(ctx: Context, item: dict, story: dict, post_id: int | None, status: str,
                 action: str, reason: str) -> None:
    with ctx.store.transaction():
        _update_item(ctx, item, story, post_id, status, action, reason)
    event("item.published", feed=ctx.feed.name, item=item["key"], action=action, status=status,
          topic=story["topic_id"], story=story["external_id"])


def _update_item(ctx: Context, item: dict, story: dict, post_id: int | None, status: str,
                 action: str, reason: str) -> None:
    ctx.store.update_item(item["key"], {
        "status": status, "reason": reason, "action": action, "last_error": None,
        "story_id": story["external_id"], "topic_id": story.get("topic_id"), "post_id": post_id})
    ctx.store.log_decision(item["key"], action, f"{status}: {reason}")
