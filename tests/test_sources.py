"""The Source interface as the pipeline sees it, with the RSS/Atom feed behind it, over
real HTTP on 127.0.0.1: what a turn returns, never what it raises."""
from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from bot.config import Config, FeedConfig
from bot.sources.base import SourceState, Validators
from bot.sources.fetch import make_client
from bot.sources.opener import SourceOpener, open_source
from tests.conftest import rss

CONFIG = Config(path="feeds.yaml", feeds=(), allow_private_networks=True)
FEED = rss({"title": "Vidéosurveillance : la ville ajoute 40 caméras", "link": "https://e.fr/a",
            "guid": "a-1", "summary": "<p>Le conseil <b>municipal</b> a voté.</p>"},
           {"title": "", "summary": ""})
NEW = SourceState(Validators(), None)


@pytest.fixture
def client():
    with make_client(httpx.Timeout(2.0)) as c:
        yield c


def test_a_turn_gives_plain_text_items_and_the_validators_to_save(feeds, client):
    source = open_source(FeedConfig("Journal", feeds.serve("/f.xml", FEED)), client, CONFIG)
    fetched = source.fetch(NEW)
    assert fetched.error is None and not fetched.not_modified
    (item,) = fetched.items
    assert (item.guid, item.link, item.summary) == ("a-1", "https://e.fr/a",
                                                    "Le conseil municipal a voté.")
    assert fetched.unusable == 1  # the entry with neither title nor text
    assert fetched.validators.etag


def test_saved_validators_make_the_next_turn_not_modified(feeds, client):
    source = open_source(FeedConfig("Journal", feeds.serve("/f.xml", FEED)), client, CONFIG)
    first = source.fetch(NEW)
    again = source.fetch(SourceState(first.validators, "2026-01-01T00:00:00+00:00"))
    assert again.not_modified and again.items is None and again.error is None


def test_failures_come_back_as_errors_not_exceptions(feeds, client):
    missing = open_source(FeedConfig("Disparu", feeds.url + "/nowhere.xml"), client, CONFIG)
    page = open_source(FeedConfig("Page", feeds.serve("/page", "<!doctype html><html></html>",
                                                      content_type="text/html")), client, CONFIG)
    assert "HTTP 404" in str(missing.fetch(NEW).error)
    assert "HTML page" in str(page.fetch(NEW).error)


def parse_workers() -> list[str]:
    """This process's children that are parsing workers."""
    children = []
    for task in Path("/proc/self/task").iterdir():
        children += (task / "children").read_text().split()
    return [pid for pid in children
            if b"bot.sources.parseworker" in Path(f"/proc/{pid}/cmdline").read_bytes()]


def test_sources_of_a_pass_share_parsing_processes(feeds, client):
    config = Config(path="feeds.yaml", feeds=(), allow_private_networks=True,
                    parse_processes=1)
    with SourceOpener(config, client, feeds=1) as sources:
        assert len(parse_workers()) == 1
        fetched = sources.open(FeedConfig("Journal", feeds.serve("/f.xml", FEED))).fetch(NEW)
    assert [i.title for i in fetched.items] == ["Vidéosurveillance : la ville ajoute 40 caméras"]
    assert parse_workers() == []
