"""Publish a prefecture's pending acts: each to its threads (threads/acts.py), opening
a thread the first time. Exactly once per (act, thread): each step is recorded in
`act_posts` as soon as the forum accepts it, and a thread found on the forum (a lost
database, another run) is read before replying, so an act whose link is already there
is not posted again. Moderators' decisions are re-read and respected, as for press
items."""
from __future__ import annotations

import html
import json
from datetime import datetime
from typing import NamedTuple

from bot.config import FeedConfig, ForumConfig
from bot.errors import PublishError
from bot.forum.base import Forum, ThreadDraft
from bot.logs import event
from bot.matching.communes import gazetteer
from bot.state.identity import act_key, thread_external_id
from bot.state.store import Store, dumps
from bot.threads.acts import ThreadPlan, act_block, plan_threads, reply_body, thread_body
from bot.threads.decide import POSTED, PREVIEWED, SUPPRESSED
from bot.threads.moderation import DELETED, OPEN, classify, may_act
from bot.threads.publish import (
    Context,
    ForumGate,
    PublishOutcome,
    create_with_titles,
    publish_each,
    refresh_thread,
    route_category,
)
from bot.threads.render import safe_link


def publish_acts(feed: FeedConfig, forum_config: ForumConfig, store: Store, forum: Forum,
                 gate: ForumGate, now: datetime, *, grouping: str = "month",
                 max_communes: int = 5) -> PublishOutcome:
    """Publish the entry's pending acts, oldest first."""
    return publish_each(Context(feed, forum_config, store, forum, now), gate,
                        lambda ctx, item: _publish_act(ctx, item, grouping, max_communes))


class Step(NamedTuple):
    """What became of an act in one of its threads."""

    status: str  # posted | previewed | suppressed
    story_id: str | None
    topic_id: int | None
    post_id: int | None
    why: str


def _publish_act(ctx: Context, item: dict, grouping: str, max_communes: int) -> None:
    match = json.loads(item["match_json"])
    plans = _changed_act_threads(ctx, match) or plan_threads(
        match, item["key"], item["published"], grouping=grouping, max_communes=max_communes,
        departement_name=_departement_name(match["act"].get("departement") or ""),
        max_tags=ctx.forum_config.max_tags)
    # Steps taken in preview mode do not count once a forum is configured.
    done = {key: row for key, row in ctx.store.act_posts(item["key"]).items()
            if row["status"] != PREVIEWED or ctx.forum.mode == "preview"}
    block = act_block(item, match, ctx.feed.name)
    steps: list[Step] = []
    for plan in plans:
        if plan.key in done:
            row = done[plan.key]
            steps.append(Step(row["status"], row["story_id"], None, row["post_id"], "earlier"))
            continue
        status, story, post_id, why = _to_thread(ctx, item, plan, block)
        ctx.store.record_act_post(item["key"], plan.key, story.get("external_id"), post_id,
                                  status)
        steps.append(Step(status, story.get("external_id"), story.get("topic_id"), post_id, why))
    _finish(ctx, item, steps)


def _finish(ctx: Context, item: dict, steps: list[Step]) -> None:
    """The act's own status: previewed or posted if any thread got it, else suppressed."""
    statuses = {step.status for step in steps}
    status = (PREVIEWED if PREVIEWED in statuses else POSTED if POSTED in statuses
              else SUPPRESSED)
    first = next((s for s in steps if s.status in (POSTED, PREVIEWED)), steps[0])
    reason = "; ".join(step.why for step in steps)
    with ctx.store.transaction():
        ctx.store.update_item(item["key"], {
            "status": status, "reason": reason, "action": "open", "last_error": None,
            "story_id": first.story_id, "topic_id": first.topic_id, "post_id": first.post_id})
        ctx.store.log_decision(item["key"], "open", f"{status}: {reason}")
    event("act.published", feed=ctx.feed.name, item=item["key"], status=status,
          threads=len(steps))


def _to_thread(ctx: Context, item: dict, plan: ThreadPlan,
               block: str) -> tuple[str, dict, int | None, str]:
    """Post the act in the plan's thread (opening it if needed): status, story, post."""
    external_id = thread_external_id(plan.key)
    story = ctx.store.story(external_id)
    if story is not None and story["mode"] != ctx.forum.mode:
        story = None  # printed in preview mode only: the forum has never seen it
    if ctx.forum.mode == "preview":
        if story is None:
            story = _open(ctx, item, plan, block, external_id)
            return PREVIEWED, story, None, f"{plan.key}: thread printed (preview)"
        ctx.forum.reply(0, reply_body(block))
        return PREVIEWED, story, None, f"{plan.key}: reply printed (preview)"
    if story is None:
        topic = ctx.forum.find_topic(external_id)
        if topic is None:
            try:
                story = _open(ctx, item, plan, block, external_id)
            except PublishError as exc:
                if exc.status != 422 or "external" not in str(exc).lower():
                    raise
                story = _story(ctx, item, plan, external_id, state=DELETED, verdict="rejected")
                ctx.store.record_story(story)
                return SUPPRESSED, story, None, (f"{plan.key}: thread deleted by moderators: "
                                                 "not recreated")
            return POSTED, story, story["post_id"], f"{plan.key}: new thread"
        state, verdict = classify(ctx.forum.topic_state(topic.topic_id),
                                  ctx.forum_config.triage_tag, ctx.forum_config.off_topic_tag)
        story = _story(ctx, item, plan, external_id, state=state, verdict=verdict)
        story.update(topic_id=topic.topic_id, post_id=topic.post_id, url=topic.url)
        ctx.store.record_story(story)
    if story["state"] != OPEN or story["topic_id"] is None:
        return SUPPRESSED, story, None, f"{plan.key}: thread {story['state']}: not bumped"
    state = refresh_thread(ctx, story)
    if not may_act(story["state"]):
        return SUPPRESSED, story, None, f"{plan.key}: thread {story['state']}: not bumped"
    link = safe_link(item["link"]) or ""
    if link and any(link in html.unescape(post) for post in state.posts):
        return POSTED, story, None, f"{plan.key}: already in the thread"
    post_id = ctx.forum.reply(story["topic_id"], reply_body(block))
    return POSTED, story, post_id, f"{plan.key}: reply"


def _open(ctx: Context, item: dict, plan: ThreadPlan, block: str, external_id: str) -> dict:
    draft = ThreadDraft(external_id, plan.title,
                        thread_body(plan, block, prefecture=ctx.feed.name,
                                    off_topic_tag=ctx.forum_config.off_topic_tag),
                        plan.tags, route_category(list(plan.communes), ctx.forum_config))
    story = _story(ctx, item, plan, external_id, state=OPEN, verdict=None)
    if ctx.forum.mode == "preview":
        ctx.forum.create_topic(draft)
    else:
        month = (item["published"] or "")[:7]
        draft, topic = create_with_titles(draft, [plan.title, f"{plan.title} ({month})",
                                                  f"{plan.title} ({external_id[-6:]})"],
                                          ctx.forum)
        story.update(title=draft.title, topic_id=topic.topic_id, post_id=topic.post_id,
                     url=topic.url)
    ctx.store.record_story(story)
    return story


def _story(ctx: Context, item: dict, plan: ThreadPlan, external_id: str, *, state: str,
           verdict: str | None) -> dict:
    return {"external_id": external_id, "item_key": item["key"], "title": plan.title,
            "tags": dumps(list(plan.tags)), "category": route_category(list(plan.communes),
                                                                       ctx.forum_config),
            "mode": ctx.forum.mode, "communes": dumps(sorted(c["code"] for c in plan.communes)),
            "signature": "{}", "feed": ctx.feed.name, "keywords": "[]", "state": state,
            "verdict": verdict, "checked_at": ctx.now.isoformat(),
            "created_at": ctx.now.isoformat(timespec="seconds"), "topic_id": None,
            "post_id": None, "url": ""}


def _changed_act_threads(ctx: Context, match: dict) -> list[ThreadPlan]:
    """A modification or abrogation goes where the act it changes was posted."""
    act = match["act"]
    if not act.get("changes"):
        return []
    earlier = act_key(f"raa:{act.get('departement')}:{act['changes']}")
    plans = []
    for thread_key, row in ctx.store.act_posts(earlier).items():
        story = ctx.store.story(row["story_id"]) if row["story_id"] else None
        if story is not None:
            plans.append(ThreadPlan(thread_key, story["title"], (), (), "earlier"))
    return plans


def _departement_name(code: str) -> str:
    return gazetteer().departements.get(code, (code, ""))[0]
