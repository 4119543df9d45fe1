"""The place-name automata cached on disk between runs: same matches, and a cache file
anyone else could have written is never loaded."""
from __future__ import annotations

import os
import pickle
import subprocess
import sys

from tests.conftest import ROOT

FIND = ("from bot.matching.places import find_communes;"
        "print(sorted(m.commune.code for m in find_communes("
        "'La mairie de Saint-Denis (93) et celle de Marseille')))")


def run_find(cache) -> str:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    env.pop("CACHE_DIRECTORY", None)
    return subprocess.run([sys.executable, "-c", FIND], cwd=ROOT, env=env, check=True,
                          capture_output=True, text=True).stdout


def test_second_run_loads_the_cache_and_finds_the_same_communes(tmp_path):
    first = run_find(tmp_path)
    files = list((tmp_path / "technopolice-bot").glob("places-*.pickle"))
    assert len(files) == 1 and oct(files[0].stat().st_mode & 0o777) == "0o600"
    assert run_find(tmp_path) == first == "['13055', '93066']\n"


def test_a_cache_file_others_may_write_is_ignored(tmp_path):
    run_find(tmp_path)
    (cached,) = (tmp_path / "technopolice-bot").glob("places-*.pickle")
    cached.write_bytes(pickle.dumps(("planted", "by someone else")))
    cached.chmod(0o666)
    assert run_find(tmp_path) == "['13055', '93066']\n"  # rebuilt, not loaded


def test_an_unusable_cache_directory_only_costs_time(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("the cache directory cannot be created under a file")
    assert run_find(blocker) == "['13055', '93066']\n"
