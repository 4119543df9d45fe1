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
    the parser, a process killed from outside), that feed and the rest of the pass are
    parsed in the main process: slower, but no feed is lost."""

    def __init__(self, processes: int) -> None:
        self.processes = processes
        self._lock = threading.Lock()
        # "spawn": forking a process that runs threads could copy a held lock.
        self._executor = (ProcessPoolExecutor(processes,
                                              mp_context=multiprocessing.get_context("spawn"))
                          if processes > 0 else None)

    def __call__(self, body: bytes, headers: dict[str, str], url: str) -> ParsedFeed:
        executor = self._executor
        if executor is not None:
            try:
                return executor.submit(parse_feed, body, headers, url).result()
            except BrokenProcessPool:
                self._give_up(executor, url)
        return parse_feed(body, headers, url)

    def _give_up(self, executor: ProcessPoolExecutor, url: str) -> None:
        with self._lock:
            if self._executor is not executor:
                return  # another thread already did
            self._executor = None
        event("parse.worker_died", logging.WARNING, url=url,
              detail="a parsing process stopped; parsing in the main process for the rest "
                     "of this pass")
        executor.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> "ParsePool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
