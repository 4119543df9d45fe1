"""Parsing in worker processes: same result as in-process, and a dead worker costs
no feed."""
from __future__ import annotations

import os
import signal

import pytest

from bot.config import FeedConfig
from bot.errors import ParseError
from bot.pipeline import fetch_order
from bot.sources.parse import parse_feed
from bot.sources.parsepool import ParsePool, auto_processes
from tests.conftest import rss

DOC = rss({"title": "Nice : des caméras de vidéoprotection en plus", "guid": "n-1",
           "link": "https://presse.example.fr/nice"},
          {"title": "Drones à Rennes", "guid": "r-1", "link": "https://presse.example.fr/rennes",
           "summary": "<p>La préfecture autorise des <b>drones</b>.</p>"}).encode()
HEADERS = {"content-type": "application/rss+xml"}


def test_worker_process_parses_like_the_main_process():
    with ParsePool(1) as pool:
        assert pool(DOC, HEADERS, "https://presse.example.fr/rss") == \
            parse_feed(DOC, HEADERS, "https://presse.example.fr/rss")


def test_a_killed_worker_loses_no_feed():
    with ParsePool(1) as pool:
        pool(DOC, HEADERS, "https://presse.example.fr/rss")  # the worker is up
        assert len(pool.worker_pids) == 1
        for pid in pool.worker_pids:
            os.kill(pid, signal.SIGKILL)
        expected = parse_feed(DOC, HEADERS, "https://presse.example.fr/rss")
        assert pool(DOC, HEADERS, "https://presse.example.fr/rss") == expected
        assert pool(DOC, HEADERS, "https://presse.example.fr/rss") == expected
        assert pool.worker_pids == []  # the rest of the pass is parsed in-process


def test_processes_only_for_large_passes_and_spare_cores():
    assert auto_processes(5000, cpus=2) == 1
    assert auto_processes(5000, cpus=16) == 4
    assert auto_processes(5000, cpus=1) == 0
    assert auto_processes(28, cpus=8) == 0


def test_fetch_order_takes_hosts_in_turn_and_keeps_order_within_a_host():
    feeds = [FeedConfig(name, url) for name, url in [
        ("of1", "https://www.ouest-france.fr/a.xml"), ("of2", "https://www.ouest-france.fr/b.xml"),
        ("of3", "https://WWW.ouest-france.fr/c.xml"), ("lp1", "https://www.leparisien.fr/x.xml"),
        ("mairie", "https://ville.example.fr/rss")]]
    assert [f.name for f in fetch_order(feeds)] == ["of1", "lp1", "mairie", "of2", "of3"]


def test_a_feed_that_is_not_a_feed_gives_the_same_error_from_a_worker():
    page = b"<!DOCTYPE html><html><body>Accueil</body></html>"
    with ParsePool(1) as pool:
        with pytest.raises(ParseError, match="HTML page"):
            pool(page, {"content-type": "text/html"}, "https://ville.example.fr/")


def test_parsing_processes_do_not_receive_the_forum_key(monkeypatch):
    monkeypatch.setenv("DISCOURSE_API_KEY", "secret-key-for-the-forum")
    with ParsePool(1) as pool:
        (pid,) = pool.worker_pids
        environment = open(f"/proc/{pid}/environ", "rb").read()
        assert b"secret-key-for-the-forum" not in environment
        assert pool(DOC, HEADERS, "https://presse.example.fr/rss").items
