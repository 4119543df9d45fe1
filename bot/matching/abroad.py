"""Where a story or a name is set abroad (pure): « Laval (Québec) », « Bruges, en
Belgique », « la ville allemande de Cologne », « Suisse : la police de Sion… ». The
matcher sets such names aside: they are the foreign towns, not the French communes
that bear their names."""
from __future__ import annotations

import re

from bot.matching.relevance import foreign_adjective
from bot.matching.text import is_word_char, normalise


def placed_abroad_in(text: str, mention: str, foreign_names: set[str]) -> bool:
    """The text places the name abroad: a foreign place follows it (« Laval (Québec) »,
    « Bruges, en Belgique », « Vienne en Autriche ») or a nationality comes before it
    (« la ville belge de Mons »)."""
    folded = normalise(text, fold_accents=True)
    for found in re.finditer(re.escape(normalise(mention, fold_accents=True)), folded):
        after = _ABROAD_LINK.match(folded, found.end())
        if after and any(folded.startswith(name, after.end())
                         and not is_word_char(folded[after.end() + len(name):][:1] or " ")
                         for name in map(_folded, foreign_names)):
            return True
        window = folded[max(0, found.start() - 40):found.start()]
        if any(_NATIONALITY_LINK.fullmatch(window, nationality.end())
               for nationality in foreign_adjective().finditer(window)):
            return True
    return False


# What joins a town to the country it is in: « (Belgique) », « , en Autriche », « au
# Canada », « , dans le Texas ». On accent-folded text.
_ABROAD_LINK = re.compile(r"\s*(?:\(\s*|,\s*(?:(?:en|au|aux|dans l[ae]|dans le)\s+)?|"
                          r"\s+(?:en|au|aux)\s+)")
# « la ville belge de Mons », « la capitale autrichienne, Vienne »: a nationality, then
# this, then the name.
_NATIONALITY_LINK = re.compile(r"\s+(?:de\s+|d'|,\s*)")


def listed_with(text: str, mention: str, towns: set[str]) -> bool:
    """The name is listed next to one of these foreign towns (« à Longueuil et à
    Trois-Rivières »: the Québec town, not the Guadeloupe commune)."""
    folded = normalise(text, fold_accents=True)
    name = re.escape(_folded(mention))
    for town in map(re.escape, map(_folded, towns)):
        for first, second in ((town, name), (name, town)):
            if re.search(rf"\b{first}{_LIST_LINK}{second}\b", folded):
                return True
    return False


# « , », « et », « ou », with the preposition repeated (« à Longueuil et à … »).
_LIST_LINK = r"\s*(?:,|\bet\b|\bou\b)\s*(?:(?:a|de|d')\s*)?"


def _folded(name: str) -> str:
    return normalise(name, fold_accents=True)


def set_abroad(title: str, text: str, foreign_names: set[str]) -> bool:
    """The title opens on a foreign place (« Belgique : … », « Québec : … »), or a
    sentence on « En (Au) <foreign place>, »."""
    opening = normalise(title)
    if any(opening.startswith(name) and opening[len(name):].lstrip().startswith(":")
           for name in foreign_names):
        return True
    folded = normalise(text)
    return any(re.search(rf"(?:^|[.!?:]\s+|\n)(?:en|au|aux) {re.escape(name)}\s*,", folded)
               for name in foreign_names)


def foreign_headline(title: str, foreign_names: set[str]) -> bool:
    """The title opens with a foreign place: its dateline or its subject."""
    opening = normalise(title)
    return any(opening.startswith(name) and not is_word_char(opening[len(name):][:1] or " ")
               for name in foreign_names)
