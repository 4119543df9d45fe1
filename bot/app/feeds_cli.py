"""`technopolice-bot feeds test|add`: try a feed now, or add it to feeds.yaml."""
from __future__ import annotations

import difflib
import io
import sys
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

import click
from ruamel.yaml import YAML
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from bot.config import Config, FeedConfig, load_config, parse_config
from bot.errors import BotError, ConfigError
from bot.matching.matcher import MatchInput, match_item
from bot.matching.places import Scope
from bot.sources.discover import discover_feeds
from bot.sources.fetch import Validators, fetch_feed, make_client
from bot.sources.parse import ParsedFeed, looks_like_html, parse_feed

SAMPLE = 10


@contextmanager
def _spinner(text: str) -> Iterator[None]:
    """A spinner on a terminal while the network works; nothing otherwise."""
    if not sys.stderr.isatty():
        yield
        return
    from rich.console import Console

    with Console(stderr=True).status(text):
        yield


def fetch_or_discover(url: str, config: Config, user_agent: str | None = None
                      ) -> tuple[str, ParsedFeed]:
    """Fetch `url`; if it is an HTML page announcing a feed, fetch that feed instead."""
    with _spinner(f"fetching {url}…"), make_client() as client:
        result = fetch_feed(client, url, Validators(), allow_private=config.allow_private_networks,
                            user_agent=user_agent or config.user_agent)
        if looks_like_html(result.body, result.headers):
            found = discover_feeds(result.body.decode("utf-8", "replace"), result.final_url)
            if not found:
                raise BotError(f"{url} is an HTML page that announces no RSS or Atom feed")
            url = found[0][0]
            result = fetch_feed(client, url, Validators(),
                                allow_private=config.allow_private_networks,
                                user_agent=user_agent or config.user_agent)
        return url, parse_feed(result.body, result.headers, result.final_url)


def show_items(parsed: ParsedFeed, feed: FeedConfig, config: Config, limit: int) -> None:
    """Print the newest items with what the matcher would do."""
    items = sorted(parsed.items, key=lambda i: i.published or datetime.min.replace(
        tzinfo=timezone.utc), reverse=True)[:limit]
    scope = Scope(feed.commune, feed.departement, feed.region)
    click.echo(f"{len(parsed.items)} items ({parsed.unusable} unusable); newest {len(items)}:")
    for item in items:
        result = match_item(MatchInput(item.title, item.summary, feed.kind, scope, item.link),
                            config.matching, config.forum)
        date = item.published.strftime("%Y-%m-%d") if item.published else "no date   "
        verdict = "THREAD " if result.relevant else "skip   "
        tags = ", ".join(result.tags)
        click.echo(f"  {date}  {verdict} score {result.relevance.score:>5}  {item.title[:80]}")
        if result.relevant:
            click.echo(f"{'':24}tags: {tags}")


@click.group()
def feeds() -> None:
    """Try feeds and add them to feeds.yaml."""


@feeds.command("test")
@click.argument("name_or_url")
@click.option("--config", "config_path", default="feeds.yaml", show_default=True)
@click.option("--limit", default=SAMPLE, show_default=True)
def test_feed(name_or_url: str, config_path: str, limit: int) -> None:
    """Fetch a feed of feeds.yaml (by name) or any URL now; show its items and what the
    bot would do with them. Posts nothing, stores nothing."""
    config = _config(config_path)
    feed = next((f for f in config.feeds if f.name == name_or_url), None)
    if feed is None and not name_or_url.lower().startswith(("http://", "https://")):
        names = [f.name for f in config.feeds]
        close = difflib.get_close_matches(name_or_url.casefold(),
                                          [n.casefold() for n in names], n=3, cutoff=0.5)
        close = [n for n in names if n.casefold() in close]
        hint = f"; did you mean {' or '.join(repr(n) for n in close)}?" if close else \
            " (give its exact name, or a URL)"
        click.echo(f"error: no feed named {name_or_url!r} in {config_path}{hint}", err=True)
        sys.exit(1)
    feed = feed or FeedConfig(name=name_or_url, url=name_or_url)
    try:
        url, parsed = fetch_or_discover(feed.url, config, feed.user_agent)
    except BotError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    click.echo(f"{parsed.title or '(untitled feed)'} — {url}")
    show_items(parsed, feed, config, limit)


@feeds.command("add")
@click.argument("url")
@click.option("--config", "config_path", default="feeds.yaml", show_default=True)
@click.option("--name", help="Feed name (default: the feed's own title).")
@click.option("--kind", type=click.Choice(["press", "council"]), default="press",
              show_default=True)
@click.option("--commune", help="INSEE code of the council's commune (council feeds).")
@click.option("--every", help="Polling interval such as 30m or 6h.")
@click.option("--dry-run", is_flag=True, help="Show the entry, change nothing.")
def add_feed(url: str, config_path: str, name: str | None, kind: str, commune: str | None,
             every: str | None, dry_run: bool) -> None:
    """Fetch URL (discovering the feed of an HTML page), show a sample with the matcher's
    decisions, and append a valid entry to feeds.yaml, keeping its comments and order."""
    config = _config(config_path)
    try:
        feed_url, parsed = fetch_or_discover(url, config)
    except BotError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    if any(f.url == feed_url for f in config.feeds):
        click.echo(f"error: {feed_url} is already in {config_path}", err=True)
        sys.exit(1)
    entry = {"name": name or parsed.title or feed_url, "url": feed_url, "kind": kind}
    if commune:
        entry["commune"] = commune
    if every:
        entry["every"] = every
    click.echo(f"{parsed.title or '(untitled feed)'} — {feed_url}")
    show_items(parsed, FeedConfig(name=entry["name"], url=feed_url, kind=kind, commune=commune),
               config, SAMPLE)
    text = append_feed(Path(config_path).read_text(encoding="utf-8"), entry)
    try:
        parse_config(text, config_path)
    except ConfigError as exc:
        for problem in exc.problems:
            click.echo(f"error: {problem}", err=True)
        sys.exit(2)
    if dry_run:
        click.echo(f"dry run: {config_path} unchanged; the entry would be:")
        click.echo(entry_text(entry), nl=False)
        return
    Path(config_path).write_text(text, encoding="utf-8")
    click.echo(f"added to {config_path} as {entry['name']!r}")


def append_feed(text: str, entry: dict) -> str:
    """feeds.yaml with one more feed at the end, comments and order kept (round-trip)."""
    yaml = YAML(typ="rt")
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold long URLs
    document = yaml.load(text)
    document["feeds"].append(_quoted(entry))
    out = io.StringIO()
    yaml.dump(document, out)
    return out.getvalue()


def entry_text(entry: dict) -> str:
    """The entry as it would be written in feeds.yaml."""
    yaml = YAML(typ="rt")
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096
    out = io.StringIO()
    yaml.dump([_quoted(entry)], out)
    return out.getvalue()


def _quoted(entry: dict) -> dict:
    """INSEE codes are written quoted: 06088 must keep its zero."""
    if "commune" not in entry:
        return entry
    return {**entry, "commune": DoubleQuotedScalarString(entry["commune"])}


def _config(path: str) -> Config:
    try:
        return load_config(path)
    except ConfigError as exc:
        for problem in exc.problems:
            click.echo(f"error: {problem}", err=True)
        sys.exit(2)
