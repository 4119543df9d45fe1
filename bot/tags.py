"""Forum tags derived from commune names (pure, deterministic)."""
from __future__ import annotations

from functools import lru_cache

from slugify import slugify

from bot.communes import Commune, gazetteer
from bot.config import ForumConfig

_ABBREVIATIONS = (("sainte-", "ste-"), ("saint-", "st-"))


@lru_cache(maxsize=1)
def _homonym_names() -> frozenset[str]:
    seen: set[str] = set()
    shared: set[str] = set()
    for commune in gazetteer().communes.values():
        key = slugify(commune.name)
        (shared if key in seen else seen).add(key)
    return frozenset(shared)


def commune_tag(commune: Commune, forum: ForumConfig) -> str:
    """A readable tag: the slugified name, with the department code for shared names,
    shortened (St/Ste, then whole words) to fit the forum's tag length."""
    override = forum.tag_overrides.get(commune.code)
    if override:
        return override
    return _derive(commune.name, commune.departement, forum.max_tag_length)


@lru_cache(maxsize=4096)
def _derive(name: str, departement: str, max_length: int) -> str:
    base = slugify(name)
    suffix = f"-{departement.lower()}" if base in _homonym_names() else ""
    room = max_length - len(suffix)
    if len(base) > room:
        for long, short in _ABBREVIATIONS:
            base = base.replace(long, short)
    if len(base) > room:
        words = base.split("-")
        while len(words) > 1 and len("-".join(words)) > room:
            words.pop()
        base = "-".join(words)[:room].rstrip("-")
    return base + suffix
