"""What a hostile forum, a broken disk and hostile feeds used to break, over real
loopback servers: the API key stays home, nonsense answers leave items pending, a
hanging forum costs two timeouts, nothing is posted twice, a damaged or unwritable
database is reported with what to do, and feed text cannot reach a terminal."""
from __future__ import annotations

import io
import logging
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from bot.config import ForumCredentials, load_config
from bot.forum.discourse import DiscourseForum, wait_seconds
from bot.forum.preview import PreviewForum
from bot.pipeline import run_pass
from bot.sandbox.feeds import FeedHost
from bot.sandbox.forum import Fault, Kill
from bot.sources.netguard import is_internal
from bot.state.store import Store
from tests.conftest import ROOT, cli, forum_env, rss, wait_for, write_config

STORIES = [{"title": f"{town} : la mairie installe des caméras de vidéoprotection",
            "link": f"https://presse.example/{n}", "guid": f"g{n}",
            "summary": f"La police municipale de {town} aura {n + 20} nouvelles caméras."}
           for n, town in enumerate(["Montreuil", "Bobigny", "Pantin"])]
OTHER = [{"title": "Nice : des drones au-dessus de la promenade des Anglais",
          "link": "https://autre.example/nice", "guid": "n1",
          "summary": "La police municipale de Nice fera voler deux drones équipés de caméras."}]


def setup_pass(forum, feeds, tmp_path, timeout=(5.0, 5.0)):
    config = load_config(write_config(tmp_path / "feeds.yaml", [
        {"name": "A", "url": feeds.serve("/a.xml", rss(*STORIES))},
        {"name": "B", "url": feeds.serve("/b.xml", rss(*OTHER))}]))
    discourse = DiscourseForum(ForumCredentials(forum.url, forum.api_key, forum.api_username),
                               timeout=timeout)
    return config, Store(tmp_path / "state.db"), discourse


def errors(store) -> list[str]:
    return [r["last_error"] for r in store.items_with_status("pending")]


# Secrets ---------------------------------------------------------------------------


def test_api_key_never_follows_a_redirect_to_another_origin(forum, feeds, tmp_path):
    with FeedHost() as elsewhere:
        forum.add_fault(Fault(status=301, count=100, path_prefix="/t/external_id/",
                              headers={"Location": elsewhere.url + "/steal.json"}))
        config, store, discourse = setup_pass(forum, feeds, tmp_path)
        report = run_pass(config, store, discourse)
        assert elsewhere.requests == []  # nothing, let alone the key, went there
    assert report.total("pending") == 4 and forum.live_topics() == []
    assert all("another origin" in e and "not followed" in e for e in errors(store))


def test_redirects_within_the_forum_are_still_followed(forum, feeds, tmp_path):
    config, store, discourse = setup_pass(forum, feeds, tmp_path)
    run_pass(config, store, discourse)
    topic = forum.live_topics()[0]
    found = discourse.find_topic(topic.external_id)  # answered by a 301 on the forum
    assert found is not None and found.topic_id == topic.id


# The forum answering nonsense -------------------------------------------------------


@pytest.mark.parametrize("body, after", [({}, False), ([], False), ({}, True),
                                         ({"id": "x", "topic_id": None}, True)])
def test_malformed_answers_leave_items_pending_and_the_pass_goes_on(
        forum, feeds, tmp_path, body, after):
    forum.add_fault(Fault(status=200, count=1, method="POST", path_prefix="/posts",
                          body=body, after=after))
    config, store, discourse = setup_pass(forum, feeds, tmp_path)
    report = run_pass(config, store, discourse)
    assert [f.feed for f in report.feeds] == ["A", "B"]  # B still had its turn
    assert report.total("pending") == 1
    assert "malformed" in errors(store)[0] or "not an object" in errors(store)[0]
    forum.expire_memo()
    run_pass(config, store, discourse, now=datetime.now(timezone.utc) + timedelta(hours=1))
    titles = sorted(t.title for t in forum.live_topics())
    assert titles == sorted(s["title"] for s in STORIES + OTHER)  # each once
    assert store.items_with_status("pending") == []


@pytest.mark.parametrize("asked, expected", [
    ("soon", 60.0), (1e12, 3600.0), ("1e12", 3600.0), (float("inf"), 3600.0),
    ("Infinity", 3600.0), (-5, 1.0), ("NaN", 60.0), (None, 60.0), (True, 60.0), (39, 39.0)])
def test_hostile_wait_seconds_are_kept_within_a_second_and_an_hour(asked, expected):
    assert wait_seconds(asked, None) == expected


def test_retry_after_is_used_when_wait_seconds_is_unreadable():
    assert wait_seconds("soon", "120") == 120.0


@pytest.mark.parametrize("wait, paused", [("soon", 60.0), (1e12, 3600.0), (-3, 1.0)])
def test_a_hostile_429_pauses_publishing_for_a_sane_time(forum, feeds, tmp_path, wait, paused):
    forum.add_fault(Fault(status=429, count=1, method="POST",
                          body={"errors": ["slow down"], "extras": {"wait_seconds": wait}}))
    config, store, discourse = setup_pass(forum, feeds, tmp_path)
    report = run_pass(config, store, discourse)
    assert report.total("pending") == 4  # the pass finished; every item waits
    assert any(f"wait {paused:g} s" in e for e in errors(store))


def test_a_forum_that_never_answers_costs_two_timeouts_per_pass(forum, feeds, tmp_path, caplog):
    hang = forum.add_fault(Fault(status=200, count=100, delay=1.0))
    config, store, discourse = setup_pass(forum, feeds, tmp_path, timeout=(2.0, 0.3))
    with caplog.at_level(logging.INFO):
        report = run_pass(config, store, discourse)
    time.sleep(2.5)  # the sandbox answers one request at a time: let it see them all
    assert hang.seen == 2  # two requests reached the forum, then it was left alone
    assert report.total("pending") == 4
    assert "forum.unresponsive" in caplog.text and "did not answer 2 times" in caplog.text


# Exactly once, also when the forum renders HTML ----------------------------------------


def test_reply_with_a_query_string_link_is_not_posted_twice_after_a_crash(
        forum, feeds, tmp_path):
    story = STORIES[0]
    copy = {**story, "guid": "c0", "link": "https://autre.example/article?id=7&amp;page=2"}
    config = write_config(tmp_path / "feeds.yaml", [
        {"name": "A", "url": feeds.serve("/a.xml", rss(story))},
        {"name": "B", "url": feeds.serve("/b.xml", rss(copy))}])
    db = tmp_path / "state.db"
    process = subprocess.Popen([sys.executable, "-m", "bot", "run", "--once", "--config",
                                str(config), "--db", str(db)], cwd=ROOT, env=forum_env(forum),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    forum.kills.append(Kill(process.pid, "POST", "/posts", 2, "after"))  # the reply
    process.wait(timeout=60)
    assert process.returncode == -9
    (topic,) = forum.live_topics()
    assert "id=7&page=2" in forum.topics[topic.id].posts[1].raw  # it did reach the forum
    forum.expire_memo()
    result = cli("run", "--once", "--config", str(config), "--db", str(db), env=forum_env(forum))
    assert result.returncode == 0, result.stderr
    assert len(forum.topics[topic.id].posts) == 2  # the reply once


def test_sandbox_renders_ampersands_as_discourse_does(forum, feeds, tmp_path):
    config, store, discourse = setup_pass(forum, feeds, tmp_path)
    run_pass(config, store, discourse)
    topic = forum.live_topics()[0]
    discourse.reply(topic.id, "Lien : [article](https://e.fr/a?x=1&y=2) & la suite du texte.")
    cooked = discourse.topic_state(topic.id).posts[-1]
    assert 'href="https://e.fr/a?x=1&amp;y=2"' in cooked and "&amp; la suite" in cooked


def test_external_id_taken_is_looked_up_not_read_as_a_deletion(forum, feeds, tmp_path):
    config, store, discourse = setup_pass(forum, feeds, tmp_path)
    run_pass(config, store, discourse)
    opened = len(forum.live_topics())
    # Another run opened the threads between our look-up and our creation: the look-up
    # says 404, the creation 422 "External has already been taken".
    forum.add_fault(Fault(status=404, count=1, path_prefix="/t/external_id/"))
    other = Store(tmp_path / "other.db")
    run_pass(config, other, discourse)
    assert len(forum.live_topics()) == opened  # nothing posted twice
    taken = other.story(forum.live_topics()[0].external_id)
    assert taken["verdict"] != "rejected" and taken["state"] == "open"
    assert [r["status"] for r in other.db.query("select status from items")] == ["posted"] * 4


# Two runs on one database ------------------------------------------------------------


def start_service(config: Path, db: Path, forum) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "bot", "run", "--config", str(config),
                             "--db", str(db)], cwd=ROOT, env=forum_env(forum),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def test_one_database_under_two_names_runs_once(forum, feeds, tmp_path):
    config = write_config(tmp_path / "feeds.yaml", [
        {"name": "A", "url": feeds.serve("/a.xml", rss(*STORIES)), "every": "1m"}])
    real = tmp_path / "data" / "state.db"
    real.parent.mkdir()
    (tmp_path / "link").symlink_to(real.parent)
    process = start_service(config, real, forum)
    try:
        assert wait_for(lambda: len(forum.live_topics()) == 3)
        for other_name in (tmp_path / "link" / "state.db", tmp_path / "data" / "." / "state.db"):
            second = cli("run", "--once", "--config", str(config), "--db", str(other_name),
                         env=forum_env(forum))
            assert second.returncode == 3 and "already running" in second.stderr
        os.link(real, tmp_path / "hardlink.db")  # a name realpath cannot see through
        second = cli("run", "--once", "--config", str(config), "--db",
                     str(tmp_path / "hardlink.db"), env=forum_env(forum))
        assert second.returncode == 3 and "claimed it" in second.stderr
    finally:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=30)
    assert len(forum.live_topics()) == 3
    rerun = cli("run", "--once", "--config", str(config), "--db", str(real), env=forum_env(forum))
    assert rerun.returncode == 0, rerun.stderr  # the claim went with the service


# Local state ----------------------------------------------------------------------


def damage(db: Path) -> None:
    """Garbage over every page but the first (the header and schema stay readable)."""
    size = db.stat().st_size
    with open(db, "r+b") as handle:
        handle.seek(4096)
        handle.write(os.urandom(size - 4096))


@pytest.fixture
def damaged_db(feeds, tmp_path):
    config = write_config(tmp_path / "feeds.yaml", [
        {"name": "A", "url": feeds.serve("/a.xml", rss(*STORIES, *OTHER))}])
    db = tmp_path / "state.db"
    assert cli("run", "--once", "--config", str(config), "--db", str(db)).returncode == 0
    damage(db)
    return config, db


def test_a_damaged_database_stops_the_run_with_how_to_restore(damaged_db):
    config, db = damaged_db
    result = cli("run", "--once", "--config", str(config), "--db", str(db))
    assert result.returncode == 3
    assert "damaged" in result.stderr and "technopolice-bot backup" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_damaged_database_is_not_backed_up_as_if_it_were_fine(damaged_db, tmp_path):
    _, db = damaged_db
    result = cli("backup", str(tmp_path / "copy.db"), "--db", str(db))
    assert result.returncode == 3 and "damaged" in result.stderr
    assert "backed up" not in result.stdout and not (tmp_path / "copy.db").exists()


def test_backup_to_a_missing_directory_says_so(feeds, tmp_path):
    config = write_config(tmp_path / "feeds.yaml", [
        {"name": "A", "url": feeds.serve("/a.xml", rss(*STORIES))}])
    db = tmp_path / "state.db"
    cli("run", "--once", "--config", str(config), "--db", str(db))
    result = cli("backup", "/nonexistent/dir/copy.db", "--db", str(db))
    assert result.returncode == 3 and "cannot write the backup" in result.stderr
    assert "Traceback" not in result.stderr


def test_health_turns_unhealthy_when_jobs_keep_crashing(forum, feeds, tmp_path):
    urls = [feeds.serve(f"/{n}.xml", rss(s)) for n, s in enumerate(STORIES)]
    config = write_config(tmp_path / "feeds.yaml", [
        {"name": f"F{n}", "url": url, "every": "1m"} for n, url in enumerate(urls)])
    db = tmp_path / "state.db"
    process = start_service(config, db, forum)
    try:
        assert wait_for(lambda: len(forum.live_topics()) == 3)
        assert cli("health", "--db", str(db)).returncode == 0
        damage(db)
        config.write_text(config.read_text() + "\n")  # reloaded: every feed runs again soon
        assert wait_for(lambda: "jobs crashed" in cli("health", "--db", str(db)).stdout, 40)
        health = cli("health", "--db", str(db))
        assert health.returncode == 1 and health.stdout.startswith("unhealthy")
        assert "jobs crashed in a row" in health.stdout and "malformed" in health.stdout
    finally:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=30)


def test_health_turns_unhealthy_when_publishing_is_paused_too_long(forum, feeds, tmp_path):
    forum.add_fault(Fault(status=429, count=1000, method="POST",
                          body={"errors": ["slow down"], "extras": {"wait_seconds": 1e12}}))
    config = write_config(tmp_path / "feeds.yaml", [
        {"name": "A", "url": feeds.serve("/a.xml", rss(*STORIES)), "every": "1m"}])
    db = tmp_path / "state.db"
    process = start_service(config, db, forum)
    try:
        assert wait_for(lambda: "paused" in cli("health", "--db", str(db)).stdout, 40)
        health = cli("health", "--db", str(db))
        assert health.returncode == 1 and "publishing paused for 3600 s" in health.stdout
        assert cli("health", "--db", str(db), "--max-pause", "7200").returncode == 0
    finally:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=30)


@pytest.fixture
def stored_db(feeds, tmp_path):
    """A database written by one run, in a directory of its own."""
    config = write_config(tmp_path / "feeds.yaml", [
        {"name": "A", "url": feeds.serve("/a.xml", rss(*STORIES, *OTHER))}])
    db = tmp_path / "data" / "state.db"
    db.parent.mkdir()
    assert cli("run", "--once", "--config", str(config), "--db", str(db)).returncode == 0
    assert not (db.parent / "state.db.lock").exists()  # removed when the run ended
    return config, db


def make_read_only(path: Path) -> None:
    """Read-only for this user, root included (who ignores permission bits)."""
    if os.geteuid() != 0:
        path.chmod(0o555 if path.is_dir() else 0o444)
        return
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("cannot make a file read-only for root here (no chattr +i)")


def make_writable(path: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(path)], capture_output=True)
    path.chmod(0o755 if path.is_dir() else 0o644)


def test_a_read_only_database_directory_is_reported_not_a_traceback(stored_db):
    config, db = stored_db
    for path in (db, db.parent):
        make_read_only(path)
    try:
        result = cli("run", "--once", "--config", str(config), "--db", str(db))
    finally:
        for path in (db.parent, db):
            make_writable(path)
    assert result.returncode == 3, result.stderr
    assert "needs to write" in result.stderr and "Traceback" not in result.stderr


def test_a_full_disk_is_reported_and_loses_nothing(feeds, stored_db):
    config, db = stored_db
    many = [{"title": f"Article {n} : la ville étend la vidéosurveillance",
             "link": f"https://plus.example/{n}", "summary": "Texte " * 400} for n in range(300)]
    write_config(config, [{"name": "A", "url": feeds.serve("/big.xml", rss(*many))}])
    before = sqlite3.connect(db).execute("select count(*) from items").fetchone()[0]

    def small_disk():  # writes past 64 kB fail, as on a full disk
        resource.setrlimit(resource.RLIMIT_FSIZE, (db.stat().st_size + 65536,) * 2)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)

    result = subprocess.run([sys.executable, "-m", "bot", "run", "--once", "--config",
                             str(config), "--db", str(db)], cwd=ROOT, capture_output=True,
                            text=True, preexec_fn=small_disk, timeout=120,
                            env={k: v for k, v in os.environ.items()
                                 if not k.startswith("DISCOURSE_")})
    assert result.returncode == 3, result.stderr
    assert "is the disk full?" in result.stderr and "Traceback" not in result.stderr
    after = sqlite3.connect(db).execute("select count(*) from items").fetchone()[0]
    assert after == before  # the failed feed's items were rolled back, to be read again
    rerun = cli("run", "--once", "--config", str(config), "--db", str(db))
    assert rerun.returncode == 0, rerun.stderr
    assert sqlite3.connect(db).execute("select count(*) from items").fetchone()[0] == before + 300


# Hostile feed text -------------------------------------------------------------------

HOSTILE_TITLE = ("Vid\u00e9osurveillance\x1b[2J\x1b]0;pwned\x07 \u202eà Montreuil\u200b : "
                 "la mairie\x00 installe des caméras\x9b")


def test_control_and_invisible_characters_never_reach_the_database_or_a_terminal(
        feeds, tmp_path):
    item = {"title": HOSTILE_TITLE, "link": "https://e.fr/x\x1b[1m", "guid": "h\x07",
            "summary": "La police\x1b[31m municipale de Montreuil\x00 aura\tdes\ncaméras."}
    body = rss(item).encode("utf-8")
    config = write_config(tmp_path / "feeds.yaml", [
        {"name": "A", "url": feeds.serve("/a.xml", body)}])
    db = tmp_path / "state.db"
    run = cli("run", "--once", "--config", str(config), "--db", str(db))
    assert run.returncode == 0, run.stderr
    (row,) = sqlite3.connect(db).execute("select title, summary, link, guid from items")
    stored = "".join(row)
    for bad in ("\x1b", "\x07", "\x00", "\x9b", "\u202e", "\u200b"):
        assert bad not in stored
    assert "\n" in row[1] and row[0].startswith("Vidéosurveillance")
    shown = cli("status", "--db", str(db)).stdout + cli("why", row[2], "--db", str(db)).stdout
    shown += run.stdout + run.stderr
    assert "\x1b" not in shown and "\x07" not in shown


def test_preview_titles_carry_no_controls(feeds, tmp_path):
    item = {"title": HOSTILE_TITLE, "link": "https://e.fr/t", "summary": "x"}
    config = load_config(write_config(tmp_path / "feeds.yaml", [
        {"name": "A", "url": feeds.serve("/a.xml", rss(item))}]))
    out = io.StringIO()
    run_pass(config, Store(tmp_path / "s.db"), PreviewForum(out))
    assert "\x1b" not in out.getvalue() and "\u202e" not in out.getvalue()


@pytest.mark.parametrize("address", [
    "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "64:ff9b::c0a8:101",  # NAT64 of internal v4
    "64:ff9b:1::808:808",  # a site's own NAT64 prefix
    "2002:7f00:1::1", "2002:a9fe:a9fe::", "2002:a00:1::1",  # 6to4 of internal v4
    "::127.0.0.1", "::10.0.0.1", "::169.254.169.254",  # IPv4-compatible
    "::ffff:127.0.0.1", "::1", "fe80::1", "fc00::1",
])
def test_ipv6_forms_that_carry_an_internal_ipv4_address_are_refused(address):
    assert is_internal(address)


@pytest.mark.parametrize("address", ["64:ff9b::808:808", "2002:808:808::1",
                                     "2606:4700:4700::1111", "::ffff:8.8.8.8"])
def test_public_addresses_in_those_forms_are_allowed(address):
    assert not is_internal(address)


def test_a_nat64_literal_in_a_feed_url_is_refused(feeds, tmp_path):
    config = write_config(tmp_path / "feeds.yaml", [
        {"name": "N", "url": "http://[64:ff9b::7f00:1]:8080/feed.xml"}])
    (config.parent / "feeds.yaml").write_text(
        config.read_text().replace("allow_private_networks: true",
                                   "allow_private_networks: false"))
    result = cli("run", "--once", "--config", str(config), "--db", str(tmp_path / "s.db"))
    assert result.returncode == 0 and "internal address" in result.stdout
