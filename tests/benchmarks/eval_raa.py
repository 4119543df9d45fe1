"""Quality of the act matcher on the labelled acts of tests/data/.

    python -m tests.benchmarks.eval_raa            # both parts, figures only
    python -m tests.benchmarks.eval_raa --errors dev   # the dev part's errors

The held-out part was written after the rules and is only measured: print its errors
only to report them, never to write rules from them.
"""
from __future__ import annotations

import argparse

from tests.raa_labels import PARTS, load, score


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", choices=sorted(PARTS), help="list this part's errors")
    args = parser.parse_args()
    for part in PARTS:
        if not PARTS[part].exists():
            continue
        acts = load(part)
        scores, errors = score(acts)
        figures = " ".join(f"{k}={v:.3f}" for k, v in scores.figures().items())
        print(f"{part:8} acts={len(acts):3} relevant={sum(1 for a in acts if a.kind):3} "
              f"{figures} kind_errors={scores.kind_errors}")
        if args.errors == part:
            for line in errors:
                print("   ", line)


if __name__ == "__main__":
    main()
