"""What an item's link says of where the story is (pure).

Regional outlets file their articles under a department, a region or a town with its
postcode, and the address shows it: `ouest-france.fr/bretagne/lannion-22300/…`,
`leparisien.fr/essonne-91/…`, `sudouest.fr/charente-maritime/pons/…`,
`actu.fr/normandie/caen_14118/…` (an INSEE code), `martinique.la1ere.fr/…`,
`clicanoo.re/…`. Only whole parts of the address count, never words of the article's
slug (« la-var-confirme »), so the link settles which of several homonyms a name stands
for; it never makes a name a place (homonyms.py weighs it after what the text says).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from slugify import slugify

from bot.matching.communes import Gazetteer

# A part of the address that is a name and a number: « essonne-91 », « lannion-22300 »,
# « caen_14118 ».
_NAME_AND_NUMBER = re.compile(r"^([a-z0-9-]+?)[-_](\d{5}|\d{2}|2[ab]|97\d)$")


# An outlet's host that glues a common word to an area's name: « objectifgard »,
# « charentelibre », « varmatin », « corsematin », « infonormandie », « lavoixdunord ».
_OUTLET_PREFIXES = ("objectif", "infos", "info", "actus", "actu", "lavoixdu", "voixdu",
                    "journalde", "radio")
_OUTLET_SUFFIXES = ("matin", "libre", "infos", "info", "actus", "actu", "hebdo", "presse",
                    "mag", "news", "soir")


def _glued_area(label: str) -> str | None:
    """The area's slug inside an outlet's host label, if the rest is a common word."""
    for prefix in _OUTLET_PREFIXES:
        if label.startswith(prefix) and len(label) > len(prefix) + 2:
            return label[len(prefix):]
    for suffix in _OUTLET_SUFFIXES:
        if label.endswith(suffix) and len(label) > len(suffix) + 2:
            return label[:-len(suffix)]
    return None


_OUTLET_OF_AREA = re.compile(r"^[a-z]+(?:-[a-z]+){0,6}?-(?:de-la|de-l|du|des|de)-([a-z-]+)$")


# The overseas departments' and collectivities' own country-code domains (ISO 3166:
# « clicanoo.re », « tahiti-infos.pf », « lnc.nc »).
_OVERSEAS_DOMAINS = {"gp": "971", "mq": "972", "gf": "973", "re": "974", "pm": "975",
                     "yt": "976", "bl": "977", "mf": "978", "wf": "986", "pf": "987",
                     "nc": "988"}


@dataclass(frozen=True)
class LinkPlaces:
    """The departments, regions and postcodes an item's address files it under."""

    departements: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()
    postcodes: frozenset[str] = frozenset()


NO_LINK_PLACES = LinkPlaces()


def places_in_link(link: str, places: Gazetteer) -> LinkPlaces:
    """The areas `link`'s host labels and path parts name (see the module's docstring)."""
    try:
        parts = urlsplit(link.strip().lower())
    except ValueError:
        return NO_LINK_PLACES
    *host, domain = (parts.hostname or "").split(".")
    glued = [area for label in host if (area := _glued_area(label))]
    path = [s for s in parts.path.split("/") if s]
    # an outlet's name in a press kiosk's address (« pressreader.com/france/
    # la-gazette-de-la-manche/… »): the area after « de la », « du »… of a part that is
    # not the article's own slug (the last part)
    named = [area.group(1) for s in path[:-1]
             if (area := _OUTLET_OF_AREA.search(s.replace("_", "-")))]
    segments = host + glued + path + named
    departements: set[str] = set()
    if _OVERSEAS_DOMAINS.get(domain) in places.departements:
        departements.add(_OVERSEAS_DOMAINS[domain])
    regions: set[str] = set()
    postcodes: set[str] = set()
    by_slug = places.area_slugs
    for segment in segments:
        segment = segment.replace("_", "-")
        for kind, code in by_slug.get(segment, ()):
            (departements if kind == "departement" else regions).add(code)
        numbered = _NAME_AND_NUMBER.match(segment)
        if not numbered:
            continue
        name, number = numbered.group(1), numbered.group(2).upper()
        if len(number) < 5:  # « essonne-91 »: the department's name and number
            if ("departement", number) in by_slug.get(name, ()):
                departements.add(number)
        elif (commune := places.communes.get(number)) and commune.postcodes \
                and name == slugify(commune.name):  # « caen_14118 »: its INSEE code
            postcodes.add(commune.postcodes[0])
        elif number in places.by_postcode:  # « lannion-22300 »
            postcodes.add(number)
    regions.update(places.departements[d][1] for d in departements)
    return LinkPlaces(frozenset(departements), frozenset(regions), frozenset(postcodes))
