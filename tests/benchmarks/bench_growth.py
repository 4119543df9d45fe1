#!/usr/bin/env python3
"""Growth: how a pass's time and memory grow with the items already in the database
(0, 100k, 1M seen items), and proof that every per-item look-up uses an index.

    python -m tests.benchmarks.bench_growth [--sizes 0 100000 1000000] [--feeds 200]
"""
from __future__ import annotations

import argparse
import logging
import resource
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

from bot.config import load_config
from bot.forum.preview import PreviewForum
from bot.pipeline import run_pass
from bot.state.store import Store
from tests.benchmarks.feedgen import serve_feeds
from tests.conftest import write_config

LOOKUPS = {
    "known items": "select key, content_hash from items where key in ('a', 'b')",
    "guid look-up": "select guid, key from items where feed = 'f1' and guid in ('x', 'y')",
    "pending items": "select * from items where status = 'pending' and feed = 'f1'",
    "items by link": "select * from items where canonical_link = 'x'",
    "recent stories": "select * from stories where created_at >= '2026' and mode = 'forum'",
    "decisions": "select * from decisions where item_key = 'x'",
}


def fill(store: Store, count: int) -> None:
    """`count` old items, already decided (irrelevant), as after months of service."""
    batch = []
    for n in range(count):
        batch.append({"key": f"old{n:08d}", "feed": f"old{n % 2000}", "guid": f"g{n}",
                      "link": f"https://old.example/{n}", "canonical_link":
                      f"https://old.example/{n}", "title": f"Ancien article {n}",
                      "summary": "Texte " * 40, "published": "2025-01-01T00:00:00+00:00",
                      "first_seen": "2025-01-01T00:00:00+00:00", "content_hash": f"{n:016x}",
                      "relevant": 0, "score": 0.0, "match_json": "{}", "status": "irrelevant",
                      "reason": "old", "external_id": f"tpb-old{n}"})
        if len(batch) == 20000:
            with store.transaction():
                store.add_items(batch)
            batch = []
    if batch:
        with store.transaction():
            store.add_items(batch)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 100_000, 1_000_000])
    parser.add_argument("--feeds", type=int, default=200)
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)
    print(f"{'items in db':>12} {'cold pass':>10} {'warm pass':>10} {'peak RSS':>9}")
    for size in args.sizes:
        with ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
            urls = serve_feeds(stack, args.feeds, 30, 20, (0.0, 0.01), seed=size)
            config = load_config(write_config(Path(tmp) / "f.yaml", [
                {"name": f"f{n}", "url": u} for n, u in enumerate(urls)]))
            store = Store(Path(tmp) / "s.db")
            fill(store, size)
            started = time.perf_counter()
            run_pass(config, store, PreviewForum())
            cold = time.perf_counter() - started
            started = time.perf_counter()
            run_pass(config, store, PreviewForum())
            warm = time.perf_counter() - started
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"{size:>12,} {cold:>9.1f}s {warm:>9.1f}s {rss:>7.0f}MB", flush=True)
            if size == args.sizes[-1]:
                for name, sql in LOOKUPS.items():
                    plan = " ".join(r[-1] for r in store.db.execute(f"explain query plan {sql}"))
                    print(f"  {name:<15} {plan}")
                    assert "SCAN" not in plan.replace("USING INDEX", ""), (name, plan)
            store.close()


if __name__ == "__main__":
    main()
