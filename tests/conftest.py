"""Shared fixtures: real loopback servers, real SQLite, the real CLI."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

import pytest

from bot.sandbox.feeds import FeedHost
from bot.sandbox.forum import SandboxForum

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime.now(timezone.utc).replace(microsecond=0)


@pytest.fixture
def forum():
    with SandboxForum(categories={5: "Veille", 6: "National", 7: "Île-de-France"}) as server:
        yield server


@pytest.fixture
def feeds():
    with FeedHost() as host:
        yield host


def rss(*items: dict, title: str = "Flux de test") -> str:
    """An RSS 2.0 document; each item: title, link, summary, days_ago (or date), guid."""
    parts = []
    for item in items:
        date = item["date"] if "date" in item else format_datetime(
            NOW - timedelta(days=item.get("days_ago", 0), hours=1))
        guid = f"<guid isPermaLink=\"false\">{item['guid']}</guid>" if item.get("guid") else ""
        link = f"<link>{item['link']}</link>" if item.get("link") else ""
        parts.append(f"<item><title>{item['title']}</title>{link}{guid}"
                     f"{f'<pubDate>{date}</pubDate>' if date else ''}"
                     f"<description><![CDATA[{item.get('summary', '')}]]></description></item>")
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>{title}</title><link>https://example.fr/</link>"
            f"<description>test</description>{''.join(parts)}</channel></rss>")


def atom(*entries: dict, title: str = "Flux Atom de test") -> str:
    parts = []
    for entry in entries:
        date = (NOW - timedelta(days=entry.get("days_ago", 0), hours=1)).isoformat()
        parts.append(f"<entry><title>{entry['title']}</title><id>{entry['guid']}</id>"
                     f"<link href=\"{entry['link']}\"/><updated>{date}</updated>"
                     f"<summary>{entry.get('summary', '')}</summary></entry>")
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{title}</title><id>urn:test</id><updated>{NOW.isoformat()}</updated>"
            f"{''.join(parts)}</feed>")


def write_config(path: Path, feeds: list[dict], extra: str = "") -> Path:
    """A feeds.yaml for tests (loopback allowed), categories as in the `forum` fixture."""
    lines = ["allow_private_networks: true", "max_age_days: 3", "forum:", "  category: 5",
             "  national_category: 6", '  region_categories: {"11": 7}', extra, "feeds:"]
    for feed in feeds:
        lines.append(f"  - name: {feed['name']}")
        for key, value in feed.items():
            if key != "name":
                lines.append(f"    {key}: {value}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def forum_env(forum: SandboxForum, **overrides: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DISCOURSE_")}
    env.update(DISCOURSE_URL=forum.url, DISCOURSE_API_KEY=forum.api_key,
               DISCOURSE_API_USERNAME=forum.api_username)
    env.update(overrides)
    return env


def preview_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("DISCOURSE_")}


def cli(*args: str, env: dict[str, str] | None = None, stdin: str | None = None,
        cwd: Path | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run `python -m bot ARGS` as a user would."""
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, text=True,
                          capture_output=True, env=env if env is not None else preview_env(),
                          cwd=cwd or ROOT, timeout=timeout)


def wait_for(condition, seconds=60.0) -> bool:
    """Poll `condition` until it holds or `seconds` pass; its last answer."""
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.2)
    return condition()
