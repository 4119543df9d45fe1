"""Threads people can use: one thread per story, replies for other outlets and
follow-ups, edits, town tags, and moderators' decisions respected. End to end through
the real CLI (or the real pass in-process where time must move on)."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

from bot.config import ForumCredentials, load_config
from bot.forum.discourse import DiscourseForum
from bot.pipeline import run_pass
from bot.state.store import Store
from tests.conftest import cli, forum_env, rss, write_config

TWO_I = {"title": "Saint-Denis achète le logiciel de vidéosurveillance algorithmique Two-i",
         "link": "https://mediapart.example/saint-denis-two-i", "guid": "a1",
         "summary": "La mairie de Saint-Denis (93) a acquis cinquante licences Two-i pour "
                    "les caméras du centre de supervision urbain."}
TWO_I_COPY = {"title": "Saint-Denis achète le logiciel de vidéosurveillance algorithmique "
                       "Two-i", "link": "https://leparisien.example/93/two-i", "guid": "b1",
              "summary": "Selon Mediapart, la ville de Saint-Denis (93) a acheté le logiciel "
                         "Two-i de VSA."}
TWO_I_FOLLOW_UP = {"title": "Saint-Denis : le logiciel Two-i de vidéosurveillance algorithmique "
                            "bientôt opérationnel", "link": "https://mediapart.example/suite",
                   "guid": "a2", "summary": "La police municipale de Saint-Denis (93) sera "
                                            "formée au logiciel Two-i avant les Jeux."}
CAMERAS_SD = {"title": "Saint-Denis : quarante nouvelles caméras de vidéoprotection votées",
              "link": "https://leparisien.example/93/cameras", "guid": "b2",
              "summary": "Le conseil municipal de Saint-Denis (93) a voté l'extension du réseau "
                         "de vidéoprotection dans le quartier de la gare."}
MULTI = {"title": "Drones de police municipale à Orléans, Istres et Charleville-Mézières",
         "link": "https://presse.example/drones-trois-villes", "guid": "m1",
         "summary": "Trois villes ont obtenu l'autorisation du préfet pour des drones de la "
                    "police municipale pendant le confinement."}
REUNION = {"title": "Saint-Denis de La Réunion installe des haut-parleurs sur ses caméras",
           "link": "https://reunion.example/saint-denis", "guid": "r1",
           "summary": "La mairie de Saint-Denis, à La Réunion, relie neuf projecteurs sonores "
                      "au centre de vidéosurveillance."}
LONG = {"title": "Saint-Germain-en-Laye étend sa vidéoprotection aux parcs",
        "link": "https://presse.example/sgel", "guid": "l1",
        "summary": "La mairie de Saint-Germain-en-Laye ajoute vingt caméras de vidéoprotection "
                   "et la police municipale s'équipe."}


def one_feed(feeds, tmp_path, *items, name="Presse", path="/f.xml"):
    url = feeds.serve(path, rss(*items))
    return write_config(tmp_path / f"{path.strip('/')}.yaml",
                        [{"name": name, "url": url, "kind": "press"}])


def two_feeds(feeds, tmp_path, first: list, second: list):
    a = feeds.serve("/a.xml", rss(*first))
    b = feeds.serve("/b.xml", rss(*second))
    return write_config(tmp_path / "feeds.yaml", [{"name": "Mediapart", "url": a},
                                                  {"name": "Le Parisien", "url": b}])


def run_once(config, db, forum):
    result = cli("run", "--once", "--config", str(config), "--db", str(db), env=forum_env(forum))
    assert result.returncode == 0, result.stderr
    return result


def test_syndicated_copy_is_a_reply_not_a_second_thread(feeds, forum, tmp_path):
    config = two_feeds(feeds, tmp_path, [TWO_I], [TWO_I_COPY])
    run_once(config, tmp_path / "s.db", forum)
    [topic] = forum.live_topics()
    assert len(topic.posts) == 2
    reply = topic.posts[1].raw
    assert reply.startswith("**Également rapporté par [Le Parisien]"
                            "(https://leparisien.example/93/two-i)**")
    assert "même sujet" in reply


def test_follow_up_joins_the_thread_but_another_story_in_the_town_does_not(
        feeds, forum, tmp_path):
    db = tmp_path / "s.db"
    config = one_feed(feeds, tmp_path, TWO_I)
    run_once(config, db, forum)
    feeds.serve("/f.xml", rss(TWO_I, TWO_I_FOLLOW_UP, CAMERAS_SD))
    run_once(config, db, forum)
    topics = {t.title: t for t in forum.live_topics()}
    assert set(topics) == {TWO_I["title"], CAMERAS_SD["title"]}
    thread = topics[TWO_I["title"]]
    assert len(thread.posts) == 2 and "suite d’un sujet" in thread.posts[1].raw


def test_edited_item_updates_the_bots_post_with_a_reason(feeds, forum, tmp_path):
    db = tmp_path / "s.db"
    config = one_feed(feeds, tmp_path, TWO_I)
    run_once(config, db, forum)
    edited = {**TWO_I, "summary": TWO_I["summary"] + " Le contrat court jusqu'en 2026."}
    feeds.serve("/f.xml", rss(edited))
    run_once(config, db, forum)
    [topic] = forum.live_topics()
    assert len(topic.posts) == 1
    assert "jusqu" in topic.posts[0].raw and "2026" in topic.posts[0].raw
    assert topic.posts[0].edit_reasons == ["Article modifié par la source (titre ou résumé)"]


def test_content_churn_stops_after_the_edit_limit(feeds, forum, tmp_path):
    db = tmp_path / "s.db"
    config = one_feed(feeds, tmp_path, TWO_I)
    run_once(config, db, forum)
    for n in range(5):
        feeds.serve("/f.xml", rss({**TWO_I, "summary": TWO_I["summary"] + f" (maj {n})"}))
        run_once(config, db, forum)
    [topic] = forum.live_topics()
    assert len(topic.posts[0].edit_reasons) == 3 and len(topic.posts) == 1


def test_multi_commune_story_is_one_thread_with_every_town_tag(feeds, forum, tmp_path):
    run_once(one_feed(feeds, tmp_path, MULTI), tmp_path / "s.db", forum)
    [topic] = forum.live_topics()
    assert topic.tags[:3] == ["orleans", "istres", "charleville-mezieres"]
    assert topic.tags[-1] == "a-trier" and len(topic.tags) <= 5


def test_homonyms_and_long_names_get_distinct_tags_that_fit(feeds, forum, tmp_path):
    run_once(one_feed(feeds, tmp_path, TWO_I, REUNION, LONG), tmp_path / "s.db", forum)
    tags = {t.title: t.tags[0] for t in forum.live_topics()}
    assert tags[TWO_I["title"]] == "saint-denis-93"
    assert tags[REUNION["title"]] == "saint-denis-974"
    assert tags[LONG["title"]] == "st-germain-en-laye"  # not cut by the forum


def test_deleted_story_is_neither_recreated_nor_bumped(feeds, forum, tmp_path):
    db = tmp_path / "s.db"
    config = two_feeds(feeds, tmp_path, [TWO_I], [])
    run_once(config, db, forum)
    [topic] = forum.live_topics()
    forum.delete_topic(topic.id)
    feeds.serve("/b.xml", rss(TWO_I_COPY))
    run_once(config, db, forum)
    assert forum.live_topics() == []
    status = sqlite3.connect(db).execute("select status from items where link = ?",
                                         [TWO_I_COPY["link"]]).fetchone()[0]
    assert status == "suppressed"


def test_off_topic_or_closed_threads_are_left_alone(feeds, forum, tmp_path):
    db = tmp_path / "s.db"
    config = two_feeds(feeds, tmp_path, [TWO_I, CAMERAS_SD], [])
    run_once(config, db, forum)
    topics = {t.title: t for t in forum.live_topics()}
    forum.set_tags(topics[TWO_I["title"]].id, ["saint-denis-93", "hors-sujet"])
    forum.close_topic(topics[CAMERAS_SD["title"]].id)
    camera_copy = {**CAMERAS_SD, "link": "https://autre.example/cameras", "guid": "c9"}
    edited = {**TWO_I, "summary": TWO_I["summary"] + " Mise à jour."}
    feeds.serve("/a.xml", rss(edited, CAMERAS_SD))
    feeds.serve("/b.xml", rss(TWO_I_COPY, camera_copy))
    run_once(config, db, forum)
    assert all(len(t.posts) == 1 and not t.posts[0].edit_reasons for t in forum.live_topics())
    assert forum.topics[topics[TWO_I["title"]].id].tags == ["saint-denis-93", "hors-sujet"]


def test_database_lost_then_rebuilt_from_the_forum(feeds, forum, tmp_path):
    config = two_feeds(feeds, tmp_path, [TWO_I], [])
    run_once(config, tmp_path / "lost.db", forum)
    feeds.serve("/b.xml", rss(TWO_I_COPY))
    result = run_once(config, tmp_path / "new.db", forum)
    [topic] = forum.live_topics()
    assert [r for r in forum.requests if r[0] == "POST"].__len__() == 2  # topic + one reply
    assert len(topic.posts) == 2
    assert "opened 2 threads" in result.stdout or "2 threads" in result.stdout


def test_verdicts_reported_per_feed_and_term_and_why_explains(feeds, forum, tmp_path):
    db = tmp_path / "s.db"
    config_path = two_feeds(feeds, tmp_path, [TWO_I], [CAMERAS_SD])
    config = load_config(config_path)
    discourse = DiscourseForum(ForumCredentials(forum.url, forum.api_key, forum.api_username))
    now = datetime.now(timezone.utc)
    store = Store(db)
    run_pass(config, store, discourse, now=now)
    topics = {t.title: t for t in forum.live_topics()}
    forum.set_tags(topics[TWO_I["title"]].id, ["saint-denis-93", "vsa"])  # triaged: kept
    forum.delete_topic(topics[CAMERAS_SD["title"]].id)  # rejected
    run_pass(config, store, discourse, now=now + timedelta(days=1))
    store.close()
    status = cli("status", "--db", str(db)).stdout
    feed_lines = {line.split()[0]: line.split()[1:] for line in status.splitlines()
                  if line.startswith(("Mediapart", "Le Parisien"))}
    assert feed_lines["Mediapart"][-4:] == ["1", "0", "0", "0%"]
    assert status.count("Two-i") >= 1 and "100%" in status
    why = cli("why", TWO_I["link"] + "?utm_source=x", "--db", str(db))
    assert why.returncode == 0
    assert "status:    posted — new thread" in why.stdout
    assert "Two-i (3)" in why.stdout and "Saint-Denis (93066, departement, weight " \
        in why.stdout
    assert "departement +" in why.stdout  # the strongest signals that chose the town


def test_same_article_with_new_link_or_tracking_is_not_a_second_thread(feeds, forum, tmp_path):
    db = tmp_path / "s.db"
    config = one_feed(feeds, tmp_path, TWO_I)
    run_once(config, db, forum)
    moved = {**TWO_I, "link": "https://mediapart.example/journal/2024/saint-denis-two-i"}
    tracked = {**CAMERAS_SD, "link": CAMERAS_SD["link"] + "?xtor=RSS-3&utm_medium=feed"}
    feeds.serve("/f.xml", rss(moved, CAMERAS_SD))
    run_once(config, db, forum)
    feeds.serve("/f.xml", rss(moved, tracked))
    run_once(config, db, forum)
    assert sorted(len(t.posts) for t in forum.live_topics()) == [1, 1]
    assert len(forum.live_topics()) == 2
