"""Which Source reads a feeds.yaml entry, and what the sources of one pass share: the
HTTP client and the parsing processes."""
from __future__ import annotations

from bot.config import Config, FeedConfig
from bot.sources.base import Source
from bot.sources.feed import FeedSource, Parser
from bot.sources.fetch import FeedClient
from bot.sources.parse import parse_feed
from bot.sources.parsepool import ParsePool, auto_processes
from bot.sources.raa import RaaSource


def open_source(feed: FeedConfig, client: FeedClient, config: Config,
                parse: Parser = parse_feed) -> Source:
    """The Source of one entry: a prefecture's recueils (`kind: raa`), else an RSS/Atom
    feed."""
    user_agent = feed.user_agent or config.user_agent
    if feed.kind == "raa":
        return RaaSource(feed, client, config.raa, allow_private=config.allow_private_networks,
                         max_age_days=config.max_age_days, user_agent=user_agent)
    return FeedSource(feed, client, allow_private=config.allow_private_networks,
                      user_agent=user_agent, parse=parse)


class SourceOpener:
    """Opens the sources of a pass over `feeds` entries; while open, feeds are parsed in
    `config.parse_processes` worker processes (`auto`: see parsepool.auto_processes)."""

    def __init__(self, config: Config, client: FeedClient, feeds: int) -> None:
        self._config, self._client = config, client
        self._processes = (config.parse_processes if config.parse_processes is not None
                           else auto_processes(feeds))
        self._pool: ParsePool | None = None

    def __enter__(self) -> "SourceOpener":
        self._pool = ParsePool(self._processes).__enter__()
        return self

    def __exit__(self, *exc) -> None:
        if self._pool is not None:
            self._pool.__exit__(*exc)
            self._pool = None

    def open(self, feed: FeedConfig) -> Source:
        return open_source(feed, self._client, self._config, self._pool or parse_feed)
