"""Prefects' recueils as a source: splitting, classifying and placing acts (table tests
in sentences of our own), the labelled acts' figures, and the whole path over a
sandbox prefecture site and the sandbox forum (real HTTP, real PDFs, real SQLite)."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from bot.config import ForumConfig, load_config
from bot.matching.act_kinds import classify_act
from bot.matching.act_places import act_communes
from bot.matching.acts import ActInput, match_act
from bot.sandbox.prefecture import PrefectureSite
from bot.sandbox.recueils import build_recueil
from bot.sources.acts import repair, split_recueil
from tests.conftest import ROOT, forum_env, write_config
from tests.raa_labels import load, score

TODAY = date.today()
MONTH = ("Janvier", "Fevrier", "Mars", "Avril", "Mai", "Juin", "Juillet", "Aout", "Septembre",
         "Octobre", "Novembre", "Decembre")[TODAY.month - 1]


def act(title: str, body: str, *, header: str = "PRÉFET D'ILLE-ET-VILAINE",
        number: str = "35-2026-03-02-00001", signed: str = "2 mars 2026") -> str:
    return (f"{header}\nArrêté n° {number}\n{title}\nVu le code de la sécurité intérieure ;\n"
            f"ARRÊTE :\nArticle 1er : {body}\nFait à Rennes, le {signed}\n")


DRONE_TITLE = ("autorisant la captation, l'enregistrement et la transmission d'images au moyen "
               "de caméras installées sur des aéronefs")
DRONE_LAW = "Vu le code de la sécurité intérieure, notamment ses articles L. 242-1 à L. 242-8 ;"


# Splitting a recueil ---------------------------------------------------------------


def test_a_recueil_is_split_into_its_acts_with_identifiers_titles_dates_and_pages():
    pages = [
        "Recueil des actes administratifs spécial n° 35-2026-041\nPublié le 3 mars 2026",
        "SOMMAIRE\n35-2026-03-02-00001 Arrêté autorisant ... Page 3\n"
        "35-2026-03-02-00002 Arrêté portant ... Page 5",
        act(DRONE_TITLE, "Drones à Rennes."),
        "Annexe : plan du périmètre (suite de l'arrêté)",
        act("portant fermeture d'un débit de boissons", "Fermeture.", number="35-2026-03-02-00002",
            signed="1er mars 2026"),
    ]
    acts = split_recueil(pages)
    assert [(a.identifier, a.first_page, a.last_page) for a in acts] == [
        ("35-2026-03-02-00001", 3, 4), ("35-2026-03-02-00002", 5, 5)]
    assert acts[0].title.startswith("Arrêté n° 35-2026-03-02-00001 autorisant la captation")
    assert acts[0].signed == date(2026, 3, 2) and acts[1].signed == date(2026, 3, 1)
    assert "plan du périmètre" in acts[0].text


@pytest.mark.parametrize("header, identifier, number", [
    ("PRÉFECTURE DE POLICE\n75-2026-01-09-00004\nArrêté n°2026-00031 autorisant la captation",
     "75-2026-01-09-00004", "2026-00031"),
    ("PRÉFET DES ALPES-MARITIMES\nArrêté n° 2026 - 17\nautorisant la captation", "2026 - 17", None),
    ("PRÉFECTURE DE POLICE\nn° 2026-00112 09.01.2026 Arrêté autorisant la captation",
     "2026-00112", None),
    ("Préfecture\nDirection de la sécurité\nARRETE\nportant autorisation de captation", None, None),
])
def test_act_headers_of_different_prefectures_are_recognised(header, identifier, number):
    acts = split_recueil([f"{header}\nVu le code ;\nARRÊTE :\nArticle 1 : texte."])
    assert len(acts) == 1
    assert (acts[0].identifier, acts[0].number) == (identifier, number)


def test_the_decision_verb_alone_does_not_start_an_act():
    first = act(DRONE_TITLE, "texte")
    second = "Considérant ce qui précède ;\n\nARRÊTE :\nArticle 2 : suite de l'acte."
    assert len(split_recueil([first, second])) == 1


def test_extraction_artefacts_are_repaired():
    text = repair("Arrêtén° 2026-00676autorisant la captation d\u25a1images")
    assert "Arrêté n° 2026-00676 autorisant la captation d'images" == text


# What an act is ---------------------------------------------------------------------


@pytest.mark.parametrize("title, body, kind", [
    # Police and gendarmerie drones, whatever the title says.
    (DRONE_TITLE, f"{DRONE_LAW} Deux drones survoleront le cortège.", "drone"),
    ("du 4 mars 2026", f"{DRONE_LAW} La captation d'images au moyen de caméras installées sur "
                       "des aéronefs est autorisée pour la gendarmerie.", "drone"),
    ("AP captation images DIPN braderie", f"{DRONE_LAW} Captation par drones autorisée.", "drone"),
    ("modifiant l'arrêté n° 35-2026-02-27-00003 " + DRONE_TITLE,
     f"{DRONE_LAW} La date est modifiée.", "drone"),
    # Algorithmic processing, even of drones' images.
    ("autorisant des traitements algorithmiques sur les images de vidéoprotection",
     "Vu la loi n° 2023-380 du 19 mai 2023 ; traitement algorithmique des images autorisé.",
     "vsa"),
    # A commune's cameras, not a shop's.
    ("portant autorisation d'un système de vidéoprotection",
     "Vu la demande présentée par le maire de Fougères ; 12 caméras sur la voie publique.",
     "videoprotection"),
    ("portant autorisation d'un système de vidéoprotection",
     "Vu la demande présentée par la SARL Optique Bretonne ; 3 caméras intérieures.", None),
    ("portant autorisation d'un système de vidéoprotection",
     "Vu la demande présentée par le directeur de l'agence bancaire ; 2 caméras.", None),
    ("portant autorisation d'un système de vidéoprotection",
     "Vu la demande présentée par l'office public de l'habitat pour ses halls.", None),
    # Drones that are not police surveillance.
    ("portant interdiction de survol par des aéronefs sans personne à bord",
     "Le survol du stade par tout drone est interdit.", None),
    ("autorisant un spectacle lumineux de drones", "Trois cents drones lumineux.", None),
    ("portant autorisation de prises de vues aériennes",
     "Vu le code des transports, article L. 6224-1 ; drone de la société Photo.", None),
    ("portant mesures de brouillage des drones", "Le brouillage des drones est autorisé.", None),
    # Acts that only name the authorisations.
    ("portant délégation de signature au directeur de cabinet",
     f"{DRONE_LAW} délégation pour les arrêtés autorisant la captation d'images par aéronefs.",
     None),
    ("portant composition de la commission départementale de vidéoprotection",
     "La commission est composée comme suit.", None),
    ("portant autorisation d'une course cycliste", "La course est autorisée.", None),
])
def test_what_an_act_is(title, body, kind):
    assert classify_act(title, body).kind == kind


def test_service_purpose_period_and_number_of_drones_are_read():
    found = match_act(ActInput(f"Arrêté n° 35-2026-03-02-00001 {DRONE_TITLE}", act(
        DRONE_TITLE, "Le groupement de gendarmerie départementale est autorisé à utiliser "
        "trois drones du 7 mars 2026 à 8h00 au 8 mars 2026 à 20h00 lors de la manifestation "
        "agricole, sur la commune de Rennes.") + DRONE_LAW, "35"), ForumConfig())
    details = found.to_json(ForumConfig())["act"]
    assert details["kind"] == "drone" and details["service"] == "gendarmerie nationale"
    assert "manifestation" in details["purposes"] and details["drones"] == 3
    assert details["period"] == "du 7 mars 2026 à 8 h au 8 mars 2026 à 20 h"


# Where an act applies ---------------------------------------------------------------


@pytest.mark.parametrize("body, departement, expected", [
    ("Périmètre : communes de Rennes, Cesson-Sévigné et Bruz.", "35",
     {"35238", "35051", "35047"}),
    # Streets named after other towns, the prefecture's address, the court for appeals.
    ("Périmètre : avenue de Paris, rue de Nantes et boulevard de Vitré, à Fougères. Recours "
     "devant le tribunal administratif de Rennes. Préfecture, 3 avenue de la Préfecture, "
     "35026 Rennes Cedex 9.", "35", {"35115"}),
    # Upper-case names with spaces, as some prefectures print them.
    ("Mme le Maire de CHATEAUNEUF SUR LOIRE est autorisée.", "45", {"45082"}),
    # The Paris police prefecture acts for the inner suburbs: the region is looked up next.
    ("sur le territoire de la commune de Saint-Denis.", "75", {"93066"}),
    # Homonyms elsewhere do not count: Saint-Denis of Réunion is not in Seine-Saint-Denis.
    ("sur les communes de Montreuil et de Bobigny.", "93", {"93048", "93008"}),
])
def test_communes_of_an_act(body, departement, expected):
    text = f"Vu le code ;\nARRÊTE :\nArticle 1er : {body}\nFait à Rennes, le 2 mars 2026"
    assert {p.commune.code for p in act_communes("", text, departement)} == expected


def test_the_signing_town_is_not_the_perimeter():
    text = "ARRÊTE :\nArticle 1er : le survol du cortège est autorisé.\nFait à Rennes, le 2 mars"
    assert act_communes("", text, "35") == []


# Quality on the labelled acts -----------------------------------------------------


@pytest.mark.parametrize("part", ["dev", "heldout"])
def test_labelled_acts_meet_the_quality_targets(part):
    acts = load(part)
    assert len(acts) >= 25
    scores, errors = score(acts)
    figures = scores.figures()
    assert all(value >= 0.95 for value in figures.values()), (figures, errors)


# The whole path: sandbox prefecture → bot → sandbox forum ---------------------------


def drone(town: str, departement: str, number: str, *, day: str = "2 mars 2026",
          purpose: str = "la manifestation", communes: str | None = None) -> str:
    return act(DRONE_TITLE, f"La direction interdépartementale de la police nationale est "
               f"autorisée à procéder à la captation d'images au moyen de deux drones le "
               f"{day} de 10h00 à 20h00 pour {purpose}, sur {communes or 'la commune de ' + town}."
               f"\n{DRONE_LAW}", number=number, signed=day,
               header=f"PRÉFET ({departement})")


ACTS = {
    "drone_rennes": drone("Rennes", "35", "35-2026-03-02-00001"),
    "drone_three": drone("", "35", "35-2026-03-02-00002", communes="les communes de Rennes, "
                         "Bruz et Vitré"),
    "video_commune": act("portant autorisation d'un système de vidéoprotection",
                         "Vu la demande présentée par le maire de Fougères, la commune de "
                         "Fougères est autorisée à installer 10 caméras sur la voie publique.",
                         number="35-2026-03-02-00003"),
    "video_bank": act("portant autorisation d'un système de vidéoprotection",
                      "Vu la demande présentée par la banque Crédit Breton, 2 caméras à Vitré.",
                      number="35-2026-03-02-00004"),
    "no_fly": act("portant interdiction de survol par des aéronefs sans personne à bord",
                  "Le survol de Rennes par les drones de loisir est interdit.",
                  number="35-2026-03-02-00005"),
    "light_show": act("autorisant un spectacle lumineux de drones à Saint-Malo",
                      "200 drones lumineux au-dessus de la plage.", number="35-2026-03-02-00006"),
    "other": act("portant fermeture d'un débit de boissons à Rennes", "Fermeture de 15 jours.",
                 number="35-2026-03-02-00007"),
}


@pytest.fixture
def prefecture(feeds):
    return PrefectureSite(feeds, name="Préfecture d'Ille-et-Vilaine")


def recueil(tmp_path: Path, name: str, acts: list[str], **options) -> bytes:
    return build_recueil(tmp_path / name, acts, **options).read_bytes()


def run_bot(tmp_path: Path, forum, *args: str):
    command = [sys.executable, "-m", "bot", *args]
    if args[0] == "run":
        command += ["--config", str(tmp_path / "feeds.yaml")]
    command += ["--db", str(tmp_path / "state.db")]
    return subprocess.run(command, cwd=ROOT, env=forum_env(forum), capture_output=True,
                          text=True, timeout=300)


def raa_config(tmp_path: Path, url: str, extra: str = "") -> Path:
    return write_config(tmp_path / "feeds.yaml", [{
        "name": "Préfecture d'Ille-et-Vilaine (RAA)", "url": url, "kind": "raa",
        "departement": '"35"'}], extra=extra)


def label(number: int) -> str:
    return f"Recueil des actes administratifs n° 35-{number} du {TODAY.day} " \
           f"{['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'][TODAY.month - 1]} {TODAY.year}"


def test_a_recueil_becomes_town_threads_once_and_only_once(tmp_path, forum, prefecture):
    prefecture.publish(TODAY.year, MONTH, "raa-201.pdf",
                       recueil(tmp_path, "a.pdf", list(ACTS.values()), scanned=(6,)), label(201))
    raa_config(tmp_path, prefecture.url)
    done = run_bot(tmp_path, forum, "run", "--once")
    assert done.returncode == 0, done.stderr
    titles = sorted(t.title for t in forum.live_topics())
    assert titles == sorted([
        "Drones autorisés à Rennes — mars 2026", "Drones autorisés à Bruz — mars 2026",
        "Drones autorisés à Vitré — mars 2026", "Vidéoprotection autorisée à Fougères — mars 2026"])
    rennes = next(t for t in forum.live_topics() if "Rennes" in t.title)
    assert set(rennes.tags) == {"rennes", "drones", "a-trier"}
    posts = [p.raw for p in forum.posts.values() if p.topic_id == rennes.id]
    assert len(posts) == 2  # the Rennes act, then the three-town act as a reply
    assert "35\\-2026\\-03\\-02\\-00001" in posts[0] and "#page=" in posts[0]
    assert "35\\-2026\\-03\\-02\\-00002" in posts[1]
    total = len(forum.posts)
    again = run_bot(tmp_path, forum, "run", "--once")
    assert again.returncode == 0 and len(forum.posts) == total
    # A lost database: everything is read again, nothing is posted twice.
    for suffix in ("", "-wal", "-shm"):
        (tmp_path / f"state.db{suffix}").unlink(missing_ok=True)
    lost = run_bot(tmp_path, forum, "run", "--once")
    assert lost.returncode == 0, lost.stderr
    assert len(forum.posts) == total and len(forum.live_topics()) == 4
    status = run_bot(tmp_path, forum, "status")
    assert "raa-201.pdf" in status.stdout and "1 page(s) without text" in status.stdout


def test_recueils_are_read_once_even_under_another_url(tmp_path, forum, prefecture):
    data = recueil(tmp_path, "a.pdf", [ACTS["drone_rennes"]])
    prefecture.publish(TODAY.year, MONTH, "raa-1.pdf", data, label(1))
    raa_config(tmp_path, prefecture.url)
    assert run_bot(tmp_path, forum, "run", "--once").returncode == 0
    prefecture.publish(TODAY.year, MONTH, "raa-1-bis.pdf", data, label(2))
    second = recueil(tmp_path, "b.pdf", [ACTS["drone_rennes"], ACTS["video_commune"]])
    prefecture.publish(TODAY.year, MONTH, "raa-3.pdf", second, label(3))
    assert run_bot(tmp_path, forum, "run", "--once").returncode == 0
    pdf_hits = [p for p, status, _ in prefecture.host.requests if p.endswith(".pdf")]
    assert pdf_hits.count(f"/files/raa/{TODAY.year}/raa-1.pdf") == 1
    # The same act republished in another recueil is the same act: posted once.
    rennes = next(t for t in forum.live_topics() if "Rennes" in t.title)
    assert sum(1 for p in forum.posts.values() if p.topic_id == rennes.id) == 1
    with sqlite3.connect(tmp_path / "state.db") as db:
        statuses = dict(db.execute("select url, status from documents where kind = 'pdf'"))
    assert sorted(statuses.values()) == ["duplicate", "read", "read"]
    # Listing pages unchanged since the first turn are answered 304.
    assert 304 in prefecture.host.hits("/Publications/Recueil-des-actes-administratifs") or \
        304 in [s for p, s, _ in prefecture.host.requests if "Annee" in p]


def test_broken_large_and_refused_recueils_are_recorded_and_the_rest_is_read(
        tmp_path, forum, prefecture):
    prefecture.publish(TODAY.year, MONTH, "ok.pdf", recueil(tmp_path, "ok.pdf",
                                                            [ACTS["drone_rennes"]]), label(1))
    prefecture.publish(TODAY.year, MONTH, "corrupt.pdf", b"%PDF-1.7\n garbage \x00\x01",
                       label(2))
    prefecture.publish(TODAY.year, MONTH, "huge.pdf", b"%PDF-1.7\n", label(3),
                       stream_size=200 * 1024 * 1024)
    prefecture.host.redirect(f"/files/raa/{TODAY.year}/moved.pdf",
                             "http://169.254.169.254/latest/meta-data/recueil.pdf")
    prefecture.link_only(TODAY.year, MONTH, f"/files/raa/{TODAY.year}/moved.pdf", label(4))
    raa_config(tmp_path, prefecture.url)
    done = run_bot(tmp_path, forum, "run", "--once")
    assert done.returncode == 0, done.stderr
    assert [t.title for t in forum.live_topics()] == ["Drones autorisés à Rennes — mars 2026"]
    with sqlite3.connect(tmp_path / "state.db") as db:
        statuses = {url.rsplit("/", 1)[1]: status for url, status in db.execute(
            "select url, status from documents where kind = 'pdf'")}
    assert statuses == {"ok.pdf": "read", "corrupt.pdf": "unreadable", "huge.pdf": "too_large",
                        "moved.pdf": "refused"}
    status = run_bot(tmp_path, forum, "status").stdout
    assert "too_large" in status and "unreadable" in status and "refused" in status


def test_raa_test_command_shows_what_the_bot_reads_and_posts_nothing(tmp_path, forum):
    path = build_recueil(tmp_path / "r.pdf", [ACTS["drone_three"], ACTS["video_bank"]],
                         scanned=(1,))
    done = subprocess.run([sys.executable, "-m", "bot", "raa", "test", str(path),
                           "--departement", "35"], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env=forum_env(forum))
    assert done.returncode == 0, done.stderr
    assert "35-2026-03-02-00002" in done.stdout and "drone" in done.stdout
    assert "Rennes (35238)" in done.stdout and "Bruz (35047)" in done.stdout
    assert "pages without text: 1" in done.stdout
    assert forum.requests == []


def test_a_raa_entry_needs_its_department(tmp_path):
    path = write_config(tmp_path / "feeds.yaml", [{"name": "Préfecture", "url":
                        "https://www.ille-et-vilaine.gouv.fr/Publications/RAA", "kind": "raa"}])
    done = subprocess.run([sys.executable, "-m", "bot", "check", "--config", str(path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "must declare their department" in done.stderr


def test_shipped_feeds_yaml_watches_25_prefectures():
    config = load_config(ROOT / "feeds.yaml")
    prefectures = [f for f in config.feeds if f.kind == "raa"]
    assert len(prefectures) >= 25 and all(f.departement for f in prefectures)
    assert any("prefecturedepolice" in f.url for f in prefectures)
    assert all(f.every == 6 * 3600 for f in prefectures)


def test_threads_group_acts_per_act_when_asked(tmp_path, forum, prefecture):
    prefecture.publish(TODAY.year, MONTH, "raa.pdf", recueil(tmp_path, "a.pdf", [
        ACTS["drone_rennes"], drone("Rennes", "35", "35-2026-03-02-00009")]), label(1))
    raa_config(tmp_path, prefecture.url, extra="raa:\n  grouping: act\n  max_communes: 2")
    assert run_bot(tmp_path, forum, "run", "--once").returncode == 0
    titles = sorted(t.title for t in forum.live_topics())
    assert titles == ["Drones autorisés à Rennes — arrêté 35-2026-03-02-00001",
                      "Drones autorisés à Rennes — arrêté 35-2026-03-02-00009"]


def test_an_act_naming_many_communes_goes_to_the_department_thread(tmp_path, forum, prefecture):
    prefecture.publish(TODAY.year, MONTH, "raa.pdf", recueil(tmp_path, "a.pdf", [
        ACTS["drone_three"]]), label(1))
    raa_config(tmp_path, prefecture.url, extra="raa:\n  max_communes: 2")
    assert run_bot(tmp_path, forum, "run", "--once").returncode == 0
    [topic] = forum.live_topics()
    assert topic.title == "Drones autorisés — Ille-et-Vilaine (35), plusieurs communes — mars 2026"
    assert {"rennes", "bruz", "vitre", "drones", "a-trier"} >= set(topic.tags)


def test_moderators_deleting_an_acts_thread_are_respected(tmp_path, forum, prefecture):
    prefecture.publish(TODAY.year, MONTH, "raa-1.pdf", recueil(tmp_path, "a.pdf", [
        ACTS["drone_rennes"]]), label(1))
    raa_config(tmp_path, prefecture.url)
    assert run_bot(tmp_path, forum, "run", "--once").returncode == 0
    [topic] = forum.live_topics()
    forum.delete_topic(topic.id)
    prefecture.publish(TODAY.year, MONTH, "raa-2.pdf", recueil(tmp_path, "b.pdf", [
        drone("Rennes", "35", "35-2026-03-02-00011")]), label(2))
    assert run_bot(tmp_path, forum, "run", "--once").returncode == 0
    assert forum.live_topics() == []
    with sqlite3.connect(tmp_path / "state.db") as db:
        reasons = [r for (r,) in db.execute("select reason from items where status = "
                                            "'suppressed'")]
    assert reasons and "not bumped" in reasons[0]


def test_old_recueils_are_not_downloaded_on_the_first_run(tmp_path, forum, prefecture):
    prefecture.publish(TODAY.year, MONTH, "old.pdf", recueil(tmp_path, "a.pdf", [
        ACTS["drone_rennes"]]), f"Recueil n° 35-1 du 2 janvier {TODAY.year - 1}")
    raa_config(tmp_path, prefecture.url)
    assert run_bot(tmp_path, forum, "run", "--once").returncode == 0
    assert forum.live_topics() == []
    assert not [p for p, _, _ in prefecture.host.requests if p.endswith("old.pdf")]
    with sqlite3.connect(tmp_path / "state.db") as db:
        assert db.execute("select status from documents where kind = 'pdf'").fetchone()[0] \
            == "too_old"


def test_match_json_of_an_act_keeps_where_it_was_printed(tmp_path, forum, prefecture):
    prefecture.publish(TODAY.year, MONTH, "raa.pdf", recueil(tmp_path, "a.pdf", [
        ACTS["drone_rennes"]]), label(1))
    raa_config(tmp_path, prefecture.url)
    assert run_bot(tmp_path, forum, "run", "--once").returncode == 0
    with sqlite3.connect(tmp_path / "state.db") as db:
        (raw,) = db.execute("select match_json from items").fetchone()
    act_fields = json.loads(raw)["act"]
    assert act_fields["identifier"] == "35-2026-03-02-00001" and act_fields["first_page"] == 3
    assert act_fields["document"].endswith("raa.pdf")


def test_a_modification_is_posted_where_the_act_it_changes_was(tmp_path, forum, prefecture):
    prefecture.publish(TODAY.year, MONTH, "raa-1.pdf", recueil(tmp_path, "a.pdf", [
        ACTS["drone_rennes"]]), label(1))
    raa_config(tmp_path, prefecture.url)
    assert run_bot(tmp_path, forum, "run", "--once").returncode == 0
    # Signed the next month and naming no commune: alone, it would open April's
    # department thread.
    change = act("modifiant l'arrêté n° 35-2026-03-02-00001 " + DRONE_TITLE,
                 f"{DRONE_LAW} À l'article 1er de l'arrêté susvisé, l'horaire de fin est "
                 "porté à 22h00.", number="35-2026-04-01-00003", signed="1er avril 2026")
    prefecture.publish(TODAY.year, MONTH, "raa-2.pdf", recueil(tmp_path, "b.pdf", [change]),
                       label(2))
    assert run_bot(tmp_path, forum, "run", "--once").returncode == 0
    [topic] = forum.live_topics()
    assert topic.title == "Drones autorisés à Rennes — mars 2026"
    posts = [p.raw for p in forum.posts.values() if p.topic_id == topic.id]
    assert len(posts) == 2 and "modifie l’arrêté 35\\-2026\\-03\\-02\\-00001" in posts[1]


@pytest.mark.parametrize("nth, when", [(2, "after"), (3, "before")])
def test_killed_between_an_acts_threads_each_thread_gets_it_once(tmp_path, forum, prefecture,
                                                                  nth, when):
    from bot.sandbox.forum import Kill

    prefecture.publish(TODAY.year, MONTH, "raa.pdf", recueil(tmp_path, "a.pdf", [
        ACTS["drone_three"]]), label(1))
    config = raa_config(tmp_path, prefecture.url)
    process = subprocess.Popen([sys.executable, "-m", "bot", "run", "--once", "--config",
                                str(config), "--db", str(tmp_path / "state.db")], cwd=ROOT,
                               env=forum_env(forum), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    forum.kills.append(Kill(process.pid, "POST", "/posts", nth, when))
    process.wait(timeout=120)
    assert process.returncode == -9  # it really died between two threads
    forum.expire_memo()
    assert run_bot(tmp_path, forum, "run", "--once").returncode == 0
    topics = forum.live_topics()
    assert sorted(t.title for t in topics) == sorted(
        f"Drones autorisés à {town} — mars 2026" for town in ("Rennes", "Bruz", "Vitré"))
    assert all(len(t.posts) == 1 for t in topics)


def test_raa_test_reads_a_listing_page_and_posts_nothing(tmp_path, forum, prefecture):
    prefecture.publish(TODAY.year, MONTH, "raa.pdf", recueil(tmp_path, "a.pdf", [
        ACTS["video_commune"], ACTS["no_fly"]]), label(1))
    config = write_config(tmp_path / "feeds.yaml", [{"name": "Autre", "url":
                                                     "https://example.org/f.xml"}])
    done = subprocess.run([sys.executable, "-m", "bot", "raa", "test", prefecture.url,
                           "--departement", "35", "--config", str(config)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, env=forum_env(forum))
    assert done.returncode == 0, done.stderr
    assert "1 recueils read" in done.stdout and "raa.pdf: read" in done.stdout
    assert "videoprotection" in done.stdout and "Fougères (35115)" in done.stdout
    assert "not relevant: drones, mais pas une captation policière" in done.stdout
    assert "Vidéoprotection autorisée à Fougères" in done.stdout
    assert forum.requests == []


def test_acts_printed_in_preview_mode_are_posted_once_a_forum_is_configured(
        tmp_path, forum, prefecture):
    prefecture.publish(TODAY.year, MONTH, "raa.pdf", recueil(tmp_path, "a.pdf", [
        ACTS["drone_rennes"], ACTS["drone_three"]]), label(1))
    config = raa_config(tmp_path, prefecture.url)
    preview_env = {k: v for k, v in forum_env(forum).items() if not k.startswith("DISCOURSE_")}
    preview = subprocess.run([sys.executable, "-m", "bot", "run", "--once", "--config",
                              str(config), "--db", str(tmp_path / "state.db")], cwd=ROOT,
                             env=preview_env, capture_output=True, text=True, timeout=120)
    assert preview.returncode == 0 and "Drones autorisés à Bruz" in preview.stdout
    assert forum.live_topics() == []
    assert run_bot(tmp_path, forum, "run", "--once").returncode == 0
    assert sorted(t.title for t in forum.live_topics()) == sorted(
        f"Drones autorisés à {town} — mars 2026" for town in ("Rennes", "Bruz", "Vitré"))
    rennes = next(t for t in forum.live_topics() if "Rennes" in t.title)
    assert len(rennes.posts) == 2


def test_an_act_whose_header_is_not_recognised_is_kept_not_lost():
    cover = "Recueil des actes administratifs n° 35-2026-050\nPublié le 3 mars 2026"
    odd = ("PRÉFET D'ILLE-ET-VILAINE\nAutorisation préfectorale du 2 mars 2026\n"
           f"{DRONE_LAW}\nLa captation d'images au moyen de caméras installées sur des "
           "aéronefs est autorisée sur la commune de Bruz.\nFait à Rennes, le 2 mars 2026")
    acts = split_recueil([cover, odd, act(DRONE_TITLE, "Drones à Rennes.")])
    assert [(a.first_page, a.last_page) for a in acts] == [(2, 2), (3, 3)]
    assert classify_act(acts[0].title, acts[0].text).kind == "drone"
    assert split_recueil([odd])[0].first_page == 1  # a one-act PDF without a header
