"""Towns called by the first part of a longer name (pure): « Bagnols (Gard) » for
Bagnols-sur-Cèze, « Le Puy » for Le Puy-en-Velay, though villages elsewhere bear the
short name itself. The searches run only where the name's own communes say nothing."""
from __future__ import annotations

import re
from functools import lru_cache

from bot.matching.communes import Commune, gazetteer, overseas
from bot.matching.homonyms import ALIAS_DOMINANCE, ALIAS_MIN_POPULATION, clearly_largest
from bot.matching.mention import Mention
from bot.matching.text import normalise

# « Saint-Gilles (Vendée) », « Crépy, dans l'Oise », « Gournay, en Seine-Maritime ».
_BESIDE = re.compile(r"\s*(?:\(|,\s*(?:en|dans\s+(?:le|la|les|l['’])|dans)\s*)\s*$")


def department_beside(text: str, mentions: list[Mention], index: int) -> bool:
    """A department's name written right after the mention, in brackets or « , en »."""
    following = mentions[index + 1] if index + 1 < len(mentions) else None
    return bool(following and following.kind == "departement"
                and _BESIDE.match(text[mentions[index].end:following.start]))


def longer_named_town(name: str, homonyms: list[Commune], aliases: list[Commune],
                      others: list[Commune], departements: set[str], beside: set[str],
                      written_beside: bool) -> list[Commune]:
    """The town of a department named (or, failing that, of a town named beside it)
    whose name begins with `name`, when none of the name's homonyms, short forms or
    other names lies there: « Bagnols (Gard) » is Bagnols-sur-Cèze, « Villefranche
    (Aveyron) » Villefranche-de-Rouergue. A homonym that is a city of its own blocks it,
    unless the department is written right beside the name; beside a town only, any
    larger homonym or short form does. An overseas city does not block a short form in
    a department of mainland France named (« Saint-Leu », in a story of the Val-d'Oise,
    is Saint-Leu-la-Forêt, not the Réunion town), nor a mainland city an overseas one."""
    if any(c.departement in departements | beside for c in homonyms + aliases + others):
        return []
    largest = max((c.population for c in _same_side(homonyms, departements)), default=0)
    homonym = 0 if largest < ALIAS_MIN_POPULATION or written_beside else largest
    short = max((c.population for c in _same_side(homonyms + aliases, beside)), default=0)
    return (_longer_names_in(name, departements, homonym)
            or _longer_names_in(name, beside, short))


def _same_side(communes: list[Commune], departements: set[str]) -> list[Commune]:
    """The communes on the same side of the sea as the departments, when these all lie
    on one side (mainland France or overseas); all of them otherwise."""
    sides = {overseas(code) for code in departements}
    return [c for c in communes if len(sides) != 1 or overseas(c.departement) in sides]



def towering_longer_name(name: str, population: int) -> Commune | bool | None:
    """The town anywhere whose name begins with `name` and that is ten times the size of
    the commune so named (Le Puy-en-Velay for « Le Puy »); False if several such towns
    are of a size (Gournay-en-Bray, Gournay-sur-Marne); None if there is none."""
    towns = [town for town in _towns_named(name)
             if town.population >= ALIAS_DOMINANCE * population]
    return (clearly_largest(towns) or False) if towns else None


def _longer_names_in(name: str, departements: set[str], larger_than: int) -> list[Commune]:
    """The town of `departements` whose name begins with `name`, if it is clearly the
    largest so named (twice the next) and larger than `larger_than`."""
    # « Saint-Martin » in a department of several: nothing says which. A short form
    # names a town larger than its homonyms (Bagnols-sur-Cèze, not the village Bagnols),
    # never a village of a longer name beside a city (Saint-Étienne).
    largest = clearly_largest([town for town in _towns_named(name)
                               if town.departement in departements])
    return [largest] if largest and largest.population > larger_than else []


def _towns_named(name: str) -> list[Commune]:
    """The communes whose name begins with `name` and goes on."""
    communes = gazetteer().communes
    return [communes[code] for code in _longer_names().get(name, ())]


@lru_cache(maxsize=1)
def _longer_names() -> dict[str, tuple[str, ...]]:
    """Each first part of a commune's normalised name, cut at a word ("le puy" for
    Le Puy-en-Velay, "gournay" for Gournay-en-Bray) → the codes of the communes so named."""
    found: dict[str, list[str]] = {}
    for commune in gazetteer().communes.values():
        words = normalise(commune.name).split(" ")
        for end in range(1, len(words)):
            found.setdefault(" ".join(words[:end]), []).append(commune.code)
    return {prefix: tuple(codes) for prefix, codes in found.items()}
