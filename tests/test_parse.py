"""Parsing feeds: RSS and Atom, bad documents, unusable entries."""
from __future__ import annotations

import pytest

from bot.errors import ParseError
from bot.sources.parse import parse_feed
from tests.conftest import atom, rss

HEADERS = {"content-type": "application/rss+xml"}


def test_rss_items_become_plain_text():
    body = rss({"title": "Caméras &amp; VSA", "link": "https://e.fr/a", "guid": "g1",
                "summary": "<p>Un <strong>résumé</strong>&nbsp;HTML</p><script>x()</script>"})
    parsed = parse_feed(body.encode(), HEADERS, "https://e.fr/feed")
    [item] = parsed.items
    assert item.title == "Caméras & VSA"
    assert item.summary == "Un résumé HTML"
    assert item.guid == "g1" and item.published is not None


def test_atom_and_relative_links_resolved_against_final_url():
    body = atom({"title": "Entrée", "guid": "urn:1", "link": "/article/1"})
    parsed = parse_feed(body.encode(), {"content-type": "application/atom+xml"},
                        "https://ville.example.fr/flux/atom.xml")
    assert parsed.items[0].link == "https://ville.example.fr/article/1"


def test_html_page_is_not_a_feed():
    with pytest.raises(ParseError, match="HTML page"):
        parse_feed(b"<!DOCTYPE html><html><body>Hi</body></html>", {"content-type": "text/html"},
                   "https://e.fr/")


def test_garbage_is_not_a_feed():
    with pytest.raises(ParseError):
        parse_feed(b"\x00\x01 not xml at all", {"content-type": "application/xml"}, "https://e.fr/")


def test_entries_without_text_are_counted_not_silently_dropped():
    body = rss({"title": "Sans lien ni guid"}, {"title": "", "guid": "vide"},
               {"title": "Normal", "link": "https://e.fr/b"})
    parsed = parse_feed(body.encode(), HEADERS, "https://e.fr/feed")
    assert [i.title for i in parsed.items] == ["Sans lien ni guid", "Normal"]
    assert parsed.unusable == 1


def test_parsing_never_reads_files_or_urls(tmp_path):
    secret = tmp_path / "secret.xml"
    secret.write_text(rss({"title": "SECRET", "link": "https://e.fr/s"}))
    with pytest.raises(ParseError):
        parse_feed(str(secret).encode(), HEADERS, "https://e.fr/")
