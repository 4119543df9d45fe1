"""`feeds test` and `feeds add`: what maintainers run before touching feeds.yaml."""
from __future__ import annotations

from bot.config import load_config
from bot.sources.discover import discover_feeds
from tests.conftest import cli, rss, write_config

ITEMS = [{"title": "Saint-Denis achète le logiciel de VSA Two-i", "link": "https://e.fr/1",
          "summary": "La mairie de Saint-Denis (93) a acheté des licences."},
         {"title": "Le marché de Noël ouvre samedi", "link": "https://e.fr/2",
          "summary": "Chalets et vin chaud."}]
PAGE = ('<!DOCTYPE html><html><head><title>Journal</title>'
        '<link rel="alternate" type="application/rss+xml" title="Actualités" href="/rss.xml">'
        '</head><body>Bienvenue</body></html>')


def setup(feeds, tmp_path):
    feeds.serve("/rss.xml", rss(*ITEMS, title="Le Journal local"))
    feeds.serve("/", PAGE, content_type="text/html; charset=utf-8")
    config = write_config(tmp_path / "feeds.yaml", [{"name": "Existant",
                                                      "url": feeds.url + "/rss.xml"}])
    text = config.read_text().replace("feeds:\n", "# Nos flux, commentés.\nfeeds:\n")
    config.write_text(text)
    return config


def test_discovers_feeds_announced_by_a_page():
    assert discover_feeds(PAGE, "https://journal.example/a/") == [
        ("https://journal.example/rss.xml", "Actualités")]


def test_feeds_test_shows_decisions_and_posts_nothing(feeds, forum, tmp_path):
    config = setup(feeds, tmp_path)
    result = cli("feeds", "test", "Existant", "--config", str(config))
    assert result.returncode == 0, result.stderr
    assert "Le Journal local" in result.stdout
    assert "THREAD" in result.stdout and "saint-denis-93" in result.stdout
    assert "skip" in result.stdout
    assert forum.requests == [] and not (tmp_path / "technopolice-bot.db").exists()


def test_feeds_add_discovers_appends_and_keeps_comments(feeds, tmp_path):
    config = setup(feeds, tmp_path)
    other = feeds.serve("/conseil.xml", rss(*ITEMS, title="Conseil municipal"))
    feeds.serve("/site", PAGE.replace("/rss.xml", "/conseil.xml"),
                content_type="text/html")
    result = cli("feeds", "add", feeds.url + "/site", "--config", str(config), "--kind",
                 "council", "--commune", "93066")
    assert result.returncode == 0, result.stderr
    assert "added to" in result.stdout
    text = config.read_text()
    assert "# Nos flux, commentés." in text and 'commune: "93066"' in text
    added = load_config(config).feeds[-1]
    assert (added.name, added.url, added.kind, added.commune) == (
        "Conseil municipal", other, "council", "93066")
    again = cli("feeds", "add", other, "--config", str(config))
    assert again.returncode == 1 and "already in" in again.stderr


def test_feeds_add_refuses_what_would_break_feeds_yaml(feeds, tmp_path):
    config = setup(feeds, tmp_path)
    other = feeds.serve("/c2.xml", rss(*ITEMS, title="Conseil"))
    before = config.read_text()
    result = cli("feeds", "add", other, "--config", str(config), "--kind", "council")
    assert result.returncode == 2 and "must declare its commune" in result.stderr
    assert config.read_text() == before
