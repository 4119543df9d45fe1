"""The long-running service: each feed on its own interval (APScheduler 3)."""
from __future__ import annotations

import logging
import random
import signal
from datetime import datetime, timedelta, timezone

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.interval import IntervalTrigger

from bot.config import Config, FeedConfig
from bot.fetch import make_client
from bot.forum import Forum
from bot.logs import event
from bot.pipeline import run_feed
from bot.publish import ForumGate
from bot.store import Store
from bot.verdicts import refresh_verdicts

WORKERS = 4
MAX_JITTER = 300.0  # seconds


def build_scheduler(config: Config, db_path: str, forum: Forum) -> BlockingScheduler:
    """A scheduler with one job per enabled feed: never two runs of a feed at once,
    missed runs coalesced, start times spread so feeds do not all fire together."""
    scheduler = BlockingScheduler(
        executors={"default": ThreadPoolExecutor(WORKERS)},
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 600},
        timezone=timezone.utc,
    )
    client = make_client()
    gate = ForumGate()  # shared: a 429 or a refused key pauses publishing for every feed
    now = datetime.now(timezone.utc)
    for feed in config.feeds:
        if not feed.enabled:
            continue
        jitter = min(feed.every * 0.1, MAX_JITTER)
        scheduler.add_job(
            _run_one, IntervalTrigger(seconds=feed.every, jitter=jitter), id=feed.name,
            name=feed.name, args=[feed, config, db_path, forum, client, gate],
            next_run_time=now + timedelta(seconds=random.uniform(0, min(30.0, feed.every))),
        )
    scheduler.add_job(_refresh_verdicts, IntervalTrigger(hours=1, jitter=300), id="verdicts",
                      name="moderators' verdicts", args=[config, db_path, forum, gate])
    return scheduler


def _refresh_verdicts(config: Config, db_path: str, forum: Forum, gate: ForumGate) -> None:
    if not gate.is_open:
        return
    store = Store(db_path)
    try:
        refresh_verdicts(store, forum, config.forum, datetime.now(timezone.utc))
    except Exception:
        logging.getLogger(__name__).exception("verdicts.crashed")
    finally:
        store.close()


def _run_one(feed: FeedConfig, config: Config, db_path: str, forum: Forum, client,
             gate: ForumGate) -> None:
    store = Store(db_path)
    try:
        run_feed(feed, config, store, forum, client=client, gate=gate)
    except Exception:  # a bug in one feed's turn must not kill the service
        logging.getLogger(__name__).exception("feed.crashed feed=%s", feed.name)
    finally:
        store.close()


def serve(config: Config, db_path: str, forum: Forum) -> None:
    """Run until SIGINT/SIGTERM; a feed's turn in progress finishes first."""
    scheduler = build_scheduler(config, db_path, forum)

    def stop(signum: int, _frame) -> None:
        event("service.stopping", signal=signal.Signals(signum).name)
        scheduler.shutdown(wait=True)  # turns in progress finish first

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    event("service.started", feeds=sum(f.enabled for f in config.feeds), mode=forum.mode)
    scheduler.start()
    event("service.stopped")
