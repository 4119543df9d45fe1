"""Forum tags derived from commune names (pure, deterministic, unique).

A town's tag is its python-slugify slug; names shared by several communes get the
department code (`saint-denis-93`). A tag too long for the forum is shortened so that
it still reads as the town: Saint → st, Sainte → ste, then little words dropped
(chatillon-chalaronne), then its longest words cut; only if that form is taken by
another commune, or still too long, whole words are dropped and the INSEE code
appended, so two shortened names can never collide.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Mapping, Protocol

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


def within_limit(towns: Iterable[str], extra: list[str], max_tags: int) -> tuple[str, ...]:
    """Town tags first, as many as leave room for `extra` (theme, triage), then `extra`;
    no tag twice, at most `max_tags`."""
    room = max(max_tags - len(extra), 0)
    chosen = list(dict.fromkeys(towns))[:room] + extra
    return tuple(dict.fromkeys(chosen))[:max_tags]


@lru_cache(maxsize=8192)
def derive_tag(name: str, departement: str, code: str, shared: int, max_length: int) -> str:
    """See the module docstring; `shared` comes from the data file."""
    slug = slugify(name)
    fitting, suffix = _fitting(slug, departement, code, shared, max_length)
    if fitting is not None:
        return fitting
    readable = _readable(slug, suffix, max_length)
    if readable is not None and _readable_owners(max_length).get(readable) == 1:
        return readable
    suffix = f"-{code.lower()}"
    words = _abbreviated(slug).split("-")
    while len(words) > 1 and len("-".join(words)) + len(suffix) > max_length:
        words.pop()
    return "-".join(words)[:max(max_length - len(suffix), 1)].rstrip("-") + suffix


def _fitting(slug: str, departement: str, code: str, shared: int,
             max_length: int) -> tuple[str | None, str]:
    """The full slug (Saint abbreviated if needed) with its suffix if it fits, and the
    suffix."""
    suffix = {0: "", 1: f"-{departement.lower()}"}.get(shared, f"-{code.lower()}")
    for candidate in (slug, _abbreviated(slug)):
        if len(candidate) + len(suffix) <= max_length:
            return candidate + suffix, suffix
    return None, suffix


def _abbreviated(slug: str) -> str:
    for long, short in _ABBREVIATIONS:
        slug = slug.replace(long, short)
    return slug


# Little words dropped first when a name is too long ("Châtillon-sur-Chalaronne" →
# chatillon-chalaronne): the rest still reads as the town.
_PARTICLES = {"de", "du", "des", "la", "le", "les", "l", "d", "sur", "sous", "en", "et", "lès",
              "lez", "aux", "au", "a"}
MIN_WORD = 4  # letters a shortened word keeps at least


def _readable(slug: str, suffix: str, max_length: int) -> str | None:
    """The name without its little words, its longest words then cut letter by letter
    (never below MIN_WORD), with its suffix; None if it still does not fit."""
    words = _abbreviated(slug).split("-")
    words = words[:1] + [w for w in words[1:] if w not in _PARTICLES]
    room = max_length - len(suffix)
    while len("-".join(words)) > room:
        longest = max(range(len(words)), key=lambda i: len(words[i]))
        if len(words[longest]) <= MIN_WORD:
            return None
        words[longest] = words[longest][:-1]
    return "-".join(words) + suffix


@lru_cache(maxsize=4)
def _readable_owners(max_length: int) -> dict[str, int]:
    """How many communes each tag would name if every long name took its readable
    form: a form two communes (or a commune's full tag) share falls back to the
    INSEE code. Computed once per data version and tag length (disk cache)."""
    from bot.matching.automata_cache import cached
    from bot.matching.communes import gazetteer

    def build() -> dict[str, int]:
        owners: dict[str, int] = {}
        for commune in gazetteer().communes.values():
            slug = slugify(commune.name)
            fitting, suffix = _fitting(slug, commune.departement, commune.code,
                                       commune.slug_shared, max_length)
            tag = fitting or _readable(slug, suffix, max_length)
            if tag is not None:
                owners[tag] = owners.get(tag, 0) + 1
        return owners

    return cached(f"tags{max_length}", build)
