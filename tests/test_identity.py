"""Item identity: tracking parameters never make a second thread."""
from __future__ import annotations

import re

import pytest

from bot.state.identity import canonical_link, external_id, item_key


@pytest.mark.parametrize("link, canonical", [
    ("https://www.Example.fr/a/b/?utm_source=rss&utm_medium=x", "https://example.fr/a/b"),
    ("http://example.fr/a?id=3&xtor=RSS-1#comments", "https://example.fr/a?id=3"),
    ("https://example.fr:443/a?b=2&a=1&fbclid=zz", "https://example.fr/a?a=1&b=2"),
    ("https://example.fr:8443/a", "https://example.fr:8443/a"),
    ("", ""),
])
def test_canonical_link(link, canonical):
    assert canonical_link(link) == canonical


def test_same_article_with_tracking_has_one_key():
    a = item_key("https://example.fr/article?utm_campaign=x", "guid-1", "T", "feed A")
    b = item_key("https://www.example.fr/article", "guid-2", "T", "feed B")
    assert a == b


def test_external_id_fits_discourse_rules():
    eid = external_id(item_key("https://example.fr/a", "", "", ""))
    assert len(eid) <= 50 and re.fullmatch(r"[A-Za-z0-9_-]+", eid)
