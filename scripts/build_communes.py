#!/usr/bin/env python3
"""Build bot/matching/data/communes.json.gz from the npm package @etalab/decoupage-administratif.

Usage:
    python scripts/build_communes.py            # downloads the packages with `npm pack`
    python scripts/build_communes.py --from DIR --history DIR2
        # DIR holds the package's data/*.json, DIR2 those of @etalab/cog@0.1.0

The output is a compact, gzip'd JSON document shipped inside the package:
communes (current INSEE communes), Paris/Lyon/Marseille arrondissements pointing to
their commune, other names of communes (former communes merged into a current one:
Bellegarde-sur-Valserine, now Valserhône; a large town's parts named in the 2018 list,
merged since or absorbed long ago: Courcouronnes; names without their article: Louroux)
pointing to it, departments and regions. Each commune carries a `risky` flag computed
from French word frequencies (wordfreq) and first names (gender-guesser's name list):
its name is also an ordinary word or first name, so the matcher needs evidence before
tagging it. The French names of foreign
countries (Babel's CLDR data) let the matcher tell foreign-only stories apart. Towns of
20,000 or more get their regular demonym when word frequencies show French text uses it
(« marseillais »; see `demonyms`).
"""
from __future__ import annotations

import argparse
import gzip
import json
import math
import re
import subprocess
import tarfile
import tempfile
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from pathlib import Path

from bot.matching.communes import RISKY, RISKY_WITHOUT_ACCENTS  # the data's risk codes

PACKAGE = "@etalab/decoupage-administratif"
# The 2018 Code officiel géographique: communes merged since then without keeping a
# commune déléguée (Courcouronnes, Olonne-sur-Mer), and older ones absorbed long ago
# (Octeville), each with the code the current data's `anciensCodes` or the absorbing
# commune leads to.
HISTORY_PACKAGE = "@etalab/cog@0.1.0"
OUTPUT = (Path(__file__).resolve().parent.parent / "bot" / "matching" / "data"
          / "communes.json.gz")
# The intercommunalities' names (EPCI and Paris's EPT), one per line: the matcher's probe
# writes stories naming them (tests/benchmarks/probe_matcher.py intercommunalities).
INTERCOMMUNALITIES = (Path(__file__).resolve().parent.parent / "tests" / "data"
                      / "intercommunalities.txt")
# A one-word name is "risky" (also an ordinary word) when its lower-case form is a
# French dictionary word (Debian's wfrench list) or a frequent English word, and that
# form is frequent enough to show up in news (Zipf scale: 3 = once per million words).
FRENCH_WORDS = Path("/usr/share/dict/french")
RISKY_ZIPF = 3.0
# A dictionary word is a risky town name when it is this much more frequent (Zipf) than
# towns of its size are (about 1.2 standard deviations of the fitted line).
WORD_EXCESS = 0.6
FIRST_NAME_FREQUENCY = 3  # on gender-guesser's scale of 1 (rare) to 13
ARTICLE = re.compile(r"^(?:(?:Le|La|Les)\s+|L')")
SHORT_FORM_MIN = 3_000  # towns the press calls by a short form (Saint-Dié, Lons, Le Touquet)


def fetch_package(workdir: Path, package: str = PACKAGE) -> Path:
    """Download and unpack an npm package; return its data directory."""
    workdir.mkdir(parents=True, exist_ok=True)
    subprocess.run(["npm", "pack", package, "--silent"], cwd=workdir, check=True,
                   stdout=subprocess.DEVNULL)
    tarball = next(workdir.glob("*.tgz"))
    with tarfile.open(tarball) as tar:
        tar.extractall(workdir, filter="data")
    return workdir / "package" / "data"


def load_dictionary() -> frozenset[str]:
    """Lower-case French words (apt-get install wfrench)."""
    if not FRENCH_WORDS.exists():
        raise SystemExit(f"{FRENCH_WORDS} is missing: apt-get install wfrench")
    words = FRENCH_WORDS.read_text(encoding="utf-8").split()
    return frozenset(w for w in words if w.islower())


@lru_cache(maxsize=1)
def french_first_names() -> frozenset[str]:
    """First names fairly common in France: the gender-guesser package's name list
    (its France column rates each name from 1, rare, to 13, extremely common)."""
    import gender_guesser

    lines = (resources.files(gender_guesser).joinpath("data", "nam_dict.txt")
             .read_text(encoding="utf-8").splitlines())  # UTF-8, accents included
    header = next(i for i, line in enumerate(lines) if line.startswith("#") and "France" in line)
    column = lines[header + 1].index("|")
    names = set()
    for line in lines:
        if line and not line.startswith("#") and len(line) > column \
                and line[column].strip() and int(line[column], 16) >= FIRST_NAME_FREQUENCY:
            names.add(line[3:29].strip())
    return frozenset(names)


def frequent_single_word(name: str) -> bool:
    """A one-word name that French text uses often (Zipf ≥ RISKY_ZIPF), whatever for."""
    from wordfreq import zipf_frequency

    return not re.search(r"[\s\-']", name) and zipf_frequency(name.lower(), "fr") >= RISKY_ZIPF


def is_risky(name: str, dictionary: frozenset[str], town_frequency: float | None = None) -> bool:
    """True when a one-word name is also a frequent ordinary word or first name.

    Word frequencies ignore case, so a town's own mentions count as its word's: with
    `town_frequency` (what the press gives a town of its size, see `town_frequencies`),
    a dictionary word is risky only when it is that much more frequent than the town
    explains (« plaisir », « tours »: yes; « sarcelles », « limoges »: no)."""
    from wordfreq import zipf_frequency

    if " " in name or "-" in name or "'" in name:
        return False
    if name in french_first_names():
        return True
    word = name.lower()
    frequency = zipf_frequency(word, "fr")
    if word in dictionary and frequency >= RISKY_ZIPF and (
            town_frequency is None or frequency - town_frequency > WORD_EXCESS):
        return True
    return zipf_frequency(word, "en") >= 4.0 and frequency >= RISKY_ZIPF


def risk_of(name: str, dictionary: frozenset[str], town_frequency: float) -> int:
    """RISKY when the name is also a frequent word or first name; RISKY_WITHOUT_ACCENTS
    when only its unaccented form is (« Cellé », « Villé », « Mairé »: the press's
    « Celle du quartier… », « Ville de… » match them once accents are folded); else 0."""
    if is_risky(name, dictionary, town_frequency):
        return RISKY
    from bot.matching.text import normalise  # the matcher's own folding

    bare = normalise(name, fold_accents=True)
    if bare != name.lower() and is_risky(bare.capitalize(), dictionary, town_frequency):
        return RISKY_WITHOUT_ACCENTS
    return 0


def town_frequencies(communes: list[list], dictionary: frozenset[str]) -> Callable[[int], float]:
    """How frequent (Zipf) the press makes a town's name, by the town's size: a line
    fitted on one-word names of towns of 3,000 or more that are no dictionary word and
    no first name (their frequency is the town's alone)."""
    from wordfreq import zipf_frequency

    points = []
    for _, name, _, _, population, *_ in communes:
        word = name.lower()
        if population >= 3_000 and not re.search(r"[\s'-]", name) \
                and word not in dictionary and name not in french_first_names():
            if (frequency := zipf_frequency(word, "fr")) > 0:
                points.append((math.log10(population), frequency))
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in points) \
        / sum((x - mean_x) ** 2 for x, _ in points)
    return lambda population: mean_y + slope * (math.log10(max(population, 1)) - mean_x)


# France and its overseas territories are not foreign.
FRENCH_TERRITORIES = {"FR", "RE", "GP", "MQ", "GF", "YT", "PM", "BL", "MF", "NC", "PF", "WF",
                      "TF", "CP", "FX"}


def foreign_countries() -> list[str]:
    """French names of the world's countries and territories, France excluded (Babel/CLDR)."""
    from babel import Locale

    names = Locale("fr").territories
    return sorted(name for code, name in names.items()
                  if len(code) == 2 and code.isalpha() and code not in FRENCH_TERRITORIES)


def mark_shared_slugs(communes: list[list]) -> None:
    """Append to each commune whether its python-slugify slug is shared: 0 no, 1 with
    communes of other departments, 2 within its own department. Forum tags use it to
    add the department (or the INSEE code) only where needed, without slugifying all
    35,000 names at run time."""
    from collections import Counter

    from slugify import slugify

    slugs = [slugify(c[1]) for c in communes]
    overall = Counter(slugs)
    per_department = Counter((slug, c[2]) for slug, c in zip(slugs, communes))
    for slug, commune in zip(slugs, communes):
        shared = 2 if per_department[(slug, commune[2])] > 1 else int(overall[slug] > 1)
        commune.append(shared)


# "Saint-Marc": a saint's name alone is as often a church, a parish or a square elsewhere.
_SAINT_ALONE = re.compile(r"^Saint(?:e)?-[^-\s]+$")


def former_communes(history: list[dict], raw: list[dict], current: set[str],
                    towns: set[str]) -> list[dict]:
    """The 2018 list's communes, absorbed communes and former codes whose code leads
    to one of `towns` today (through a current commune's `anciensCodes`, the commune
    that absorbed it, or its new code), as {"nom", "chefLieu", "type": "former-name"}.
    Only large towns' former parts are kept: the press still calls their districts by
    the old name (Courcouronnes, Octeville), while a merged village's name is as often
    a hamlet or a district elsewhere (Saint-Eutrope in Aix, Hautepierre in Strasbourg)."""
    renamed = {old: entry["code"] for entry in raw if entry["type"] == "commune-actuelle"
               for old in entry.get("anciensCodes", ())}
    by_code = {entry["code"]: entry for entry in history
               if entry["type"] in ("commune-perimee", "ancien-code")}

    def today(code: str, depth: int = 0) -> str | None:
        if code in current:
            return code
        if code in renamed:
            return today(renamed[code], depth + 1) if depth < 5 else None
        entry = by_code.get(code)
        following = entry and (entry.get("communeAbsorbante") or entry.get("nouveauCode"))
        return today(following, depth + 1) if following and depth < 5 else None

    names_today = {entry["code"]: entry["nom"] for entry in raw
                   if entry["type"] == "commune-actuelle"}
    former = []
    for entry in history:
        if entry["type"] in ("commune-actuelle", "commune-perimee", "commune-deleguee",
                             "commune-associee", "ancien-code"):
            code = today(entry.get("chefLieu") or entry["code"])
            # a commune renamed since, whatever its size, is still called by its 2018
            # name for a while (« Capavenir Vosges », Thaon-les-Vosges again since 2024);
            # not a name the new one only lengthens (Morcenx, now Morcenx-la-Nouvelle:
            # short forms cover it) nor a spelling fix
            renamed_itself = entry["type"] == "commune-actuelle" and code == entry["code"] \
                and _renamed(entry["nom"], names_today.get(code, ""))
            if code and (code in towns or renamed_itself) \
                    and not _SAINT_ALONE.match(entry["nom"]):
                former.append({"nom": entry["nom"], "chefLieu": code,
                               "type": "former-name"})
    return former


def _renamed(old: str, new: str) -> bool:
    from bot.matching.text import normalise

    old, new = (normalise(name, fold_accents=True).replace("-", " ") for name in (old, new))
    return bool(new) and "commune nouvelle" not in old \
        and not new.startswith(old) and not old.startswith(new)


def other_names(raw: list[dict], communes: list[list], dictionary: frozenset[str]
                ) -> list[list[str]]:
    """[name, current commune code] for the other names the press gives communes:
    every former commune (commune-deleguee, commune-associee, and those of the 2018
    list merged since, in `raw` from `former_communes`) and the short form of its
    name (Bellegarde for Bellegarde-sur-Valserine) or its own part (Hellemmes for
    Hellemmes-Lille, associated with Lille), and a name without its article
    (Louroux for Le Louroux), and the short form of a town of 3,000 to 20,000
    inhabitants that is not a commune nouvelle (Saint-Dié for Saint-Dié-des-Vosges,
    Évian for Évian-les-Bains). Names a current commune bears (except short forms and
    names without their article, which compete by evidence) and names that are ordinary
    words, even without their article ("La Ville"), are left out, and so are one-word names frequent in French text for
    another reason: a surname or a famous noun (Pompidou, Goncourt, Aubry), a foreign
    city (Caire, Haye), a Paris station (Châtelet). The press writes those villages with
    their article."""
    from bot.matching.mention import LINK_WORDS  # the matcher's own
    from bot.matching.places import (  # the matcher's own
        ALIAS_MIN_POPULATION,
        SHORT_FORM,
        short_name,
    )

    current = {c[0] for c in communes}
    current_names = {c[1] for c in communes}
    name_of = {c[0]: c[1] for c in communes}
    merged = {e["chefLieu"] for e in raw if e["type"] == "commune-deleguee"}

    def word_like(name: str) -> bool:
        return is_risky(name, dictionary) or is_risky(ARTICLE.sub("", name), dictionary) \
            or frequent_single_word(name)

    names = set()
    for entry in raw:
        if entry["type"] not in ("commune-deleguee", "commune-associee", "former-name") \
                or entry["chefLieu"] not in current or entry["nom"] in current_names \
                or word_like(entry["nom"]):
            continue
        names.add((entry["nom"], entry["chefLieu"]))
        short = SHORT_FORM.match(entry["nom"])
        if short and entry["type"] != "former-name" and not word_like(short.group(1)):
            names.add((short.group(1), entry["chefLieu"]))
        # « Hellemmes » for Hellemmes-Lille, associated with Lille: its own part
        own = entry["nom"].removesuffix(f"-{name_of[entry['chefLieu']]}")
        if own != entry["nom"] and not re.search(rf"-{LINK_WORDS}$", own) \
                and own not in current_names and not word_like(own):
            names.add((own, entry["chefLieu"]))
    for code, name, _, _, population, *_ in communes:
        # a name without its article competes by evidence with a commune of that exact
        # name (« Mont-Dore » in a New Caledonia story is Le Mont-Dore)
        bare = ARTICLE.sub("", name)
        if bare != name and len(bare) >= 4 and not word_like(bare):
            names.add((bare, code))
        # "Saint-Dié" for Saint-Dié-des-Vosges: a town's short form that no commune bears
        # (towns of 20,000 or more get theirs from the matcher, competing with homonyms)
        # A commune nouvelle's name often starts with a river's or a region's (Erdre-en-
        # Anjou, Mauges-sur-Loire), which the press never uses for it: none for them.
        short = short_name(name)
        if short and SHORT_FORM_MIN <= population < ALIAS_MIN_POPULATION \
                and code not in merged and short not in current_names \
                and not word_like(short):
            names.add((short, code))
    return [list(pair) for pair in sorted(names)]


# Demonyms (« marseillais », « niçoise ») of towns the press calls by them: a name plus
# a suffix, kept when French text uses the word and the town's size explains how often
# (« bourgeois » is no demonym of Bourges, « gardien » none of La Garde).
DEMONYM_MIN_POPULATION = 20_000
DEMONYM_ZIPF = 2.0
DEMONYM_EXCESS = 0.5  # above what a town of its size would make it (Zipf)


def demonym_candidates(name: str) -> set[str]:
    """Regular demonyms a one-word name (its article set aside) may take: Nantes →
    nantais, Lille → lillois, Lyon → lyonnais, Nice → niçois, Strasbourg →
    strasbourgeois, Toulouse → toulousain, Montpellier → montpelliérain."""
    base = re.sub(r"^(?:(?:le|la|les)\s+|l')", "", name.lower())
    if re.search(r"[\s\-']", base):
        return set()
    stems = {base} | {base[:-len(end)] for end in ("es", "e", "s")
                      if base.endswith(end) and len(base) - len(end) >= 3}
    words = set()
    for stem in stems:
        words |= {re.sub(r"c(?=[oa])", "ç", stem + suffix) for suffix in ("ais", "ois", "ien", "ain")}
        if stem.endswith("n"):
            words |= {stem + "nais", stem + "nois"}
        if stem.endswith("l"):
            words.add(stem + "lois")
        if stem.endswith("g"):
            words.add(stem + "eois")
        if stem.endswith("ier"):
            words.add(stem[:-3] + "iérain")
    return words


def demonyms(communes: list[list], expected: Callable[[int], float]) -> list[list[str]]:
    """[demonym, commune code] for the towns of DEMONYM_MIN_POPULATION or more whose
    regular demonym French text uses (Zipf ≥ DEMONYM_ZIPF) no more than their size
    explains; a word two towns would share is left out."""
    from wordfreq import zipf_frequency

    found: dict[str, list[str]] = {}
    for code, name, _, _, population, *_ in communes:
        if population < DEMONYM_MIN_POPULATION:
            continue
        scored = [(zipf_frequency(word, "fr"), word) for word in demonym_candidates(name)]
        frequency, word = max(scored, default=(0.0, ""))
        if frequency >= DEMONYM_ZIPF and frequency <= expected(population) + DEMONYM_EXCESS:
            found.setdefault(word, []).append(code)
    return sorted([word, codes[0]] for word, codes in found.items() if len(codes) == 1)


def build(data_dir: Path, history_dir: Path | None = None) -> dict:
    """Turn the packages' JSON files into the compact document."""
    raw = json.loads((data_dir / "communes.json").read_text(encoding="utf-8"))
    dictionary = load_dictionary()
    communes, arrondissements = [], []
    for entry in raw:
        if entry["type"] == "commune-actuelle":
            communes.append([
                entry["code"], entry["nom"], entry["departement"], entry["region"],
                entry.get("population", 0), entry.get("codesPostaux", []),
            ])
        elif entry["type"] == "arrondissement-municipal":
            arrondissements.append([entry["code"], entry["nom"], entry["commune"],
                                    entry.get("codesPostaux", [])])
    expected = town_frequencies(communes, dictionary)
    largest: dict[str, int] = {}  # a name is as frequent as the largest town bearing it
    for commune in communes:
        largest[commune[1]] = max(largest.get(commune[1], 0), commune[4])
    for commune in communes:
        commune.append(risk_of(commune[1], dictionary, expected(largest[commune[1]])))
    if history_dir:
        history = json.loads((history_dir / "communes.json").read_text(encoding="utf-8"))
        from bot.matching.places import ALIAS_MIN_POPULATION  # big enough for short forms

        current = {c[0] for c in communes}
        towns = {c[0] for c in communes if c[4] >= ALIAS_MIN_POPULATION}
        raw = raw + former_communes(history, raw, current, towns)
    others = other_names(raw, communes, dictionary)
    departements = [[d["code"], d["nom"], d["region"]] for d in
                    json.loads((data_dir / "departements.json").read_text(encoding="utf-8"))]
    regions = [[r["code"], r["nom"]] for r in
               json.loads((data_dir / "regions.json").read_text(encoding="utf-8"))]
    mark_shared_slugs(communes)
    return {
        "source": f"{PACKAGE}; former names also from {HISTORY_PACKAGE}",
        "fields": {"communes": ["code", "name", "departement", "region", "population",
                                "postcodes", "risky", "slug_shared"],
                   "arrondissements": ["code", "name", "commune", "postcodes"],
                   "other_names": ["name", "commune"],
                   "demonyms": ["demonym", "commune"],
                   "first_names": "first names common in France (a surname named alone "
                                  "after « Prénom Nom » is the person)",
                   "departements": ["code", "name", "region"],
                   "regions": ["code", "name"]},
        "communes": communes,
        "arrondissements": arrondissements,
        "other_names": others,
        "departements": departements,
        "regions": regions,
        "foreign_countries": foreign_countries(),
        "demonyms": demonyms(communes, expected),
        "first_names": sorted(french_first_names()),
    }


def intercommunality_names(data_dir: Path) -> list[str]:
    """The EPCI's and EPT's names as the package writes them (« CC du Pays de Gex »)."""
    names = set()
    for file in ("epci.json", "ept.json"):
        names.update(entry["nom"] for entry in
                     json.loads((data_dir / file).read_text(encoding="utf-8")))
    return sorted(names)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="source", type=Path,
                        help="directory with the package's data/*.json (skips npm)")
    parser.add_argument("--history", type=Path,
                        help=f"directory with {HISTORY_PACKAGE}'s data/*.json (skips npm)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = args.source or fetch_package(Path(tmp) / "current")
        history_dir = args.history or fetch_package(Path(tmp) / "history", HISTORY_PACKAGE)
        document = build(data_dir, history_dir)
        names = intercommunality_names(data_dir)
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()
    with gzip.GzipFile(OUTPUT, "wb", mtime=0) as out:
        out.write(payload)
    INTERCOMMUNALITIES.write_text("".join(f"{name}\n" for name in names), encoding="utf-8")
    print(f"wrote {OUTPUT}: {len(document['communes'])} communes, "
          f"{sum(c[6] == RISKY for c in document['communes'])} risky names, "
          f"{sum(c[6] == RISKY_WITHOUT_ACCENTS for c in document['communes'])} more "
          f"without their accents; "
          f"{INTERCOMMUNALITIES}: {len(names)} intercommunalities")


if __name__ == "__main__":
    main()
