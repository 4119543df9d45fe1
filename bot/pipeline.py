"""One pass over the feeds: load state → fetch → parse → match → decide → render →
publish → record. Each feed fails alone; forum failures leave items pending."""
from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from typing import Callable
from urllib.parse import urlsplit

from bot.config import Config, FeedConfig
from bot.errors import FetchError, ParseError
from bot.forum.base import Forum
from bot.logs import event
from bot.matching.acts import ActInput, ActMatch, match_act
from bot.matching.matcher import MatchInput, MatchResult, match_item
from bot.matching.places import Scope
from bot.sources.base import Fetched, SourceItem, SourceState
from bot.sources.fetch import FeedClient, make_client
from bot.sources.opener import SourceOpener, open_source
from bot.state.identity import act_key, canonical_link, content_hash, external_id, item_key
from bot.state.store import Store, dumps
from bot.threads.act_publish import publish_acts
from bot.threads.decide import (
    PENDING,
    POSTED,
    PREVIEWED,
    decide_changed_item,
    decide_new_item,
    decide_previewed_item,
    next_fetch_after_failure,
)
from bot.threads.publish import ForumGate, publish_pending
from bot.threads.verdicts import refresh_verdicts


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
    publish_failed: int = 0  # attempts the forum refused or failed
    skipped: str | None = None  # why the feed was not fetched this time


@dataclass
class PassReport:
    """What a whole pass did."""

    feeds: list[FeedReport] = field(default_factory=list)
    forum_paused: str | None = None  # why publishing stopped before the end of the pass
    forum_refused: bool = False  # the forum refused the bot's key
    previewed_promoted: int = 0  # items printed in preview mode, posted now

    @property
    def publishing_failed(self) -> bool:
        """The forum refused the key, or every attempt to publish failed."""
        return self.forum_refused or (self.total("publish_failed") > 0
                                      and self.total("published") == 0)

    @property
    def failed(self) -> list[FeedReport]:
        return [f for f in self.feeds if not f.ok]

    def total(self, attribute: str) -> int:
        return sum(getattr(f, attribute) for f in self.feeds)


def run_pass(config: Config, store: Store, forum: Forum, *, now: datetime | None = None,
             client: FeedClient | None = None,
             progress: Callable[[FeedReport, int], None] | None = None) -> PassReport:
    """Run every enabled feed once: fetches overlap in `config.workers` threads and
    parsing in worker processes; the database and the forum are used from this thread
    only, feed by feed, in a fixed order (`fetch_order`: so the same feeds give the
    same threads). `progress` is called after each feed with its report and the
    number of feeds."""
    now = now or datetime.now(timezone.utc)
    report = PassReport()
    gate = ForumGate()
    own_client = client is None
    client = client or make_client(connections=config.workers)
    feeds = fetch_order([feed for feed in config.feeds if feed.enabled])
    states = store.feed_states([(feed.name, feed.url) for feed in feeds])
    if any(feed.kind == "raa" for feed in feeds):
        hashes = store.document_hashes()  # once a pass, not once per prefecture
        by_name = {feed.name: feed for feed in feeds}
        states = {name: _with_documents(by_name[name], state, store, hashes)
                  for name, state in states.items()}
    if forum.mode == "forum":
        report.previewed_promoted = promote_previewed(config, store, now)
    waiting = store.feeds_with_pending()
    due = [feed for feed in feeds if not states[feed.name].backing_off(now)]
    due_names = {feed.name for feed in due}
    ahead = config.workers * 2  # fetched-but-unrecorded feeds kept in memory at most
    try:
        with ThreadPoolExecutor(max_workers=config.workers) as pool, \
                SourceOpener(config, client, len(due)) as sources:
            futures: dict[str, Future[Fetched]] = {}
            submitted = recorded = 0
            for feed in feeds:
                fetched = None
                if feed.name in due_names:
                    while submitted < len(due) and submitted < recorded + ahead:
                        nxt = due[submitted]
                        futures[nxt.name] = pool.submit(sources.open(nxt).fetch,
                                                        states[nxt.name])
                        submitted += 1
                    fetched = futures.pop(feed.name).result()
                    recorded += 1
                report.feeds.append(_finish(feed, config, store, forum, states[feed.name],
                                            fetched, now, gate,
                                            has_pending=feed.name in waiting))
                if progress is not None:
                    progress(report.feeds[-1], len(feeds))
        if gate.is_open:
            refresh_verdicts(store, forum, config.forum, now)
        else:
            report.forum_paused = gate.reason
        report.forum_refused = gate.refused
        position = {feed.name: n for n, feed in enumerate(config.feeds)}
        report.feeds.sort(key=lambda f: position[f.feed])  # shown in feeds.yaml's order
    finally:
        if own_client:
            client.close()
    return report


def promote_previewed(config: Config, store: Store, now: datetime) -> int:
    """Queue for the forum the items a preview run printed that are still inside the
    first-run window (`max_age_days`): a preview before the forum was set up must not
    cost the stories it saw. Returns how many."""
    since = (now - timedelta(days=config.max_age_days)).isoformat(timespec="seconds")
    promoted = 0
    with store.transaction():
        for row in store.previewed_since(since):
            decision = decide_previewed_item(
                published=datetime.fromisoformat(row["published"]) if row["published"] else None,
                first_seen=datetime.fromisoformat(row["first_seen"]), now=now,
                max_age_days=config.max_age_days)
            if decision is None:
                continue
            store.update_item(row["key"], {
                "status": decision.status, "reason": decision.reason, "action": decision.action,
                "story_id": None, "topic_id": None, "post_id": None, "edits": 0,
                "last_error": None})
            store.log_decision(row["key"], "promoted", f"{decision.status}: {decision.reason}")
            promoted += 1
    if promoted:
        event("items.promoted_from_preview", count=promoted)
    return promoted


def fetch_order(feeds: list[FeedConfig]) -> list[FeedConfig]:
    """Feeds taken from each host in turn (keeping feeds.yaml's order within a host), so
    that workers waiting for one busy host (at most 2 requests at once each) do not
    leave the others idle when a site's feeds follow each other in feeds.yaml."""
    by_host: dict[str, list[FeedConfig]] = {}
    for feed in feeds:
        by_host.setdefault((urlsplit(feed.url).hostname or "").lower(), []).append(feed)
    queues = list(by_host.values())
    ordered: list[FeedConfig] = []
    for rank in range(max((len(q) for q in queues), default=0)):
        ordered.extend(q[rank] for q in queues if rank < len(q))
    return ordered


def run_feed(feed: FeedConfig, config: Config, store: Store, forum: Forum, *,
             client: FeedClient, now: datetime | None = None,
             gate: ForumGate | None = None) -> FeedReport:
    """One feed's whole turn (the service runs feeds one by one on their intervals)."""
    now = now or datetime.now(timezone.utc)
    state = _with_documents(feed, store.feed_state(feed.name, feed.url), store)
    fetched = None if state.backing_off(now) else open_source(feed, client, config).fetch(state)
    return _finish(feed, config, store, forum, state, fetched, now, gate or ForumGate())


def _with_documents(feed: FeedConfig, state: SourceState, store: Store,
                    hashes: frozenset[str] | None = None) -> SourceState:
    """A prefecture's entry also needs the documents it met and the hashes of the
    recueils read (by any entry)."""
    if feed.kind != "raa":
        return state
    return replace(state, documents=store.documents(feed.name),
                   known_hashes=store.document_hashes() if hashes is None else hashes)


def _finish(feed: FeedConfig, config: Config, store: Store, forum: Forum, state: SourceState,
            fetched: Fetched | None, now: datetime, gate: ForumGate,
            has_pending: bool = True) -> FeedReport:
    """Record what the fetch gave, then publish the feed's pending items (if it had any
    before, `has_pending`, or got new ones now)."""
    report = FeedReport(feed.name)
    if fetched is None:
        report.skipped = f"backing off until {state.next_fetch_at} after {state.failures} failures"
        event("feed.backing_off", feed=feed.name, until=state.next_fetch_at)
    elif fetched.error is not None:
        _record_failure(feed, store, state, fetched.error, now, report)
    else:
        _record_success(feed, config, store, fetched, now, report)
    if has_pending or (fetched is not None and fetched.items is not None):
        if feed.kind == "raa":
            outcome = publish_acts(feed, config.forum, store, forum, gate, now,
                                   grouping=config.raa.grouping,
                                   max_communes=config.raa.max_communes)
        else:
            outcome = publish_pending(feed, config.forum, store, forum, gate, now)
        report.published, report.pending = outcome.published, outcome.pending
        report.publish_failed = outcome.failed
    event("feed.done", feed=feed.name, ok=report.ok, not_modified=report.not_modified,
          new=report.new_items, relevant=report.relevant, published=report.published,
          pending=report.pending)
    return report


def _record_success(feed: FeedConfig, config: Config, store: Store, fetched: Fetched,
                    now: datetime, report: FeedReport) -> None:
    if fetched.items is None:
        report.not_modified = True
        store.feed_succeeded(feed.name, None, fetched.moved_to)
    else:
        if fetched.unusable:
            event("feed.unusable_entries", logging.WARNING, feed=feed.name,
                  count=fetched.unusable, reason="entries with neither title nor text")
        with store.transaction():
            relevant = _record_new_items(feed, config, store, fetched.items, now, report)
            store.record_documents(feed.name, fetched.documents)
            for document, count in relevant.items():
                store.count_relevant(feed.name, document, count)
            store.feed_succeeded(feed.name, fetched.validators, fetched.moved_to)
    if fetched.moved_to:
        event("feed.moved", logging.WARNING, feed=feed.name, to=fetched.moved_to)


def _record_failure(feed: FeedConfig, store: Store, state: SourceState,
                    error: FetchError | ParseError, now: datetime, report: FeedReport) -> None:
    report.ok, report.error = False, str(error)
    status = getattr(error, "status", None)
    retry = next_fetch_after_failure(
        failures=state.failures + 1, every=feed.every, now=now,
        retry_after=getattr(error, "retry_after", None), status=status)
    store.feed_failed(feed.name, str(error), next_fetch_at=retry.isoformat(timespec="seconds"),
                      status=status)
    event("feed.failed", logging.WARNING, feed=feed.name, error=str(error),
          failures=state.failures + 1, retry_at=retry.isoformat(timespec="seconds"))


def _record_new_items(feed: FeedConfig, config: Config, store: Store, items: tuple[SourceItem, ...],
                      now: datetime, report: FeedReport) -> dict[str, int]:
    """Match and record the new and edited items; returns, for a prefecture's entry, the
    relevant acts found per recueil."""
    keyed: dict[str, SourceItem] = {}
    relevant_by_document: dict[str, int] = {}
    for item in items:
        key = (act_key(item.guid) if item.act else
               item_key(item.link, item.guid, item.title, feed.name, item.summary))
        keyed.setdefault(key, item)
    known = store.known_items(list(keyed))
    by_guid = store.keys_for_guids(feed.name, [i.guid for k, i in keyed.items()
                                               if i.guid and k not in known])
    scope = Scope(feed.commune, feed.departement, feed.region)
    records: list[dict] = []
    decisions: list[tuple[str, str, str]] = []
    for key, item in keyed.items():
        if key not in known and item.guid:
            # Same guid, new link (the publisher moved the article): same item.
            old_key = by_guid.get(item.guid)
            if old_key is not None and old_key not in keyed:
                key = old_key
                known.update(store.known_items([key]))
        if key in known and (item.act is not None or known[key]["content_hash"]
                             == content_hash(item.title, item.summary)):
            continue  # seen before, unchanged (an act never changes): nothing to do
        match = _match(item, feed, scope, config)
        if key in known:
            assert isinstance(match, MatchResult)
            _record_change(feed, config, store, key, known[key], item, match, now)
            continue
        decision = decide_new_item(relevant=match.relevant, score=match.score,
                                   threshold=match.threshold, published=item.published,
                                   now=now, max_age_days=config.max_age_days)
        match_json = match.to_json(config.forum)
        if item.act is not None:
            match_json["act"].update(_act_fields(item))
            if match.relevant:
                relevant_by_document[item.act.document] = (
                    relevant_by_document.get(item.act.document, 0) + 1)
        records.append({
            "key": key, "feed": feed.name, "guid": item.guid, "link": item.link,
            "canonical_link": canonical_link(item.link), "title": item.title,
            "summary": item.summary,
            "published": item.published.isoformat() if item.published else None,
            "first_seen": now.isoformat(timespec="seconds"),
            "content_hash": content_hash(item.title, item.summary),
            "relevant": int(match.relevant), "score": match.score,
            "match_json": dumps(match_json), "status": decision.status,
            "reason": decision.reason, "action": decision.action,
            "external_id": external_id(key),
        })
        decisions.append((key, "seen", f"{decision.status}: {decision.reason}"))
        report.new_items += 1
        report.relevant += int(match.relevant)
        event("item.new", logging.DEBUG, feed=feed.name, item=key, status=decision.status,
              score=match.score)
    store.add_items(records)
    store.log_decisions(decisions)
    store.count_feed(feed.name, seen=report.new_items)
    return relevant_by_document


def _match(item: SourceItem, feed: FeedConfig, scope: Scope,
           config: Config) -> MatchResult | ActMatch:
    """The press matcher for an article, the act matcher for a prefect's act."""
    if item.act is not None:
        return match_act(ActInput(item.title, item.summary, item.act.departement,
                                  item.act.identifier, item.act.signed), config.forum)
    return match_item(MatchInput(item.title, item.summary, feed.kind, scope, item.link),
                      config.matching, config.forum)


def _act_fields(item: SourceItem) -> dict:
    """Where the act was printed, kept with its match for the posts about it."""
    act = item.act
    assert act is not None
    return {"identifier": act.identifier, "number": act.number,
            "signed": act.signed.isoformat() if act.signed else None,
            "first_page": act.first_page, "last_page": act.last_page,
            "document": act.document, "departement": act.departement}


def _record_change(feed: FeedConfig, config: Config, store: Store, key: str, row: dict,
                   item: SourceItem, match: MatchResult, now: datetime) -> None:
    """A known item: if the source edited it, refresh it and maybe edit the thread."""
    new_hash = content_hash(item.title, item.summary)
    if new_hash == row["content_hash"]:
        return
    decision = decide_changed_item(
        status=row["status"], edits=row["edits"] or 0,
        max_edits=config.forum.max_edits_per_item, relevant=match.relevant,
        score=match.relevance.score, threshold=match.relevance.threshold,
        published=item.published, now=now, max_age_days=config.max_age_days)
    changes = {"title": item.title, "summary": item.summary, "content_hash": new_hash}
    if row["status"] in (POSTED, PREVIEWED) and decision is None:
        store.log_decision(key, "edit", "edited again at the source: edit limit reached, "
                                        "thread left as it is")
    if decision is not None:
        changes.update(status=decision.status, reason=decision.reason, action=decision.action,
                       relevant=int(match.relevant), score=match.relevance.score)
        if decision.action == "open" or row["status"] == PENDING:
            changes["match_json"] = dumps(match.to_json(config.forum))
        store.log_decision(key, "changed", f"{decision.status}: {decision.reason}")
    store.update_item(key, changes)
    event("item.changed", feed=feed.name, item=key,
          status=decision.status if decision else row["status"])
