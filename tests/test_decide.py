"""Pure decisions: first-run protection, edits, back-off."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from bot.threads.decide import (
    decide_changed_item,
    decide_new_item,
    next_fetch_after_failure,
)

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("published, status", [
    (NOW - timedelta(days=1), "pending"),
    (NOW - timedelta(days=10), "too_old"),  # a new feed's archive is not posted
    (None, "pending"),  # no date: first seen now
    (NOW + timedelta(days=30), "pending"),  # a future date is not trusted either
])
def test_first_run_window(published, status):
    decision = decide_new_item(relevant=True, score=2, threshold=1, published=published,
                               now=NOW, max_age_days=3)
    assert decision.status == status


@pytest.mark.parametrize("status, edits, expected", [
    ("posted", 0, ("pending", "edit")),
    ("posted", 3, None),  # edit limit reached: churn stops here
    ("too_old", 0, None),
    ("suppressed", 0, None),  # moderators removed it: never again
])
def test_changed_items(status, edits, expected):
    decision = decide_changed_item(status=status, edits=edits, max_edits=3, relevant=True,
                                   score=2, threshold=1, published=NOW, now=NOW,
                                   max_age_days=3)
    assert (decision and (decision.status, decision.action)) == expected


@pytest.mark.parametrize("failures, retry_after, status, hours", [
    (1, None, None, 1), (2, None, None, 2), (4, None, None, 8), (10, None, None, 24),
    (1, 7200, 503, 2), (1, None, 410, 24),
])
def test_failing_feeds_back_off(failures, retry_after, status, hours):
    moment = next_fetch_after_failure(failures=failures, every=3600, now=NOW,
                                      retry_after=retry_after, status=status)
    assert moment - NOW == timedelta(hours=hours)
