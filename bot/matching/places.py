"""Find French communes named in a text (pure: no I/O beyond the cached gazetteer).

One Aho-Corasick automaton over every commune (and its other names), department and
region name finds all mentions in one pass; the longest mention wins; homonyms.py
settles homonyms by context (the feed's scope, departments, regions or postcodes named
in the text, other towns nearby) and, last, by population. Each commune found becomes a
candidate with the signals place_signals.py and not_the_place.py read around its
mentions, and commune_evidence.py weighs them into the decision.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from bot.matching.automata_cache import cached
from bot.matching.commune_evidence import SIGNALS, Weights, shipped_weights, weigh
from bot.matching.communes import CITY, Commune, Gazetteer, gazetteer, overseas
from bot.matching.demonyms import demonym_mentions
from bot.matching.homonyms import (
    ALIAS_MIN_POPULATION,
    OVERSEAS,
    Scope,
    choose,
    context,
    neighbours,
)
from bot.matching.link_places import NO_LINK_PLACES, places_in_link
from bot.matching.mention import LINK_WORDS, Mention, opens_sentence, previous_words
from bot.matching.not_the_place import AGAINST, EXAMPLE, PRECEDENT
from bot.matching.place_signals import MUNICIPAL, Reading
from bot.matching.short_forms import department_beside, longer_named_town, towering_longer_name
from bot.matching.spelling import respelled_mentions
from bot.matching.text import is_word_char, normalise
from bot.matching.vocabulary import FOREIGN_PLACES

# Lower-case words allowed inside a name written in running text ("à la Rochelle" is
# rare, but "Saint-Denis-de-Pile", "du Mans" are normal); every other word of a
# mention must start with a capital, so "Le plan d'implantation" is not Le Plan.
_NAME_PARTICLES = {"de", "du", "des", "la", "le", "les", "l", "d", "en", "sur", "sous", "et",
                   "au", "aux", "lès", "lez", "à", "a", "arrondissement",
                   "di", "da", "del", "della", "u", "e",  # Corsican: Ville-di-Pietrabugno
                   "i", "o", "te"}  # Polynesian: Teva i Uta, Hitiaa o te Ra
_REGION_ALIASES = {"réunion": "04", "paca": "93", "région sud": "93", "corse": "94"}
# An island collectivity's usual name, which no commune list gives (« Saint-Barth »)
_ISLANDS_USUAL_NAMES = {"Saint-Barth": "97701"}


@dataclass(frozen=True)
class PlaceMatch:
    """A commune recognised in a text, with the evidence that decided it."""

    commune: Commune
    mention: str
    evidence: str
    weight: float = 1.0  # the probability the evidence gives it
    signals: tuple[tuple[str, float], ...] = ()  # each signal and its part in the weight


def _name_variants(name: str) -> set[str]:
    """Spellings of a commune name seen in the press: St/Ste, au/du/aux/des, œ as oe."""
    base = normalise(name)
    variants = {base}
    if "œ" in base or "æ" in base:  # Schœlcher is often written Schoelcher
        variants.add(base.replace("œ", "oe").replace("æ", "ae"))
    for long, short in (("saint ", "st "), ("sainte ", "ste ")):
        if base.startswith(long):
            variants.add(short + base[len(long):])
    if " saint" in base:  # « Villeneuve-St-Georges », « Villeneuve St Georges »
        variants.update(_SAINT_INSIDE.sub(lambda found: _SAINT_SHORT[found.group(1)], variant)
                        for variant in list(variants))
    for article, contracted in (("le ", ("au ", "du ")), ("les ", ("aux ", "des "))):
        if base.startswith(article):
            variants.update(c + base[len(article):] for c in contracted)
    return variants


# French Polynesia and Wallis-et-Futuna: the press writes the glottal stop (ʻeta) the
# official names drop, as an apostrophe between two vowels (« Faa'a » for Faaa,
# « Hitia'a », « Mo'orea »); a French elision never has a vowel before its apostrophe.
_GLOTTAL_STOP_DEPARTEMENTS = {"986", "987"}
_VOWEL_PAIR = re.compile(r"(?<=[aeiou])(?=[aeiou])")


def _glottal_stop_variants(base: str) -> set[str]:
    """`base` with an apostrophe between any of its pairs of vowels (at most four pairs)."""
    cuts = [found.start() for found in _VOWEL_PAIR.finditer(base)][:4]
    variants = set()
    for chosen in range(1, 2 ** len(cuts)):
        variant = base
        for index in reversed(range(len(cuts))):
            if chosen >> index & 1:
                variant = variant[:cuts[index]] + "'" + variant[cuts[index]:]
        variants.add(variant)
    return variants


_SAINT_INSIDE = re.compile(r"(?<= )(saint|sainte)(?= )")
_SAINT_SHORT = {"saint": "st", "sainte": "ste"}


# What the press calls a commune with a long name (also used by scripts/build_communes.py
# for former communes' names): Aix for Aix-en-Provence, Bellegarde for Bellegarde-sur-Valserine.
SHORT_FORM = re.compile(rf"^(.{{3,}}?)-{LINK_WORDS}-")
_TWO_PART = re.compile(r"^((?:(?:La|Le|Les) )?[A-ZÀ-Ý][\w']{2,})(?:-[A-ZÀ-Ý][\w']+)+$")


# "Saint-Denis", "Mont-de-Marsan", "Le Grand-Quevilly", "L'Isle-d'Abeau": a title or a
# generic word is no name on its own (« la gare de Saint-Quentin-en-Yvelines » does not
# name a « Saint », « Le Grand Annecy » no « Le Grand », « le quartier de l'Isle » no town).
NO_NAME_ALONE = {"Saint", "Sainte", "Mont", "Notre-Dame", "Le Grand", "La Grande",
                 "Le Petit", "La Petite", "Les Grandes", "Les Petites", "L'Isle", "L'Île"}


def short_name(name: str) -> str | None:
    """The first part of a long name, as the press writes it alone: Aix for
    Aix-en-Provence, Évry for Évry-Courcouronnes, La Baule for La Baule-Escoublac."""
    match = SHORT_FORM.match(name) or _TWO_PART.match(name) or _SAINT_TAIL.match(name)
    return match.group(1) if match and match.group(1) not in NO_NAME_ALONE else None


# « Hérouville » for Hérouville-Saint-Clair, « Conflans » for Conflans-Sainte-Honorine: a
# saint's name ending a town's name is left out as a link word's tail is (not the
# « Saint-Just » of Saint-Just-Saint-Rambert: a short form starts with no saint).
_SAINT_TAIL = re.compile(r"^((?!Saint|Sainte)(?:(?:La|Le|Les) )?[A-ZÀ-Ý][\w']{2,})-Sainte?-")


# Short forms the press gives a small town for its airport, rather than the large town
# of that first name: « Roissy » is Paris-Charles-de-Gaulle, in Roissy-en-France (2,900
# people), not Roissy-en-Brie (23,000).
AIRPORT_SHORT_FORMS = {"Roissy": "95527"}


def short_form(commune: Commune) -> str | None:
    """What the press calls a large town with a long name (Saint-Ouen for
    Saint-Ouen-sur-Seine), competing with the communes of that exact name."""
    short = short_name(commune.name)
    if short in AIRPORT_SHORT_FORMS:
        return short if AIRPORT_SHORT_FORMS[short] == commune.code else None
    return short if commune.population >= ALIAS_MIN_POPULATION else None


def _patterns() -> dict[str, dict[tuple[str, str], None]]:
    """Every written form of every place → the (kind, code) pairs it may name."""
    places = gazetteer()
    entries: dict[str, dict[tuple[str, str], None]] = {}

    def add(pattern: str, kind: str, code: str) -> None:
        entries.setdefault(pattern, {})[(kind, code)] = None

    for commune in places.communes.values():
        for variant in _name_variants(commune.name):
            add(variant, "commune", commune.code)
        if commune.departement in _GLOTTAL_STOP_DEPARTEMENTS:
            for variant in _glottal_stop_variants(normalise(commune.name)):
                add(variant, "commune", commune.code)
    # « Saint-Luce-sur-Loire »: a Sainte's name with its « e » dropped, where no commune
    # bears the name so written
    names = {normalise(commune.name) for commune in places.communes.values()}
    for commune in places.communes.values():
        base = normalise(commune.name)
        if base.startswith("sainte ") and (slip := "saint " + base[7:]) not in names:
            add(slip, "other", commune.code)
    for commune in places.communes.values():
        short = short_form(commune)
        if short:
            add(normalise(short), "alias", commune.code)
    for name, code in places.other_names:  # "Bellegarde-sur-Valserine", now Valserhône
        for variant in _name_variants(name):
            add(variant, "other", code)
    for name, code in _ISLANDS_USUAL_NAMES.items():  # « Saint-Barth »
        for variant in _name_variants(name):
            add(variant, "other", code)
    for code, (name, parent) in places.arrondissements.items():
        city, number = name.split(" ")[0], name.split(" ")[1]
        for pattern in (normalise(name), f"{normalise(city)} {number}",
                        f"{number} arrondissement de {normalise(city)}"):
            add(pattern, "arrondissement", parent)
    for code, (name, _) in places.departements.items():
        add(normalise(name), "departement", code)
    for code, name in places.regions.items():
        add(normalise(name), "region", code)
    for alias, code in _REGION_ALIASES.items():
        add(alias, "region", code)
    return entries


@lru_cache(maxsize=2)
def _automaton(folded: bool) -> ahocorasick.Automaton:
    """Accented forms; or, with `folded`, the accent-free forms of accented names
    ("Saint-Etienne"), used only where no accented form matches."""
    return _both_automata()[folded]


@lru_cache(maxsize=1)
def _both_automata() -> tuple[ahocorasick.Automaton, ahocorasick.Automaton]:
    return cached("places", lambda: (_build_automaton(False), _build_automaton(True)))


def _build_automaton(folded: bool) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    merged: dict[str, dict[tuple[str, str], None]] = {}
    for pattern, kinds in _patterns().items():
        if folded:
            bare = _fold(pattern)
            if bare == pattern:
                continue
            if " " not in pattern:  # "Lire aussi" is not Liré, a former commune
                kinds = {k: None for k in kinds if k[0] != "other"}
                if not kinds:
                    continue
            merged.setdefault(bare, {}).update(kinds)
        else:
            merged[pattern] = kinds
    for pattern, kinds in merged.items():
        automaton.add_word(pattern, (len(pattern), tuple(kinds)))
    automaton.make_automaton()
    return automaton


def _fold(normalised: str) -> str:
    return normalise(normalised, fold_accents=True)


def _classify(start: int, end: int, kinds: tuple[tuple[str, str], ...]) -> Mention:
    """Department and region names beat a commune of the same name ("La Réunion" the
    region, not the village), unless the commune lies in that department (Paris)."""
    by_kind: dict[str, tuple[str, ...]] = {}
    for kind, code in kinds:
        by_kind[kind] = by_kind.get(kind, ()) + (code,)
    communes = by_kind.get("commune", ())
    aliases = by_kind.get("alias", ())
    other_names = by_kind.get("other", ())
    departements = set(by_kind.get("departement", ()))
    places = gazetteer()
    inside = tuple(c for c in communes if places.communes[c].departement in departements)
    if inside:
        return Mention(start, end, "commune", inside)
    for kind in ("region", "departement", "arrondissement", "commune"):
        if kind in by_kind:
            return Mention(start, end, kind, by_kind[kind], aliases, other_names=other_names)
    return Mention(start, end, "commune", (), aliases, other_names=other_names)


def _mentions(text: str, folded: str) -> tuple[list[Mention], list[Mention]]:
    """All capitalised, word-bounded mentions; overlapping ones resolved longest-first,
    accented forms before accent-free ones (folding merges distinct names). Second,
    the communes named inside a longer hyphenated name that is no place itself
    ("Bâle-Mulhouse"): not places of the story, but they say which region it is in."""
    found: list[tuple[int, Mention]] = []
    glued: list[Mention] = []
    bare = _fold(folded)
    # Accented names as written; accent-free forms of accented names ("Saint-Etienne");
    # names written without accents officially but with one in the text ("Dembéni").
    passes = [(0, folded, False), (1, bare, True)]
    if bare != folded:
        passes.append((1, bare, False))
    for rank, haystack, accent_free in passes:
        for end_index, (length, kinds) in _automaton(accent_free).iter(haystack):
            start, end = end_index - length + 1, end_index + 1
            if text[start:end].islower():
                continue  # the common case, checked first: an ordinary lower-case word
            if start > 0 and is_word_char(haystack[start - 1]):
                continue
            if end < len(haystack) and is_word_char(haystack[end]):
                continue
            if not _capitalised(text[start:end]):
                continue
            if _continued(text, start, end):
                continue  # "le Parc des Princes", "au Val Fourré": a longer name
            if _hyphen_joined(text, start, end) and not _station_of(text, start, end) \
                    and not _with_its_hamlet(text, start, end) \
                    and not _ITS_CENTRE.match(text, end) \
                    and not _ITS_OLD_QUARTER.search(text, max(0, start - 12), start):
                # "Châtelet-Les Halles", "Paris-Saclay": another, longer name
                glued.append(_classify(start, end, kinds))
                continue
            found.append((rank, _classify(start, end, kinds)))
    found.sort(key=lambda r: (-(r[1].end - r[1].start), r[0], r[1].start))
    chosen: list[Mention] = []
    for _, mention in found:
        if all(mention.end <= c.start or mention.start >= c.end for c in chosen):
            chosen.append(mention)
    # a name inside a longer one that is itself a place (« Saône » in Saône-et-Loire)
    # says nothing of its own
    glued = [g for g in glued if not any(c.start <= g.start and g.end <= c.end for c in chosen)]
    return sorted(chosen, key=lambda m: m.start), glued


# « Strasbourg-centre », « Rouen-Centre »: the town's own centre, not a longer name.
_ITS_CENTRE = re.compile(r"[-‐‑](?:centre|Centre)(?:[-‐‑]ville)?\b")
# « le Vieux-Lyon », « du Vieux-Nice »: the town's own old quarter, not a longer name
# (an article before it: « Vieux-Thann », a commune, is found whole, as the longest name)
_ITS_OLD_QUARTER = re.compile(r"(?i:le|du|au)\s+(?:Vieux|Vieille)[-‐‑]$")


def _hyphen_joined(text: str, start: int, end: int) -> bool:
    """The mention is glued by a hyphen to a capitalised word before or after it, or
    by an apostrophe to a word that is not an elided article ("la Grand’Mare", a
    district; not "d’Avignon")."""
    before = text[max(0, start - 2):start]
    after = text[end:end + 2]
    if len(before) == 2 and before[1] in "'’" and before[0].isalpha():
        word = re.search(r"(-?)(\w+)['’]$", text[max(0, start - 20):start])
        # "la Grand’Mare"; "Valence-d’Agen", a longer name
        return bool(word) and (word.group(2).lower() not in _ELIDED or bool(word.group(1)))
    return ((len(before) == 2 and before[1] in "-‐‑" and before[0].isalpha())
            or (len(after) == 2 and after[0] in "-‐‑" and after[1].isalpha()))


_ARTICLE_LED = re.compile(r"(?i:le|la|les|l['’]|au|aux|du|des)\s*[A-ZÀ-Ý]")
_CONTINUED = re.compile(r" (?:(?:des|du|de la|de l['’]|de|d['’]) ?)?(?!(?:Le|La|Les|L['’]|Un|Une|"
                        r"Des|Ce|Cette|Ces|Deux|Trois|Quatre|Cinq|Six|Dix)\b)[A-ZÀ-Ý][a-zà-ÿ]")


# « L Isle D Abeau »: an elided article or preposition whose apostrophe a PDF's or a
# transcription's text lost (a capital L or D alone, then a word opening on a vowel)
_LOST_APOSTROPHE = re.compile(r"(?<![\w'’.-])[LD] (?=[AEIOUYÀÂÉÈÊÎÔÛH][a-zà-ÿA-ZÀ-Ý])")


def _with_elisions(text: str, folded: str) -> str:
    """`folded` with the apostrophes such a text lost put back (same length)."""
    if not any(marker in text for marker in (" L ", " D ", "\nL ", "\nD ")) \
            and not text.startswith(("L ", "D ")):
        return folded
    for lost in _LOST_APOSTROPHE.finditer(text):
        folded = folded[:lost.start() + 1] + "'" + folded[lost.start() + 2:]
    return folded


def _continued(text: str, start: int, end: int) -> bool:
    """A name led by an article and followed, with no stop, by a capitalised word: a
    longer name of which the commune's is the start (« le Parc des Princes », « au Val
    Fourré », « Le Havre Seine Métropole »), not the village « Le Parc » or « Le Val ».
    Not a title's dateline in capitals (« LE GRAU-DU-ROI Treize caméras… »)."""
    if start == 0 and text[start:end].isupper():
        return False
    return bool(_ARTICLE_LED.match(text, start) and _CONTINUED.match(text, end))


_STATION = re.compile(r"\b(?i:gares?|stations?)\s+(?:de\s+|du\s+|d['’])?"
                      r"(?:[A-ZÀ-Ý][\w'’-]*\s*(?:,|et|ou)\s+(?:de\s+|du\s+|d['’])?)*$")


# What follows a town's name in its stations' names (« Paris-Gare de Lyon »,
# « Nanterre-Préfecture », « Lille-Flandres »): not « Paris-Saclay », a university
_STATION_TAIL = re.compile(r"[-‐‑](?:Gare|Préfecture|Part-Dieu|Perrache|Saint-Charles|Flandres|"
                           r"Europe|Saint-Jean|Matabiau|Montparnasse|Saint-Lazare|"
                           r"Austerlitz|Ville|Chessy)\b")


def _station_of(text: str, start: int, end: int) -> bool:
    """« en gare de Lille-Flandres et de Lyon-Part-Dieu », « gare Lyon-Part-Dieu », « à
    Paris-Gare de Lyon »: a station named after the town it serves, its name first."""
    return (text[end:end + 1] in "-‐‑" and text[end + 1:end + 2].isupper()  # not "-en-Yvelines"
            and (bool(_STATION.search(text, max(0, start - 60), start))
                 or bool(_STATION_TAIL.match(text, end))))


def _with_its_hamlet(text: str, start: int, end: int) -> bool:
    """« le maire de Nibas-Saucourt », « Hambach-Roth (57) »: a commune written with its
    hamlet, the whole a commune's (its mayor's, or its department number after it)."""
    hamlet = _HAMLET.match(text, end)
    return bool(hamlet) and (bool(hamlet.group(1)) or bool(
        _MUNICIPAL_BEFORE.search(text, max(0, start - 30), start)))


# « -Saucourt », « -Roth (57) »: a capitalised word no link word starts, a department after
_HAMLET = re.compile(r"[-‐‑][A-ZÀ-Ý][a-zà-ÿ]+(?![-‐‑'’\w])(\s*\((?:\d{2}|2A|2B|97\d)\))?")
_MUNICIPAL_BEFORE = re.compile(r"\b(?:maire|mairie|commune|municipalité|village)\s+"
                               r"(?:de|d['’])\s*$")


_ELIDED = {"d", "l", "qu", "j", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu",
           "quoiqu", "presqu"}


def _capitalised(mention: str) -> bool:
    """Every word of the mention but particles starts with a capital letter; in a name
    hyphenated round a particle, the first word's capital is enough, as the press often
    lowers the rest (« Boulogne-sur-mer », « Saint-Germain-en-laye »)."""
    words = [w for w in re.split(r"[\s'’\-]+", mention) if w]
    particles = _particles()
    # (a name made of such words only, « Entre-Deux », is capitalised as any other)
    significant = [w for w in words if w.lower() not in particles] \
        or [w for w in words if w.lower() not in _NAME_PARTICLES]
    if not significant:
        return False
    if all(w[0].isupper() or w[0].isdigit() for w in significant):
        return True
    if len(significant) >= 3 and significant[0][0].isupper() and significant[-1][0].isupper():
        return True  # « Notre dame des Landes »: a long name's first and last capitals
    return bool(_HYPHENATED_ROUND_A_PARTICLE.fullmatch(mention)
                or _SECOND_WORD_LOWERED.fullmatch(mention))


# « Marcillac-vallon », « Saint-etienne »: a two-word hyphenated name whose second word
# the writer lowered (a commune's whole name: the automaton found it)
_SECOND_WORD_LOWERED = re.compile(r"[A-ZÀ-Ý][\w]+[-‐‑][a-zà-ÿ][\w]+")


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    """The particles above, and every word the official names write in lower case more
    than once (« Rosières-près-Troyes », « Villers-devant-Dun », « Pierrefitte-ès-Bois »)."""
    counts: dict[str, int] = {}
    for commune in gazetteer().communes.values():
        for word in re.split(r"[\s'’\-]+", commune.name):
            if word.islower():
                counts[word] = counts.get(word, 0) + 1
    official = {word for word, count in counts.items() if count > 1}
    # and as written without accents (« Artigues-pres-Bordeaux »)
    return frozenset(_NAME_PARTICLES | official
                     | {normalise(word, fold_accents=True) for word in official})


# « Boulogne-sur-mer », « Saint Denis en val »: capitalised words, then a particle, then
# lower-case words, joined by hyphens or spaces (a commune's whole name: the automaton
# found it).
_HYPHENATED_ROUND_A_PARTICLE = re.compile(
    r"[A-ZÀ-Ý][\w'’]*(?:[- ][A-ZÀ-Ý][\w'’]*)*[- ](?:sur|sous|en|lès|lez|de|du|des|la|le|les|"
    r"aux?|à)[- ][\w'’ -]+")


def find_communes(text: str, scope: Scope = Scope(), link: str = "") -> list[PlaceMatch]:
    """Communes named in `text`, in order of first mention, each once (`link`, the
    item's address, may settle homonyms)."""
    return explain_communes(text, scope, link=link)[0]


@dataclass(frozen=True)
class Rejected:
    """A name that looked like a commune, and why it was not taken as one."""

    mention: str
    reason: str
    commune: Commune | None = None  # the commune it was weighed as, if any
    weight: float | None = None
    signals: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class Candidate:
    """A commune a name in the text may stand for, with the signals for and against
    it, read from the best of its mentions (see `_best_of`)."""

    commune: Commune
    mention: str
    evidence: str  # what chose this homonym
    signals: dict[str, float]


def explain_communes(text: str, scope: Scope = Scope(), weights: Weights | None = None,
                     link: str = "") -> tuple[list[PlaceMatch], list[Rejected]]:
    """`find_communes`, plus every name it set aside and why (for `match --explain`)."""
    weights = weights or shipped_weights()
    found, rejected = candidates(text, scope, weights, link)
    results = []
    for candidate in found:
        weighed = weigh(candidate.signals, weights)
        if weighed.probability >= weights.threshold:
            results.append(PlaceMatch(candidate.commune, candidate.mention, candidate.evidence,
                                      weighed.probability, weighed.contributions))
            continue
        against = [SIGNALS[name] for name, part in weighed.contributions if part <= -0.1]
        rejected.append(Rejected(candidate.mention, "; ".join(against[:2]) or "too little "
                                 "evidence", candidate.commune, weighed.probability,
                                 weighed.contributions))
    kept, folded = _fold_short_forms(results, text)
    return kept, rejected + folded


_EVIDENCE_SIGNAL = {"feed scope": "feed_scope", "postcode": "postcode",
                    "departement": "departement", "region": "region",
                    "nearby commune": "neighbour", "nearby region": "neighbour",
                    "link": "region",  # the area the outlet filed the story under
                    "unique": "unique", "largest by far": "unique",
                    "arrondissement": "unique", "population": "most_populous",
                    "spelling": "unique"}  # one letter from the only such name


def candidates(text: str, scope: Scope = Scope(), weights: Weights | None = None,
               link: str = "") -> tuple[list[Candidate], list[Rejected]]:
    """Every commune the capitalised names of `text` may stand for, with its signals;
    and the names no commune could be chosen for. (`weights` say which cities the story
    is about, beside which a village is likelier a district.)"""
    places = gazetteer()
    folded = _with_elisions(text, normalise(text))
    bare = _fold(folded)
    mentions, glued = _mentions(text, folded)
    mentions = _departments_named_like_towns(mentions, folded, places)
    mentions = respelled_mentions(text, mentions)
    departements, regions, postcodes = context(text, folded, mentions, places, scope)
    filed = places_in_link(link, places) if link else NO_LINK_PLACES
    reading = Reading(text, folded, bare)
    read = {mention: reading.signals(mention) for mention in mentions
            if mention.kind in ("commune", "arrondissement")}
    _edition_dateline(text, mentions, read)
    # Towns that settle their neighbours' homonyms: one commune each, and named for a
    # place, if not always the story's (a court's seat, a landmark, a precedent are
    # nearby), not as a person or a street (« Gaël Perdriau », « rue de Paris »).
    french = [m for m in mentions if normalise(text[m.start:m.end]) not in _foreign_places()]
    # A village inside a longer name (« au Bois-Perrier », a district) settles nothing:
    # only a town does (« Bâle-Mulhouse », « Lille-Lesquin »).
    settled = [places.communes[m.codes[0]]
               for m in french + [g for g in glued if _a_town(g, places)]
               if m.kind in ("commune", "arrondissement") and len(m.codes) == 1
               and not m.aliases and not places.communes[m.codes[0]].needs_evidence
               and not any(name in read.get(m, {}) for name in _NOT_A_PLACE)]
    settled = _without_far_villages(settled)
    if scope.commune in places.communes:  # a council feed's own town is a neighbour
        settled.append(places.communes[scope.commune])
    story = _story_departments(mentions, read, places, scope)
    municipal: set[str] = set()  # communes named by their own bodies (« la mairie de X »)
    located: set[str] = set()  # towns the text locates by another (« Pabu, près de Guingamp »)
    examples: set[str] = set()  # equipped towns given as examples (« comme Nice, qui… »)
    paired = _paired_homonyms(french, read, places)
    # homonyms placing each other overseas name the story's department too (« après
    # Saint-Denis, Sainte-Marie s'équipe »: a precedent in Réunion is a nearby one)
    story |= {code for m, codes in paired.items()
              if not any(name in read.get(m, {}) for name in AGAINST)
              for code in codes if overseas(code)}
    # a name read as a district once (« le quartier Saint-Jacques ») is that district
    # wherever it is written, whichever commune each mention would be (« à Saint-Jacques »)
    districts = {normalise(text[m.start:m.end]) for m in mentions if "district" in read.get(m, {})}
    by_commune: dict[str, list[tuple[str, str, dict[str, float]]]] = {}
    rejected: list[Rejected] = []
    for index, mention in enumerate(mentions):
        written = text[mention.start:mention.end]
        if mention.town_named:
            rejected.append(Rejected(written, "the department, not its homonymous town"))
        if mention.kind not in ("commune", "arrondissement"):
            continue
        homonyms = [places.communes[c] for c in mention.codes]
        aliases = [places.communes[c] for c in mention.aliases]
        others = [places.communes[c] for c in mention.other_names]
        nearby = neighbours(settled, mention)
        if mention in paired:  # « Saint-Benoît » beside « Buxerolles »: both in the Vienne
            nearby = (nearby[0] | paired[mention], nearby[1])
        folded_name = normalise(written)
        against = any(reading in read[mention] for reading in AGAINST)
        if not against and not any(c.risky for c in homonyms):
            beside = {c.departement for c in settled if c.code not in mention.codes}
            # the department the outlet filed the story under counts as one named
            # (« objectifgard.com/gard/… : Villeneuve » is Villeneuve-lès-Avignon)
            aliases += longer_named_town(folded_name, homonyms, aliases, others,
                                         departements | filed.departements, beside,
                                         department_beside(text, mentions, index))
        chosen = choose(homonyms, aliases, others, departements, regions, postcodes,
                        nearby, scope, filed)
        if chosen is None:
            rejected.append(Rejected(written, "a short form shared by several towns, "
                                              "nothing says which"))
            continue
        commune, evidence = chosen
        if evidence in _BY_NAME_ALONE and commune.code in mention.codes \
                and commune.departement not in departements and not against:
            # « Le Puy » alone: the village of that exact name, or a town ten times its
            # size the press calls so (Le Puy-en-Velay)? The town, if one clearly is.
            larger = towering_longer_name(folded_name, commune.population)
            if larger is False:
                rejected.append(Rejected(written, "a short form shared by several towns, "
                                                  "nothing says which"))
                continue
            if larger:
                commune = larger
        if evidence == "unique" and commune.departement in departements:
            evidence = "departement"  # the only one of that name, in the department named
        elif evidence == "unique" and commune.region in regions & OVERSEAS:
            # « Guadeloupe : Bouillante installe… »: an overseas region is one
            # department (a mainland region says little of a town named in passing)
            evidence = "region"
        if mention.kind == "arrondissement":
            evidence = "arrondissement"
        if mention.respelled:
            evidence = "spelling"
        signals = dict(read[mention])
        if folded_name in districts and evidence not in PLACING:
            signals["district"] = 1.0
        named_a_commune = bool(signals.pop(MUNICIPAL, None))
        if named_a_commune:
            municipal.add(commune.code)
        if signals.pop(EXAMPLE, None):
            examples.add(commune.code)
        if _located_by_next(text, mentions, index, commune, places):
            located.add(commune.code)
        if signals.pop(PRECEDENT, None) and commune.departement in (story or departements):
            signals.pop("comparison")  # a precedent nearby: a deployment reported
        signals[_EVIDENCE_SIGNAL[evidence]] = 1.0
        if commune.code not in mention.codes:
            signals["short_form"] = 1.0
        # (« la mairie de Cassis », « Tulle, la préfecture, »: the text names a commune,
        # whatever its name means as a word)
        word = commune.risky_as(written) and not named_a_commune and not (
            not any(name in signals for name in AGAINST)
            and _listed_with_a_town(text, index, mentions, read, places)) \
            and not _COUNTS_ITS_CAMERAS.match(text, mention.end)
        if commune.code not in mention.codes and opens_sentence(text, mention.start) \
                and _NOUN_PHRASE.match(text, mention.end):
            word = True  # « Plan de vidéosurveillance : … », not Plan-de-Cuques
        if word:
            signals["common_word"] = 1.0
            if opens_sentence(text, mention.start) and not _after_colon(text, mention.start) \
                    and "dateline" not in signals \
                    and not (mention.start == 0 and _DEPLOYS.match(folded, mention.end)):
                signals["opens_sentence"] = 1.0  # its capital letter says nothing
        if word or "contracted" in signals:  # the word, or the town? The bigger
            # the town, the likelier it is the town; at most as likely as a name that
            # is no word (Paris, in « Paris obtient des exceptions à Bruxelles », is
            # no likelier the city than Lyon would be)
            signals["town_size"] = round(min(max(math.log10(max(commune.population, 1)) - 4,
                                                 -2.0), _size_ceiling(signals, weights)), 3)
        by_commune.setdefault(commune.code, []).append((written, evidence, signals))
    for code, seen in _demonyms_read(text, folded, places):
        by_commune.setdefault(code, []).append(seen)
    found = [_best_of(places.communes[code], seen) for code, seen in by_commune.items()]
    _court_seats_in_title(text, folded, found, by_commune)
    headline = {c.commune.code for c in found if "in_title" in c.signals
                and not any(name in c.signals for name in AGAINST)}
    islands = _islands_of(found, headline)
    # an overseas region or department is named, or the title names a town only an
    # overseas commune bears (« … s'organise à Macouria »; not a Saint-Martin the
    # neighbours chose)
    overseas_named = bool(regions & OVERSEAS) or any(
        c.commune.departement in islands and c.evidence in ("unique", "largest by far")
        for c in found if c.commune.code in headline)
    towns = sum(1 for c in found if not any(name in c.signals for name in AGAINST))
    for candidate in found:
        candidate.signals.update(_among_others(len(found)))
        if headline and "in_title" not in candidate.signals:
            candidate.signals["title_names_another"] = 1.0
    # The cities the story is about: those the weights take (not « Nice » cited).
    weights = weights or shipped_weights()
    story_towns = [c.commune for c in found if c.commune.population >= DISTRICTS_TOWN
                   and c.commune.code not in examples and not _short_form_by_size(c)
                   and not any(name in c.signals for name in AGAINST)
                   and not _shortens(c, _longer_names(c.commune, c.mention,
                                                      [other.commune for other in found]))
                   and weigh(c.signals, weights).probability >= weights.threshold]
    cities = [town for town in story_towns if town.population >= CITY]
    if scope.commune in places.communes:
        # a council feed's own town, whatever its size: « six caméras à Noailles » in
        # Marseille's feed is a district, not the Oise village
        cities.append(places.communes[scope.commune])
    city_areas = {city.departement for city in cities}
    # a town the title names while no city of the story is in it is the story's
    # subject, not a city's district (« Vidéoprotection à Voiron », the installer in Lyon)
    city_in_title = scope.commune in places.communes or any(
        c.commune in cities and c.commune.code in headline for c in found)
    for candidate in found:
        # unless the city's own body sets something up there (« Villejean et Maurepas
        # équipés… la ville de Rennes installe des caméras à Villejean et à Maurepas »)
        in_title_alone = candidate.commune.code in headline and not city_in_title and not any(
            _city_acts_in(text, c.mention, candidate.mention)
            for c in found if c.commune in cities)
        # not a list of clients across regions; but a lone village of another region
        # beside the towns of a city's department is no client either (« le carnaval
        # des Deux Rives, avec Floirac et Lormont », in Bordeaux)
        alone = all(c is candidate or c.commune.departement in city_areas
                    or any(name in c.signals for name in AGAINST) for c in found)
        if ((towns <= 3 or alone) and candidate.commune.code not in municipal | located
                and not in_title_alone and (_far_from_city(candidate, cities) or (
                    _homonym_village(candidate) and _far_from_city(candidate, story_towns)))) \
                or (overseas_named and _mainland_village(candidate)) \
                or (not overseas_named and candidate.commune.code not in municipal
                    and _overseas_by_size_alone(candidate, found)) \
                or (candidate.commune.code not in municipal
                    and _from_another_island(candidate, islands, departements)) \
                or (candidate.commune.code not in municipal | set(headline)
                    and _hamlet_outside_the_department(candidate, found, departements,
                                                       regions)):
            candidate.signals["far_from_city"] = 1.0
            for name in _A_DISTRICT_TOO:  # a district is a place too, named again
                if not (name == "town_noun" and candidate.commune.code in municipal):
                    candidate.signals.pop(name, None)
    return found, rejected


def _court_seats_in_title(text: str, folded: str, found: list[Candidate],
                          by_commune: dict[str, list[tuple[str, str, dict[str, float]]]]
                          ) -> None:
    """« Rennes : le tribunal valide les drones au-dessus de Saint-Brieuc », « À Grenoble,
    le tribunal suspend les caméras-piétons de Fontaine »: a title about a court opens on
    the court's town, and names another in the title as the one whose cameras are judged.
    The first is a seat, when the text names it nowhere else but as a seat (« Marseille :
    le tribunal suspend la VSA de la ville » judges Marseille's own)."""
    title_end = text.find("\n")
    if title_end < 0 or not _COURT.search(folded, 0, title_end):
        return
    opening = _TITLE_OPENING_TOWN.match(text, 0, title_end)
    if not opening:
        return
    for candidate in found:
        seen = by_commune[candidate.commune.code]
        if candidate.mention == opening.group(1) and "town_noun" not in candidate.signals \
                and all("in_title" in signals or "seat" in signals for _, _, signals in seen) \
                and any(c is not candidate and "in_title" in c.signals
                        and ("town_noun" in c.signals or "locative" in c.signals)
                        for c in found):
            candidate.signals["seat"] = 1.0


_COURT = re.compile(r"\b(?:tribunal|tribunaux|justice|juges?|procès|cour|référé|conseil d'état)\b")
# The town a title opens on: « Rennes : », « À Grenoble, », « Justice : à Rennes, ».
_TITLE_OPENING_TOWN = re.compile(r"(?:[^:\n]{0,30}:\s*)?(?:[Àà]\s+)?([A-ZÀ-Ý][\w'’-]*(?: [A-ZÀ-Ý]"
                                 r"[\w'’-]*)*)\s*[:,]")


def _size_ceiling(signals: dict[str, float], weights: Weights | None) -> float:
    """The town size that makes up for what its name's reading as a word costs."""
    weights = weights or shipped_weights()
    cost = -sum(weights.signals.get(name, 0.0) for name in ("common_word", "contracted")
                if name in signals)
    return min(2.5, cost / weights.signals["town_size"]) if cost > 0 else 2.5


def _demonyms_read(text: str, folded: str, places: Gazetteer
                   ) -> list[tuple[str, tuple[str, str, dict[str, float]]]]:
    """« la VSA marseillaise »: the town, named as a town that deploys (a mention of it,
    with its signals, for `_best_of`)."""
    title_end = text.find("\n")
    read = []
    for start, end, code in demonym_mentions(folded, places.demonyms):
        signals = {"town_noun": 1.0, "surveillance_sentence": 1.0}
        if start < title_end:
            signals["in_title"] = 1.0
        read.append((code, (text[start:end], "unique", signals)))
    return read


# A title opening on a town that sets up surveillance (« Vienne déploie la lecture des
# plaques », « Grasse renforce son réseau », « Menton comptera 148 caméras »): the
# capital is a name's, as a common noun
# would take an article; other verbs stay ambiguous (« Orange annonce ses résultats »).
_DEPLOYS = re.compile(r"\s+(?:s'|se\s+)?(?:installe|déploie|renforce|étend|équipe|teste|"
                      r"expérimente|adopte|vote|double|généralise|arme|dote|inaugure|"
                      r"raccorde|relie|passe à la|mise sur|installent|déploient|renforcent|"
                      r"étendent|équipent|testent|votent|"
                      # « Menton comptera 148 caméras »: a counted network
                      r"(?:compte|comptera|comptait|comptent|compteront|aura|disposera)\s+"
                      r"(?:désormais\s+|bientôt\s+|déjà\s+)?\d[\d\s\u202f]*\s+caméras)\b")


# « Lourdes aura 29 caméras », « Cognac compte désormais 40 caméras »: a counted network
# is a town's, whatever its name means as a word or a first name.
_COUNTS_ITS_CAMERAS = re.compile(r"\s+(?:aura|comptera|compte|comptait|disposera|dispose de|"
                                 r"possède|possédera)\s+(?:désormais\s+|bientôt\s+|déjà\s+)?"
                                 r"\d[\d\s\u202f]*\s+caméras\b")


def _after_colon(text: str, start: int) -> bool:
    """French writes a common word after a colon in lower case (« Caméras : grasse
    matinée… »): a capital there is a name's (« Vidéoverbalisation : Grasse passe… »)."""
    return text[max(0, start - 3):start].rstrip().endswith(":")


_LIST_JOINT = re.compile(r"(?:\s*,\s*|\s+(?:et|ou)\s+)(?:(?:à|a|de|d'|d’)\s*)?")


def _listed_with_a_town(text: str, index: int, mentions: list[Mention],
                        read: dict[Mention, dict[str, float]], places: Gazetteer) -> bool:
    """« Montluçon et Moulins », « Antibes, Grasse »: a name listed beside a town whose
    name is no ordinary word is a town too; its capital is no accident. The list is
    followed as far as it goes (« Roubaix, Nice, Vienne, La Baule et Nîmes »: Vienne's
    neighbours are a word and a short form, but the list holds Roubaix)."""
    for step in (-1, 1):
        current = index
        while 0 <= current + step < len(mentions):
            other, previous = mentions[current + step], mentions[current]
            between = text[min(other.end, previous.end):max(other.start, previous.start)]
            if not _LIST_JOINT.fullmatch(between):
                break
            if (other.kind == "commune" and len(other.codes) == 1 and not other.aliases
                    and not places.communes[other.codes[0]].risky
                    and not any(name in read.get(other, {}) for name in AGAINST)):
                return True
            current += step
    return False


# "Marseille : des caméras à Noailles et à Saint-Antoine": a city's districts bear the
# names of villages elsewhere. A small town settled by nothing but its name, beside a
# city (CITY) of another department (and no more than two other towns), is likely one
# of the city's districts.
SMALL_TOWN = 30_000


def _story_departments(mentions: list[Mention], read: dict[Mention, dict[str, float]],
                       places: Gazetteer, scope: Scope) -> set[str]:
    """The departments of the towns named as places of the story (one commune each,
    nothing against them), and of the feed's own town."""
    departments = {places.communes[m.codes[0]].departement for m in mentions
                   if m in read and len(m.codes) == 1 and not m.aliases
                   and not any(name in read[m] for name in AGAINST)}
    if scope.commune in places.communes:
        departments.add(places.communes[scope.commune].departement)
    return departments


# In a story set overseas, a mainland village settled by its name alone is a local
# place (« à Grand-Camp », a section of Lamentin in Guadeloupe).
def _mainland_village(candidate: Candidate) -> bool:
    return (candidate.commune.population < SMALL_TOWN
            and candidate.evidence in _BY_NAME_ALONE
            and not overseas(candidate.commune.departement))


def _overseas_by_size_alone(candidate: Candidate, found: list[Candidate]) -> bool:
    """« Après le centre-ville et Saint-Pierre, la Croix-Blanche » in a story of Croix
    (Nord): an overseas town chosen only as the largest of the towns bearing its name,
    beside mainland towns and with nothing overseas named, is a local place (a district,
    a church, a square). Not in the title: « Le logiciel de Two-i déployé à Saint-Denis »,
    nothing placing it, is the largest Saint-Denis, as the label rules have it."""
    return (overseas(candidate.commune.departement)
            and candidate.evidence in ("largest by far", "population")
            and "in_title" not in candidate.signals
            and any(not overseas(c.commune.departement)
                    and not any(name in c.signals for name in AGAINST)
                    for c in found if c is not candidate))


def _islands_of(found: list[Candidate], headline: set[str]) -> set[str]:
    """The overseas departments of the towns the title names (« Saint-Martin : 47
    caméras… »)."""
    return {c.commune.departement for c in found
            if c.commune.code in headline and overseas(c.commune.departement)}


def _from_another_island(candidate: Candidate, islands: set[str], named: set[str]) -> bool:
    """In a story an overseas town's title sets on its island, a town of another overseas
    department settled by its name alone is a local place (« à Marigot » in Saint-Martin
    is no Le Marigot of Martinique), unless that department is named (or the text calls
    it a commune: the caller checks)."""
    department = candidate.commune.departement
    return (bool(islands) and department not in islands and overseas(department)
            and department not in named and candidate.evidence in _BY_NAME_ALONE)


# What a city's district named like a village shows as well as a town would: it is a
# place (« à Gerland »), it opens a sentence, it is named again, it has inhabitants
# (« les habitants de Gerland »; but a town's own bodies are no district's: « le conseil
# municipal d'Alençon » keeps its weight).
_A_DISTRICT_TOO = ("locative", "subject", "named_again", "town_noun")


# A town of this size has districts named like villages too (« à Saint-Siméon » in an
# Auxerre story, « quatre à Saint-Michel » in Flers), but only a village whose name
# several communes bear, chosen by its size or region alone, is taken for one (10,000
# and 5,000 moved no labelled decision, as 20,000 and 2,000 had not).
DISTRICTS_TOWN = 10_000
HOMONYM_VILLAGE = 5_000


def _homonym_village(candidate: Candidate) -> bool:
    """A village whose name several communes bear, or a short form many towns share
    (« six caméras à Châteauneuf » in Châtellerault: a district, not
    Châteauneuf-les-Martigues), settled by size or region alone."""
    return candidate.evidence in ("population", "nearby region") and (
        candidate.commune.population < HOMONYM_VILLAGE or _short_form_by_size(candidate))


def _short_form_by_size(candidate: Candidate) -> bool:
    """A short form (« Châteauneuf ») read as the largest town it may stand for, under
    the size from which a first part names a town by itself."""
    return candidate.evidence == "population" and "short_form" in candidate.signals \
        and candidate.commune.population < ALIAS_MIN_POPULATION


def _far_from_city(candidate: Candidate, cities: list[Commune]) -> bool:
    """Beside the cities of one department only: with cities of several, the story is
    about several places (« les manifestations de Sainte-Soline, les rodéos de Nîmes et
    les opérations de Marseille »), not one city's districts. An overseas town of any size
    beside a mainland city is as far (« Marseille : six caméras à Saint-Louis »)."""
    town = candidate.commune
    areas = {city.departement for city in cities}
    return (len(areas) == 1 and town.departement not in areas
            and candidate.evidence in _BY_NAME_OR_REGION
            and (town.population < SMALL_TOWN
                 or (overseas(town.departement) and not overseas(*areas))))


# A village this small, of another region than the department the story names, is
# likelier a hamlet of the story's town (« à Malpas, aux Baraques » in a Haute-Loire
# village: not the Doubs village Malpas).
HAMLET = 2_000


def _hamlet_outside_the_department(candidate: Candidate, found: list[Candidate],
                                   departements: set[str], regions: set[str]) -> bool:
    """A village settled by its name alone, outside the regions the text names, in a
    story whose other towns all lie in the department it names."""
    town = candidate.commune
    return (bool(departements) and town.population < HAMLET
            and candidate.evidence in _BY_NAME_ALONE
            and town.departement not in departements and town.region not in regions
            and all(c is candidate or c.commune.departement in departements
                    or any(name in c.signals for name in AGAINST) for c in found))


def _paired_homonyms(mentions: list[Mention], read: dict[Mention, dict[str, float]],
                     places: Gazetteer) -> dict[Mention, set[str]]:
    """Two names that each several communes bear, and whose communes share one
    department only, settle each other there (« Saint-Benoît » and « Buxerolles »: the
    Vienne; « Changé, aux portes de Laval »: the Mayenne). On the mainland each name may
    have at most four homonyms (names borne by many communes meet by chance); overseas,
    up to twelve (« Saint-Denis » and « Sainte-Marie »: Réunion)."""
    departments = {}
    for mention in mentions:
        if mention.kind == "commune" and 2 <= len(mention.codes) <= _MANY_HOMONYMS \
                and not any(name in read.get(mention, {}) for name in _NOT_A_PLACE):
            departments[mention] = {places.communes[c].departement for c in mention.codes}
    paired = {}
    for mention, own in departments.items():
        partners = [m for m in departments if m.codes != mention.codes]
        shared = set().union(*(own & departments[m] for m in partners))
        few = all(len(m.codes) <= _FEW_HOMONYMS for m in [mention, *partners])
        # (names borne by many communes meet by chance on the mainland; overseas, where
        # each island has its Saint-Denis and its Sainte-Marie, they place each other:
        # « après Saint-Denis, Sainte-Marie s'équipe » is Réunion)
        if len(shared) == 1 and (few or overseas(*shared)):
            paired[mention] = shared
    return paired


_FEW_HOMONYMS = 4
_MANY_HOMONYMS = 12


@lru_cache(maxsize=1)
def _foreign_places() -> frozenset[str]:
    """Foreign cities the press names (« Montréal », « Québec »): the Aude village of that
    name settles no homonym of a French story (« Saint-Denis » and « Montréal » are both
    villages of the Aude)."""
    return frozenset(normalise(name) for name in FOREIGN_PLACES if not name.islower())


def _city_acts_in(text: str, city: str, town: str) -> bool:
    """« la ville de Rennes installe des caméras à Villejean et à Maurepas »: the city's
    own body, in a sentence that places something in the town."""
    return re.search(rf"\b[Ll]a (?:ville|mairie|commune|municipalité) (?:de |d['’])"
                     rf"{re.escape(city)}\b[^.;!?\n]*?\b(?:à|au|aux|dans) "
                     rf"(?:le |la |les |l['’])?{re.escape(town)}\b", text) is not None


# « Pabu, près de Guingamp », « Elven (à 15 km de Vannes) »: the writer locates a town
# for the reader by a town of its department, which no city's district needs
_LOCATED_BY = re.compile(r"\s*[,(]\s*(?:tout\s+)?(?:près|proche|non loin|à côté|aux portes|"
                         r"à (?:\d+|quelques) (?:km|kilomètres)) (?:de |d['’]|du )\s*")


def _located_by_next(text: str, mentions: list[Mention], index: int, commune: Commune,
                     places: Gazetteer) -> bool:
    """The mention is followed by « près de » and a town of the commune's department."""
    if index + 1 >= len(mentions):
        return False
    following = mentions[index + 1]
    return bool(_LOCATED_BY.fullmatch(text, mentions[index].end, following.start)) and any(
        places.communes[code].departement == commune.departement
        for code in following.codes if code in places.communes)


def _a_town(glued: Mention, places: Gazetteer) -> bool:
    """A commune named inside a longer name that is a town, not a village."""
    return glued.kind not in ("commune", "arrondissement") or any(
        places.communes[code].population >= SMALL_TOWN for code in glued.codes)


def _without_far_villages(settled: list[Commune]) -> list[Commune]:
    """Beside the cities of one department, a small town of another region named alone
    is likelier one of the city's districts (« aux Halles » in a Paris story, the Rhône
    village): it settles no homonym (« à Belleville » is then no Beaujolais town)."""
    cities = {town.departement: town.region for town in settled if town.population >= CITY}
    if len(cities) != 1:
        return settled
    (region,) = cities.values()
    return [town for town in settled
            if town.population >= SMALL_TOWN or town.region == region]


# Evidence that settled a name by the communes bearing it alone, nothing in the text.
_BY_NAME_ALONE = ("unique", "largest by far", "population")
# A short form opening a sentence, then « de » and a lower-case word: a noun phrase
# (« Plan de vidéosurveillance », « Champs de bataille »), not the town it shortens.
_NOUN_PHRASE = re.compile(r" (?:de|d'|d’|du|des) [a-zàâçéèêëîïôûù]")
# (for a small town beside a city of another department, its region settles little: « Metz :
# six caméras à Magny » is a district of Metz, not the Haut-Rhin village)
_BY_NAME_OR_REGION = _BY_NAME_ALONE + ("nearby region",)

# Evidence that places the commune itself, whatever else the name may be.
PLACING = ("feed scope", "postcode", "departement")
# Readings of a name that say nothing of where the story is.
_NOT_A_PLACE = ("street", "district", "after_article", "other_entity", "outlet")


# Doubts about how one mention is written (« du Vésinet », a word opening a sentence),
# not about the town: another mention written plainly lifts them.
_FORM_DOUBTS = ("contracted", "common_word", "opens_sentence", "town_size")


def _best_of(commune: Commune, seen: list[tuple[str, str, dict[str, float]]]) -> Candidate:
    """One candidate per commune. Mentions with nothing against them speak for it
    (all their signals count); only when every mention has something against it do
    those mentions' signals count, the ones against included. A name read as a
    district anywhere is that district everywhere, unless the text places the commune."""
    clean = [entry for entry in seen if not any(name in entry[2] for name in AGAINST)]
    if any("district" in entry[2] for entry in seen):
        # Once read as a district ("le quartier de Maurepas"), the name is that district
        # throughout the text (« à Maurepas »), unless the text places the commune.
        clean = [entry for entry in clean if entry[1] in PLACING]
    counted = clean or seen
    signals: dict[str, float] = {}
    for _, _, one in counted:
        for name, value in one.items():
            signals[name] = max(signals.get(name, value), value)
    for name in _FORM_DOUBTS:
        if name in signals and any(name not in one for _, _, one in counted):
            del signals[name]  # a doubt one mention's form raises (« du Vésinet »),
            # another lifts (« Le Vésinet a décliné l'offre »)
    if len(clean) > 1:  # named again as a place, not as a court's seat twice
        signals["named_again"] = 1.0
    mention, evidence, _ = counted[0]
    return Candidate(commune, mention, evidence, signals)


def _among_others(towns: int) -> dict[str, float]:
    signals = {}
    if towns == 1:
        signals["only_town"] = 1.0
    elif towns >= 4:
        signals["many_towns"] = 1.0
    return signals


def _fold_short_forms(matches: list[PlaceMatch], text: str
                      ) -> tuple[list[PlaceMatch], list[Rejected]]:
    """"Aix" next to "Aix-en-Provence", "Yvré" next to "Yvré-l'Évêque", "Saint-Cyr"
    next to "Saint-Cyr-sur-Loire": the short form is the same town, not a homonym
    elsewhere (nor the former Saint-Cyr-en-Bourg). A town also named in full, as a
    whole name, stays (« Saint-Laurent-du-Var… Saint-Laurent-du-Maroni »), and so does
    a large town of that exact name (Clichy beside Clichy-sous-Bois), unless it is the
    short form of another region's town (see `_shortens`)."""
    kept, folded = [], []
    for match in matches:
        name = normalise(match.commune.name)
        longer = _longer_names(match.commune, match.mention, [m.commune for m in matches])
        if not longer or (_own_town(match, name) and not _shortens(match, longer)) \
                or (name != normalise(match.mention) and _named_in_full(text, match.commune.name)):
            kept.append(match)
        else:
            folded.append(Rejected(match.mention, f"a short form of {longer[0].name}, "
                                   "named in full", match.commune, match.weight, match.signals))
    return kept, folded


def _longer_names(commune: Commune, mention: str, others: list[Commune]) -> list[Commune]:
    """The towns among `others` whose name begins with this one's, or with the name as
    written (« Saint-Cyr » of Saint-Cyr-sur-Loire)."""
    name = _normalised_name(commune)
    starts = (name + " ", normalise(mention) + " ")
    return [other for other in others
            if _normalised_name(other) != name and _normalised_name(other).startswith(starts)]


@lru_cache(maxsize=4096)
def _normalised_name(commune: Commune) -> str:
    return normalise(commune.name)


def _shortens(candidate: PlaceMatch | Candidate, longer: list[Commune]) -> bool:
    """A town named exactly, that nothing places, beside a longer-named town of another
    region: that town's short form (« Montreuil-sur-Mer… le maire de Montreuil »,
    « Saint-Denis-d'Oléron… le maire de Saint-Denis »)."""
    return candidate.evidence not in PLACING and bool(longer) and all(
        other.region != candidate.commune.region for other in longer)


def _named_in_full(text: str, name: str) -> bool:
    """The commune's whole name stands in the text (not « Le Puy » inside « Le
    Puy-en-Velay »)."""
    if "-" not in name:
        return False
    written = re.escape(name).replace(r"\-", "[- ]")  # « Saint Laurent du Maroni » too
    return re.search(rf"(?<![\w-]){written}(?![\w-]| {LINK_WORDS}\b)", text) is not None


def _own_town(match: PlaceMatch, name: str) -> bool:
    """A large town named exactly (Clichy, 64,000 people) is not a short form of a longer
    name beside it (Clichy-sous-Bois)."""
    return name == normalise(match.mention) and match.commune.population >= ALIAS_MIN_POPULATION


@lru_cache(maxsize=1)
def _departement_names() -> dict[str, str]:
    """Normalised department name → code."""
    return {normalise(name): code for code, (name, _) in gazetteer().departements.items()}


# "la préfecture de Vaucluse", "le préfet de Mayotte": a department named without its
# article, not the homonymous village.
_OF_DEPARTMENT = {"préfet", "préfète", "préfecture", "département", "départemental",
                  "départementale", "général"}

_IN_BRACKETS = re.compile(r"\s*\)")
# « Vienne : le préfet autorise… »: a dateline, then the State's department-wide bodies
_DATELINE_OF_THE_STATE = re.compile(r"\s*:\s*(?:le |la |les |l')?(?:pr[eé]f[eè]t|pr[eé]fecture|"
                                    r"d[eé]partement|conseil d[eé]partemental|gendarm)")

# Words before a department's name: "la Mayenne", "en Corrèze", "du Nord", "dans l'Indre".
_DEPARTMENT_ARTICLES = {"la", "le", "l'", "les", "en", "du", "des", "au", "aux"}
# Words before a name that make it the town, not its department (« à Corrèze », « la
# commune de Corrèze », « le maire de Mayenne »).
_TOWN_BEFORE = {"commune", "ville", "village", "bourg", "mairie", "maire", "habitants"}


def _named_as_the_town(words: list[str]) -> bool:
    return bool(words) and (words[-1] in ("à", "a") or (
        len(words) == 2 and words[0] in _TOWN_BEFORE and words[1] in ("de", "d'", "du")))


@lru_cache(maxsize=1)
def _communes_named_like_departments() -> dict[str, tuple[str, ...]]:
    """Normalised department name → the communes that bear exactly that name."""
    places = gazetteer()
    found: dict[str, tuple[str, ...]] = {}
    for commune in places.communes.values():
        if commune.name in places.departement_names:
            key = normalise(commune.name)
            found[key] = found.get(key, ()) + (commune.code,)
    return found


def _communes_named(written: str) -> tuple[str, ...]:
    return _communes_named_like_departments().get(written, ())


def _edition_dateline(text: str, mentions: list[Mention],
                      read: dict[Mention, dict[str, float]]) -> None:
    """« Lyon : Vénissieux vote 40 caméras »: a dateline town the title goes on to leave
    for another commune, and the text never names again, is the edition's city locating
    the story, not a place of it (marked a landmark). Named again, even as a neighbour
    or an intercommunality (« la communauté urbaine de Dunkerque »), it may host what
    the other town joins, and keeps its dateline."""
    title_end = text.find("\n")
    first = mentions[0] if mentions else None
    if title_end < 0 or first is None or first.start != 0 or "dateline" not in read.get(first, {}) \
            or not text[title_end:].strip(" .\n"):
        return  # a title alone says too little to set its dateline aside
    own = set(first.codes) | set(first.aliases) | set(first.other_names)
    communes = gazetteer().communes
    area = {communes[code].departement for code in own}
    if len(area) > 1:
        return  # « Sainte-Marie : … »: homonyms in several departments locate nothing
    # another town of the edition's department (« Lyon : des caméras à Gerland » names a
    # district, not the Côte-d'Or village)
    others = [m for m in mentions[1:] if m.start < title_end and m.kind == "commune"
              and not own & (set(m.codes) | set(m.aliases) | set(m.other_names))
              and any(communes[code].departement in area for code in m.codes + m.aliases)
              and not any(name in read.get(m, {}) for name in AGAINST)]
    again = [m for m in mentions if m.start > title_end
             and own & (set(m.codes) | set(m.aliases) | set(m.other_names))]
    if others and not again:
        read[first]["landmark"] = 1.0


def _departments_named_like_towns(mentions: list[Mention], folded: str,
                                  places: Gazetteer) -> list[Mention]:
    """"la Mayenne", "en Corrèze", "le préfet de la Vienne": a commune named like its
    department, after an article or "en", is the department; "à Mayenne" the town. A
    department's name with no article before it is a commune of that name ("Indre
    rejoint…", the Loire-Atlantique town, not the department), unless a town of that
    department is named too and the town is not in it ("Cavaillon … Luberon Monts de
    Vaucluse", not "Laval et Mayenne")."""
    read = []
    by_name = _departement_names()
    named = {places.communes[m.codes[0]].departement for m in mentions
             if m.kind == "commune" and len(m.codes) == 1}
    # « Vienne : le préfet autorise… » then « le préfet de la Vienne »: a title's dateline
    # before the State's bodies, that the text names as a department with its article,
    # is the department
    with_article = {by_name[folded[m.start:m.end]] for m in mentions
                    if folded[m.start:m.end] in by_name
                    and (before := previous_words(folded, m.start))
                    and (before[-1] in _DEPARTMENT_ARTICLES
                         or len(before) == 2 and before[0] in _OF_DEPARTMENT)}
    for mention in mentions:
        words = previous_words(folded, mention.start)
        written = folded[mention.start:mention.end]
        bare = re.sub(r"^(?:la|le|les|l')\s*", "", written)
        if mention.kind == "commune" and bare != written and bare in by_name:
            # "de la Marne", "la Vienne": the department (or its river), not La Marne
            read.append(Mention(mention.start, mention.end, "departement",
                                 (by_name[bare],), town_named=True))
            continue
        if mention.kind == "departement" and not (words and words[-1] in _DEPARTMENT_ARTICLES) \
                and folded[mention.start - 1:mention.start] != "(" \
                and not (len(words) == 2 and words[0] in _OF_DEPARTMENT) \
                and (towns := _communes_named(written)) \
                and not (mention.codes[0] in named and all(
                    places.communes[town].departement != mention.codes[0] for town in towns)) \
                and not (mention.start == 0 and mention.codes[0] in with_article
                         and _DATELINE_OF_THE_STATE.match(folded, mention.end)):
            # "Indre rejoint le CSU", "la commune d'Indre": no article, the town
            mention = Mention(mention.start, mention.end, "commune", towns)
        elif mention.kind == "commune" and len(mention.codes) == 1 and (
                (words and words[-1] in _DEPARTMENT_ARTICLES)
                or (len(words) == 2 and words[0] in _OF_DEPARTMENT and words[1] in ("de", "d'"))
                or _IN_BRACKETS.match(folded, mention.end)
                and folded[mention.start - 1:mention.start] == "("
                or places.communes[mention.codes[0]].departement in with_article
                and (mention.start == 0 and _DATELINE_OF_THE_STATE.match(folded, mention.end)
                     or words and not _named_as_the_town(words))):
            # "la ville du Doubs", "le département de Corrèze", "Tulle (Corrèze)"; « les
            # collèges de Corrèze » where the text also says « le préfet de la Corrèze »
            # (not a title's dateline: « Mayenne : la ville vote… » is the town)
            commune = places.communes[mention.codes[0]]
            name = places.departements.get(commune.departement, ("",))[0]
            if normalise(name) == normalise(commune.name):
                mention = Mention(mention.start, mention.end, "departement",
                                   (commune.departement,), town_named=True)
        read.append(mention)
    return read


