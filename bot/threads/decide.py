"""What to do with a new item (pure: plain data in, a decision out)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

# Item statuses, as stored.
IRRELEVANT = "irrelevant"  # not about surveillance technology
TOO_OLD = "too_old"  # relevant but older than max_age_days: recorded, never posted
PENDING = "pending"  # to be posted (kept until the forum accepts it)
POSTED = "posted"  # a topic exists on the forum
PREVIEWED = "previewed"  # preview mode: printed, not posted
SUPPRESSED = "suppressed"  # the forum holds a deleted topic for it: never recreated


@dataclass(frozen=True)
class Decision:
    """The status an item gets, why, and what publishing it will do."""

    status: str
    reason: str
    action: str | None = None  # open (a thread or a reply to a story) | edit


def effective_date(published: datetime | None, now: datetime) -> datetime:
    """The item's date; missing or future dates fall back to when it was first seen."""
    if published is None or published > now + timedelta(hours=1):
        return now
    return published


def decide_new_item(*, relevant: bool, score: float, threshold: float,
                    published: datetime | None, now: datetime, max_age_days: float) -> Decision:
    """Irrelevant, too old to post (first-run protection), or pending publication."""
    if not relevant:
        return Decision(IRRELEVANT, f"score {score:g} below threshold {threshold:g}")
    age = now - effective_date(published, now)
    if age > timedelta(days=max_age_days):
        return Decision(TOO_OLD, f"published {age.days} days ago, more than {max_age_days:g} "
                                 "(recorded, not posted)")
    return Decision(PENDING, f"relevant (score {score:g})", "open")


def decide_previewed_item(*, published: datetime | None, first_seen: datetime,
                          now: datetime, max_age_days: float) -> Decision | None:
    """An item printed in preview mode, now that a forum is configured: to be posted
    if it is still inside the first-run window, else None (it stays as it is)."""
    age = now - effective_date(published or first_seen, now)
    if age > timedelta(days=max_age_days):
        return None
    return Decision(PENDING, "printed in preview mode before a forum was configured: "
                             "posted now", "open")


def decide_changed_item(*, status: str, edits: int, max_edits: int, relevant: bool,
                        score: float, threshold: float, published: datetime | None,
                        now: datetime, max_age_days: float) -> Decision | None:
    """A known item whose title or summary changed at the source. None: keep its status
    (only its stored text is refreshed)."""
    if status in (POSTED, PREVIEWED):
        if edits >= max_edits:
            return None  # churning item: stop editing after max_edits
        return Decision(PENDING, "edited at the source", "edit")
    if status == IRRELEVANT and relevant:
        return decide_new_item(relevant=relevant, score=score, threshold=threshold,
                               published=published, now=now, max_age_days=max_age_days)
    return None


MAX_FEED_BACKOFF = timedelta(days=1)


def next_fetch_after_failure(*, failures: int, every: float, now: datetime,
                             retry_after: float | None = None,
                             status: int | None = None) -> datetime:
    """When to try a failing feed again: its interval doubled per consecutive failure
    after the first, at most a day; never sooner than the site asked; a day for a feed
    the publisher removed (410)."""
    if status == 410:
        return now + MAX_FEED_BACKOFF
    delay = timedelta(seconds=every * 2 ** max(failures - 1, 0))
    delay = min(delay, MAX_FEED_BACKOFF)
    if retry_after is not None:
        delay = max(delay, timedelta(seconds=retry_after))
    return now + delay
