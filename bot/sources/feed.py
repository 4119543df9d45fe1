"""An RSS or Atom feed as a Source: a conditional GET, then feedparser."""
from __future__ import annotations

from typing import Callable

from bot.config import FeedConfig
from bot.errors import FetchError, ParseError
from bot.sources.base import Fetched, SourceState
from bot.sources.fetch import FeedClient, fetch_feed
from bot.sources.parse import ParsedFeed, parse_feed

Parser = Callable[[bytes, dict[str, str], str], ParsedFeed]


class FeedSource:
    """One feeds.yaml entry read as an RSS/Atom feed. `parse` may hand the parsing to
    worker processes (bot.sources.parsepool)."""

    def __init__(self, feed: FeedConfig, client: FeedClient, *, allow_private: bool,
                 user_agent: str | None = None, parse: Parser = parse_feed) -> None:
        self.name = feed.name
        self.url = feed.url
        self._client, self._parse = client, parse
        self._allow_private, self._user_agent = allow_private, user_agent

    def fetch(self, state: SourceState) -> Fetched:
        try:
            result = fetch_feed(self._client, self.url, state.validators,
                                allow_private=self._allow_private, user_agent=self._user_agent)
            if result.not_modified:
                return Fetched(moved_to=result.permanent_redirect)
            parsed = self._parse(result.body, result.headers, result.final_url)
        except (FetchError, ParseError) as exc:
            return Fetched(error=exc)
        return Fetched(tuple(parsed.items), result.validators, result.permanent_redirect,
                       parsed.unusable)

