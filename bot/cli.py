"""The `technopolice-bot` command line."""
from __future__ import annotations

import json
import sqlite3
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

import click

from bot import __version__
from bot.config import Config, ForumCredentials, load_config
from bot.errors import BotError, ConfigError, StoreError

DEFAULT_CONFIG = "feeds.yaml"
DEFAULT_DB = "technopolice-bot.db"

config_option = click.option("--config", "config_path", default=DEFAULT_CONFIG, show_default=True,
                             type=click.Path(dir_okay=False), help="The feeds.yaml to use.")
db_option = click.option("--db", "db_path", default=DEFAULT_DB, show_default=True,
                         type=click.Path(dir_okay=False), help="The SQLite state file.")


@contextmanager
def terminal_progress(what: str) -> Iterator[Callable[..., None] | None]:
    """A progress bar on a terminal (rich); nothing otherwise, the logs say it all."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[last]}"), console=Console(stderr=True),
                  transient=True) as bar:
        task = bar.add_task(what, total=None, last="")

        def advance(report, total: int) -> None:
            bar.update(task, total=total, advance=1, last=report.feed[:40])

        yield advance


def _fail(error: BotError, code: int) -> None:
    lines = [str(p) for p in error.problems] if isinstance(error, ConfigError) else [str(error)]
    for line in lines:
        click.echo(f"error: {line}", err=True)
    sys.exit(code)


def _load(config_path: str) -> Config:
    try:
        config = load_config(config_path)
    except ConfigError as exc:
        _fail(exc, 2)
        raise  # unreachable
    for warning in config.warnings:
        click.echo(f"warning: {warning}", err=True)
    return config


class _Commands(click.Group):
    """The command group; a database that breaks in the middle of any command (damaged
    pages, a full disk) ends it with a message and exit 3, not a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except sqlite3.Error as exc:
            from bot.state.failures import database_error

            _fail(database_error("the state database", exc), 3)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="technopolice-bot")
@click.option("-v", "--verbose", is_flag=True, help="Debug logging.")
def main(verbose: bool) -> None:
    """Watch French press and council feeds for police surveillance technology and
    open or update forum threads tagged by town."""
    from bot.logs import setup

    setup(verbose)


@main.command()
@config_option
@db_option
@click.option("--once", is_flag=True, help="One pass over every feed, then exit.")
def run(config_path: str, db_path: str, once: bool) -> None:
    """Run the service (or one pass with --once).

    With DISCOURSE_URL, DISCOURSE_API_KEY and DISCOURSE_API_USERNAME set, threads are
    posted; with none set, preview mode prints what would be posted.
    """
    # Imported only where used: preview mode needs no HTTP client for the forum, and
    # `--once` no scheduler (less memory for a cron job).
    from bot.forum.base import Forum
    from bot.forum.preview import PreviewForum
    from bot.pipeline import run_pass
    from bot.state.failures import database_error
    from bot.state.lock import InstanceLock
    from bot.state.store import Store

    config = _load(config_path)
    try:
        credentials = ForumCredentials.from_env()
    except ConfigError as exc:
        _fail(exc, 2)
    forum: Forum
    if credentials:
        from bot.forum.discourse import DiscourseForum
        forum = DiscourseForum(credentials, config.forum.requests_per_minute)
    else:
        forum = PreviewForum(sys.stdout)
    if credentials is None:
        click.echo("preview mode: no DISCOURSE_URL/DISCOURSE_API_KEY/DISCOURSE_API_USERNAME "
                   "set, nothing will be posted", err=True)
    try:
        with InstanceLock(db_path):
            store = Store(db_path)
            try:
                store.check_integrity()  # fail early on a damaged or unusable database
                if not once:
                    from bot.app.service import Service

                    store.close()
                    Service(config_path, config, db_path, forum).run()
                    return
                with terminal_progress("feeds") as progress:
                    report = run_pass(config, store, forum, progress=progress)
            finally:
                store.close()
    except StoreError as exc:
        _fail(exc, 3)
    except sqlite3.Error as exc:  # the disk filled up or the file broke during the pass
        _fail(database_error(db_path, exc), 3)
    verb = "would open" if forum.mode == "preview" else "opened"
    verdict = ""
    if report.forum_refused:
        verdict = " (the forum refused the bot's key: nothing can be posted until it is fixed)"
    elif report.publishing_failed:
        verdict = " (every attempt to post failed: see the errors above)"
    click.echo(f"pass done: {len(report.feeds)} feeds ({len(report.failed)} failed), "
               f"{report.total('new_items')} new items, {report.total('relevant')} relevant, "
               f"{verb} {report.total('published')} threads, "
               f"{report.total('pending')} still pending{verdict}")
    if report.previewed_promoted:
        click.echo(f"  {report.previewed_promoted} items printed earlier in preview mode "
                   "were queued for the forum")
    if report.forum_paused:
        click.echo(f"  publishing stopped: {report.forum_paused}")
    for feed in report.failed:
        click.echo(f"  feed failed: {feed.feed}: {feed.error}")
    for feed in report.feeds:
        if feed.skipped:
            click.echo(f"  feed skipped: {feed.feed}: {feed.skipped}")
    if report.publishing_failed:
        sys.exit(4)  # items stay pending; a cron job's owner must hear of it


@main.command()
@config_option
def check(config_path: str) -> None:
    """Validate feeds.yaml: exit 0 if valid, else list every problem."""
    config = _load(config_path)
    enabled = sum(f.enabled for f in config.feeds)
    click.echo(f"{config_path}: OK ({len(config.feeds)} feeds, {enabled} enabled, "
               f"{len(config.matching.keywords)} vocabulary terms)")


@main.command()
@click.option("--config", "config_path", default=None, type=click.Path(dir_okay=False),
              help="Use this feeds.yaml's vocabulary and forum settings "
                   "(default: ./feeds.yaml if present, else built-in defaults).")
@click.option("--explain", is_flag=True, help="Also list the names set aside and why, and "
              "for an item that is not relevant the towns its text names.")
def match(config_path: str | None, explain: bool) -> None:
    """Match JSON lines from stdin; write one JSON result line per input line.

    Input: {"title", "summary", "link", "published", "scope": {"commune": "93066"},
    "feed_kind": "press"|"council"} (scope and feed_kind optional).
    """
    from bot.config import ForumConfig, MatchingConfig
    from bot.matching.matcher import MatchInput, explain_item, match_item
    from bot.matching.places import Scope
    from bot.sources.plaintext import summary_text, title_text

    if config_path is None and Path(DEFAULT_CONFIG).exists():
        config_path = DEFAULT_CONFIG
    config = _load(config_path) if config_path else None
    matching = config.matching if config else MatchingConfig()
    forum = config.forum if config else ForumConfig()
    failures = 0
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            if not isinstance(data, dict):
                raise ValueError("each line must be a JSON object")
            scope = data.get("scope") or {}
            # As a feed gives them: markup and entities become text, as in a run.
            item = MatchInput(title_text(str(data.get("title") or "")),
                              summary_text(str(data.get("summary") or "")),
                              "council" if data.get("feed_kind") == "council" else "press",
                              Scope(scope.get("commune"), scope.get("departement"),
                                    scope.get("region")),
                              str(data.get("link") or ""))
            output = (explain_item(item, matching, forum) if explain
                      else match_item(item, matching, forum).to_json(forum))
        except (ValueError, AttributeError) as exc:
            failures += 1
            output = {"error": f"line {number}: {exc}"}
        click.echo(json.dumps(output, ensure_ascii=False))
    sys.exit(1 if failures else 0)


@main.command()
@db_option
@click.option("--limit", default=10, show_default=True, help="How many recent threads to list.")
def status(db_path: str, limit: int) -> None:
    """Feed health and the latest threads."""
    from bot.app.status import render_recueils, render_status
    from bot.threads.verdicts import verdict_table

    store = _open_existing(db_path)
    try:
        per_feed, per_term = verdict_table(store.verdict_rows())
        click.echo(render_status(store.feeds(), store.latest_stories(limit), per_feed, per_term,
                                 *store.pending()))
        recueils = store.recueils()
        if recueils:
            click.echo("\n" + render_recueils(recueils))
    finally:
        store.close()


@main.command()
@config_option
@db_option
@click.option("--post", is_flag=True, help="Create or update this week's thread in "
              "forum.health_category (needs the DISCOURSE_* variables).")
def report(config_path: str, db_path: str, post: bool) -> None:
    """The weekly feed-health report (printed; posted with --post)."""
    from datetime import datetime, timezone

    from bot.app.health import current_report, post_report
    from bot.forum.discourse import DiscourseForum

    config = _load(config_path)
    store = _open_existing(db_path)
    now = datetime.now(timezone.utc)
    try:
        if post:
            try:
                credentials = ForumCredentials.from_env()
            except ConfigError as exc:
                _fail(exc, 2)
            if credentials is None or config.forum.health_category is None:
                _fail(BotError("--post needs the DISCOURSE_* variables and "
                               "forum.health_category in feeds.yaml"), 2)
            done = post_report(config, store, DiscourseForum(
                credentials, config.forum.requests_per_minute), now)
            if done is None:
                _fail(BotError("the forum refused the report (see the log above)"), 1)
            click.echo(f"posted: {done.title}")
            return
        built = current_report(config, store, now)
        click.echo(f"{built.title}\n\n{built.body}")
    finally:
        store.close()


@main.command()
@db_option
@click.option("--max-age", default=180, show_default=True,
              help="Seconds after which a heartbeat is too old.")
@click.option("--max-pause", default=1800, show_default=True,
              help="Seconds of forum pause (rate limit, refused key, no answer) after "
                   "which the service is unhealthy.")
@click.option("--max-crashes", default=3, show_default=True,
              help="Jobs crashed in a row after which the service is unhealthy.")
def health(db_path: str, max_age: int, max_pause: int, max_crashes: int) -> None:
    """Exit 0 if the service on this database is alive and working (for systemd,
    Docker healthchecks); 1 with the reason otherwise."""
    from datetime import datetime, timezone

    from bot.app.service import read_heartbeat

    beat = read_heartbeat(db_path)
    if beat is None:
        click.echo(f"unhealthy: no heartbeat for {db_path} (is `technopolice-bot run` running?)")
        sys.exit(1)
    age = (datetime.now(timezone.utc) - datetime.fromisoformat(beat["time"])).total_seconds()
    problems = []
    if age > max_age:
        problems.append(f"last heartbeat {age:.0f} s ago (pid {beat['pid']})")
    if (beat.get("jobs_crashed_in_a_row") or 0) >= max_crashes:
        problems.append(f"{beat['jobs_crashed_in_a_row']} jobs crashed in a row, last: "
                        f"{beat.get('last_crash')}")
    if (beat.get("forum_pause_seconds") or 0) > max_pause:
        problems.append(f"publishing paused for {beat['forum_pause_seconds']} s: "
                        f"{beat.get('forum_paused')}")
    if problems:
        click.echo("unhealthy: " + "; ".join(problems))
        sys.exit(1)
    paused = f", forum paused: {beat['forum_paused']}" if beat.get("forum_paused") else ""
    click.echo(f"healthy: heartbeat {age:.0f} s ago, pid {beat['pid']}, {beat['feeds']} feeds, "
               f"{beat['mode']} mode{paused}")


@main.command()
@click.argument("target", type=click.Path(dir_okay=False))
@db_option
def backup(target: str, db_path: str) -> None:
    """Copy the database to TARGET, consistently, even while the service runs."""
    store = _open_existing(db_path)
    try:
        store.backup(target)
    except StoreError as exc:
        _fail(exc, 3)
    finally:
        store.close()
    click.echo(f"backed up {db_path} to {target}")


@main.command()
@click.argument("link")
@db_option
def why(link: str, db_path: str) -> None:
    """Why the item at LINK was posted, added to a thread, skipped or suppressed."""
    from bot.app.status import render_why
    from bot.state.identity import canonical_link

    store = _open_existing(db_path)
    try:
        items = store.items_by_link(canonical_link(link) or link)
        if not items:
            click.echo(f"no item with link {link} in {db_path}", err=True)
            sys.exit(1)
        decisions = {i["key"]: store.decisions(i["key"]) for i in items}
        stories = {i["story_id"]: store.story(i["story_id"]) for i in items if i["story_id"]}
        click.echo(render_why(items, decisions, stories))
    finally:
        store.close()


def _open_existing(db_path: str):
    from bot.state.store import Store

    if not Path(db_path).exists():
        _fail(StoreError(f"no database at {db_path}: run `technopolice-bot run --once` first"), 3)
    try:
        return Store(db_path)
    except StoreError as exc:
        _fail(exc, 3)


@main.command()
@click.option("--keep", is_flag=True, help="Keep the sandbox forum open afterwards, to "
              "look at the threads in a browser (Ctrl-C to stop).")
def demo(keep: bool) -> None:
    """Offline demo: sample feeds and a sandbox forum on 127.0.0.1, one pass."""
    from bot.app.demo import run_demo

    def wait() -> None:
        while True:
            # Short naps: Ctrl-C may reach one of the servers' threads instead of this
            # one, and only this thread raises KeyboardInterrupt, when it next wakes.
            time.sleep(0.5)

    try:
        run_demo(sys.stdout, wait if keep else None)
    except KeyboardInterrupt:
        if not keep:
            raise
        # (caught here, not in wait(): a Ctrl-C right after « stays open » is printed,
        # before wait() is entered, stops the demo as cleanly)
        click.echo("stopped")


@main.group()
def raa() -> None:
    """Prefectures' recueils des actes administratifs."""


@raa.command("test")
@click.argument("target")
@click.option("--departement", default=None,
              help='The prefecture\'s department (INSEE code, e.g. "35"); default: the '
                   "feeds.yaml entry with this url.")
@config_option
def raa_test(target: str, departement: str | None, config_path: str) -> None:
    """Read a recueil (a PDF file or URL) or a prefecture's listing page, and show its
    acts: kind, communes, period, threads; nothing is posted or stored."""
    from bot.app.raa_cli import test_recueil

    test_recueil(target, departement, _load(config_path) if Path(config_path).exists() else None)


def _register_feeds() -> None:
    from bot.app.feeds_cli import feeds

    main.add_command(feeds)


_register_feeds()
