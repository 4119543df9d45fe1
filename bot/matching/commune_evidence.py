"""Weigh the evidence that a name in a text is the commune a story is about (pure).

Each candidate (a commune a capitalised name may stand for) carries readable signals:
where the name stands (title, after "à", "maire de …"), what settled its homonyms
(postcode, department named, population), what it might be instead (a street, a
person, a club, a comparison, an ordinary word) and a prior from data (the town's
size). A logistic model adds their weights; the weights are fitted on labelled news
by scripts/fit_commune_weights.py and shipped in data/commune_weights.json, so
`match --explain` can show every signal with its weight.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

WEIGHTS_FILE = "commune_weights.json"

# Signals, in the order the fit script and the weights file list them. Each reads as
# a sentence about the name: "the name is in the title", "a street is named after it".
SIGNALS: dict[str, str] = {
    # Where it stands.
    "in_title": "named in the title",
    "opens_title": "the title opens with it",
    "dateline": "the title or a digest's item opens with it and a colon (Nice : …)",
    "locative": "after à, au, en, sur…",
    "town_noun": "after maire de, ville de, police municipale de…",
    "surveillance_sentence": "cameras, drones or surveillance named in its sentence",
    "named_again": "named more than once",
    "subject": "it opens a sentence or a clause, or a clause after it reports its cameras "
               "(Pour Plérin, … ; Bayonne, qui a installé…): the sentence is about it",
    "title_names_another": "only in the text, while the title names another town",
    "dated_sentence": "a year in its sentence (a history, a precedent, a schedule)",
    "only_town": "the only town the text names",
    "many_towns": "one of four towns or more",
    "listed": "in a list of names (A, B et C)",
    # What settled its homonyms.
    "feed_scope": "the feed's own commune or department",
    "postcode": "its postcode or department number is given",
    "departement": "its department is named",
    "region": "its region is named",
    "neighbour": "another town of its department is named",
    "unique": "no other commune bears that name",
    "most_populous": "the most populous of its homonyms, nothing else says which",
    "short_form": "a short form or another name (Aix, Cherbourg-Octeville, Plessis-Robinson)",
    "far_from_city": "a small town settled by its name alone, beside a city of another "
                     "department or in a story set overseas (a local district?)",
    # Prior from data.
    # (not when listed beside a town whose name is no word: « Montluçon et Moulins »)
    "common_word": "its name is also an ordinary word or first name",
    "opens_sentence": "such a name opening a sentence, where its capital says nothing",
    "contracted": "written du X or au X (du Palais, au Parc): as often a noun as the town",
    "town_size": "for such a name, the town's size (log10 of its population, minus 4)",
    # What it may be instead.
    "street": "a street or building is named after it",
    "district": "a district is named after it (le quartier de Maurepas, in Rennes)",
    "left_out": "the text leaves it out (n'est pas concernée; observe; a digest's other "
                "news; a recueil's other act, the transport d'artifices à)",
    "landmark": "a landmark locating another place (à 30 km de, au nord de)",
    "comparison": "a precedent or comparison (comme à, après)",
    "after_article": "a noun after an article (la Croisette, au Vieux-Port), not the town",
    "seat": "the seat of a court, a company or a university, an event's venue, where an "
            "act was signed, the State's seat (Paris in a European story)",
    "other_entity": "part of another name (a person, a club, an intercommunality, the "
                    "Games)",
    "outlet": "in a newspaper's title (Le Journal de Millau)",
    "other_office": "a person's other office or home (l'ancien maire de, la députée de, "
                    "qui vit à)",
}


@dataclass(frozen=True)
class Weights:
    """A bias, a weight per signal and the probability a commune needs to be tagged."""

    bias: float
    signals: dict[str, float]
    threshold: float


@dataclass(frozen=True)
class Weighed:
    """The evidence for one candidate: its probability and each signal's part."""

    probability: float
    contributions: tuple[tuple[str, float], ...]  # (signal, weight × value)


@lru_cache(maxsize=1)
def shipped_weights() -> Weights:
    """The weights fitted by scripts/fit_commune_weights.py."""
    raw = resources.files("bot.matching.data").joinpath(WEIGHTS_FILE).read_text("utf-8")
    return weights_from_json(json.loads(raw))


def weights_from_json(document: dict) -> Weights:
    unknown = set(document["signals"]) - set(SIGNALS)
    if unknown:
        raise ValueError(f"unknown signals in the weights: {sorted(unknown)}")
    return Weights(float(document["bias"]), {k: float(v) for k, v in
                                             document["signals"].items()},
                   float(document["threshold"]))


def weigh(signals: dict[str, float], weights: Weights | None = None) -> Weighed:
    """The probability that the candidate is a place of the story."""
    weights = weights or shipped_weights()
    parts = [(name, round(weights.signals.get(name, 0.0) * value, 3))
             for name, value in signals.items() if value]
    total = weights.bias + sum(part for _, part in parts)
    parts.sort(key=lambda part: -abs(part[1]))
    return Weighed(round(1 / (1 + math.exp(-total)), 3), tuple(parts))
