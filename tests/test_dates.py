"""Dates as French feeds write them; feedparser alone reads CET/CEST as UTC."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from bot.sources.dates import parse_date
from bot.sources.parse import parse_feed
from tests.conftest import rss

UTC = timezone.utc


@pytest.mark.parametrize("text, expected", [
    ("Tue, 12 Mar 2024 10:00:00 CET", datetime(2024, 3, 12, 9, 0, tzinfo=UTC)),
    ("Mon, 15 Jul 2024 08:00:00 CEST", datetime(2024, 7, 15, 6, 0, tzinfo=UTC)),
    ("mar., 12 mars 2024 10:00:00 +0100", datetime(2024, 3, 12, 9, 0, tzinfo=UTC)),
    ("12 juillet 2024 à 10h30", datetime(2024, 7, 12, 8, 30, tzinfo=UTC)),  # Paris time
    ("1er août 2024", datetime(2024, 7, 31, 22, 0, tzinfo=UTC)),
    ("lundi 3 juin 2024 14:05", datetime(2024, 6, 3, 12, 5, tzinfo=UTC)),
    ("2024-07-15T08:00:00", datetime(2024, 7, 15, 6, 0, tzinfo=UTC)),
    ("2024-07-15T08:00:00Z", datetime(2024, 7, 15, 8, 0, tzinfo=UTC)),
    ("Mon, 13 Sep 2021 08:00:00 GMT", datetime(2021, 9, 13, 8, 0, tzinfo=UTC)),
    ("Sun, 32 Foo 2024", None),
    ("", None),
])
def test_french_feed_dates(text, expected):
    assert parse_date(text) == expected


def test_feed_items_get_the_right_instant():
    body = rss({"title": "Un article", "link": "https://e.fr/a", "date": "Mon, 15 Jul 2024 "
                "08:00:00 CEST"}, {"title": "Sans date", "link": "https://e.fr/b", "date": ""})
    items = parse_feed(body.encode(), {"content-type": "application/rss+xml"}, "https://e.fr").items
    assert items[0].published == datetime(2024, 7, 15, 6, 0, tzinfo=UTC)
    assert items[1].published is None  # the pipeline then uses the first-seen time
