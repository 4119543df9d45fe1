"""`technopolice-bot demo`: the whole pipeline offline, on 127.0.0.1.

Serves the bundled sample feeds, a sandbox prefecture publishing one recueil des actes
administratifs (PDF), and a sandbox Discourse forum; runs one pass (then a second one,
to show nothing is posted twice), and prints the threads opened.
"""
from __future__ import annotations

import tempfile
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from importlib import resources
from pathlib import Path
from typing import Callable, TextIO

from bot.config import ForumCredentials, load_config
from bot.forum.discourse import DiscourseForum
from bot.forum.preview import plain_text
from bot.pipeline import run_pass
from bot.sandbox.feeds import FeedHost
from bot.sandbox.forum import SandboxForum
from bot.sandbox.prefecture import PrefectureSite
from bot.state.store import Store
from bot.threads.acts import KIND_TITLES
from bot.threads.render import MONTHS

SAMPLES = {"presse.xml": "application/rss+xml; charset=utf-8",
           "parisien.xml": "application/rss+xml; charset=utf-8",
           "conseil-saint-denis.xml": "application/atom+xml; charset=utf-8"}
CATEGORIES = {5: "Veille locale", 6: "National", 7: "Île-de-France"}

CONFIG = """\
allow_private_networks: true
max_age_days: 3
forum:
  category: 5
  national_category: 6
  region_categories: {{"11": 7}}
feeds:
  - name: Presse (exemple)
    url: {host}/presse.xml
    kind: press
  - name: Presse locale (exemple)
    url: {host}/parisien.xml
    kind: press
  - name: Ville de Saint-Denis (exemple)
    url: {host}/conseil-saint-denis.xml
    kind: council
    commune: "93066"
  - name: Préfecture d'Ille-et-Vilaine (exemple, RAA)
    url: {prefecture}
    kind: raa
    departement: "35"
"""
ACT_THREADS = tuple(KIND_TITLES.values())



def sample_feed(name: str, now: datetime) -> str:
    """A bundled sample with its DAYS_AGO_n dates made recent."""
    text = resources.files("bot.app.demo_data").joinpath(name).read_text(encoding="utf-8")
    atom = name.endswith(".xml") and "<feed" in text[:200]
    for days in range(10):
        moment = now - timedelta(days=days, hours=1)
        stamp = moment.isoformat(timespec="seconds") if atom else format_datetime(moment)
        text = text.replace(f"DAYS_AGO_{days}", stamp)
    return text


def run_demo(out: TextIO, keep: Callable[[], None] | None = None) -> None:
    """Run the demo, printing to `out`; with `keep`, call it before shutting the sandbox
    forum down (the `--keep` option waits there for Ctrl-C)."""
    now = datetime.now(timezone.utc)
    with FeedHost() as host, SandboxForum(categories=CATEGORIES) as forum, \
            tempfile.TemporaryDirectory(prefix="technopolice-demo-") as tmp:
        for name, content_type in SAMPLES.items():
            host.serve(f"/{name}", sample_feed(name, now), content_type=content_type)
        prefecture = PrefectureSite(host, name="Préfecture d'Ille-et-Vilaine (exemple)")
        recueil = resources.files("bot.app.demo_data").joinpath("recueil-35.pdf").read_bytes()
        prefecture.publish(now.year, "Novembre", "recueil-35.pdf", recueil,
                           f"Recueil des actes administratifs spécial du {now.day} "
                           f"{MONTHS[now.month - 1]} {now.year}")
        config_path = Path(tmp) / "feeds.yaml"
        config_path.write_text(CONFIG.format(host=host.url, prefecture=prefecture.url),
                               encoding="utf-8")
        config = load_config(config_path)
        credentials = ForumCredentials(forum.url, forum.api_key, forum.api_username)
        store = Store(Path(tmp) / "demo.db")
        try:
            print(f"sandbox forum on {forum.url}, sample feeds on {host.url}\n", file=out)
            first = run_pass(config, store, DiscourseForum(credentials))
            second = run_pass(config, store, DiscourseForum(credentials))
            unposted = [row for row in store.db.query(
                "select title, reason from items where relevant = 1 and status != 'posted' "
                "order by first_seen, key")]
            recueils = store.recueils()
        finally:
            store.close()
        topics = forum.live_topics()
        print(f"first pass: {first.total('new_items')} items read, "
              f"{first.total('relevant')} relevant, {len(topics)} threads opened:\n", file=out)
        for topic in topics:
            replies = len(topic.posts) - 1
            print(f"  #{topic.id} [{CATEGORIES[topic.category_id]}] {topic.title}\n"
                  f"      tags: {', '.join(topic.tags)}"
                  + (f" · {replies} more act{'s' if replies > 1 else ''} of the month as "
                     "replies" if replies and topic.title.startswith(ACT_THREADS) else
                     f" · {replies} repl{'y' if replies == 1 else 'ies'} for the same story "
                     "from another outlet" if replies else ""), file=out)
        for row in unposted:
            print(f"  not posted: {row['title']}\n      why: {row['reason']}", file=out)
        for row in recueils:
            print(f"\nprefecture: {row['url'].rsplit('/', 1)[-1]} read: {row['pages']} pages, "
                  f"{row['acts']} acts, {row['relevant']} about drones or cameras (the others: "
                  "a bank's cameras, a no-fly order): one thread per town, kind and month, "
                  "each act a reply", file=out)
        print(f"\nsecond pass: {second.total('published')} new threads "
              "(feeds answered 304 Not Modified; nothing is posted twice)", file=out)
        if topics:
            shown = "\n".join(plain_text(line) for line in topics[0].posts[0].raw.splitlines())
            print(f"\nfirst thread, as readers see it (in French, as on the forum):\n\n{shown}",
                  file=out)
        if keep is not None:
            print(f"\nthe sandbox forum stays open: {forum.url}/ lists the threads "
                  "(Ctrl-C to stop)", file=out)
            keep()
