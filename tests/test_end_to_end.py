"""`technopolice-bot run --once` against a loopback feed host and sandbox forum."""
from __future__ import annotations

import sqlite3

import pytest

from bot.sandbox.forum import Fault
from bot.state.identity import external_id, item_key
from tests.conftest import atom, cli, forum_env, rss, write_config

SAINT_DENIS = {
    "title": "Saint-Denis achète le logiciel de vidéosurveillance algorithmique Two-i",
    "link": "https://presse.example.fr/saint-denis-two-i?utm_source=rss&utm_medium=feed",
    "guid": "sd-1",
    "summary": "<p>La mairie de Saint-Denis (93) a acquis cinquante licences du logiciel "
               "<strong>Two-i</strong> pour ses caméras.</p>",
}
MARSEILLE = {
    "title": "Marseille : le collectif Technopolice écrit au conseil municipal",
    "link": "https://presse.example.fr/marseille-vsa",
    "guid": "mrs-1",
    "summary": "Les habitants demandent l’interdiction de la vidéosurveillance algorithmique "
               "à Marseille.",
}
CANNES = {
    "title": "Festival de Cannes : la Caméra d’or pour un premier film",
    "link": "https://presse.example.fr/cannes-camera-or", "guid": "cannes-1",
    "summary": "Le jury salue un tournage caméra à l’épaule.",
}
OLD = {
    "title": "Toulouse installe des caméras de vidéoprotection à la demande",
    "link": "https://presse.example.fr/toulouse-2021", "guid": "tls-1", "days_ago": 400,
    "summary": "La mairie de Toulouse propose des caméras de vidéoprotection.",
}
COUNCIL = {
    "title": "Délibération : extension du réseau de vidéoprotection",
    "link": "https://ville.example.fr/deliberation-42", "guid": "urn:cm:42",
    "summary": "Le conseil approuve le marché public de 40 caméras et la demande de "
               "subvention FIPD.",
}


def setup_feeds(feeds, tmp_path):
    press = feeds.serve("/presse.xml", rss(SAINT_DENIS, MARSEILLE, CANNES, OLD))
    council = feeds.serve("/conseil.xml", atom(COUNCIL),
                          content_type="application/atom+xml; charset=utf-8")
    return write_config(tmp_path / "feeds.yaml", [
        {"name": "Presse", "url": press, "kind": "press"},
        {"name": "Conseil Montreuil", "url": council, "kind": "council", "commune": '"93048"'},
    ])


def run_once(config, db, env):
    result = cli("run", "--once", "--config", str(config), "--db", str(db), env=env)
    assert result.returncode == 0, result.stderr
    return result


@pytest.mark.parametrize("parse_processes", [0, 1])
def test_opens_expected_threads_then_nothing_on_second_run(feeds, forum, tmp_path,
                                                           parse_processes):
    config = setup_feeds(feeds, tmp_path)
    # Parsed in this process, or in a worker process as large passes do.
    config.write_text(f"parse_processes: {parse_processes}\n" + config.read_text())
    db = tmp_path / "state.db"
    run_once(config, db, forum_env(forum))

    topics = {t.title: t for t in forum.live_topics()}
    assert set(topics) == {SAINT_DENIS["title"], MARSEILLE["title"], COUNCIL["title"]}
    assert topics[SAINT_DENIS["title"]].tags[0] == "saint-denis-93"
    assert "a-trier" in topics[SAINT_DENIS["title"]].tags
    assert topics[MARSEILLE["title"]].tags[0] == "marseille"
    assert topics[COUNCIL["title"]].tags[0] == "montreuil-93"
    # Île-de-France towns go to the region's category, others to the default one.
    assert topics[SAINT_DENIS["title"]].category_id == 7
    assert topics[MARSEILLE["title"]].category_id == 5
    # The external id is derived from the link without its tracking parameters.
    expected = external_id(item_key("https://presse.example.fr/saint-denis-two-i", "", "", ""))
    assert topics[SAINT_DENIS["title"]].external_id == expected
    body = topics[SAINT_DENIS["title"]].posts[0].raw
    assert "Two\\-i" in body and "Saint\\-Denis (93)" in body

    posts_before = len(forum.posts)
    second = run_once(config, db, forum_env(forum))
    assert len(forum.posts) == posts_before
    assert "opened 0 threads" in second.stdout
    assert feeds.hits("/presse.xml")[-1] == 304


def test_preview_mode_posts_nothing_and_prints_threads(feeds, forum, tmp_path):
    config = setup_feeds(feeds, tmp_path)
    result = run_once(config, tmp_path / "state.db", None)
    assert forum.requests == []
    assert "preview mode" in result.stderr
    assert f"[preview] new thread: {SAINT_DENIS['title']}" in result.stdout
    assert "would open 3 threads" in result.stdout
    assert CANNES["title"] not in result.stdout


def test_lost_database_does_not_open_threads_twice(feeds, forum, tmp_path):
    config = setup_feeds(feeds, tmp_path)
    run_once(config, tmp_path / "first.db", forum_env(forum))
    count = len(forum.live_topics())
    result = run_once(config, tmp_path / "rebuilt.db", forum_env(forum))
    assert len(forum.live_topics()) == count
    creates = [r for r in forum.requests if r[0] == "POST"]
    assert len(creates) == count
    assert "opened 3 threads" in result.stdout  # known on the forum, recorded locally


def test_deleted_thread_is_not_recreated(feeds, forum, tmp_path):
    config = setup_feeds(feeds, tmp_path)
    run_once(config, tmp_path / "a.db", forum_env(forum))
    victim = next(t for t in forum.live_topics() if t.title == MARSEILLE["title"])
    forum.delete_topic(victim.id)
    forum.expire_memo()  # the moderator acts later than Discourse's 120 s POST memo
    run_once(config, tmp_path / "b.db", forum_env(forum))
    assert MARSEILLE["title"] not in {t.title for t in forum.live_topics()}
    status = sqlite3.connect(tmp_path / "b.db").execute(
        "select status from items where title = ?", [MARSEILLE["title"]]).fetchone()[0]
    assert status == "suppressed"


def test_forum_errors_keep_items_pending_until_next_run(feeds, forum, tmp_path):
    config = setup_feeds(feeds, tmp_path)
    db = tmp_path / "state.db"
    forum.add_fault(Fault(status=502, count=100, method="POST"))
    result = cli("run", "--once", "--config", str(config), "--db", str(db), env=forum_env(forum))
    assert result.returncode == 4  # nothing could be posted: a cron job's owner hears of it
    assert forum.live_topics() == []
    assert "3 still pending" in result.stdout
    assert "forum error 502" in result.stderr
    forum.faults.clear()
    run_once(config, db, forum_env(forum))
    assert len(forum.live_topics()) == 3


def test_bad_api_key_is_reported_and_nothing_is_lost(feeds, forum, tmp_path):
    config = setup_feeds(feeds, tmp_path)
    db = tmp_path / "state.db"
    result = cli("run", "--once", "--config", str(config), "--db", str(db),
                 env=forum_env(forum, DISCOURSE_API_KEY="wrong-key"))
    assert result.returncode == 4 and "the forum refused the bot's key" in result.stdout
    assert "check DISCOURSE_API_KEY" in result.stderr
    assert "wrong-key" not in result.stderr + result.stdout
    assert forum.live_topics() == []
    status = cli("status", "--db", str(db))
    assert "Items waiting for the forum" in status.stdout
    assert "check DISCOURSE_API_KEY" in status.stdout
    run_once(config, db, forum_env(forum))
    assert len(forum.live_topics()) == 3


def test_rate_limit_stops_publishing_without_losing_items(feeds, forum, tmp_path):
    config = setup_feeds(feeds, tmp_path)
    db = tmp_path / "state.db"
    forum.rate_limit_per_minute = 2  # lookup + create of the first story, then 429
    result = run_once(config, db, forum_env(forum))
    assert len(forum.live_topics()) == 1
    assert "rate limit" in result.stderr
    forum.rate_limit_per_minute = 60
    forum._admin_calls.clear()
    run_once(config, db, forum_env(forum))
    assert len(forum.live_topics()) == 3


def test_broken_feed_is_reported_and_others_still_run(feeds, forum, tmp_path):
    good = feeds.serve("/ok.xml", rss(SAINT_DENIS))
    broken = feeds.answer("/broken.xml", 500, "oops")
    html = feeds.serve("/page.html", "<html><body>Bonjour</body></html>",
                       content_type="text/html")
    config = write_config(tmp_path / "feeds.yaml", [
        {"name": "Cassé", "url": broken}, {"name": "Page", "url": html},
        {"name": "Bon", "url": good}])
    result = run_once(config, tmp_path / "state.db", forum_env(forum))
    assert "feed failed: Cassé: HTTP 500" in result.stdout
    assert "feed failed: Page: not a feed" in result.stdout
    assert [t.title for t in forum.live_topics()] == [SAINT_DENIS["title"]]
    status = cli("status", "--db", str(tmp_path / "state.db"))
    assert status.returncode == 0
    assert "HTTP 500" in status.stdout and SAINT_DENIS["title"][:40] in status.stdout


def test_internal_feed_address_refused_by_default(feeds, forum, tmp_path):
    url = feeds.serve("/ok.xml", rss(SAINT_DENIS))
    config = tmp_path / "feeds.yaml"
    write_config(config, [{"name": "Interne", "url": url}])
    config.write_text(config.read_text().replace("allow_private_networks: true",
                                                 "allow_private_networks: false"))
    result = run_once(config, tmp_path / "state.db", forum_env(forum))
    assert "internal address" in result.stdout
    assert feeds.requests == []


def test_duplicate_title_is_made_unique_with_the_source(feeds, forum, tmp_path):
    same_title = "Vidéoprotection : le conseil municipal vote de nouvelles caméras"
    first = {"title": same_title, "link": "https://a.example.fr/1",
             "summary": "La mairie de Pantin ajoute des caméras de vidéoprotection."}
    second = {"title": same_title, "link": "https://b.example.fr/2",
              "summary": "La mairie de Bobigny ajoute des caméras de vidéoprotection."}
    config = write_config(tmp_path / "feeds.yaml", [
        {"name": "Journal A", "url": feeds.serve("/a.xml", rss(first))},
        {"name": "Journal B", "url": feeds.serve("/b.xml", rss(second))}])
    run_once(config, tmp_path / "state.db", forum_env(forum))
    titles = sorted(t.title for t in forum.live_topics())
    assert titles == [same_title, f"{same_title} — Journal B"]


def test_failing_feed_backs_off_and_honours_retry_after(feeds, forum, tmp_path):
    url = feeds.serve("/busy.xml", rss(SAINT_DENIS), fail_times=100, fail_status=503,
                      fail_headers={"Retry-After": "7200"})
    config = write_config(tmp_path / "feeds.yaml", [{"name": "Occupé", "url": url}])
    db = tmp_path / "state.db"
    first = run_once(config, db, forum_env(forum))
    assert "HTTP 503" in first.stdout and "wait 7200 s" in first.stdout
    second = run_once(config, db, forum_env(forum))
    assert "feed skipped: Occupé: backing off until" in second.stdout
    assert feeds.hits("/busy.xml") == [503]  # the second pass did not knock again
    status = cli("status", "--db", str(db)).stdout
    assert "HTTP 503" in status
