#!/usr/bin/env python3
"""Measure the matcher on the labelled dev set (../shared/eval/dev.jsonl by default).

    python tests/benchmarks/eval_matcher.py [--data PATH] [--quiet]

Prints relevance precision/recall/F1, commune precision/recall over (item, INSEE code)
pairs, items per second, and lists misses and false alarms. The matcher sees only
title, summary, link, published and scope.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from bot.config import ForumConfig, MatchingConfig
from bot.matcher import MatchInput, match_item
from bot.places import Scope

DEFAULT_DATA = Path(__file__).resolve().parents[3] / "shared" / "eval" / "dev.jsonl"


def ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--quiet", action="store_true", help="figures only")
    args = parser.parse_args()
    items = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line]
    matching, forum = MatchingConfig(), ForumConfig()
    match_item(MatchInput("Vidéosurveillance algorithmique à Paris", ""), matching, forum)  # warm-up
    started = time.perf_counter()
    results = []
    for item in items:
        scope = Scope(commune=(item.get("scope") or {}).get("commune"))
        results.append(match_item(MatchInput(item["title"], item["summary"],
                                             item.get("feed_kind", "press"), scope),
                                  matching, forum))
    elapsed = time.perf_counter() - started
    tp = fp = fn = 0
    pair_tp = pair_fp = pair_fn = 0
    notes = []
    for item, result in zip(items, results):
        label = item["label"]
        got = {p.commune.code for p in result.communes} if result.relevant else set()
        want = set(label["communes"])
        if result.relevant and label["relevant"]:
            tp += 1
        elif result.relevant:
            fp += 1
            notes.append(f"FALSE ALARM {item['id']} score={result.relevance.score}: {item['title']}")
        elif label["relevant"]:
            fn += 1
            notes.append(f"MISS        {item['id']} score={result.relevance.score}: {item['title']}")
        pair_tp += len(got & want)
        pair_fp += len(got - want)
        pair_fn += len(want - got)
        if got != want:
            notes.append(f"COMMUNES    {item['id']} got={sorted(got)} want={sorted(want)}: "
                         f"{item['title']}")
    precision, recall = ratio(tp, tp + fp), ratio(tp, tp + fn)
    f1 = ratio(2 * precision * recall, precision + recall)
    if not args.quiet:
        print("\n".join(notes))
    print(f"items: {len(items)}  ({len(items) / elapsed:,.0f} items/s)")
    print(f"relevance: precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    print(f"communes:  precision {ratio(pair_tp, pair_tp + pair_fp):.3f}  "
          f"recall {ratio(pair_tp, pair_tp + pair_fn):.3f}  "
          f"({pair_tp} right, {pair_fp} wrong, {pair_fn} missed pairs)")


if __name__ == "__main__":
    main()
