"""Find French communes named in a text (pure: no I/O beyond the cached gazetteer).

One Aho-Corasick automaton over every commune, department and region name finds all
mentions in one pass; the longest mention wins; homonyms are settled by context (the
feed's scope, departments, regions or postcodes named in the text, other towns
nearby) and, last, by population. Names that are also ordinary words need evidence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from bot.communes import Commune, Gazetteer, gazetteer
from bot.text import is_word_char, normalise

# Words that, just before a name, show it is used as a place.
_LOCATIVE = {"à", "a", "de", "d'", "sur", "vers", "depuis", "au", "aux", "en"}
# "rue de Paris", "Porte de Paris": a street or landmark, not the town.
_STREET_WORDS = {"rue", "avenue", "boulevard", "bd", "place", "quai", "allée", "impasse",
                 "chemin", "route", "porte", "gare", "cours", "square", "pont", "faubourg"}
_REGION_ALIASES = {"réunion": "04", "paca": "93", "région sud": "93", "corse": "94"}
_DEPT_NUMBER = re.compile(r"\((\d{2}|2[ab]|97\d)\)")
_POSTCODE = re.compile(r"(?<!\d)(\d{5})(?!\d)")


@dataclass(frozen=True)
class PlaceMatch:
    """A commune recognised in a text, with the evidence that decided it."""

    commune: Commune
    mention: str
    evidence: str


@dataclass(frozen=True)
class Scope:
    """What a feed declares about where its items are."""

    commune: str | None = None
    departement: str | None = None
    region: str | None = None


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    kind: str  # commune | departement | region | arrondissement
    codes: tuple[str, ...]


def _name_variants(name: str) -> set[str]:
    """Spellings of a commune name seen in the press: St/Ste, au/du/aux/des."""
    base = normalise(name)
    variants = {base}
    for long, short in (("saint ", "st "), ("sainte ", "ste ")):
        if base.startswith(long):
            variants.add(short + base[len(long):])
    for article, contracted in (("le ", ("au ", "du ")), ("les ", ("aux ", "des "))):
        if base.startswith(article):
            variants.update(c + base[len(article):] for c in contracted)
    return variants


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    places = gazetteer()
    entries: dict[str, dict[tuple[str, str], None]] = {}

    def add(pattern: str, kind: str, code: str) -> None:
        entries.setdefault(pattern, {})[(kind, code)] = None

    for commune in places.communes.values():
        for variant in _name_variants(commune.name):
            add(variant, "commune", commune.code)
    for code, (name, parent) in places.arrondissements.items():
        city, number = name.split(" ")[0], name.split(" ")[1]
        for pattern in (normalise(name), f"{normalise(city)} {number}",
                        f"{number} arrondissement de {normalise(city)}"):
            add(pattern, "arrondissement", parent)
    for code, (name, _) in places.departements.items():
        add(normalise(name), "departement", code)
    for code, name in places.regions.items():
        add(normalise(name), "region", code)
    for alias, code in _REGION_ALIASES.items():
        add(alias, "region", code)
    automaton = ahocorasick.Automaton()
    for pattern, kinds in entries.items():
        automaton.add_word(pattern, (len(pattern), tuple(kinds)))
    automaton.make_automaton()
    return automaton


def _mentions(text: str, folded: str) -> list[_Mention]:
    """All capitalised, word-bounded mentions; overlapping ones resolved longest-first."""
    found = []
    for end_index, (length, kinds) in _automaton().iter(folded):
        start, end = end_index - length + 1, end_index + 1
        if start > 0 and is_word_char(folded[start - 1]):
            continue
        if end < len(folded) and is_word_char(folded[end]):
            continue
        if not any(c.isupper() for c in text[start:end]):
            continue
        # Department and region names beat a commune of the same span ("La Réunion").
        for kind in ("region", "departement", "arrondissement", "commune"):
            codes = tuple(code for k, code in kinds if k == kind)
            if codes:
                found.append(_Mention(start, end, kind, codes))
                break
    found.sort(key=lambda m: (-(m.end - m.start), m.start))
    chosen: list[_Mention] = []
    for mention in found:
        if all(mention.end <= c.start or mention.start >= c.end for c in chosen):
            chosen.append(mention)
    return sorted(chosen, key=lambda m: m.start)


def _previous_words(folded: str, start: int, count: int = 2) -> list[str]:
    """The `count` words before `start`, nearest last ("d'" kept as a word)."""
    before = folded[max(0, start - 40):start]
    before = before.replace("'", "' ")
    return before.split()[-count:]


def _context(text: str, folded: str, mentions: list[_Mention], places: Gazetteer,
             scope: Scope) -> tuple[set[str], set[str], set[str]]:
    """Departments, regions and postcodes that the text or the feed points to."""
    departements = {m.codes[0] for m in mentions if m.kind == "departement"}
    regions = {m.codes[0] for m in mentions if m.kind == "region"}
    departements.update(n.upper() for n in _DEPT_NUMBER.findall(folded)
                        if n.upper() in places.departements)
    postcodes = {p for p in _POSTCODE.findall(text) if p in places.by_postcode}
    if scope.departement:
        departements.add(scope.departement)
    if scope.region:
        regions.add(scope.region)
    regions.update(places.departements[d][1] for d in departements if d in places.departements)
    return departements, regions, postcodes


def _choose(candidates: list[Commune], departements: set[str], regions: set[str],
            postcodes: set[str], neighbours: set[str], scope: Scope) -> tuple[Commune, str]:
    """Pick one homonym and say which evidence decided."""
    if len(candidates) == 1:
        return candidates[0], "unique"
    for commune in candidates:
        if commune.code == scope.commune:
            return commune, "feed scope"
    tests = (
        ("postcode", lambda c: bool(postcodes.intersection(c.postcodes))),
        ("departement", lambda c: c.departement in departements),
        ("region", lambda c: c.region in regions),
        ("nearby commune", lambda c: c.departement in neighbours),
    )
    for evidence, test in tests:
        hits = [c for c in candidates if test(c)]
        if hits:
            return max(hits, key=lambda c: c.population), evidence
    return max(candidates, key=lambda c: c.population), "population"


def find_communes(text: str, scope: Scope = Scope()) -> list[PlaceMatch]:
    """Communes named in `text`, in order of first mention, each once."""
    places = gazetteer()
    folded = normalise(text)
    mentions = _mentions(text, folded)
    departements, regions, postcodes = _context(text, folded, mentions, places, scope)
    unambiguous = {places.communes[m.codes[0]].departement for m in mentions
                   if m.kind in ("commune", "arrondissement") and len(m.codes) == 1
                   and not places.communes[m.codes[0]].risky}
    results: dict[str, PlaceMatch] = {}
    for mention in mentions:
        if mention.kind not in ("commune", "arrondissement"):
            continue
        words = _previous_words(folded, mention.start)
        if len(words) == 2 and words[0] in _STREET_WORDS and words[1] in {"de", "d'", "du"}:
            continue
        candidates = [places.communes[c] for c in mention.codes]
        commune, evidence = _choose(candidates, departements, regions, postcodes,
                                    unambiguous, scope)
        if mention.kind == "arrondissement":
            evidence = "arrondissement"
        elif commune.risky and not _has_place_evidence(commune, evidence, words, scope,
                                                       departements, postcodes):
            continue
        if commune.code not in results:
            results[commune.code] = PlaceMatch(commune, text[mention.start:mention.end], evidence)
    return list(results.values())


def _has_place_evidence(commune: Commune, evidence: str, words: list[str], scope: Scope,
                        departements: set[str], postcodes: set[str]) -> bool:
    """A name that is also a word counts only when something shows it is the town."""
    if evidence in ("feed scope", "postcode"):
        return True
    if commune.code == scope.commune or commune.departement in departements:
        return True
    if postcodes.intersection(commune.postcodes):
        return True
    return bool(words) and words[-1] in _LOCATIVE
