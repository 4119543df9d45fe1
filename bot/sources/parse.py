"""Turn fetched feed bytes into items with feedparser, never letting it reach the
network or the filesystem."""
from __future__ import annotations

import calendar
import io
from dataclasses import dataclass
from datetime import datetime, timezone

import feedparser

from bot.errors import ParseError
from bot.sources.base import SourceItem
from bot.sources.dates import parse_date
from bot.sources.plaintext import summary_text, title_text, visible_line, without_controls


@dataclass(frozen=True)
class ParsedFeed:
    """A feed's title, its usable items, and how many entries were unusable."""

    title: str
    items: list[SourceItem]
    unusable: int


def parse_feed(body: bytes, headers: dict[str, str], final_url: str) -> ParsedFeed:
    """Parse a feed; raise ParseError if it is not a feed.

    Entries with neither title nor text cannot be shown or matched: they are counted in
    `unusable` (and reported), not kept. Entries without link or guid are kept: their
    identity is then their text.
    """
    response_headers = {"content-location": final_url, "content-type":
                        headers.get("content-type", "application/xml")}
    # Markup is reduced to plain text (text.html_to_text drops tags, scripts and styles),
    # so feedparser's HTML sanitizer and link rewriting would be work thrown away.
    parsed = feedparser.parse(io.BytesIO(body), response_headers=response_headers,
                              resolve_relative_uris=False, sanitize_html=False)
    if not parsed.entries:
        if not body.strip():
            raise ParseError("empty response: the server sent no document")
        if looks_like_html(body, headers):
            raise ParseError("not a feed: the URL returns an HTML page (use the page's RSS "
                             "or Atom link instead)")
        if parsed.bozo and not parsed.get("version"):
            reason = parsed.get("bozo_exception")
            raise ParseError(f"not a readable feed: {reason}")
        if not parsed.get("version"):
            raise ParseError("not a feed (an HTML page?): no RSS or Atom items found")
    items = [item for item in (_item(entry) for entry in parsed.entries) if item is not None]
    return ParsedFeed(visible_line(parsed.feed.get("title", "")), items,
                      len(parsed.entries) - len(items))


def looks_like_html(body: bytes, headers: dict[str, str]) -> bool:
    """An HTML page rather than a feed (by content type or by its first bytes)."""
    start = body[:512].lstrip().lower()
    return "html" in headers.get("content-type", "") or start.startswith((b"<!doctype html",
                                                                         b"<html"))


def _item(entry: dict) -> SourceItem | None:
    title = title_text(entry.get("title", ""))
    summary_html = entry.get("summary", "")
    if not summary_html and entry.get("content"):
        summary_html = entry["content"][0].get("value", "")
    summary = summary_text(summary_html)
    link = without_controls(entry.get("link") or "").strip()
    guid = without_controls(entry.get("id") or "").strip()
    if not (title or summary):
        return None  # nothing to show or match
    return SourceItem(guid, link, title, summary, _date(entry))


def _date(entry: dict) -> datetime | None:
    """Our own reading first (CET/CEST, French month names, Paris time when no zone),
    then feedparser's."""
    for key in ("published", "updated", "created"):
        parsed = parse_date(entry.get(key))
        if parsed is not None:
            return parsed
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), tz=timezone.utc)
            except (OverflowError, ValueError, OSError):
                continue
    return None
