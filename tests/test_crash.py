"""Exactly once under crashes: the forum kills the bot (SIGKILL) at the worst moments;
on restart every story is on the forum once, every reply once, no item is lost."""
from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from bot.sandbox.forum import Kill
from tests.conftest import ROOT, cli, forum_env, rss, write_config

STORIES = [
    {"title": f"{town} : la mairie installe des caméras de vidéoprotection dans le centre",
     "link": f"https://presse.example/{n}", "guid": f"g{n}",
     "summary": f"La police municipale de {town} disposera de {n + 20} nouvelles caméras."}
    for n, town in enumerate(["Montreuil", "Bobigny", "Pantin", "Bondy"])
]
COPY = {**STORIES[0], "link": "https://autre.example/montreuil", "guid": "c0"}


def start(config, db, forum):
    return subprocess.Popen([sys.executable, "-m", "bot", "run", "--once", "--config",
                             str(config), "--db", str(db)], cwd=ROOT, env=forum_env(forum),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize("method, path, nth, when", [
    ("POST", "/posts", 1, "before"),   # crash just before the first thread is created
    ("POST", "/posts", 1, "after"),    # created on the forum, not yet recorded
    ("POST", "/posts", 3, "after"),    # in the middle of a batch
    ("POST", "/posts", 5, "after"),    # the reply (another outlet's copy) was posted
    ("GET", "/t/external_id/", 2, "after"),  # between look-up and creation
])
def test_killed_at_any_step_every_story_is_posted_exactly_once(
        feeds, forum, tmp_path, method, path, nth, when):
    a = feeds.serve("/a.xml", rss(*STORIES))
    b = feeds.serve("/b.xml", rss(COPY))
    config = write_config(tmp_path / "feeds.yaml", [{"name": "A", "url": a},
                                                    {"name": "B", "url": b}])
    db = tmp_path / "state.db"
    process = start(config, db, forum)
    forum.kills.append(Kill(process.pid, method, path, nth, when))
    process.wait(timeout=60)
    assert process.returncode == -9  # it really died there
    forum.expire_memo()  # Discourse's 120 s POST memo must not be what saves us
    result = cli("run", "--once", "--config", str(config), "--db", str(db), env=forum_env(forum))
    assert result.returncode == 0, result.stderr

    titles = [t.title for t in forum.live_topics()]
    assert sorted(titles) == sorted(s["title"] for s in STORIES)  # each once
    montreuil = next(t for t in forum.live_topics() if t.title == STORIES[0]["title"])
    assert len(montreuil.posts) == 2  # the copy added once
    statuses = sqlite3.connect(db).execute("select status, count(*) from items "
                                           "group by status").fetchall()
    assert statuses == [("posted", 5)]
