"""What a new maintainer meets in the first hour, through the real command: stories
are not lost between preview and forum, failures reach a cron job's exit code, `check`
catches what would be silently ignored, commands say what they do, and the words people
read are in one language and free of Markdown escapes."""
from __future__ import annotations

import io
import os
import re
import signal
import subprocess
import sys
import urllib.request
from datetime import timedelta
from pathlib import Path

import pytest

from bot.config import ForumCredentials, load_config
from bot.forum.discourse import DiscourseForum
from bot.forum.preview import PreviewForum
from bot.pipeline import run_pass
from bot.sandbox.forum import Fault
from bot.state.store import Store
from tests.conftest import NOW, ROOT, cli, forum_env, rss, write_config

STORIES = [{"title": f"{town} : la mairie installe des caméras de vidéoprotection",
            "link": f"https://presse.example/{n}", "guid": f"g{n}", "days_ago": 1,
            "summary": f"La police municipale de {town} aura {n + 20} nouvelles caméras."}
           for n, town in enumerate(["Montreuil", "Bobigny"])]


# Stories silently lost -----------------------------------------------------------------


def test_items_previewed_before_the_forum_was_set_up_are_posted_once_it_is(
        feeds, forum, tmp_path):
    config = write_config(tmp_path / "feeds.yaml", [
        {"name": "A", "url": feeds.serve("/a.xml", rss(*STORIES))}])
    db = tmp_path / "technopolice-bot.db"
    preview = cli("run", "--once", "--config", str(config), "--db", str(db))
    assert preview.returncode == 0 and "would open 2 threads" in preview.stdout
    real = cli("run", "--once", "--config", str(config), "--db", str(db), env=forum_env(forum))
    assert real.returncode == 0, real.stderr
    assert "2 items printed earlier in preview mode were queued" in real.stdout
    assert forum.api_key not in real.stdout + real.stderr  # the key is never printed
    assert sorted(t.title for t in forum.live_topics()) == sorted(s["title"] for s in STORIES)
    again = cli("run", "--once", "--config", str(config), "--db", str(db), env=forum_env(forum))
    assert again.returncode == 0 and len(forum.live_topics()) == 2  # once


def test_previewed_items_older_than_the_first_run_window_stay_unposted(feeds, forum, tmp_path):
    config = load_config(write_config(tmp_path / "feeds.yaml", [
        {"name": "A", "url": feeds.serve("/a.xml", rss(*STORIES))}]))
    store = Store(tmp_path / "s.db")
    run_pass(config, store, PreviewForum(io.StringIO()), now=NOW)
    discourse = DiscourseForum(ForumCredentials(forum.url, forum.api_key, forum.api_username))
    report = run_pass(config, store, discourse, now=NOW + timedelta(days=3))
    assert report.previewed_promoted == 0 and forum.live_topics() == []


def test_a_refused_key_fails_the_run_and_says_so(feeds, forum, tmp_path):
    config = write_config(tmp_path / "feeds.yaml", [
        {"name": "A", "url": feeds.serve("/a.xml", rss(*STORIES))}])
    result = cli("run", "--once", "--config", str(config), "--db", str(tmp_path / "s.db"),
                 env=forum_env(forum, DISCOURSE_API_KEY="wrong"))
    assert result.returncode == 4
    assert "2 still pending (the forum refused the bot's key" in result.stdout


def test_every_post_failing_fails_the_run_and_says_so(feeds, forum, tmp_path):
    forum.add_fault(Fault(status=500, count=100, method="POST"))
    config = write_config(tmp_path / "feeds.yaml", [
        {"name": "A", "url": feeds.serve("/a.xml", rss(*STORIES))}])
    result = cli("run", "--once", "--config", str(config), "--db", str(tmp_path / "s.db"),
                 env=forum_env(forum))
    assert result.returncode == 4 and "every attempt to post failed" in result.stdout


# `check` catches what the program would silently ignore -------------------------------


def check(tmp_path: Path, text: str) -> subprocess.CompletedProcess:
    (tmp_path / "feeds.yaml").write_text(text, encoding="utf-8")
    return cli("check", "--config", "feeds.yaml", cwd=tmp_path)


FEED = "feeds:\n  - name: A\n    url: https://a.example/feed\n"


def test_an_unquoted_code_is_padded_back_warned_about_and_applied(tmp_path):
    result = check(tmp_path, "forum:\n  tag_overrides: {06088: nice-ville}\n" + FEED)
    assert result.returncode == 0
    assert 'forum.tag_overrides.06088: write it quoted, "06088"' in result.stderr
    line = ('{"title": "Nice installe 40 caméras de vidéoprotection", "summary": '
            '"La police municipale de Nice les utilisera."}\n')
    matched = cli("match", "--config", "feeds.yaml", cwd=tmp_path, stdin=line)
    assert "nice-ville" in matched.stdout  # the override applies


@pytest.mark.parametrize("section, wrong", [
    ("forum:\n  tag_overrides: {\"99999\": nulle-part}\n", "'99999' is not a current INSEE "
                                                          "commune code"),
    ("forum:\n  region_categories: {\"99\": 3}\n", "'99' is not a current INSEE region code"),
])
def test_unknown_codes_in_forum_settings_are_errors(tmp_path, section, wrong):
    result = check(tmp_path, section + FEED)
    assert result.returncode == 2 and wrong in result.stderr


def test_an_unquoted_commune_code_is_one_valid_code_not_two_errors(tmp_path):
    result = check(tmp_path, "feeds:\n  - name: Ville\n    url: https://v.example/rss\n"
                             "    kind: council\n    commune: 93066\n    departement: 13\n")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # 93066 and 13 are unchanged by YAML: nothing to warn about


def test_a_wrong_department_is_explained_with_a_department_example(tmp_path):
    result = check(tmp_path, FEED + "    departement: 999\n")
    assert result.returncode == 2
    assert result.stderr.count("error:") == 1 and '"93" or "2A"' in result.stderr
    assert "93066" not in result.stderr


@pytest.mark.parametrize("every", ["90", "30"])
def test_a_bare_number_as_interval_asks_for_a_unit(tmp_path, every):
    result = check(tmp_path, FEED + f"    every: {every}\n")
    assert result.returncode == 2
    assert f"{every} needs a unit: {every}m for minutes" in result.stderr
    assert "too short" not in result.stderr


def test_one_url_under_two_names_is_an_error(tmp_path):
    result = check(tmp_path, FEED + "  - name: B\n    url: https://a.example/feed\n")
    assert result.returncode == 2 and "is already the url of 'A'" in result.stderr


def test_readme_check_example_is_what_check_prints(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"one line per problem: `(error: feeds\.yaml:12: [^`]+)`", readme).group(1)
    text = "feeds:\n" + "".join(f"  - name: {n}\n    url: https://{n.lower()}.example/f\n"
                                for n in "ABC")
    text += ("  - name: Marsactu\n    url: https://marsactu.fr/feed\n    kind: press\n"
             "    enabled: true\n    every: soon\n")
    assert check(tmp_path, text).stderr.strip() == example


# Commands that misbehaved ---------------------------------------------------------------


def test_feeds_add_dry_run_shows_the_entry_for_the_file_given(feeds, tmp_path):
    url = feeds.serve("/n.xml", rss(*STORIES, title="Nouvelles de Montreuil"))
    other = write_config(tmp_path / "other.yaml", [{"name": "A", "url": "https://a.example/f"}])
    before = other.read_text()
    result = cli("feeds", "add", url, "--config", str(other), "--dry-run", "--every", "2h")
    assert result.returncode == 0, result.stderr
    assert f"dry run: {other} unchanged; the entry would be:" in result.stdout
    assert "- name: Nouvelles de Montreuil" in result.stdout and f"url: {url}" in result.stdout
    assert "feeds.yaml" not in result.stdout and other.read_text() == before


def test_feeds_test_with_an_unknown_name_suggests_close_names(tmp_path):
    config = write_config(tmp_path / "feeds.yaml", [
        {"name": "Marsactu", "url": "https://marsactu.fr/feed"},
        {"name": "Mediapart", "url": "https://mediapart.fr/feed"}])
    result = cli("feeds", "test", "marsactu", "--config", str(config))
    assert result.returncode == 1
    assert "no feed named 'marsactu'" in result.stderr and "did you mean 'Marsactu'" in result.stderr
    assert "http(s)" not in result.stderr


def test_status_lists_every_pending_item(feeds, forum, tmp_path):
    forum.add_fault(Fault(status=429, count=1, method="POST"))  # first fails, gate closes
    config = write_config(tmp_path / "feeds.yaml", [
        {"name": "A", "url": feeds.serve("/a.xml", rss(*STORIES))}])
    db = tmp_path / "s.db"
    cli("run", "--once", "--config", str(config), "--db", str(db), env=forum_env(forum))
    status = cli("status", "--db", str(db)).stdout
    assert "Items waiting for the forum (2)" in status
    assert "(not tried yet)" in status and "rate limit" in status


def test_the_lock_file_goes_with_the_run_and_git_ignores_state_files(feeds, tmp_path):
    config = write_config(tmp_path / "feeds.yaml", [
        {"name": "A", "url": feeds.serve("/a.xml", rss(*STORIES))}])
    db = tmp_path / "technopolice-bot.db"
    assert cli("run", "--once", "--config", str(config), "--db", str(db)).returncode == 0
    assert not Path(f"{db}.lock").exists()
    for name in ("technopolice-bot.db.lock", "technopolice-bot.db.heartbeat"):
        assert subprocess.run(["git", "check-ignore", "-q", name], cwd=ROOT).returncode == 0


# Words people read ----------------------------------------------------------------------


def test_preview_speaks_english_without_markdown_escapes(feeds, tmp_path):
    story = {**STORIES[0], "title": "Saint-Denis : la mairie achète des licences Two-i",
             "summary": "La ville de Saint-Denis (93) déploie la VSA."}
    copy = {**story, "link": "https://autre.example/sd", "guid": "c"}
    config = write_config(tmp_path / "feeds.yaml", [
        {"name": "A", "url": feeds.serve("/a.xml", rss(story))},
        {"name": "B", "url": feeds.serve("/b.xml", rss(copy))}])
    result = cli("run", "--once", "--config", str(config), "--db", str(tmp_path / "s.db"))
    assert "[preview] new thread: Saint-Denis : la mairie" in result.stdout
    assert "[preview] reply in an existing thread: Saint-Denis : la mairie" in result.stdout
    for french_or_escaped in ("aperçu", "étiquettes", "\\-", "\\:", "**"):
        assert french_or_escaped not in result.stdout


def test_posts_show_the_articles_words_not_vocabulary_names(feeds, forum, tmp_path):
    item = {"title": "Rouen installe 30 caméras de vidéoprotection", "link": "https://e.fr/r",
            "summary": "La police municipale de Rouen en aura 30 de plus."}
    config = write_config(tmp_path / "feeds.yaml", [
        {"name": "A", "url": feeds.serve("/a.xml", rss(item))}])
    cli("run", "--once", "--config", str(config), "--db", str(tmp_path / "s.db"),
        env=forum_env(forum))
    (topic,) = forum.live_topics()
    why = next(line for line in topic.posts[0].raw.splitlines() if "Pourquoi ce fil" in line)
    assert "30 caméras" in why and "dénombrées" not in why


def test_demo_says_why_an_item_was_not_posted_and_can_stay_open():
    process = subprocess.Popen([sys.executable, "-m", "bot", "demo", "--keep"], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        lines = []
        for line in process.stdout:
            lines.append(line)
            if "stays open" in line:
                break
        out = "".join(lines)
        assert "not posted: Toulouse" in out and "more than 3 (recorded, not posted)" in out
        url = re.search(r"sandbox forum on (http://127\.0\.0\.1:\d+)", out).group(1)
        page = urllib.request.urlopen(url + "/", timeout=10).read().decode()
        assert "<li><a href=\"/t/" in page and "Saint-Denis" in page
        for words in ("étiquettes", "réponse(s)", "\\("):
            assert words not in out
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 0
    finally:
        process.kill()


# Linux's tgkill (thread-directed signal) system call numbers, by machine.
_TGKILL = {"x86_64": 234, "aarch64": 131}


@pytest.mark.skipif(not Path("/proc/self/task").is_dir() or os.uname().machine not in _TGKILL,
                    reason="needs Linux's /proc and tgkill")
def test_demo_stops_on_ctrl_c_whichever_thread_receives_it():
    # A terminal's Ctrl-C is sent to the process, and the kernel may hand it to any of
    # its threads (here: one serving the sandbox forum), not only to the one waiting.
    import ctypes

    process = subprocess.Popen([sys.executable, "-m", "bot", "demo", "--keep"], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        for line in process.stdout:
            if "stays open" in line:
                break
        threads = [int(t) for t in os.listdir(f"/proc/{process.pid}/task") if int(t) != process.pid]
        assert threads, "the demo serves the forum from threads of its own"
        libc = ctypes.CDLL(None, use_errno=True)
        assert libc.syscall(_TGKILL[os.uname().machine], process.pid, threads[0],
                            signal.SIGINT) == 0
        assert process.wait(timeout=20) == 0
        assert "stopped" in process.stdout.read()
    finally:
        process.kill()


def test_report_health_words_are_french(feeds, tmp_path):
    config = write_config(tmp_path / "feeds.yaml", [
        {"name": "Disparu", "url": feeds.answer("/gone.xml", 410, "gone")}])
    db = tmp_path / "s.db"
    cli("run", "--once", "--config", str(config), "--db", str(db))
    report = cli("report", "--config", str(config), "--db", str(db)).stdout
    assert "flux supprimé par l’éditeur" in report and "gone" not in report.lower()


# The first hour, as written in the README ------------------------------------------------


def test_readme_quick_start_works_on_a_fresh_clone(tmp_path):
    """The README's first command, as written, on a fresh clone of what is committed:
    no network here but the package registry, so feeds are reported unreachable."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1]
    commands = re.findall(r"```sh\n(.*?)```", quick_start, re.S)
    install_and_run, demo = commands[0].strip(), commands[2].strip()
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("DISCOURSE_")}
    first = subprocess.run(["bash", "-c", install_and_run], cwd=clone, env=env,
                           capture_output=True, text=True, timeout=900)
    assert first.returncode == 0, first.stderr[-3000:]
    assert "preview mode" in first.stderr and "pass done:" in first.stdout
    shown = subprocess.run(["bash", "-c", demo], cwd=clone, env=env, capture_output=True,
                           text=True, timeout=300)
    assert shown.returncode == 0 and "threads opened" in shown.stdout
    assert (clone / "technopolice-bot.db").exists()  # where the README says it is
