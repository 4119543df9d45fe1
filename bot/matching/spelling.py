"""Communes misspelt in a list of towns (pure): « Périgueux, Bergeac et Sarlat »
(Bergerac), « Labège ou Porter-sur-Garonne » (Portet-sur-Garonne).

Press and prefects' lists drop or swap a letter; a name no commune bears, written
between towns of one department and one letter away from one of its communes (or from one far more
populous than the others), is that commune; so is a city of 100,000 people or more one
letter away from a name listed beside any town (« Marseile, Nice et Toulouse »).
Nothing else is read as a misspelling: a name alone, a name beside towns of another
department one letter from a smaller town, a short one.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.matching.communes import CITY, gazetteer
from bot.matching.mention import Mention
from bot.matching.text import normalise

# A capitalised name, hyphenated or not (« Porter-sur-Garonne », « Saint-Albain »).
_NAME = re.compile(r"[A-ZÀ-Ý][a-zà-ÿœæ'’]+(?:[-‐‑][A-Za-zà-ÿÀ-Ýœæ'’]+)*")
# What separates two towns of a list, with their prepositions (« , », « et de », « ou à »).
_SEPARATOR = r"\s*(?:,|\bet\b|\bou\b)\s*(?:(?:de|à|a)\s+|d['’]|l['’])?"
_BEFORE = re.compile(_SEPARATOR + r"$")
_AFTER = re.compile(_SEPARATOR)
_DOMINANCE = 5  # how much more populous the likelier of two near names must be
_SHORTEST = 5  # letters: shorter names have too many neighbours one letter away


def respelled_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """The misspelt communes of `text`'s lists of towns, as mentions of the commune
    they stand for (each next to a town of `mentions` of one department)."""
    places = gazetteer()
    towns = [m for m in mentions if m.kind == "commune" and m.codes]
    if not towns:
        return mentions
    # a department's village read in a list of two names or more besides it; a city
    # beside one town is enough
    # the departments of the towns only one commune bears settle the others' homonyms
    # (« Pessac, Mérignac et Talense »: the Mérignac of the Gironde)
    settled = {places.communes[m.codes[0]].departement for m in towns if len(m.codes) == 1}
    found: list[Mention] = []
    taken = [(m.start, m.end) for m in mentions]
    for town in towns:
        departments = {places.communes[code].departement for code in town.codes}
        if len(departments) > 1:
            departments &= settled
        for name_start, name_end in _listed_beside(text, town):
            if any(start < name_end and name_start < end for start, end in taken):
                continue
            name = normalise(text[name_start:name_end], fold_accents=True)
            code = (_one_letter_away(name, next(iter(departments)))
                    if len(departments) == 1 and len(towns) >= 2 else None) \
                or _one_letter_from_a_city(name)
            if code:
                found.append(Mention(name_start, name_end, "commune", (code,),
                                     respelled=True))
                taken.append((name_start, name_end))
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


def _listed_beside(text: str, town: Mention) -> list[tuple[int, int]]:
    """The capitalised names just before and just after `town` in a list."""
    spans = []
    after = _AFTER.match(text, town.end)
    if after and after.end() > town.end and (name := _NAME.match(text, after.end())):
        spans.append(name.span())
    window = text[max(0, town.start - 60):town.start]
    before = _BEFORE.search(window)
    if before and before.start() < len(window):
        names = list(_NAME.finditer(window[:before.start()]))
        if names and names[-1].end() == before.start():
            offset = town.start - len(window)
            spans.append((names[-1].start() + offset, names[-1].end() + offset))
    return spans


def _one_letter_away(name: str, department: str | None) -> str | None:
    """The commune of `department` (of France, if None) whose name is `name` with one
    letter added, dropped, changed or two swapped; of several, one five times as
    populous as any other (« Bergeac » is Bergerac, 27,000 people, not Sergeac, 200);
    else None."""
    if sum(c.isalpha() for c in name) < _SHORTEST:
        return None
    names = _names_in(department) if department else _all_names()
    near = process.extract(name, names, scorer=OSA.distance,
                           score_cutoff=1, limit=None)
    if any(distance == 0 for _, distance, _ in near):  # a commune's own name
        return None
    communes = sorted((gazetteer().communes[code] for _, _, code in near),
                      key=lambda commune: -commune.population)
    if len(communes) > 1 and communes[0].population < _DOMINANCE * communes[1].population:
        return None
    return communes[0].code if communes else None


def _one_letter_from_a_city(name: str) -> str | None:
    """The city of CITY people or more whose name is `name` one letter away, five times
    as populous as any other commune so near (« Marseile, Nice et Toulouse »:
    Marseille; « Montpelier »: Montpellier, not Montélier)."""
    if sum(c.isalpha() for c in name) < _SHORTEST or not process.extractOne(
            name, _city_names(), scorer=OSA.distance, score_cutoff=1):
        return None  # (most names: no city that near, found among 40 names, not 35,000)
    code = _one_letter_away(name, None)
    return code if code and gazetteer().communes[code].population >= CITY else None


@lru_cache(maxsize=1)
def _city_names() -> dict[str, str]:
    """The names of the communes of CITY people or more (accents folded), by code."""
    return {code: name for code, name in _all_names().items()
            if gazetteer().communes[code].population >= CITY}


@lru_cache(maxsize=1)
def _all_names() -> dict[str, str]:
    """Every commune's name (accents folded), by code."""
    return {code: normalise(commune.name, fold_accents=True)
            for code, commune in gazetteer().communes.items()}


@lru_cache(maxsize=128)
def _names_in(department: str) -> dict[str, str]:
    """The names of `department`'s communes (accents folded), by code."""
    return {code: normalise(commune.name, fold_accents=True)
            for code, commune in gazetteer().communes.items()
            if commune.departement == department}
