"""The weekly health report: failing, silent and noisy feeds and the week's numbers,
in one thread per week updated in place."""
from __future__ import annotations

from tests.conftest import cli, forum_env, rss, write_config

ITEM = {"title": "La VSA arrive à Montreuil", "link": "https://e.fr/m",
        "summary": "La mairie de Montreuil teste la vidéosurveillance algorithmique."}


def test_report_lists_failing_feeds_and_is_one_thread_per_week(feeds, forum, tmp_path):
    good = feeds.serve("/ok.xml", rss(ITEM))
    broken = feeds.answer("/broken.xml", 404, "no")
    config = write_config(tmp_path / "feeds.yaml", [{"name": "Bon", "url": good},
                                                    {"name": "Cassé", "url": broken}],
                          extra="  health_category: 6")
    db = tmp_path / "state.db"
    assert cli("run", "--once", "--config", str(config), "--db", str(db),
               env=forum_env(forum)).returncode == 0

    printed = cli("report", "--config", str(config), "--db", str(db))
    assert printed.returncode == 0, printed.stderr
    assert "Santé des flux de veille" in printed.stdout
    assert "**Cassé** : 1 échec(s)" in printed.stdout
    assert "adresse introuvable" in printed.stdout and "jamais lu depuis son ajout" in printed.stdout
    for english in ("not found", "HTTP 404", "fix its url", "toujours"):
        assert english not in printed.stdout  # the report is French end to end
    assert "articles lus : 1, dont pertinents : 1" in printed.stdout
    assert "fils ouverts : 1" in printed.stdout

    for _ in range(2):
        posted = cli("report", "--post", "--config", str(config), "--db", str(db),
                     env=forum_env(forum))
        assert posted.returncode == 0, posted.stderr
    health = [t for t in forum.live_topics() if t.title.startswith("Santé des flux")]
    assert len(health) == 1  # the second run updated the week's thread
    assert health[0].posts[0].edit_reasons == ["Rapport de santé mis à jour"]
    assert "Cassé" in health[0].posts[0].raw


def test_report_periods_are_configurable_and_aligned():
    from datetime import datetime, timezone

    from bot.app.health import period_start

    wednesday = datetime(2026, 11, 25, 15, 0, tzinfo=timezone.utc)
    assert period_start(wednesday, 7) == datetime(2026, 11, 23, tzinfo=timezone.utc)  # Monday
    assert period_start(wednesday, 1) == datetime(2026, 11, 25, tzinfo=timezone.utc)
    assert (wednesday - period_start(wednesday, 14)).days < 14
