"""A disk cache for the place-name automata: built from ~35,000 communes they take half a
second, loaded they take a twentieth, and a cron job starts the bot every few minutes.

The file is keyed by everything the automata are built from (the commune data, the code
that derives the names, pyahocorasick's version); it is only read if this user owns it
and nobody else may write it (it is a pickle). Any problem means: build, as without it.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import stat
import tempfile
from importlib import metadata, resources
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    """systemd's CacheDirectory=, else $XDG_CACHE_HOME, else ~/.cache."""
    if os.environ.get("CACHE_DIRECTORY"):
        return Path(os.environ["CACHE_DIRECTORY"].split(":")[0])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "technopolice-bot"


# The modules the cached tables are built by (places.py and what it imports of the
# bot; tags.py for the shortened tags' owners):
# a change to any of them must not load automata an older version built.
KEYED_MODULES = ("places.py", "text.py", "communes.py", "tags.py", "automata_cache.py",
                 "commune_evidence.py", "place_signals.py", "homonyms.py",
                 "mention.py", "not_the_place.py", "short_forms.py", "link_places.py",
                 "demonyms.py", "vocabulary.py", "spelling.py")


def _key() -> str:
    digest = hashlib.sha256()
    digest.update(resources.files("bot.matching.data").joinpath("communes.json.gz").read_bytes())
    for module in KEYED_MODULES:
        digest.update(resources.files("bot.matching").joinpath(module).read_bytes())
    digest.update(metadata.version("pyahocorasick").encode())
    return digest.hexdigest()[:24]


def cached(name: str, build: Callable[[], T]) -> T:
    """`build()`'s result, from the cache when a valid copy is there."""
    try:
        path = cache_dir() / f"{name}-{_key()}.pickle"
    except (OSError, RuntimeError, metadata.PackageNotFoundError):
        return build()
    value = _load(path)
    if value is not None:
        return value
    value = build()
    _save(path, value)
    return value


def _load(path: Path):
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if info.st_uid != os.getuid() or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
                return None
            return pickle.load(handle)
    except Exception:  # noqa: BLE001 - missing, torn or foreign: build instead
        return None


def _save(path: Path, value: object) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        for old in path.parent.glob(path.name.split("-")[0] + "-*.pickle"):
            old.unlink(missing_ok=True)  # earlier versions' files
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except OSError:
        pass  # a read-only home: build every time, as before
