"""The official list of French communes, departments and regions (INSEE COG).

Loaded once from the compact file built by scripts/build_communes.py.
"""
from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

from slugify import slugify

from bot.matching.text import normalise

BIG_TOWN = 40_000
# A city: no district of another town, and the likelier reading of a name one letter
# from its own (places.py, not_the_place.py, spelling.py).
CITY = 100_000


# The data's risk codes (scripts/build_communes.py): the name is also an ordinary word
# or a first name; or only once its accents are left out.
RISKY, RISKY_WITHOUT_ACCENTS = 1, 2


@dataclass(frozen=True)
class Commune:
    """A current commune."""

    code: str
    name: str
    departement: str
    region: str
    population: int
    postcodes: tuple[str, ...]
    risky: bool  # its name is also an ordinary word or a first name
    slug_shared: int = 0  # 0 unique slug, 1 shared across departments, 2 within one
    # its name without its accents is an ordinary word (Cellé: « Celle du quartier… »)
    risky_without_accents: bool = False

    @property
    def needs_evidence(self) -> bool:
        """Its name is also a word, and the town is not big enough for the capitalised
        name to mean the town anyway: "Cannes", "Tours", "Valenciennes" (40,000 people
        and more) are the towns far more often than the words."""
        return self.risky and self.population < BIG_TOWN

    def risky_as(self, written: str) -> bool:
        """Its name, as the text writes it, is also a word: always when `risky`; when
        only its unaccented form is one, if the text left the accents out (« Celle du
        quartier… » is no « Cellé »)."""
        return self.risky or (self.risky_without_accents
                              and normalise(written) != normalise(self.name))


@dataclass(frozen=True)
class Gazetteer:
    """Communes by code, arrondissements mapped to their commune, departments, regions."""

    communes: dict[str, Commune]
    arrondissements: dict[str, tuple[str, str]]  # code -> (name, commune code)
    departements: dict[str, tuple[str, str]]  # code -> (name, region code)
    regions: dict[str, str]  # code -> name
    by_postcode: dict[str, tuple[str, ...]]
    foreign_countries: tuple[str, ...] = ()
    # Other names of current communes, (name, code): former communes merged into one
    # (Cherbourg-Octeville) and their short forms, names without their article (Louroux).
    other_names: tuple[tuple[str, str], ...] = ()
    # Towns' regular demonyms, (demonym, code): « marseillais » for Marseille.
    demonyms: tuple[tuple[str, str], ...] = ()
    # First names common in France (« Jean-Pierre Pons … Pons rappelle » is a person).
    first_names: frozenset[str] = frozenset()

    @cached_property
    def departement_names(self) -> frozenset[str]:
        """The departments' names as written (« Haute-Vienne », « Jura »)."""
        return frozenset(name for name, _ in self.departements.values())

    @cached_property
    def area_slugs(self) -> dict[str, tuple[tuple[str, str], ...]]:
        """Departments and regions by the slug of their name, with and without its
        article (« la-reunion », « reunion »): ("departement" | "region", code)."""
        named = [("departement", code, name) for code, (name, _) in self.departements.items()]
        named += [("region", code, name) for code, name in self.regions.items()]
        slugs: dict[str, tuple[tuple[str, str], ...]] = {}
        for kind, code, name in named:
            slug = slugify(name)
            for variant in {slug, re.sub(r"^(?:la|le|les|l)-", "", slug)}:
                slugs[variant] = slugs.get(variant, ()) + ((kind, code),)
        return slugs

    def commune(self, code: str) -> Commune | None:
        """The commune with this INSEE code (an arrondissement gives its commune)."""
        if code in self.communes:
            return self.communes[code]
        if code in self.arrondissements:
            return self.communes.get(self.arrondissements[code][1])
        return None


@lru_cache(maxsize=1)
def foreign_towns() -> tuple[tuple[str, ...], frozenset[str]]:
    """Towns of 15,000 people or more in Belgium, Switzerland, Luxembourg, Monaco and
    Québec that no French place is named like (scripts/build_foreign_towns.py), and
    those of them that are also words or first names (« Liège », « Jambes »)."""
    raw = resources.files("bot.matching.data").joinpath("foreign_towns.json").read_text(
        encoding="utf-8")
    document = json.loads(raw)
    return tuple(document["towns"]), frozenset(document["words"])


def overseas(departement: str) -> bool:
    """Overseas France: the departments (Guadeloupe, Martinique, Guyane, La Réunion,
    Mayotte) and the collectivities (Saint-Martin, Polynesia, New Caledonia…)."""
    return departement.startswith(("97", "98"))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Load the shipped commune list (cached for the life of the process)."""
    raw = resources.files("bot.matching.data").joinpath("communes.json.gz").read_bytes()
    document = json.loads(gzip.decompress(raw))
    communes = {
        code: Commune(code, name, dep, region, population, tuple(postcodes), risky == RISKY,
                      shared, risky == RISKY_WITHOUT_ACCENTS)
        for code, name, dep, region, population, postcodes, risky, shared
        in document["communes"]
    }
    by_postcode: dict[str, list[str]] = {}
    for commune in communes.values():
        for postcode in commune.postcodes:
            by_postcode.setdefault(postcode, []).append(commune.code)
    arrondissements = {code: (name, parent) for code, name, parent, _ in document["arrondissements"]}
    return Gazetteer(
        communes=communes,
        arrondissements=arrondissements,
        departements={code: (name, region) for code, name, region in document["departements"]},
        regions={code: name for code, name in document["regions"]},
        by_postcode={k: tuple(v) for k, v in by_postcode.items()},
        foreign_countries=tuple(document.get("foreign_countries", ())),
        other_names=tuple((name, code) for name, code in document.get("other_names", ())),
        demonyms=tuple((word, code) for word, code in document.get("demonyms", ())),
        first_names=frozenset(document.get("first_names", ())),
    )
