"""Find a site's feeds in its HTML page (<link rel="alternate" type="application/rss+xml">)."""
from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urljoin

FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml",
              "application/feed+json"}


class _LinkFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag not in ("link", "a"):
            return
        values = {k.lower(): (v or "") for k, v in attrs}
        rel = values.get("rel", "").lower().split()
        kind = values.get("type", "").lower().split(";")[0].strip()
        if "alternate" in rel and kind in FEED_TYPES - {"application/feed+json"} \
                and values.get("href"):
            self.found.append((values["href"], values.get("title", "")))


def discover_feeds(html: str, base_url: str) -> list[tuple[str, str]]:
    """(absolute URL, title) of the RSS/Atom feeds an HTML page announces, in order."""
    finder = _LinkFinder()
    finder.feed(html)
    seen: dict[str, str] = {}
    for href, title in finder.found:
        seen.setdefault(urljoin(base_url, href), title)
    return list(seen.items())
