"""Decide whether an item is about surveillance technology and which communes it
concerns (pure: plain data in, plain data out)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.matching.abroad import foreign_headline, listed_with, placed_abroad_in, set_abroad
from bot.matching.boilerplate import without_boilerplate
from bot.matching.communes import gazetteer
from bot.matching.mention import sentence_span
from bot.matching.places import (
    PLACING,
    PlaceMatch,
    Rejected,
    Scope,
    explain_communes,
    find_communes,
)
from bot.matching.relevance import (
    CAMERAS_OF_NAME,
    COUNTED_CAMERAS,
    DEPLOYED_CAMERAS,
    PLACED_CAMERAS,
    Relevance,
    score_text,
)
from bot.matching.tags import TagSettings, commune_tag, within_limit
from bot.matching.text import normalise
from bot.matching.vocabulary import MatchingConfig


@dataclass(frozen=True)
class MatchInput:
    """What the matcher reads of an item."""

    title: str
    summary: str
    feed_kind: str = "press"
    scope: Scope = Scope()
    link: str = ""  # the item's address: a department or postcode in it settles homonyms


@dataclass(frozen=True)
class MatchResult:
    """Relevance, communes and forum tags of one item."""

    relevance: Relevance
    communes: tuple[PlaceMatch, ...]
    tags: tuple[str, ...]
    foreign_only: bool = False

    @property
    def relevant(self) -> bool:
        return self.relevance.relevant and not self.foreign_only

    @property
    def score(self) -> float:
        return self.relevance.score

    @property
    def threshold(self) -> float:
        return self.relevance.threshold

    def to_json(self, forum: TagSettings) -> dict:
        """The `match` command's output line."""
        return {
            "relevant": self.relevant,
            "score": self.relevance.score,
            "threshold": self.relevance.threshold,
            "keywords": [{"term": h.term, "weight": h.weight, "role": h.role,
                          "counted": h.counted, **({"shown": h.shown} if h.shown else {})}
                         for h in self.relevance.hits],
            "communes": [commune_entry(p, forum, EVIDENCE_STRENGTH.get(p.evidence, "medium"))
                         | {"weight": p.weight, "signals": dict(p.signals)}
                         for p in self.communes],
            "tags": list(self.tags),
            "foreign_only": self.foreign_only,
        }


# How much each kind of evidence settles a commune: the feed's own commune, a postcode
# or a department named beside it leave no doubt; a name only one commune bears is
# good evidence; a region, a neighbour, the biggest homonym or a misspelt name (one
# letter from a commune of the towns listed with it) are guesses.
EVIDENCE_STRENGTH = {"feed scope": "strong", "postcode": "strong", "departement": "strong",
                     "arrondissement": "strong", "unique": "medium", "largest by far": "medium",
                     "region": "medium", "link": "medium",
                     "nearby commune": "weak", "population": "weak", "spelling": "weak"}


def commune_entry(place: PlaceMatch, forum: TagSettings, strength: str) -> dict:
    """A commune as answers and stored matches give it: code, name, department, tag,
    the words that named it, the evidence and how strong it is."""
    return {"code": place.commune.code, "name": place.commune.name,
            "departement": place.commune.departement, "tag": commune_tag(place.commune, forum),
            "mention": place.mention, "evidence": place.evidence, "strength": strength}


def explain_item(item: MatchInput, matching: MatchingConfig, forum: TagSettings) -> dict:
    """`match_item`'s answer, plus the names set aside and why; for an item that is not
    relevant (whose communes are never looked up), the towns the text names."""
    result = match_item(item, matching, forum)
    answer = result.to_json(forum)
    found, rejected = explain_communes(text_of(item), item.scope, link=item.link)
    answer["rejected"] = [_rejected_entry(r) for r in rejected]
    if result.relevant:
        kept = {place.commune.code for place in result.communes}
        answer["rejected"] += [_rejected_entry(Rejected(
            place.mention, _set_abroad_reason(result), place.commune, place.weight,
            place.signals)) for place in found if place.commune.code not in kept]
    else:
        answer["towns_named"] = [{"code": p.commune.code, "name": p.commune.name,
                                  "mention": p.mention, "evidence": p.evidence}
                                 for p in found]
    return answer


def _set_abroad_reason(result: MatchResult) -> str:
    """Why a commune the text names was left out of a relevant item: the story is set
    abroad (the only filter after the weighing)."""
    if result.foreign_only:
        return "the story is set abroad only"
    if result.relevance.foreign_authority:
        return "a foreign authority acts in the story, and nothing places this town in France"
    return ("the story names a foreign place, and this name needs evidence it is the "
            "French town")


def _rejected_entry(rejected: Rejected) -> dict:
    entry: dict = {"mention": rejected.mention, "reason": rejected.reason}
    if rejected.commune is not None:
        entry.update(code=rejected.commune.code, name=rejected.commune.name,
                     weight=rejected.weight, signals=dict(rejected.signals))
    return entry


def text_of(item: MatchInput) -> str:
    """What the matcher reads: the title, then the summary without press boilerplate."""
    return f"{item.title}.\n{without_boilerplate(item.summary)}"


# A commune listed beside a foreign town is that country's town of the same name unless
# it is bigger than this (« Longueuil et Trois-Rivières »; not « Tournai et Lille »).
_SMALL_TOWN = 20_000
# Evidence that places a town in France whatever else the text says.
PLACED_IN_FRANCE = PLACING + ("region",)


def match_item(item: MatchInput, matching: MatchingConfig, forum: TagSettings) -> MatchResult:
    """Score the item, find its communes and derive its forum tags."""
    text = text_of(item)
    relevance = score_text(text, matching.keywords, matching.threshold,
                           authority=item.feed_kind == "council")
    if not relevance.relevant and _uncounted(relevance) \
            and _town_is_authority(item.title, text, relevance, titled_only=not item.summary.strip()):
        # "Rouen installe 30 caméras de vidéoprotection", "les caméras de Martigues",
        # « La Grande-Motte : 30 caméras… la station installe des caméras »: the town is
        # the authority.
        relevance = score_text(text, matching.keywords, matching.threshold, authority=True)
    if not relevance.relevant and item.feed_kind == "council":
        relevance = _a_relevant_deliberation(item.summary, matching) or relevance
    if not relevance.relevant:
        return MatchResult(relevance, (), ())
    places = find_communes(text, item.scope, item.link)
    places, placed_abroad = _places_in_france(item, text, relevance, places)
    scope_code = item.scope.commune
    if scope_code and item.feed_kind == "council":
        commune = gazetteer().commune(scope_code)
        if commune and all(p.commune.code != commune.code for p in places):
            places.insert(0, PlaceMatch(commune, "", "feed scope"))
    if (relevance.foreign_place or relevance.foreign_authority or placed_abroad) and not places \
            and (not relevance.national or foreign_headline(item.title, relevance.foreign_names)):
        # A nationality alone ("racheté par un groupe américain") does not make a
        # story foreign; a foreign place or a foreign authority acting does. When the
        # title opens on the foreign place (« Londres étend… », « Bruxelles : … »),
        # « en France » is a contrast, not where the story is.
        return MatchResult(relevance, (), (), foreign_only=True)
    return MatchResult(relevance, tuple(places), _tags(places, relevance, forum))


def _places_in_france(item: MatchInput, text: str, relevance: Relevance,
                      places: list[PlaceMatch]) -> tuple[list[PlaceMatch], bool]:
    """The towns of a story naming foreign places or authorities that are French towns,
    and whether a town was set aside as one the text places abroad."""
    placed_abroad = False
    if relevance.foreign:
        # « Laval (Québec) », « Bruges, en Belgique », « la ville allemande de Cologne »:
        # the foreign town, not the French commune of that name, unless the text places
        # it in France.
        towns = relevance.foreign_towns
        kept = [p for p in places if p.evidence in PLACED_IN_FRANCE
                or not (placed_abroad_in(text, p.mention, relevance.foreign_names)
                        or (p.commune.population < _SMALL_TOWN and towns
                            and listed_with(text, p.mention, towns)))]
        placed_abroad, places = len(kept) < len(places), kept
    if relevance.foreign_place and not relevance.national \
            and set_abroad(item.title, text, relevance.foreign_names):
        # « Belgique : la police de Mons teste… », « En Suisse, la ville de Sion… »: the
        # story is set abroad, and nothing says France; only a town placed in France
        # (its department, its postcode) stays, and beside such towns, one in a sentence
        # naming nothing foreign (« Hambach (57)… Sains-du-Nord en pose 17. En Belgique, … »).
        in_france = any(p.evidence in PLACED_IN_FRANCE for p in places)
        places = [p for p in places if p.evidence in PLACED_IN_FRANCE or (
            in_france and not _foreign_in_its_sentence(text, p.mention, relevance.foreign_names))]
    if relevance.foreign_authority and not relevance.national:
        # "Vienne : la police autrichienne…": a foreign authority acts, and nothing says
        # France; only a town the text places in France (a department, a postcode) stays,
        # or one it names as a town ("la maire de Lille") that is more than a village
        # (« la mairie de Cologne » is the German city, not the village of the Gers).
        places = [p for p in places if p.evidence in PLACED_IN_FRANCE or _named_as_a_town(p)]
    elif relevance.foreign_place:
        # "Vienne (Autriche)": a name that is also a word, or the name of the foreign
        # place itself ("la police de Montréal", Canada), needs strong evidence here: its
        # department, or a list of towns it is named in (« les villes de Cannes, Orange et
        # Sens »), or, in a story naming a French institution, the title's dateline or a
        # town's noun (« Menton : la police aux frontières… face à Vintimille »).
        foreign_names = relevance.foreign_names
        places = [p for p in places
                  if p.evidence in PLACED_IN_FRANCE
                  or (_named_as_a_town(p) and "listed" in dict(p.signals))
                  or (relevance.national and normalise(p.mention) not in foreign_names
                      and ("dateline" in dict(p.signals) or _named_as_a_town(p)))
                  or not (p.commune.needs_evidence or normalise(p.mention) in foreign_names)]
    return places, placed_abroad


def _foreign_in_its_sentence(text: str, mention: str, foreign_names: set[str]) -> bool:
    """A sentence where the name stands also names a foreign place."""
    for found in re.finditer(re.escape(mention), text):
        start, end = sentence_span(text, found.start(), found.end())
        sentence = normalise(text[start:end])
        if any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", sentence) for name in foreign_names):
            return True
    return False


def _a_relevant_deliberation(summary: str, matching: MatchingConfig) -> Relevance | None:
    """A council's list of deliberations (« compte administratif ; demande de subvention
    pour l'extension de la vidéoprotection ; motion de soutien aux agriculteurs »): one
    relevant item is enough, whatever the others' words."""
    parts = [part for part in _DIGEST_PARTS.split(summary) if len(part) > 20]
    if len(parts) < 3 and _AGENDA.search(summary):
        # « Ordre du jour : cession de parcelles, programme de vidéoprotection, … »
        parts = [part for part in re.split(r"\s*[,;:]\s+", summary) if len(part) > 20]
    if len(parts) < 3:
        return None
    for part in parts:
        relevance = score_text(part, matching.keywords, matching.threshold, authority=True)
        if relevance.relevant:
            return relevance
    return None


_DIGEST_PARTS = re.compile(r"\s*(?:;|•|\s[–—]\s)\s*")
_AGENDA = re.compile(r"(?i)\bordre du jour\b")


def _named_as_a_town(place: PlaceMatch) -> bool:
    """« la maire de Lille », « les villes de Cannes, Orange et Sens »: named as a town,
    and more than a village (« la mairie de Cologne » is the German city, not the Gers
    village)."""
    return "town_noun" in dict(place.signals) and place.commune.population >= 5_000


def _uncounted(relevance: Relevance) -> bool:
    """Terms that would count next to a public authority were found."""
    return any(not h.counted and h.weight > 0 for h in relevance.hits)


_LIST_JOINT = re.compile(r",\s+|\s+et\s+")
# « Rouen installe », « Nice s'équipe », « Vincennes en installe six », « Marseille va se
# couvrir de caméras ».
_OPENING_VERB = re.compile(r"(?:\s+\([^()]{1,30}\))?\s+(?:va\s+|vont\s+)?(?:s'|s’|se\s+|en\s+|y\s+)?"
                           r"[a-zàâçéèêëîïôûù]{3,}")


def _town_is_authority(title: str, text: str, relevance: Relevance,
                       titled_only: bool = False) -> bool:
    """The towns the text names are the ones setting up the cameras (see below). A
    title given alone says less: its dateline town and a network placed somewhere
    (« Kourou : des caméras autour du marché ») are the story."""
    title_places = find_communes(title)
    dateline = _dateline_town(title, title_places)
    return (_town_acts(title, title_places) or _town_cameras(text)
            or (dateline and _counted_and_deployed(relevance))
            or (DEPLOYED_CAMERAS.term in {h.term for h in relevance.hits}
                and _town_acts_in_summary(text))
            or (_counted_and_deployed(relevance) and _summary_dateline(text))
            or (dateline and titled_only and bool(PLACED_CAMERAS.match(
                normalise(title.split(":", 1)[1].strip(), fold_accents=True)))))


def _town_acts(title: str, places: list[PlaceMatch]) -> bool:
    """The title opens with communes followed by a verb ("Rouen installe…", "Nice
    s'équipe…", "Lavaur (Tarn) installe…", "Sète et Agde mutualisent…"), or does so
    after its topic (« Dépôts sauvages : Firminy installe… »): the towns themselves
    act. A dateline ("Lyon : …") is not enough."""
    topic = _TITLE_TOPIC.match(title)
    return _opens_acting(title, places, 0) or bool(
        topic and _opens_acting(title, places, topic.end()))


# a summary's sentence: after the title's line or a full stop
_SENTENCE_OPENING = re.compile(r"(?:\n|[.!?]\s+)(?=[A-ZÀ-Ý])")


def _town_acts_in_summary(text: str) -> bool:
    """A sentence of the summary opens with communes followed by a verb (« Le Havre
    installe des caméras au Mont-Gaillard »), as a title may: the towns act."""
    for opening in _SENTENCE_OPENING.finditer(text):
        end = text.find(".", opening.end())
        sentence = text[opening.end():end if end >= 0 else len(text)]
        places = find_communes(sentence)
        # after a short phrase setting the scene (« À quinze kilomètres de Vannes, Elven
        # installe six caméras »)
        scene = _SCENE.match(sentence)
        if _opens_acting(sentence, places, 0) or (scene and _opens_acting(
                sentence, find_communes(sentence[scene.end():]), scene.end())):
            return True
    return False


_SCENE = re.compile(r"[^,.;:]{3,50},\s+")


# « À Boulogne-sur-Mer, le Chemin-Vert reçoit huit caméras »: a summary opening on its town
_SUMMARY_DATELINE = re.compile(r"\n(?:À|A|Au|Aux) ([^,.;:\n]{3,40}),")


def _summary_dateline(text: str) -> bool:
    """The summary opens on a commune, as a dateline does (« À Grenoble, … »)."""
    opening = _SUMMARY_DATELINE.match(text, text.find("\n")) if "\n" in text else None
    return bool(opening) and any(place.mention == opening.group(1)
                                 for place in find_communes(opening.group(1)))


_TITLE_TOPIC = re.compile(r"[^:]{1,60}:\s*")  # « Dépôts sauvages : »


def _opens_acting(title: str, places: list[PlaceMatch], opening: int) -> bool:
    """From `opening`, the title names communes followed by a verb ("Rouen", "Draguignan
    et Fréjus", "Sevran, Bondy et Pantin")."""
    for place in [p for p in places if title.find(p.mention) >= opening]:
        at = title.find(place.mention, opening)
        if at != opening:
            break
        opening = at + len(place.mention)
        if _OPENING_VERB.match(title, opening):
            return True
        joint = _LIST_JOINT.match(title, opening)
        if not joint:
            break
        opening = joint.end()
    return False


def _dateline_town(title: str, places: list[PlaceMatch]) -> bool:
    """The title opens with a commune and a colon (« La Grande-Motte : … »)."""
    return bool(places) and title.startswith(places[0].mention) \
        and title[len(places[0].mention):].lstrip().startswith(":")


def _counted_and_deployed(relevance: Relevance) -> bool:
    """A counted camera network being set up (« 30 caméras », « installe des caméras »),
    which a crime story's cameras never are."""
    terms = {h.term for h in relevance.hits}
    return COUNTED_CAMERAS.term in terms and DEPLOYED_CAMERAS.term in terms


def _town_cameras(text: str) -> bool:
    """The text speaks of a commune's own cameras: "les caméras de Martigues"."""
    for match in CAMERAS_OF_NAME.finditer(text):
        named = find_communes(text[match.end():match.end() + 60])
        if named and text.startswith(named[0].mention, match.end()):
            return True
    return False


def _tags(places: list[PlaceMatch], relevance: Relevance, forum: TagSettings) -> tuple[str, ...]:
    """Town tags first, then a theme and the triage tag, within the forum's limit."""
    extra = ([relevance.themes[0]] if forum.theme_tags and relevance.themes else [])
    extra += [forum.triage_tag] if forum.triage_tag else []
    towns = [commune_tag(p.commune, forum) for p in places]
    room = max(forum.max_tags - len(extra), 0)
    if len(towns) > room:
        # Keep the triage tag; drop the theme first, then extra towns.
        extra = [forum.triage_tag] if forum.triage_tag else []
        room = max(forum.max_tags - len(extra), 0)
    return within_limit(towns, extra, forum.max_tags)
