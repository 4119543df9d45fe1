"""Parse feeds in worker processes, so that feedparser (pure Python, the heaviest step
of a cold pass) runs on the machine's other cores instead of sharing one interpreter
lock with fetching, matching and recording."""
from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from bot.logs import event
from bot.parse import ParsedFeed, parse_feed

MAX_PROCESSES = 4
MIN_FEEDS = 100  # below this a pass parses in-process: starting workers would cost more


def auto_processes(feeds: int, cpus: int | None = None) -> int:
    """Worker processes worth starting for a pass over `feeds` feeds: one per core but
    one (left to fetching, matching and recording), none on one core or for few feeds."""
    cpus = cpus if cpus is not None else (os.cpu_count() or 1)
    if feeds < MIN_FEEDS:
        return 0
    return max(0, min(cpus - 1, MAX_PROCESSES))


class ParsePool:
    """`pool(body, headers, url)` parses like `parse_feed`, in a worker process when the
    pool has any. Safe to call from many threads. If a worker dies (a feed that crashes
    the parser), the pool is restarted and that feed is parsed in-process, so a pass
    never loses feeds to it."""

    def __init__(self, processes: int) -> None:
        self.processes = processes
        self._lock = threading.Lock()
        self._executor = self._start() if processes > 0 else None

    def _start(self) -> ProcessPoolExecutor:
        # "spawn": forking a process that runs threads can copy a held lock.
        return ProcessPoolExecutor(self.processes, mp_context=multiprocessing.get_context("spawn"))

    def __call__(self, body: bytes, headers: dict[str, str], url: str) -> ParsedFeed:
        executor = self._executor
        if executor is None:
            return parse_feed(body, headers, url)
        try:
            return executor.submit(parse_feed, body, headers, url).result()
        except BrokenProcessPool:
            event("parse.worker_died", logging.WARNING, url=url,
                  detail="parsing this feed in the main process; worker pool restarted")
            with self._lock:
                if self._executor is executor:
                    self._executor = self._start()
                    executor.shutdown(wait=False, cancel_futures=True)
            return parse_feed(body, headers, url)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> "ParsePool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
