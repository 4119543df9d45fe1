#!/usr/bin/env python3
"""Fetch cycle: one `run --once` pass in preview mode over N feeds of 30 items served on
loopback with 50–200 ms latency (by a separate process, as remote sites would be), cold
then warm (everything answers 304), side by side with lemon24/reader's
update_feeds(workers=W) on the same feeds. Wall time and CPU time (this process and
its finished children: the bot's parsing processes) of each pass.

    pip install -e ".[bench]"
    python -m tests.benchmarks.bench_fetch --feeds 200 1000 5000 --reader-workers 32 100
"""
from __future__ import annotations

import argparse
import logging
import resource
import tempfile
import time
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from bot.config import Config, load_config
from bot.forum.preview import PreviewForum
from bot.pipeline import run_pass
from bot.state.store import Store
from tests.benchmarks.feedgen import serve_feeds
from tests.conftest import write_config


@dataclass
class Pass:
    wall: float
    cpu: float


def timed(work: Callable[[], object]) -> Pass:
    def cpu() -> float:
        own, children = (resource.getrusage(resource.RUSAGE_SELF),
                         resource.getrusage(resource.RUSAGE_CHILDREN))
        return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
    cpu_before, started = cpu(), time.perf_counter()
    work()
    return Pass(time.perf_counter() - started, cpu() - cpu_before)


def ours(urls: list[str], workers: int | None, tmp: Path) -> tuple[Pass, Pass, int]:
    entries = [{"name": f"f{n}", "url": url} for n, url in enumerate(urls)]
    config_path = write_config(tmp / "feeds.yaml", entries, extra="")
    if workers is not None:
        config_path.write_text(f"workers: {workers}\n" + config_path.read_text())
    config = load_config(config_path)
    store = Store(tmp / "bot.db")
    reports = []
    cold = timed(lambda: reports.append(run_pass(config, store, PreviewForum())))
    warm = timed(lambda: reports.append(run_pass(config, store, PreviewForum())))
    assert not reports[0].failed and not reports[1].failed
    assert reports[1].total("new_items") == 0
    assert sum(f.not_modified for f in reports[1].feeds) == len(urls)
    return cold, warm, reports[0].total("new_items")


def theirs(urls: list[str], workers: int, tmp: Path) -> tuple[Pass, Pass, int]:
    from reader import make_reader

    reader = make_reader(str(tmp / f"reader{workers}.sqlite"))
    for url in urls:
        reader.add_feed(url)
    cold = timed(lambda: reader.update_feeds(workers=workers, scheduled=False))
    warm = timed(lambda: reader.update_feeds(workers=workers, scheduled=False))
    count = reader.get_entry_counts().total
    reader.close()
    return cold, warm, count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--feeds", type=int, nargs="+", default=[200, 1000, 5000])
    parser.add_argument("--items", type=int, default=30)
    parser.add_argument("--hosts", type=int, default=50)
    parser.add_argument("--workers", type=int, default=None,
                        help="the bot's workers (default: its feeds.yaml default, "
                             f"{Config('', ()).workers})")
    parser.add_argument("--reader-workers", type=int, nargs="*", default=[32, 100])
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    from importlib.metadata import version
    reader_name = f"reader {version('reader')}" if args.reader_workers else ""
    print(f"{'feeds':>6}  {'tool':<17}{'workers':>7}  {'cold':>7} {'cold CPU':>9}  "
          f"{'warm':>6} {'warm CPU':>9}")
    for count in args.feeds:
        with ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
            urls = serve_feeds(stack, count, args.items, args.hosts, (0.05, 0.2))
            cold, warm, items = ours(urls, args.workers, Path(tmp))
            workers = args.workers or Config("", ()).workers
            print(f"{count:>6}  {'technopolice-bot':<17}{workers:>7}  {cold.wall:>6.1f}s "
                  f"{cold.cpu:>8.1f}s  {warm.wall:>5.1f}s {warm.cpu:>8.1f}s", flush=True)
            for reader_workers in args.reader_workers:
                r_cold, r_warm, r_items = theirs(urls, reader_workers, Path(tmp))
                assert r_items == items, (r_items, items)
                print(f"{count:>6}  {reader_name:<17}{reader_workers:>7}  {r_cold.wall:>6.1f}s "
                      f"{r_cold.cpu:>8.1f}s  {r_warm.wall:>5.1f}s {r_warm.cpu:>8.1f}s   "
                      f"bot faster: cold {r_cold.wall / cold.wall:.2f}x, "
                      f"warm {r_warm.wall / warm.wall:.2f}x", flush=True)


if __name__ == "__main__":
    main()
