#!/usr/bin/env python3
"""Forum calls: API requests per new thread, per reply and per edit, and the time to drain
a backlog of new stories under the forum's admin API limit (60 requests a minute, one
bucket for the whole site) without a single 429 surfacing as an error.

    python -m tests.benchmarks.bench_forum [--stories 500] [--speedup 10]

--speedup shrinks the sandbox's and the bot's rate window (60 s → 6 s) so that the run
is shorter; the drain time is reported in real forum minutes (measured × speedup).
"""
from __future__ import annotations

import argparse
import logging
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from bot.config import ForumCredentials, load_config
from bot.forum.discourse import DiscourseForum
from bot.matching.communes import gazetteer
from bot.pipeline import run_pass
from bot.sandbox.feeds import FeedHost
from bot.sandbox.forum import SandboxForum
from bot.state.store import Store
from tests.conftest import rss, write_config


def towns(count: int) -> list[str]:
    """The largest towns whose names are unambiguous: one story each."""
    ranked = sorted(gazetteer().communes.values(), key=lambda c: -c.population)
    return [c.name for c in ranked if not c.risky and not c.slug_shared][:count]


def stories(count: int) -> list[dict]:
    return [{"title": f"{town} : la mairie vote de nouvelles caméras de vidéoprotection",
             "link": f"https://presse.example/{n}", "guid": f"g{n}",
             "summary": f"La police municipale de {town} recevra {n % 50 + 5} caméras."}
            for n, town in enumerate(towns(count))]


def count_calls(forum: SandboxForum, start: int) -> dict[str, int]:
    calls: dict[str, int] = {}
    for method, path, _ in forum.requests[start:]:
        key = f"{method} {path.split('?')[0].rsplit('/', 1)[0]}"
        calls[key] = calls.get(key, 0) + 1
    return calls


def per_action(tmp: Path) -> None:
    with FeedHost() as feeds, SandboxForum(categories={5: "Veille", 6: "National", 7: "IdF"}) as forum:
        first = stories(1)[0]
        copy = {**first, "link": "https://autre.example/0", "guid": "c0"}
        config = load_config(write_config(tmp / "a.yaml", [
            {"name": "A", "url": feeds.serve("/a.xml", rss(first))},
            {"name": "B", "url": feeds.serve("/b.xml", rss())}]))
        store = Store(tmp / "a.db")
        client = DiscourseForum(ForumCredentials(forum.url, forum.api_key, forum.api_username))
        run_pass(config, store, client)
        new_thread = len(forum.requests)
        feeds.serve("/b.xml", rss(copy))
        run_pass(config, store, client)
        reply = len(forum.requests) - new_thread
        feeds.serve("/a.xml", rss({**first, "summary": first["summary"] + " Mise à jour."}))
        before = len(forum.requests)
        run_pass(config, store, client)
        edit = len(forum.requests) - before
        print(f"API requests: new thread {new_thread} (external_id look-up + create), "
              f"reply {reply} (read thread + post), edit {edit} (read thread + edit)")


def drain(tmp: Path, count: int, speedup: float) -> None:
    window = 60.0 / speedup
    with FeedHost() as feeds, SandboxForum(categories={5: "Veille", 6: "National", 7: "IdF"}, rate_window=window) as forum:
        config = load_config(write_config(tmp / "b.yaml", [
            {"name": "Backlog", "url": feeds.serve("/backlog.xml", rss(*stories(count)))}]))
        store = Store(tmp / "b.db")
        client = DiscourseForum(ForumCredentials(forum.url, forum.api_key, forum.api_username),
                                requests_per_minute=config.forum.requests_per_minute)
        client.client.pacer.window = window
        started = time.perf_counter()
        passes = 0
        while (store.items_with_status("pending") or passes == 0) and passes < 50:
            run_pass(config, store, client, now=datetime.now(timezone.utc))
            passes += 1
        elapsed = time.perf_counter() - started
        limited = sum(1 for _, _, status in forum.requests if status == 429)
        posted = len(forum.live_topics())
        print(f"backlog of {count} new stories: {posted} threads in {passes} pass(es), "
              f"{len(forum.requests)} requests, {limited} answered 429, "
              f"{elapsed * speedup / 60:.1f} forum minutes "
              f"(measured {elapsed:.0f} s with the rate window shrunk {speedup:g}×)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stories", type=int, default=500)
    parser.add_argument("--speedup", type=float, default=10.0)
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)
    with tempfile.TemporaryDirectory() as tmp:
        per_action(Path(tmp))
        drain(Path(tmp), args.stories, args.speedup)


if __name__ == "__main__":
    main()
