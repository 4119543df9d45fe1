"""The command line as scripts and people call it."""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import ROOT, cli, forum_env, preview_env, rss, wait_for, write_config

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


def test_match_reads_markup_and_entities_as_a_run_does():
    # Items as feeds give them: « Val-d&#8217;Oise » is the department that settles
    # Saint-Gratien (95, not the Somme village); « Saint-L&ocirc; » is Saint-Lô.
    items = [{"title": "Val-d&#8217;Oise : des caméras à Saint-Gratien",
              "summary": "<p>La commune installe douze caméras &amp; un <b>CSU</b>.</p>"},
             {"title": "Saint-L&ocirc; : la ville installe des cam&eacute;ras", "summary": ""}]
    stdin = "\n".join(json.dumps(i) for i in items) + "\n"
    result = cli("match", stdin=stdin)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [[c["code"] for c in line["communes"]] for line in lines] == [["95555"], ["50502"]]


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


def test_service_runs_reloads_reports_health_and_stops_cleanly(feeds, forum, tmp_path):
    first = {"title": "La VSA arrive à Montreuil", "link": "https://e.fr/m",
             "summary": "La mairie de Montreuil teste la VSA."}
    second = {"title": "Des drones pour la police municipale de Bobigny",
              "link": "https://e.fr/b", "summary": "Le préfet autorise la mairie de Bobigny."}
    url_a = feeds.serve("/a.xml", rss(first))
    url_b = feeds.serve("/b.xml", rss(second))
    config = write_config(tmp_path / "feeds.yaml", [{"name": "A", "url": url_a, "every": "1m"}])
    db = tmp_path / "state.db"
    process = subprocess.Popen([sys.executable, "-m", "bot", "run", "--config", str(config),
                                "--db", str(db)], cwd=ROOT, env=forum_env(forum),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert wait_for(lambda: len(forum.live_topics()) == 1)
        health = cli("health", "--db", str(db))
        assert health.returncode == 0 and health.stdout.startswith("healthy")
        second_run = cli("run", "--once", "--config", str(config), "--db", str(db),
                         env=forum_env(forum))
        assert second_run.returncode == 3 and "already running" in second_run.stderr
        # An edit of feeds.yaml is picked up without restart…
        write_config(config, [{"name": "A", "url": url_a, "every": "1m"},
                              {"name": "B", "url": url_b, "every": "1m"}])
        assert wait_for(lambda: len(forum.live_topics()) == 2)
        # …and a bad edit is refused while the last good config keeps running.
        config.write_text(config.read_text() + "  - name: C\n    url: nope\n")
        time.sleep(12)
        assert process.poll() is None
        assert cli("health", "--db", str(db)).returncode == 0
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 0, stderr
    assert "config.reloaded" in stderr and "config.rejected" in stderr
    assert "url: 'nope' is not an http(s) URL" in stderr
    assert "service.stopped" in stderr
    assert cli("health", "--db", str(db)).returncode == 1  # stopped: no heartbeat


def test_progress_bar_on_a_terminal_plain_logs_otherwise(feeds, tmp_path):
    import os
    import pty

    body = rss({"title": "Un article", "link": "https://e.fr/p", "summary": "Rien à signaler."})
    config = write_config(tmp_path / "feeds.yaml", [
        {"name": f"F{n}", "url": feeds.serve(f"/f{n}.xml", body)} for n in range(3)])
    master, slave = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "bot", "run", "--once", "--config",
                                str(config), "--db", str(tmp_path / "t.db")], cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=slave, stdin=subprocess.DEVNULL,
                               env={**preview_env(), "TERM": "xterm", "COLUMNS": "100"})
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    process.wait(timeout=60)
    terminal = b"".join(chunks).decode("utf-8", "replace")
    assert process.returncode == 0
    assert "feeds" in terminal and "3/3" in terminal  # the bar, on a terminal
    plain = cli("run", "--once", "--config", str(config), "--db", str(tmp_path / "p.db"))
    assert "3/3" not in plain.stderr and "feed.done" in plain.stderr
