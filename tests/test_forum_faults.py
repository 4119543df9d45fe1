"""The forum misbehaves (429 storms, 502 every third request, answers after the bot gave
up waiting): the bot keeps going and, pass after pass, every story reaches the forum
exactly once and no item is lost."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from bot.config import ForumCredentials, load_config
from bot.forum.discourse import DiscourseForum, Pacer
from bot.pipeline import run_pass
from bot.sandbox.forum import Fault
from bot.state.store import Store
from tests.conftest import rss, write_config

TOWNS = ["Montreuil", "Bobigny", "Pantin", "Bondy", "Drancy", "Aubervilliers"]
STORIES = [{"title": f"{town} : la mairie installe des caméras de vidéoprotection",
            "link": f"https://presse.example/{n}", "guid": f"g{n}",
            "summary": f"La police municipale de {town} aura {n + 20} nouvelles caméras."}
           for n, town in enumerate(TOWNS)]
COPIES = [{**s, "link": s["link"].replace("presse", "autre"), "guid": "c" + s["guid"]}
          for s in STORIES[:3]]


def drain(forum, feeds, tmp_path, faults: list[Fault], timeout=(5.0, 5.0)) -> tuple[int, Store]:
    """Run passes (an hour apart) until nothing is pending; return how many it took."""
    config = load_config(write_config(tmp_path / "feeds.yaml", [
        {"name": "A", "url": feeds.serve("/a.xml", rss(*STORIES))},
        {"name": "B", "url": feeds.serve("/b.xml", rss(*COPIES))}]))
    for fault in faults:
        forum.add_fault(fault)
    store = Store(tmp_path / "state.db")
    discourse = DiscourseForum(ForumCredentials(forum.url, forum.api_key, forum.api_username),
                               timeout=timeout)
    now = datetime.now(timezone.utc)
    for attempt in range(1, 16):
        report = run_pass(config, store, discourse, now=now + timedelta(hours=attempt))
        forum.expire_memo()
        if report.total("pending") == 0 and not store.items_with_status("pending"):
            return attempt, store
    raise AssertionError("items still pending after 15 passes")


def assert_exactly_once(forum, store):
    topics = forum.live_topics()
    assert sorted(t.title for t in topics) == sorted(s["title"] for s in STORIES)
    for topic in topics:
        copies = 1 if topic.title in {c["title"] for c in COPIES} else 0
        assert len(topic.posts) == 1 + copies, topic.title
    statuses = {row["status"] for row in store.db.query("select status from items")}
    assert statuses == {"posted"}
    assert store.db["items"].count == len(STORIES) + len(COPIES)


@pytest.mark.parametrize("faults", [
    pytest.param([Fault(status=429, count=10)], id="429-storm"),
    pytest.param([Fault(status=502, every=3)], id="502-every-third"),
    pytest.param([Fault(status=502, every=3, after=True, method="POST")],
                 id="502-after-acting"),
    pytest.param([Fault(status=500, count=4, method="GET"),
                  Fault(status=503, count=3, method="POST")], id="5xx-bursts"),
])
def test_faults_lose_nothing_and_duplicate_nothing(forum, feeds, tmp_path, faults):
    passes, store = drain(forum, feeds, tmp_path, faults)
    assert passes >= 2  # the faults really got in the way
    assert_exactly_once(forum, store)


def test_forum_answering_after_the_bot_gave_up(forum, feeds, tmp_path):
    slow = Fault(status=200, every=2, after=True, method="POST", delay=1.5)
    passes, store = drain(forum, feeds, tmp_path, [slow], timeout=(2.0, 0.5))
    assert passes >= 2
    assert_exactly_once(forum, store)


def test_pacer_keeps_under_the_limit_without_sleeping_needlessly():
    clock = [0.0]
    slept = []

    def sleep(seconds):
        slept.append(seconds)
        clock[0] += seconds

    pacer = Pacer(3, clock=lambda: clock[0], sleep=sleep)
    for _ in range(3):
        pacer.wait_turn()
    assert slept == []
    clock[0] += 10
    pacer.wait_turn()
    assert slept == [50.0]  # the 4th request waits until the 1st leaves the window
