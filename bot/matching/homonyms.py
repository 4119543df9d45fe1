"""Settle which of several communes a name stands for (pure): the feed's scope, a
postcode, a department, the item's link, a region or its adjective, another town named
nearby, and last the population; large towns' short forms compete with communes of that
exact name. places.py asks; `match` reports which evidence decided."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.matching.communes import Commune, Gazetteer, overseas
from bot.matching.link_places import NO_LINK_PLACES, LinkPlaces
from bot.matching.mention import Mention

# The regions' adjectives ("la police municipale réunionnaise", "la commune
# alsacienne") settle homonyms found in several regions (Saint-Denis, Sainte-Marie,
# Saint-Joseph overseas; Saint-Louis in Alsace and in Réunion). Few, fixed, and not
# derivable from the commune list; brand-like ones (picard) are left out.
_REGION_ADJECTIVES = {"guadeloupéen": "01", "martiniquais": "02", "guyanais": "03",
                      "réunionnais": "04", "mahorais": "06", "francilien": "11",
                      "normand": "28", "alsacien": "44", "lorrain": "44", "champenois": "44",
                      "breton": "53", "auvergnat": "84", "savoyard": "84",
                      "bourguignon": "27", "franc-comtois": "27", "provençal": "93",
                      "azuréen": "93", "corse": "94", "basque": "75", "vendéen": "52",
                      "calédonien": "988", "polynésien": "987", "tahitien": "987"}
_REGION_ADJECTIVE = re.compile(r"\b(" + "|".join(
    re.escape(a.replace("-", " ")) for a in _REGION_ADJECTIVES) + r")(?:e|ne)?s?\b")
# The departments' adjectives, in lower case (« la commune ardennaise », « le village
# isérois ») settle homonyms as the department's name would. Fixed and not derivable
# from the commune list; left out: those naming a city, a province or a newspaper as
# often (parisien, viennois, catalan, béarnais, nivernais, bourbonnais, tourangeau) or
# a river's valley (rhodanien, ligérien: « le Gard rhodanien »),
# and those the regions' table already reads (vendéen, savoyard).
_DEPARTMENT_ADJECTIVES = {
    "aindinois": "01", "axonais": "02", "bas-alpin": "04", "haut-alpin": "05", "maralpin": "06",
    "ardéchois": "07", "ardennais": "08", "ariégeois": "09", "aubois": "10", "audois": "11",
    "aveyronnais": "12", "bucco-rhodanien": "13", "calvadosien": "14", "cantalien": "15",
    "charentais": "16 17", "cherrien": "18", "corrézien": "19", "costarmoricain": "22",
    "creusois": "23", "dordognais": "24", "périgourdin": "24", "doubien": "25", "drômois": "26", "eurois": "27", "eurélien": "28",
    "finistérien": "29", "gardois": "30", "haut-garonnais": "31", "gersois": "32",
    "girondin": "33", "héraultais": "34", "brétillien": "35", "indrien": "36",
    "isérois": "38", "jurassien": "39", "landais": "40", "loir-et-chérien": "41",
    "altiligérien": "43", "loirétain": "45", "lotois": "46",
    "lot-et-garonnais": "47", "lozérien": "48", "mainoligérien": "49", "manchois": "50",
    "marnais": "51", "haut-marnais": "52", "mayennais": "53", "meurthe-et-mosellan": "54",
    "meusien": "55", "morbihannais": "56", "mosellan": "57", "nordiste": "59", "oisien": "60",
    "ornais": "61", "pas-de-calaisien": "62", "puydômois": "63", "haut-pyrénéen": "65",
    "bas-rhinois": "67", "haut-rhinois": "68", "haut-saônois": "70",
    "saône-et-loirien": "71", "sarthois": "72", "haut-savoyard": "74", "seinomarin": "76", "seine-et-marnais": "77",
    "yvelinois": "78", "deux-sévrien": "79", "samarien": "80", "tarnais": "81",
    "tarn-et-garonnais": "82", "varois": "83", "vauclusien": "84", "haut-viennois": "87",
    "vosgien": "88", "icaunais": "89", "terrifortain": "90", "essonnien": "91",
    "altoséquanais": "92", "séquano-dionysien": "93", "val-de-marnais": "94",
    "valdoisien": "95"}
# (read in folded text, where hyphens are spaces; the longest first, so that « meurthe
# et mosellane » is no « mosellane »)
_DEPARTMENT_ADJECTIVE = re.compile(r"(?<!\w)(" + "|".join(
    re.escape(a.replace("-", " ")) for a in sorted(_DEPARTMENT_ADJECTIVES, key=len, reverse=True))
    + r")(?:e|ne)?s?(?!\w)")
# Overseas demonyms count capitalised too (« les Réunionnais »); the mainland ones only
# as adjectives, in lower case: « Le Lorrain » is a town of Martinique.
# the overseas regions' codes, and the collectivities' (each its own « region »)
OVERSEAS = {"01", "02", "03", "04", "06", "975", "977", "978", "986", "987", "988"}
_DEPT_NUMBER = re.compile(r"\((\d{2}|2[ab]|97\d)\)")
_POSTCODE = re.compile(r"(?<!\d)(\d{5})(?!\d)")
ALIAS_DOMINANCE = 10  # a short form beats a commune of that exact name this many times smaller
# … and a commune of the exact name this many times larger than a short form's town
# keeps the name when only the region speaks for the short form
_EXACT_NAME_DOMINANCE = 3
# From this size a long name's first part names the town (Aix for Aix-en-Provence) and
# competes with the communes of that exact name; a homonym this large is a city of its own.
ALIAS_MIN_POPULATION = 20_000


@dataclass(frozen=True)
class Scope:
    """What a feed declares about where its items are."""

    commune: str | None = None
    departement: str | None = None
    region: str | None = None


# "le pôle Nord Franche-Comté", "le Nord Isère": the north of a named area, not the
# department called Nord.
_COMPASS_OF_A_NAME = re.compile(r"Nord[ \u00a0][A-ZÀ-Ý]")

# « Creil Sud Oise », « Sarrebourg Moselle Sud », « Gérardmer Hautes Vosges »: a
# department's name run on from a capitalised word (no « en », no bracket): part of an
# intercommunality's or an area's name, which says nothing of where its towns lie.
_NAME_BEFORE = re.compile(r"(?<![\w'’])(?!(?:En|Dans|Le|La|Les|De|Du|Des|Au|Aux)\b)"
                          r"[A-ZÀ-Ý][\w'’-]*[ \u00a0]$")


# « la sénatrice du Nord », « le député de la 3e circonscription de la Gironde »: the
# constituency of a member of parliament, who may speak of any town (on lower-cased text).
_A_MEMBERS_SEAT = re.compile(r"\b(?:députée?s?|sénat(?:eur|rice)s?)\s+(?:[\w'-]+\s+){0,2}?"
                             r"(?:de\s+la\s+\d+e\s+circonscription\s+)?(?:de|d'|du|des)"
                             r"(?:\s+la|\s+l')?\s*$")


def _inside_a_name(text: str, mention: Mention) -> bool:
    """The department's name is run on from a capitalised word, or its compass."""
    return (_COMPASS_OF_A_NAME.match(text, mention.start) is not None
            or _NAME_BEFORE.search(text, max(0, mention.start - 30), mention.start) is not None)


def context(text: str, folded: str, mentions: list[Mention], places: Gazetteer,
            scope: Scope) -> tuple[set[str], set[str], set[str]]:
    """Departments, regions and postcodes that the text or the feed points to."""
    departements = {m.codes[0] for m in mentions if m.kind == "departement"
                    and not _inside_a_name(text, m)
                    and not _A_MEMBERS_SEAT.search(folded, max(0, m.start - 60), m.start)}
    regions = {m.codes[0] for m in mentions if m.kind == "region"}
    for found in _REGION_ADJECTIVE.finditer(folded):
        region = _REGION_ADJECTIVES[found.group(1).replace(" ", "-")]
        if region in OVERSEAS or text[found.start()].islower():
            regions.add(region)
    departements.update(code for found in _DEPARTMENT_ADJECTIVE.finditer(folded)
                        if text[found.start()].islower()
                        for code in _DEPARTMENT_ADJECTIVES[found.group(1).replace(" ", "-")]
                        .split())
    departements.update(n.upper() for n in _DEPT_NUMBER.findall(folded)
                        if n.upper() in places.departements)
    postcodes = {p for p in _POSTCODE.findall(text) if p in places.by_postcode}
    if scope.departement:
        departements.add(scope.departement)
    if scope.region:
        regions.add(scope.region)
    regions.update(places.departements[d][1] for d in departements if d in places.departements)
    return departements, regions, postcodes


_PLACING_EVIDENCE = ("postcode", "departement", "link")


def choose(candidates: list[Commune], aliases: list[Commune], other: list[Commune],
           departements: set[str], regions: set[str], postcodes: set[str],
           nearby: tuple[set[str], set[str]], scope: Scope,
           link: LinkPlaces = NO_LINK_PLACES) -> tuple[Commune, str] | None:
    """Pick one homonym and say which evidence decided (None: no safe choice).

    Large towns called by a short form compete with communes of that exact name;
    "Saint-X" short forms (saints' days, churches) need evidence to win. Another name
    (a former commune's, a name without its article) counts after every current name,
    and wins only by evidence or when no current commune bears it."""
    tests = _evidence_tests(departements, regions, postcodes, nearby, link)
    if len(candidates) == 1 and not aliases:
        # « Mont-Dore » in a story from New Caledonia: Le Mont-Dore, not the Auvergne
        # village of that exact name, when only what places a story says so
        return _another_name_placed(candidates[0], other, tests, scope) \
            or (candidates[0], "unique")
    if not candidates and not aliases and len({c.code for c in other}) == 1:
        return other[0], "unique"
    candidates = candidates + aliases
    for commune in candidates + other:
        if commune.code == scope.commune:
            return commune, "feed scope"
    for evidence, test in tests:
        # another name wins over a current one only by what places it (« Saint-Étienne »
        # beside Rennes is the city, not the former Saint-Étienne-en-Coglès)
        hits = [c for c in candidates if test(c) and not (
            evidence in _NEIGHBOURS and _saints_village(c, aliases))] or [
            c for c in other if test(c) and (_places_another_name(evidence, c) or not candidates)]
        if hits:
            chosen = max(hits, key=lambda c: c.population)
            if evidence == "nearby region" and chosen.population >= max(
                    c.population for c in candidates + other):
                break  # the largest anyway: the region settled nothing
            if evidence == "nearby region" and chosen in aliases and any(
                    c.population >= _EXACT_NAME_DOMINANCE * chosen.population
                    for c in candidates if c not in aliases):
                break  # « Saint-Étienne » beside a Normandy village is still the city,
                # not Saint-Étienne-du-Rouvray: a region is too weak for a short form
            return chosen, evidence
    fallback = [c for c in candidates if c not in aliases or not c.name.startswith("Saint")]
    exact = [c for c in candidates if c not in aliases]
    towering = [c for c in aliases if exact and c.population >= ALIAS_DOMINANCE * max(
        e.population for e in exact)]
    if towering:  # "Saint-Maur": Saint-Maur-des-Fossés (75,000), not the Indre village
        return _clear_largest(towering)
    if not fallback and not candidates:
        fallback = other
    if not fallback:
        return None
    largest = max(fallback, key=lambda c: c.population)
    if largest in aliases:
        return _clear_largest([c for c in fallback if c in aliases])
    if all(largest.population >= ALIAS_DOMINANCE * c.population
           for c in fallback if c is not largest):
        return largest, "largest by far"  # Héricourt (10,600) beside a hamlet of 77
    return largest, "population"


def _evidence_tests(departements: set[str], regions: set[str], postcodes: set[str],
                    nearby: tuple[set[str], set[str]], link: LinkPlaces
                    ) -> tuple[tuple[str, Callable[[Commune], bool]], ...]:
    """What may place a homonym, strongest first: (evidence, test) pairs."""
    return (
        ("postcode", lambda c: bool(postcodes.intersection(c.postcodes))),
        ("departement", lambda c: c.departement in departements),
        # the outlet filed the story there (« ouest-france.fr/bretagne/lannion-22300/ »)
        ("link", lambda c: bool(link.postcodes.intersection(c.postcodes))
         or c.departement in link.departements),
        ("region", lambda c: c.region in regions),
        ("link", lambda c: c.region in link.regions),
        ("nearby commune", lambda c: c.departement in nearby[0]),
        # "Saint-Denis" beside Paris: the Île-de-France town, not Réunion's capital
        ("nearby region", lambda c: c.region in nearby[1]),
    )


def _places_another_name(evidence: str, commune: Commune) -> bool:
    """Evidence strong enough for another name (a former commune's, a name without its
    article) to beat a current one: a postcode, a department, the outlet's section, or
    an overseas region, which is its department (« Martinique », « Nouvelle-Calédonie »)."""
    return evidence in _PLACING_EVIDENCE or (evidence == "region" and overseas(commune.departement))


def _another_name_placed(current: Commune, other: list[Commune],
                         tests: tuple[tuple[str, Callable[[Commune], bool]], ...],
                         scope: Scope) -> tuple[Commune, str] | None:
    """The commune another name stands for, when the feed's scope or evidence that
    places a story names it before anything names the one current commune of that
    name."""
    if not other or current.code == scope.commune:
        return None
    for commune in other:
        if commune.code == scope.commune:
            return commune, "feed scope"
    for evidence, test in tests:
        if test(current):
            return None
        hits = [c for c in other if test(c) and _places_another_name(evidence, c)]
        if hits:
            return max(hits, key=lambda c: c.population), evidence
    return None


# Evidence that only says where the story's other towns lie.
_NEIGHBOURS = ("nearby commune", "nearby region")
# Below this size a town is not called by its saint's name alone: « Sainte-Anne » beside
# Nantes or Rennes is a district, a square or a church, not Sainte-Anne-sur-Brivet (3,000)
# or Sainte-Anne-sur-Vilaine (1,000); « Sainte-Luce » (16,000) beside Nantes is the town.
SAINTS_VILLAGE = 10_000


def _saints_village(commune: Commune, aliases: list[Commune]) -> bool:
    """A village a « Saint-X » short form may stand for: its neighbours do not settle it."""
    return commune in aliases and commune.name.startswith("Saint") \
        and commune.population < SAINTS_VILLAGE


def _clear_largest(towns: list[Commune]) -> tuple[Commune, str] | None:
    largest = clearly_largest(towns)
    return (largest, "population") if largest else None


def clearly_largest(towns: list[Commune]) -> Commune | None:
    """The largest of several towns a short form may stand for, if it is at least twice
    the next: "Villeneuve" (Villeneuve-la-Garenne, -sur-Lot, -le-Roi…) settles nothing."""
    towns = sorted(towns, key=lambda c: -c.population)
    if not towns or (len(towns) > 1 and towns[0].population < 2 * towns[1].population):
        return None
    return towns[0]


def neighbours(settled: list[Commune], mention: Mention) -> tuple[set[str], set[str]]:
    """The departments and regions of the towns named beside `mention`, except the
    towns it may be a short form of (« Clichy » beside « Clichy-sous-Bois » is not
    drawn towards it)."""
    towns = [c for c in settled if c.code not in mention.aliases]
    return {c.departement for c in towns}, {c.region for c in towns}
