#!/usr/bin/env python3
"""Fetch cycle: one `run --once` pass in preview mode over N feeds of 30 items served on
loopback with 50–200 ms latency, cold then warm (everything answers 304), side by side
with lemon24/reader's update_feeds(workers=W) on the same feeds.

    pip install -e ".[bench]"
    python -m tests.benchmarks.bench_fetch --feeds 200 1000 5000
"""
from __future__ import annotations

import argparse
import logging
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

from bot.config import load_config
from bot.forum import PreviewForum
from bot.pipeline import run_pass
from bot.store import Store
from tests.benchmarks.feedgen import serve_feeds
from tests.conftest import write_config


def ours(urls: list[str], workers: int, tmp: Path) -> tuple[float, float, int]:
    entries = [{"name": f"f{n}", "url": url} for n, url in enumerate(urls)]
    config_path = write_config(tmp / "feeds.yaml", entries, extra="")
    text = config_path.read_text().replace("allow_private_networks: true",
                                           f"allow_private_networks: true\nworkers: {workers}")
    config_path.write_text(text)
    config = load_config(config_path)
    store = Store(tmp / "bot.db")
    started = time.perf_counter()
    cold = run_pass(config, store, PreviewForum())
    cold_time = time.perf_counter() - started
    started = time.perf_counter()
    warm = run_pass(config, store, PreviewForum())
    warm_time = time.perf_counter() - started
    assert warm.total("new_items") == 0 and sum(f.not_modified for f in warm.feeds) == len(urls)
    return cold_time, warm_time, cold.total("new_items")


def theirs(urls: list[str], workers: int, tmp: Path) -> tuple[float, float, int]:
    from reader import make_reader

    reader = make_reader(str(tmp / "reader.sqlite"))
    for url in urls:
        reader.add_feed(url)
    started = time.perf_counter()
    reader.update_feeds(workers=workers, scheduled=False)
    cold_time = time.perf_counter() - started
    started = time.perf_counter()
    reader.update_feeds(workers=workers, scheduled=False)
    warm_time = time.perf_counter() - started
    count = reader.get_entry_counts().total
    reader.close()
    return cold_time, warm_time, count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--feeds", type=int, nargs="+", default=[200, 1000, 5000])
    parser.add_argument("--items", type=int, default=30)
    parser.add_argument("--hosts", type=int, default=50)
    parser.add_argument("--workers", type=int, default=32)
    parser.add_argument("--no-reader", action="store_true")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    print(f"{'feeds':>6} {'ours cold':>10} {'ours warm':>10} {'reader cold':>12} "
          f"{'reader warm':>12} {'cold ratio':>11} {'warm ratio':>11}")
    for count in args.feeds:
        with ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
            urls = serve_feeds(stack, count, args.items, args.hosts, (0.05, 0.2))
            cold, warm, items = ours(urls, args.workers, Path(tmp))
            line = f"{count:>6} {cold:>9.1f}s {warm:>9.1f}s"
            if not args.no_reader:
                r_cold, r_warm, r_items = theirs(urls, args.workers, Path(tmp))
                assert r_items == items, (r_items, items)
                line += (f" {r_cold:>11.1f}s {r_warm:>11.1f}s {r_cold / cold:>10.2f}x "
                         f"{r_warm / warm:>10.2f}x")
            print(line, flush=True)
    print("ratio = reader time / technopolice-bot time (higher is better for the bot)")


if __name__ == "__main__":
    main()
