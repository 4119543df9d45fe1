"""A place name found in a text, and the words just around it (pure): the shared
ground of place_signals.py (where a name stands) and not_the_place.py (what it may be
instead)."""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Mention:
    """A place name found in a text: where, what kind, and the codes it may stand for."""

    start: int
    end: int
    kind: str  # commune | departement | region | arrondissement
    codes: tuple[str, ...]
    aliases: tuple[str, ...] = ()  # communes this short form may stand for
    town_named: bool = False  # a department read from a town's name ("en Corrèze")
    other_names: tuple[str, ...] = ()  # communes it is another name of (Gazetteer.other_names)
    respelled: bool = False  # a misspelt name, one letter from the commune's (spelling.py)


# The words that link the parts of a commune's name (Pont-sur-Yonne, Saintes-Maries-de-
# la-Mer): a name with one is long, and its first part a short form (Aix, Bellegarde).
LINK_WORDS = r"(?:sur|sous|en|lès|lez|les|le|la|de|des|du|d'|aux|au)"

# A name written with its article contracted: « du Palais », « au Havre », « des Mureaux ».
CONTRACTED = re.compile(r"(?:du|au|aux|des) ")

# Words that, just before a name, show it is used as a place ("à Tours"); not « vers »
# or « depuis », a direction or an origin (« une pétition lancée depuis Rennes »).
LOCATIVE = {"à", "a", "sur", "au", "aux", "en", "dans"}

# A lower-case word after a name: its verb (« Nice installe »), not a preposition.
SUBJECT_VERB = re.compile(r"\s+(?:s'|s’|se\s+|y\s+)?(?!(?:pour|dans|avec|sans|sur|sous|"
                          r"chez|vers|depuis|mais|donc|puis|par|parmi|entre|contre|"
                          r"selon|comme|aussi)\b)[a-zàâçéèêëîïôûù]{3,}")


def previous_words(folded: str, start: int, count: int = 2) -> list[str]:
    """The `count` words before `start`, nearest last ("d'" kept as a word)."""
    before = folded[max(0, start - 40):start]
    before = before.replace("'", "' ")
    return before.split()[-count:]


def sentence_span(text: str, start: int, end: int, stops: str = ".!?\n") -> tuple[int, int]:
    """Where the sentence holding `text[start:end]` begins and ends (each of `stops`
    ends one)."""
    begin = max(text.rfind(stop, 0, start) for stop in stops) + 1
    ends = [i for i in (text.find(stop, end) for stop in stops) if i >= 0]
    return begin, min(ends, default=len(text))


def opens_sentence(text: str, start: int) -> bool:
    """The name opens a sentence (or the title): its capital letter says nothing."""
    before = text[max(0, start - 3):start].rstrip(" «\"“")
    return not before or before[-1] in ".!?:\n"
