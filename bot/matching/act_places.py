"""The communes a prefect's act covers (pure).

An act names its perimeter in what it decides ("sur le territoire de la commune de
Drap", "communes de Rennes, Cesson-Sévigné et Saint-Jacques-de-la-Lande"); the same
text also names the prefecture's own town (its address, "Fait à Rennes", the
administrative court for appeals) and streets named after other towns ("avenue de
Paris"). Names are looked up among the declared department's communes first, then
among its region's, and only in the title and the operative part (from `ARRÊTE :` on),
or the considérants when those name none.
"""
from __future__ import annotations

import re
from functools import lru_cache

from bot.matching.act_kinds import folded, operative_part
from bot.matching.communes import Commune, gazetteer
from bot.matching.places import PlaceMatch

# Words after which a name is a street, a building or an institution, not the place.
_NOT_PLACE_BEFORE = {
    "rue", "avenue", "av", "bd", "boulevard", "place", "quai", "chemin", "route", "allee",
    "allees", "impasse", "cours", "square", "pont", "porte", "parc", "gare", "stade", "lycee",
    "college", "ecole", "hopital", "residence", "zac", "za", "zi", "rocade", "autoroute",
    "esplanade", "parvis", "promenade", "faubourg", "chaussee", "canal", "aeroport",
}
_NOT_PLACE_PHRASES = (
    "tribunal administratif de", "tribunal administratif d", "fait a", "prefet de",
    "prefete de", "prefecture de", "sous prefecture de", "sous prefet de", "sous prefete de",
    "canton de", "cour administrative d appel de", "prefet d",
    "prefecture d", "sous prefecture d", "sous prefet d", "diocese de", "academie de",
    "rectorat de", "universite de", "cedex",
)
_ADDRESS_LINE = re.compile(r"cedex|t[ée]l[ée]?phone|t[ée]l\s*[.:]|courriel|www\.|@|"
                           r"adresse postale|standard", re.I)
# Lines, sentences and footer fields (`Préfecture – 3 avenue … – 35026 RENNES CEDEX`).
_SEGMENT = re.compile(r"\n|(?<=[.;])\s+(?=[A-ZÀ-Ý])|\s[–|]\s")
_LINKS = {"de", "du", "des", "d", "la", "le", "les", "l"}
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿŒœ0-9]+")
MAX_NAME_WORDS = 9


def act_communes(title: str, text: str, departement: str) -> list[PlaceMatch]:
    """The communes of `departement` (else of its region) the act's title and operative
    part name, in order of first mention; their evidence says where they were found
    ("département", "région", or "considérants" of the department)."""
    operative = operative_part(text)
    zones = [title, operative] if operative else [title, text]
    for where, codes in (("département", (departement,)), ("région", _region_of(departement))):
        found = _find(zones, codes)
        if not found and operative and where == "département":
            found = [PlaceMatch(p.commune, p.mention, "considérants")
                     for p in _find([text[:len(text) - len(operative)]], codes)]
        if found:
            return [PlaceMatch(p.commune, p.mention, where if p.evidence != "considérants"
                             else p.evidence) for p in found]
    return []


def _region_of(departement: str) -> tuple[str, ...]:
    places = gazetteer()
    region = places.departements.get(departement, ("", ""))[1]
    return tuple(code for code, (_, reg) in places.departements.items()
                 if reg == region and code != departement)


def _find(zones: list[str], departements: tuple[str, ...]) -> list[PlaceMatch]:
    index = _names(departements)
    found: dict[str, PlaceMatch] = {}
    for zone in zones:
        for line in _SEGMENT.split(zone):
            if _ADDRESS_LINE.search(line):
                continue  # the prefecture's address, a phone number: not the perimeter
            for place in _scan(line, index):
                found.setdefault(place.commune.code, place)
    return list(found.values())


def _scan(line: str, index: dict[str, list[Commune]]) -> list[PlaceMatch]:
    words = [(m.group(), m.start()) for m in _WORD.finditer(line)]
    keys = [_key(w) for w, _ in words]
    places = []
    start = 0
    while start < len(words):
        matched = 0
        if words[start][0][0].isupper():
            for length in range(min(MAX_NAME_WORDS, len(words) - start), 0, -1):
                communes = index.get(" ".join(keys[start:start + length]))
                if communes and len(communes) == 1 and not _not_place(keys, start, length):
                    end = words[start + length - 1][1] + len(words[start + length - 1][0])
                    places.append(PlaceMatch(communes[0], line[words[start][1]:end], "département"))
                    matched = length
                    break
        start += matched or 1
    return places


def _not_place(keys: list[str], start: int, length: int) -> bool:
    """A street, court, prefecture or address rather than the commune."""
    before = keys[max(0, start - 5):start]
    if before and before[-1] in _NOT_PLACE_BEFORE:
        return True
    if len(before) >= 2 and before[-1] in _LINKS and before[-2] in _NOT_PLACE_BEFORE:
        return True
    if len(before) >= 3 and before[-1] in _LINKS and before[-2] in _LINKS \
            and before[-3] in _NOT_PLACE_BEFORE:
        return True
    preceding = " ".join(before)
    if any(preceding.endswith(phrase) for phrase in _NOT_PLACE_PHRASES):
        return True
    after = keys[start + length:start + length + 2]
    return "cedex" in after


def _key(word: str) -> str:
    key = folded(word)
    return {"st": "saint", "ste": "sainte", "sts": "saints"}.get(key, key)


@lru_cache(maxsize=256)
def _names(departements: tuple[str, ...]) -> dict[str, list[Commune]]:
    """Normalised commune names of these departments (homonyms within them kept apart)."""
    index: dict[str, list[Commune]] = {}
    for commune in gazetteer().communes.values():
        if commune.departement in departements:
            key = " ".join(_key(w) for w in _WORD.findall(commune.name))
            index.setdefault(key, []).append(commune)
    return index
