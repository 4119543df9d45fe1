"""Realistic French feeds for benchmarks: N feeds of M items served from several
loopback addresses (127.0.0.2, 127.0.0.3, …) with simulated network latency.

The servers run in a separate process, as remote sites would: their work must not
compete for the measured process's interpreter lock.

    python -m tests.benchmarks.feedgen COUNT ITEMS HOSTS LOW HIGH SEED   (prints the URLs)
"""
from __future__ import annotations

import random
import subprocess
import sys
from contextlib import ExitStack
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

from bot.sandbox.feeds import FeedHost

TOWNS = ["Montreuil", "Saint-Denis (93)", "Marseille", "Nice", "Lyon", "Toulouse", "Rennes",
         "Grenoble", "Bordeaux", "Lille", "Nantes", "Metz", "Valenciennes", "Aix-en-Provence",
         "Le Havre", "Perpignan", "Nîmes", "Orléans", "Istres", "Moirans", "Pantin", "Bobigny"]
RELEVANT = [
    "{town} : la mairie installe {n} nouvelles caméras de vidéoprotection",
    "Vidéosurveillance algorithmique : {town} teste le logiciel Briefcam",
    "La police municipale de {town} s'équipe de drones",
    "Reconnaissance faciale : la CNIL interroge la ville de {town}",
    "{town} : des capteurs sonores dans le centre-ville",
]
OTHER = [
    "{town} : le marché de Noël ouvre ses portes",
    "Football : {town} s'impose à domicile",
    "{town} : travaux sur la ligne de tramway jusqu'en mars",
    "Festival de cinéma : une caméra d'or pour un film tourné à {town}",
    "Météo : fortes pluies attendues sur {town}",
    "{town} : la médiathèque rouvre après rénovation",
]
SUMMARY = ("Le conseil municipal de {town} a débattu mardi soir d'un projet présenté par le maire. "
           "L'opposition demande un audit et une consultation des habitants avant tout vote. "
           "Le budget prévu atteint {n} 000 euros sur trois ans, selon la délibération publiée.")


def item_xml(rng: random.Random, feed: int, number: int, now: datetime,
             relevant_share: float = 0.15) -> str:
    town = rng.choice(TOWNS)
    template = rng.choice(RELEVANT) if rng.random() < relevant_share else rng.choice(OTHER)
    n = rng.randint(5, 80)
    date = format_datetime(now - timedelta(hours=rng.randint(1, 200)))
    return (f"<item><title>{escape(template.format(town=town, n=n))}</title>"
            f"<link>https://presse{feed}.example.fr/article/{number}</link>"
            f"<guid>https://presse{feed}.example.fr/article/{number}</guid>"
            f"<pubDate>{date}</pubDate>"
            f"<description>{escape(SUMMARY.format(town=town, n=n))}</description></item>")


def feed_xml(rng: random.Random, feed: int, items: int, now: datetime) -> str:
    body = "".join(item_xml(rng, feed, n, now) for n in range(items))
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>Journal {feed}</title><link>https://presse{feed}.example.fr/</link>"
            f"<description>Benchmark</description>{body}</channel></rss>")


def serve_feeds(stack: ExitStack, count: int, items: int, hosts: int, latency: tuple[float, float],
                seed: int = 7) -> list[str]:
    """Start `hosts` feed servers on 127.0.0.2… in a child process (stopped with `stack`);
    return the URLs of `count` feeds."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.benchmarks.feedgen", str(count), str(items), str(hosts),
         str(latency[0]), str(latency[1]), str(seed)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    stack.callback(process.wait)
    stack.callback(process.stdin.close)  # the child stops when its stdin closes
    urls = []
    for line in process.stdout:
        if line.strip() == "ready":
            return urls
        urls.append(line.strip())
    raise RuntimeError("the feed server process stopped before serving")


def _serve_here(stack: ExitStack, count: int, items: int, hosts: int,
                latency: tuple[float, float], seed: int) -> list[str]:
    rng = random.Random(seed)
    now = datetime.now(timezone.utc)
    servers = [stack.enter_context(FeedHost(f"127.0.0.{2 + n}")) for n in range(hosts)]
    urls = []
    for feed in range(count):
        server = servers[feed % hosts]
        urls.append(server.serve(f"/feed{feed}.xml", feed_xml(rng, feed, items, now),
                                 delay=rng.uniform(*latency)))
    return urls


if __name__ == "__main__":
    count, items, hosts, low, high, seed = sys.argv[1:7]
    with ExitStack() as served:
        for url in _serve_here(served, int(count), int(items), int(hosts),
                               (float(low), float(high)), int(seed)):
            print(url)
        print("ready", flush=True)
        sys.stdin.read()  # until the parent closes our stdin
