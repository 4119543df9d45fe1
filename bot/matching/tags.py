"""Forum tags derived from commune names (pure, deterministic, unique).

A town's tag is its python-slugify slug; names shared by several communes get the
department code (`saint-denis-93`). A tag too long for the forum is shortened
(Saint → st, Sainte → ste); if it still does not fit, whole words are dropped and the
INSEE code is appended, so two shortened names can never collide.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Mapping, Protocol

from slugify import slugify

from bot.matching.communes import Commune

_ABBREVIATIONS = (("sainte-", "ste-"), ("saint-", "st-"))


class TagSettings(Protocol):
    """The rules forum tags follow (feeds.yaml's `forum:` section provides them)."""

    @property
    def tag_overrides(self) -> Mapping[str, str]: ...

    @property
    def max_tag_length(self) -> int: ...

    @property
    def max_tags(self) -> int: ...

    @property
    def theme_tags(self) -> bool: ...

    @property
    def triage_tag(self) -> str: ...


def commune_tag(commune: Commune, forum: TagSettings) -> str:
    """The tag of a commune, honouring the maintainers' overrides."""
    override = forum.tag_overrides.get(commune.code)
    if override:
        return override
    return derive_tag(commune.name, commune.departement, commune.code, commune.slug_shared,
                      forum.max_tag_length)


@lru_cache(maxsize=8192)
def derive_tag(name: str, departement: str, code: str, shared: int, max_length: int) -> str:
    """See the module docstring; `shared` comes from the data file."""
    base = slugify(name)
    suffix = {0: "", 1: f"-{departement.lower()}"}.get(shared, f"-{code.lower()}")
    if len(base) + len(suffix) <= max_length:
        return base + suffix
    for long, short in _ABBREVIATIONS:
        base = base.replace(long, short)
    if len(base) + len(suffix) <= max_length:
        return base + suffix
    suffix = f"-{code.lower()}"
    words = base.split("-")
    while len(words) > 1 and len("-".join(words)) + len(suffix) > max_length:
        words.pop()
    return "-".join(words)[:max(max_length - len(suffix), 1)].rstrip("-") + suffix
