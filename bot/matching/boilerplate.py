"""Press boilerplate that names places the story is not about (pure).

Feed summaries carry links to related articles (« Lire aussi : À Brive, la VSA fait
débat »), photo credits (« © Photo Ville de Poitiers »), bylines (« De notre
correspondant à Brest ») and paywall calls (« Cet article est réservé aux abonnés »). The matcher reads the summary without them; the forum
excerpt keeps the summary as published.
"""
from __future__ import annotations

import re

# Each runs to the end of its line. A related headline opens a line or a sentence and
# is announced (« Lire aussi : À Brive… »), unlike « le maire veut lire aussi les
# rapports »; a credit or a copyright sign may stand anywhere.
_RELATED = re.compile(
    r"(^|[.!?»)]\s+)(?i:(?:à\s+)?(?:lire|voir|écouter|regarder)\s+(?:aussi|également)|"
    r"sur\s+le\s+même\s+sujet|notre\s+dossier)\s*[:.>→–-]?\s*(?=[A-ZÀ-Ý«\"])[^\n]*",
    re.MULTILINE)
_CREDIT = re.compile(r"(?:©|(?i:crédits?\s+photos?|\blire\s+(?:la\s+suite|l['’]article))"
                     r"|\b(?:Photo|PHOTO)\s*:)[^\n]*")
# "(Photo d'illustration prise à Lorient)", "(© Ville de Nantes)".
_PHOTO_NOTE = re.compile(r"\((?i:photos?|illustration|crédits?|archives?)\b[^()\n]*\)|\(©[^()\n]*\)")
# A paywall's call to subscribe: « Cet article est réservé aux abonnés », « Pour un accès
# immédiat, abonnez-vous », « Déjà abonné ? Je me connecte » (its « abonnés » is no
# gym's or club's subscribers; « la barrière s'ouvre aux abonnés du parking » stays)
_PAYWALL = re.compile(r"(?i:(?:(?:cet\s+)?article\s+(?:est\s+)?)?réservée?\s+aux\s+abonnés|"
                      r"(?:pour\s+un\s+accès\s+immédiat,?\s+)?abonnez-vous|"
                      r"déjà\s+abonnée?\s*\?|(?:1ère|1re|première)\s+semaine\s+offerte)"
                      r"[^\n.!?]*[.!?]?")
# "Par notre correspondant à Brest.", "De notre envoyée spéciale à Albi,"
_BYLINE = re.compile(r"(?i:\b(?:par|de)\s+(?:notre|nos)\s+(?:correspondante?s?|envoyée?s?\s+"
                     r"spéciale?s?|journalistes?)\b)[^.\n]*[.,]?")


# Each pattern with words one of which its every match holds (in lower case): most
# summaries hold none, and a substring test costs far less than the pattern's search.
_HINTED = ((_CREDIT, ("©", "crédit", "lire", "photo")),
           (_PHOTO_NOTE, ("(",)),
           (_BYLINE, ("notre", "nos")),
           (_PAYWALL, ("abonn", "semaine offerte")))
_RELATED_HINTS = ("lire", "voir", "écouter", "regarder", "même sujet", "notre dossier")


def without_boilerplate(summary: str) -> str:
    """The summary without related links, photo credits, bylines and paywall calls."""
    if not summary:
        return summary
    lowered = summary.lower()
    if any(hint in lowered for hint in _RELATED_HINTS):
        summary = _RELATED.sub(r"\1", summary)
    for pattern, hints in _HINTED:
        if any(hint in lowered for hint in hints):
            summary = pattern.sub("", summary)
    return summary.strip()
