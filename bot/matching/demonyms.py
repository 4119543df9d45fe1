"""Towns named by their demonym in a phrase about surveillance (pure): « la VSA
marseillaise », « la police municipale niçoise », « les caméras lilloises », « le métro
lyonnais », « les gares parisiennes » (a network or stations in the town, in a story
about surveillance), or after a march (« la manifestation rennaise »), its council (« la
municipalité rennaise ») or its councillors (« l'élu toulonnais »). Only after such a
phrase: « l'éditeur nantais » is a company's home, « la métropole lilloise » an
intercommunality, neither a town's deployment. The demonyms come from the commune data
(scripts/build_communes.py)."""
from __future__ import annotations

import re
from functools import lru_cache

# What a town deploys or runs, as the press writes it before a demonym.
_SURVEILLANCE = (r"vsa|vidéosurveillance(?: algorithmique)?|vidéoprotection|"
                 r"polices? municipales?|policiers municipaux|caméras?|drones?|"
                 r"métros?|tramways?|bus|autobus|gares?|stations?|"
                 # the town's own council (« la municipalité rennaise étend la
                 # vidéosurveillance »; not « la mairie valencienne », Valencia's too)
                 r"municipalités?|"
                 # its council's members (« l'élu toulonnais délégué au numérique », « le
                 # maire perpignanais »; not « le député toulonnais », another office)
                 r"élue?s?|maires?|édiles?|adjointe?s?|"
                 r"centres? de supervision(?: urbaine?)?|csu|"
                 r"réseaux? de (?:caméras|vidéoprotection|vidéosurveillance)|"
                 # a march filmed there: « la manifestation rennaise » (not « la
                 # mairie valencienne », which is also Valencia's in a Spanish story)
                 r"manifestations?|cortèges?")


@lru_cache(maxsize=2)
def _pattern(demonyms: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """The phrase-and-demonym pattern, and each demonym's commune (built once)."""
    words = "|".join(re.escape(word) for word, _ in sorted(demonyms, key=lambda d: -len(d[0])))
    return (re.compile(rf"\b(?:{_SURVEILLANCE})\s+({words})(?:e|s|es|ne|nes)?\b"),
            dict(demonyms))


def demonym_mentions(folded: str, demonyms: tuple[tuple[str, str], ...]
                     ) -> list[tuple[int, int, str]]:
    """(start, end, commune code) of each demonym after a surveillance phrase in
    `folded` (the lower-cased text)."""
    if not demonyms:
        return []
    pattern, codes = _pattern(demonyms)
    return [(found.start(1), found.end(), codes[found.group(1)])
            for found in pattern.finditer(folded)
            # « la Métro grenobloise »: the intercommunality (« le métro lyonnais »)
            if not (found.group(0).startswith("métro")
                    and "e" in folded[found.end(1):found.end()])]
