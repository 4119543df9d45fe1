"""The long-running service (APScheduler 3): each feed on its own interval, feeds.yaml
reloaded when it changes (a bad edit is refused and the last good config keeps
running), a heartbeat file for supervisors, moderators' verdicts every hour."""
from __future__ import annotations

import json
import logging
import os
import random
import signal
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.interval import IntervalTrigger

from bot.app.health import post_report
from bot.config import Config, load_config
from bot.errors import ConfigError
from bot.forum.base import Forum
from bot.logs import event
from bot.pipeline import promote_previewed, run_feed
from bot.sources.fetch import make_client
from bot.state.store import Store
from bot.threads.publish import ForumGate
from bot.threads.verdicts import refresh_verdicts

MAX_FEED_JOBS = 16  # feeds fetched at once by the service (never above `workers`)
MAX_JITTER = 300.0  # seconds
RELOAD_EVERY = 10.0  # seconds between checks of feeds.yaml
HEARTBEAT_EVERY = 30.0
FEED_JOB = "feed:"


def heartbeat_path(db_path: str) -> Path:
    return Path(f"{db_path}.heartbeat")


class Service:
    """The scheduler, its jobs and the configuration they read."""

    def __init__(self, config_path: str, config: Config, db_path: str, forum: Forum):
        self.config_path, self.config, self.db_path, self.forum = config_path, config, db_path, forum
        self.mtime = _mtime(config_path)
        self.client = make_client()
        self.gate = ForumGate()  # shared: a 429 or a refused key pauses every feed
        self.crashes, self.last_crash = 0, None  # jobs crashed in a row, and the last one
        self.started = datetime.now(timezone.utc)
        self.scheduler = BlockingScheduler(
            executors={"default": ThreadPoolExecutor(min(config.workers, MAX_FEED_JOBS))},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 600},
            timezone=timezone.utc)
        self.schedule_feeds()
        self.scheduler.add_job(self.refresh_verdicts, IntervalTrigger(hours=1, jitter=300),
                               id="verdicts")
        self.scheduler.add_job(self.reload_if_changed, IntervalTrigger(seconds=RELOAD_EVERY),
                               id="reload")
        self.scheduler.add_job(self.health_report, IntervalTrigger(days=1, jitter=600),
                               id="health", next_run_time=datetime.now(timezone.utc)
                               + timedelta(minutes=10))
        self.scheduler.add_job(self.beat, IntervalTrigger(seconds=HEARTBEAT_EVERY), id="beat",
                               next_run_time=datetime.now(timezone.utc))

    def schedule_feeds(self) -> None:
        """One job per enabled feed; never two runs of a feed at once, missed runs
        coalesced, first runs spread so feeds do not all fire together."""
        for job in self.scheduler.get_jobs():
            if job.id.startswith(FEED_JOB):
                job.remove()
        now = datetime.now(timezone.utc)
        for feed in self.config.feeds:
            if feed.enabled:
                self.scheduler.add_job(
                    self.run_one, IntervalTrigger(seconds=feed.every,
                                                  jitter=min(feed.every * 0.1, MAX_JITTER)),
                    id=FEED_JOB + feed.name, name=feed.name, args=[feed.name],
                    next_run_time=now + timedelta(seconds=random.uniform(
                        0, min(30.0, feed.every * 0.1))))

    def _job(self, name: str, work: Callable[[Store], object]) -> None:
        """Run `work` with a connection of its own. A job that crashes (a bug, a damaged
        database, a full disk) is logged and never kills the service, but it is counted:
        the heartbeat carries the count, and `health` turns unhealthy when jobs keep
        crashing."""
        store = None
        try:
            store = Store(self.db_path)
            work(store)
            self.crashes, self.last_crash = 0, None
        except Exception as exc:
            self.crashes += 1
            self.last_crash = f"{name}: {type(exc).__name__}: {exc}"
            logging.getLogger(__name__).exception("job.crashed job=%s", name)
            self.beat()  # tell `health` now, not at the next beat
        finally:
            if store is not None:
                store.close()

    def run_one(self, name: str) -> None:
        feed = next((f for f in self.config.feeds if f.name == name), None)
        if feed is None:
            return
        self._job(f"feed:{name}", lambda store: run_feed(
            feed, self.config, store, self.forum, client=self.client, gate=self.gate))
        if not self.gate.is_open:
            self.beat()  # a pause of the forum is seen by `health` at once

    def refresh_verdicts(self) -> None:
        if not self.gate.is_open:
            return
        self._job("verdicts", lambda store: refresh_verdicts(
            store, self.forum, self.config.forum, datetime.now(timezone.utc)))

    def health_report(self) -> None:
        """Update this period's health thread (daily) in the staff category."""
        if self.forum.mode != "forum" or not self.gate.is_open:
            return
        self._job("health", lambda store: post_report(
            self.config, store, self.forum, datetime.now(timezone.utc)))

    def reload_if_changed(self) -> None:
        """Pick up an edited feeds.yaml; refuse a bad one, keep the last good config."""
        mtime = _mtime(self.config_path)
        if mtime == self.mtime:
            return
        self.mtime = mtime
        try:
            config = load_config(self.config_path)
        except ConfigError as exc:
            for problem in exc.problems:
                event("config.rejected", logging.ERROR, problem=str(problem))
            event("config.kept", logging.ERROR, reason="the last good feeds.yaml keeps running")
            return
        self.config = config
        self.schedule_feeds()
        event("config.reloaded", feeds=sum(f.enabled for f in config.feeds))

    def beat(self) -> None:
        """Write the heartbeat file atomically (read by `technopolice-bot health`)."""
        path = heartbeat_path(self.db_path)
        data = {"time": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                "pid": os.getpid(), "started": self.started.isoformat(timespec="seconds"),
                "feeds": sum(f.enabled for f in self.config.feeds), "mode": self.forum.mode,
                "forum_paused": None if self.gate.is_open else self.gate.reason,
                "forum_pause_seconds": round(self.gate.pause_seconds),
                "jobs_crashed_in_a_row": self.crashes, "last_crash": self.last_crash}
        temporary = path.with_name(f"{path.name}.{threading.get_ident()}.tmp")
        temporary.write_text(json.dumps(data), encoding="utf-8")
        temporary.replace(path)

    def run(self) -> None:
        """Run until SIGINT/SIGTERM; feed turns in progress finish first."""
        def stop(signum: int, _frame) -> None:
            event("service.stopping", signal=signal.Signals(signum).name)
            self.scheduler.shutdown(wait=True)

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        event("service.started", feeds=sum(f.enabled for f in self.config.feeds),
              mode=self.forum.mode)
        if self.forum.mode == "forum":
            self._job("previewed", lambda store: promote_previewed(
                self.config, store, datetime.now(timezone.utc)))
        self.scheduler.start()
        heartbeat_path(self.db_path).unlink(missing_ok=True)
        event("service.stopped")


def _mtime(path: str) -> float | None:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return None


def read_heartbeat(db_path: str) -> dict | None:
    try:
        return json.loads(heartbeat_path(db_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
