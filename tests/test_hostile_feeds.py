"""Malformed and hostile feeds never crash a run, never leak files, never lose the
other feeds. Each is served over HTTP on 127.0.0.1 and goes through the real pass."""
from __future__ import annotations

import io
from datetime import datetime, timezone

import pytest

from bot.config import load_config
from bot.forum.preview import PreviewForum
from bot.pipeline import run_pass
from bot.state.store import Store
from tests.conftest import rss, write_config

GOOD = rss({"title": "La VSA arrive à Montreuil", "link": "https://e.fr/ok",
            "summary": "La mairie de Montreuil teste la vidéosurveillance algorithmique."})

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
<!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>
<rss version="2.0"><channel><title>&h;</title><item><title>&h;</title>
<link>https://e.fr/lol</link></item></channel></rss>"""

XXE = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file://{path}">]>
<rss version="2.0"><channel><title>x</title><item><title>Vol &secret; VSA</title>
<link>https://e.fr/xxe</link><description>La VSA &secret;</description></item></channel></rss>"""

HOSTILE = {
    "billion-laughs": (BILLION_LAUGHS, "application/rss+xml"),
    "truncated": (GOOD[:len(GOOD) // 2], "application/rss+xml"),
    "garbage": (b"\x00\xff\xfe\x01" * 1000, "application/octet-stream"),
    "empty-body": (b"", "application/rss+xml"),
    "empty-feed": ('<?xml version="1.0"?><rss version="2.0"><channel><title>Vide</title>'
                   "</channel></rss>", "application/rss+xml"),
    "html-page": ("<!DOCTYPE html><html><head><title>Accueil</title></head><body>"
                  "<p>Bonjour</p></body></html>", "text/html; charset=utf-8"),
    "latin1-declared-utf8": (GOOD.replace("/ok", "/l1").encode("latin-1"),
                             "application/rss+xml; charset=utf-8"),
    "latin1-undeclared": (GOOD.replace('encoding="UTF-8"', "").replace("/ok", "/l2")
                          .encode("latin-1"), "application/xml"),
    "utf16-bom": (GOOD.replace('encoding="UTF-8"', 'encoding="UTF-16"').replace("/ok", "/u16")
                  .encode("utf-16"), "application/xml"),
    "no-links-dates-titles": ('<?xml version="1.0"?><rss version="2.0"><channel><title>t'
                              "</title><item><description>Seulement un texte sur la VSA"
                              "</description></item><item><title>Sans lien</title></item>"
                              "<item><guid>only-guid</guid></item></channel></rss>",
                              "application/rss+xml"),
    "deep-nesting": ('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item>'
                     + "<div>" * 20000 + "x" + "</div>" * 20000 + "</item></channel></rss>",
                     "application/rss+xml"),
    "javascript-links": (rss({"title": "La VSA à Nice, cliquez", "link": "javascript:alert(1)",
                              "guid": "js", "summary": "<a href='javascript:x()'>VSA</a> "
                              "@admin <script>alert(1)</script>"}), "application/rss+xml"),
    "fifty-megabytes": (b"<rss>" + b"A" * (50 * 1024 * 1024) + b"</rss>", "application/rss+xml"),
    "many-items": (rss(*[{"title": f"Article {n} sur la ville", "link": f"https://e.fr/{n}"}
                         for n in range(5000)]), "application/rss+xml"),
}


@pytest.fixture
def secret_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("TOP-SECRET-CONTENT")
    return path


def test_hostile_feeds_never_crash_or_leak(feeds, tmp_path, secret_file):
    entries = [{"name": "Bon", "url": feeds.serve("/good.xml", GOOD)}]
    for name, (body, content_type) in {**HOSTILE, "xxe": (XXE.format(path=secret_file),
                                                          "application/rss+xml")}.items():
        entries.append({"name": name, "url": feeds.serve(f"/{name}", body,
                                                         content_type=content_type)})
    config = load_config(write_config(tmp_path / "feeds.yaml", entries))
    store = Store(tmp_path / "state.db")
    out = io.StringIO()
    report = run_pass(config, store, PreviewForum(out), now=datetime.now(timezone.utc))

    assert len(report.feeds) == len(entries)  # every feed had its turn, none crashed
    by_name = {f.feed: f for f in report.feeds}
    assert by_name["Bon"].ok and by_name["Bon"].published == 1
    assert "larger than 10 MB" in by_name["fifty-megabytes"].error
    assert "HTML page" in by_name["html-page"].error
    assert by_name["many-items"].new_items == 5000
    # Text without link is kept (identified by its text); a bare guid has nothing to show.
    assert by_name["no-links-dates-titles"].new_items == 2
    for name in ("latin1-declared-utf8", "latin1-undeclared", "utf16-bom"):
        assert by_name[name].ok and by_name[name].new_items == 1, name
    dump = "\n".join(str(row) for row in store.db.query("select * from items"))
    assert "TOP-SECRET-CONTENT" not in dump + out.getvalue()
    assert "aaaaaaaaaa" * 1000 not in dump  # entities were not expanded
    printed = out.getvalue()
    assert "@admin" not in printed and "<script>" not in printed
    failed = {f.feed for f in report.feeds if not f.ok}
    assert failed <= set(HOSTILE) | {"xxe"}
    for feed in store.feeds():
        if feed["name"] in failed:
            assert feed["last_error"], feed["name"]  # reported, in plain words
