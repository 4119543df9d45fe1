"""The matcher on the labelled sets written for the project (tests/data/written_*.jsonl):
items of the kinds the issue lists, in sentences of our own. Each set was measured
once before its errors were read (README, Matching); this guards what they taught."""
from __future__ import annotations

from pathlib import Path

from tests.benchmarks.eval_matcher import Pairs, load_items, run_matcher

SETS = sorted((Path(__file__).parent / "data").glob("written_*.jsonl"))


def test_the_written_sets_keep_their_figures():
    items = load_items(SETS)
    assert len(SETS) == 29 and len(items) > 900
    results, _ = run_matcher(items)
    wanted = [item["label"]["relevant"] for item in items]
    got = [result.relevant for result in results]
    hits = sum(g and w for g, w in zip(got, wanted))
    precision, recall = hits / sum(got), hits / sum(wanted)
    assert 2 * precision * recall / (precision + recall) >= 0.97
    pairs = Pairs()
    for item, result in zip(items, results):
        found = {p.commune.code for p in result.communes} if result.relevant else set()
        pairs.add(item, found, set(item["label"]["communes"]))
    assert pairs.right / (pairs.right + pairs.wrong) >= 0.96, pairs.notes
    assert pairs.right / (pairs.right + pairs.missed) >= 0.96, pairs.notes
