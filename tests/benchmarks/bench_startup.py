#!/usr/bin/env python3
"""Start-up and memory: time from process start to the first feed request, time until
the matcher is ready (full commune list and automata loaded), and peak RSS of a
`run --once` pass over N feeds (warm: the second pass, everything answers 304).

    python -m tests.benchmarks.bench_startup [--feeds 5000] [--python PATH]

--python runs the bot with another interpreter, e.g. a virtualenv holding only the bot
(`pip install .`): the bench extras bring numpy (for spaCy), which sqlite-utils then
imports, and which a production install does not have.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

from bot.sandbox.feeds import FeedHost
from tests.benchmarks.feedgen import serve_feeds
from tests.conftest import ROOT, preview_env, write_config

BOT_PYTHON = sys.executable

READY = ("import time; t = time.perf_counter(); from bot.matching.matcher import MatchInput, match_item;"
         "from bot.config import MatchingConfig, ForumConfig;"
         "match_item(MatchInput('La VSA à Paris', ''), MatchingConfig(), ForumConfig());"
         "print(time.perf_counter() - t)")


def first_request_delay(config: Path, db: Path, host) -> float:
    host.requests.clear()
    started = time.time()
    process = subprocess.Popen([BOT_PYTHON, "-m", "bot", "run", "--once", "--config",
                                str(config), "--db", str(db)], cwd=ROOT, env=preview_env(),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while not host.requests and process.poll() is None:
        time.sleep(0.002)
    delay = time.time() - started
    process.wait()
    return delay


def _tree(pid: int) -> list[int]:
    """`pid` and all its descendants (the bot and its parsing processes)."""
    parents: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    tree, todo = [], [pid]
    while todo:
        current = todo.pop()
        tree.append(current)
        todo.extend(parents.get(current, []))
    return tree


def _rss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def peak_rss_mb(config: Path, db: Path) -> tuple[float, float]:
    """(seconds, peak RSS in MB summed over the bot's processes) of one `run --once`,
    sampled every 20 ms."""
    started = time.perf_counter()
    process = subprocess.Popen([BOT_PYTHON, "-m", "bot", "run", "--once", "--config",
                                str(config), "--db", str(db)], cwd=ROOT, env=preview_env(),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0.0
    while process.poll() is None:
        peak = max(peak, _rss_mb(_tree(process.pid)))
        time.sleep(0.02)
    assert process.returncode == 0
    return time.perf_counter() - started, peak


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--feeds", type=int, default=5000)
    parser.add_argument("--python", default=sys.executable,
                        help="the interpreter that runs the bot (default: this one)")
    args = parser.parse_args()
    global BOT_PYTHON
    BOT_PYTHON = args.python
    with ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        host = stack.enter_context(FeedHost())
        url = host.serve("/f.xml", "<rss version='2.0'><channel><title>t</title></channel></rss>")
        one = write_config(tmp_path / "one.yaml", [{"name": "f", "url": url}])
        delays = [first_request_delay(one, tmp_path / "one.db", host) for _ in range(5)]
        ready = [float(subprocess.run([BOT_PYTHON, "-c", READY], cwd=ROOT,
                                      capture_output=True, text=True).stdout) for _ in range(3)]
        print(f"process start → first feed request: median {sorted(delays)[2]:.2f} s")
        print(f"matcher ready (communes + automata): median {sorted(ready)[1]:.2f} s")
        many = serve_feeds(stack, args.feeds, 30, 50, (0.05, 0.2), seed=11)
        config = write_config(tmp_path / "many.yaml", [{"name": f"f{n}", "url": u}
                                                       for n, u in enumerate(many)])
        cold = peak_rss_mb(config, tmp_path / "many.db")
        warm = peak_rss_mb(config, tmp_path / "many.db")
        print(f"{args.feeds} feeds, run --once: cold {cold[0]:.0f} s, peak RSS {cold[1]:.0f} MB; "
              f"warm {warm[0]:.0f} s, peak RSS {warm[1]:.0f} MB (all the bot's processes)")


if __name__ == "__main__":
    main()
