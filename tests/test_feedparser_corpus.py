"""feedparser's own real-world and ill-formed sample feeds (~2,200 files from its sdist,
fetched from PyPI at test time, MIT-style licence) served over HTTP and run through the
real pass: none may crash it, and every failure is reported."""
from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from datetime import datetime, timezone
from importlib.metadata import version
from pathlib import Path

import pytest

from bot.config import load_config
from bot.forum.preview import PreviewForum
from bot.pipeline import run_pass
from bot.state.store import Store
from tests.conftest import write_config

CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "technopolice-bot"
FOLDERS = ("illformed", "wellformed", "encoding", "entities", "http", "compression")


def corpus() -> list[Path]:
    """The sample files of the installed feedparser's sdist (downloaded once)."""
    release = version("feedparser")
    root = CACHE / f"feedparser-{release}"
    if not (root / "tests").is_dir():
        CACHE.mkdir(parents=True, exist_ok=True)
        result = subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                                 "--no-binary", ":all:", f"feedparser=={release}", "-d",
                                 str(CACHE)], capture_output=True, text=True)
        archive = CACHE / f"feedparser-{release}.tar.gz"
        if result.returncode != 0 or not archive.exists():
            message = f"cannot download feedparser's sdist: {result.stderr[-300:]}"
            if os.environ.get("CI"):
                pytest.fail(message)
            pytest.skip(message)
        with tarfile.open(archive) as tar:
            tar.extractall(CACHE, filter="data")
    return sorted(p for folder in FOLDERS for p in (root / "tests" / folder).rglob("*")
                  if p.is_file())


def test_feedparser_samples_never_crash_the_pass(feeds, tmp_path):
    files = corpus()
    assert len(files) > 2000
    entries = []
    for number, path in enumerate(files):
        content_type = "application/xml" if path.suffix != ".gz" else "application/gzip"
        url = feeds.serve(f"/{number}", path.read_bytes(), content_type=content_type)
        entries.append({"name": f"f{number}", "url": url})
    config = load_config(write_config(tmp_path / "feeds.yaml", entries))
    store = Store(tmp_path / "state.db")
    report = run_pass(config, store, PreviewForum(), now=datetime.now(timezone.utc))

    assert len(report.feeds) == len(files)  # no crash: every feed had its turn
    failed = [f for f in report.feeds if not f.ok]
    assert all(f.error for f in failed)
    recorded = {row["name"]: row for row in store.feeds()}
    assert all(recorded[f.feed]["last_error"] for f in failed)
    print(f"\nfeedparser corpus: {len(files)} feeds, {len(failed)} reported as failing, "
          f"0 crashes, {report.total('new_items')} items stored")
