"""Parse feeds in worker processes, so that feedparser (pure Python, the heaviest step
of a cold pass) runs on the machine's other cores instead of sharing one interpreter
lock with fetching, matching and recording.

Plain subprocesses (`python -m bot.sources.parseworker`) talking over pipes rather than
multiprocessing: no resource-tracker process (12 MB), and no re-import of the caller's
main module in each worker."""
from __future__ import annotations

import itertools
import logging
import os
import subprocess
import sys
import threading
from collections import deque
from concurrent.futures import Future

from bot.errors import ParseError
from bot.logs import event
from bot.sources.parse import ParsedFeed, parse_feed
from bot.sources.parseworker import read_frame, write_frame

MAX_PROCESSES = 4
MIN_FEEDS = 100  # below this a pass parses in-process: starting workers would cost more


def auto_processes(feeds: int, cpus: int | None = None) -> int:
    """Worker processes worth starting for a pass over `feeds` feeds: one per core but
    one (left to fetching, matching and recording), none on one core or for few feeds."""
    cpus = cpus if cpus is not None else (os.cpu_count() or 1)
    if feeds < MIN_FEEDS:
        return 0
    return max(0, min(cpus - 1, MAX_PROCESSES))


class _Worker:
    """One parsing process. Requests are pipelined (up to IN_FLIGHT per worker), so the
    process starts the next feed while the main process is still reading the last
    answer; a reader thread hands answers back in order."""

    IN_FLIGHT = 4

    def __init__(self) -> None:
        # A parser needs no forum credentials: they stay out of its environment.
        environment = {k: v for k, v in os.environ.items() if not k.startswith("DISCOURSE_")}
        self.process = subprocess.Popen([sys.executable, "-m", "bot.sources.parseworker"],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        env=environment)
        assert self.process.stdin is not None and self.process.stdout is not None
        self.requests, self.answers = self.process.stdin, self.process.stdout
        self.slots = threading.BoundedSemaphore(self.IN_FLIGHT)
        self.write_lock = threading.Lock()  # one request written at a time, in order
        self.pending_lock = threading.Lock()
        self.pending: deque[Future] = deque()
        self.dead = False
        self.reader = threading.Thread(target=self._read_answers, daemon=True)
        self.reader.start()

    def submit(self, request: tuple) -> Future:
        self.slots.acquire()
        future: Future = Future()
        with self.write_lock:
            with self.pending_lock:
                if self.dead:
                    self.slots.release()
                    future.set_exception(EOFError())
                    return future
                self.pending.append(future)
            try:
                write_frame(self.requests, request)
            except OSError:
                pass  # the process is gone: the reader fails every pending request
        return future

    def _read_answers(self) -> None:
        while True:
            try:
                answer = read_frame(self.answers)
            except Exception:  # noqa: BLE001 - EOF, a cut pipe, a torn frame: all fatal
                break
            with self.pending_lock:
                future = self.pending.popleft()
            self.slots.release()
            future.set_result(answer)
        with self.pending_lock:
            self.dead = True
            failed, self.pending = list(self.pending), deque()
        for future in failed:
            self.slots.release()
            future.set_exception(EOFError())

    def close(self) -> None:
        with self.write_lock:
            try:
                self.requests.close()  # the process stops at the end of its input
            except OSError:
                pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.reader.join()
        self.answers.close()


class ParsePool:
    """`pool(body, headers, url)` parses like `parse_feed`, in a worker process when the
    pool has any. Safe to call from many threads. If a worker dies (a feed that crashes
    the parser, a process killed from outside), that feed and the rest of the pass are
    parsed in the main process: slower, but no feed is lost."""

    def __init__(self, processes: int) -> None:
        self.processes = processes
        self._workers = [_Worker() for _ in range(processes)]
        self._turn = itertools.count()
        self._broken = False

    @property
    def worker_pids(self) -> list[int]:
        return [] if self._broken else [w.process.pid for w in self._workers]

    def __call__(self, body: bytes, headers: dict[str, str], url: str) -> ParsedFeed:
        if self._workers and not self._broken:
            worker = self._workers[next(self._turn) % len(self._workers)]
            try:
                status, value = worker.submit((body, headers, url)).result()
            except EOFError:
                self._give_up(url)
            else:
                if status == "ok":
                    return value
                if status == "error":
                    raise ParseError(value)
                # "crash": parse here, where the error surfaces as it would have
        return parse_feed(body, headers, url)

    def _give_up(self, url: str) -> None:
        if not self._broken:
            self._broken = True
            event("parse.worker_died", logging.WARNING, url=url,
                  detail="a parsing process stopped; parsing in the main process for the "
                         "rest of this pass")

    def close(self) -> None:
        for worker in self._workers:
            worker.close()
        self._workers = []

    def __enter__(self) -> "ParsePool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
