"""The command line as scripts and people call it."""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import ROOT, cli, forum_env, rss, write_config

ITEMS = [
    {"title": "Saint-Denis achète le logiciel Two-i", "summary": "La mairie de Saint-Denis (93).",
     "link": "https://e.fr/1", "published": "2024-07-30T10:00:00+02:00"},
    {"title": "Festival de Cannes : la Caméra d'or", "summary": "Un film.", "link": "https://e.fr/2"},
    {"title": "Délibération : vidéoprotection", "summary": "Marché de 40 caméras.",
     "scope": {"commune": "93048"}, "feed_kind": "council"},
]


def test_match_reads_json_lines_and_answers_in_order():
    stdin = "\n".join(json.dumps(i, ensure_ascii=False) for i in ITEMS) + "\n"
    result = cli("match", stdin=stdin)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["relevant"] for line in lines] == [True, False, True]
    assert lines[0]["communes"][0]["code"] == "93066"
    assert set(lines[0]) >= {"relevant", "score", "keywords", "communes", "tags"}
    assert lines[2]["communes"][0]["code"] == "93048"


def test_match_reports_bad_lines_without_losing_the_others():
    result = cli("match", stdin='not json\n{"title": "La VSA à Nice"}\n')
    assert result.returncode == 1
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert "line 1" in first["error"]
    assert second["relevant"] is True


def test_status_before_any_run_says_what_to_do(tmp_path):
    result = cli("status", "--db", str(tmp_path / "none.db"))
    assert result.returncode == 3 and "run --once" in result.stderr


def test_demo_opens_threads_offline():
    result = cli("demo")
    assert result.returncode == 0, result.stderr
    assert "threads opened" in result.stdout
    assert "saint-denis-93" in result.stdout
    assert "second pass: 0 new threads" in result.stdout


def test_python_dash_m_and_console_script_are_the_same_program():
    script = Path(sys.executable).parent / "technopolice-bot"
    result = subprocess.run([str(script), "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "run" in result.stdout and "demo" in result.stdout


def test_service_runs_feeds_and_stops_cleanly_on_sigterm(feeds, forum, tmp_path):
    url = feeds.serve("/f.xml", rss({"title": "La VSA arrive à Montreuil", "link": "https://e.fr/m",
                                     "summary": "La mairie de Montreuil teste la VSA."}))
    config = write_config(tmp_path / "feeds.yaml", [{"name": "F", "url": url, "every": "1m"}])
    db = tmp_path / "state.db"
    process = subprocess.Popen([sys.executable, "-m", "bot", "run", "--config", str(config),
                                "--db", str(db)], cwd=ROOT, env=forum_env(forum),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while not forum.live_topics() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert len(forum.live_topics()) == 1
        second = cli("run", "--once", "--config", str(config), "--db", str(db),
                     env=forum_env(forum))
        assert second.returncode == 3 and "already running" in second.stderr
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 0, stderr
    assert "service.stopped" in stderr
