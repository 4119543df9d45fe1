"""Read where a name that may be a commune stands (pure): in the title, after « à »,
after « maire de », opening a sentence, in a sentence about cameras, in a list; and,
through not_the_place.py, what it may be instead. Each finding is a signal, named as
in commune_evidence.SIGNALS.
"""
from __future__ import annotations

import bisect
import re

from bot.matching.mention import CONTRACTED, LOCATIVE, Mention, opens_sentence, previous_words
from bot.matching.not_the_place import (
    AGAINST,
    A_SITES_ACT_NEXT,
    EQUIPPED_CLAUSE,
    PRECEDENT,
    not_the_place,
)

# "au-dessus de Paris", "le ciel de Lyon": where the drones fly.
_LOCATIVE_PHRASES = {("dessus", "de"), ("dessus", "d'"), ("ciel", "de"), ("rues", "de"),
                     ("territoire", "de"), ("survol", "de"),
                     # « aux entrées de Vichy », « au cœur de Sens »: where cameras stand
                     ("entrées", "de"), ("entrée", "de"), ("centre-ville", "de"),
                     ("cœur", "de"), ("coeur", "de"), ("axes", "de"), ("carrefours", "de"), ("parkings", "de"),
                     # "l'arrêté pour Marck", "une subvention pour Guînes": an act's place
                     ("arrêté", "pour"), ("autorisation", "pour"), ("subvention", "pour"),
                     ("dérogation", "pour"), ("caméras", "pour"), ("drone", "pour"),
                     ("drones", "pour"),
                     # « la start-up a déjà travaillé pour Rennes »: a client
                     ("travaillé", "pour"), ("travaille", "pour")}

# « un arrêté similaire vise Royan », « la mesure concerne Saintes »: an act's place,
# or a device's.
_TARGETS = {"vise", "visent", "visait", "visera", "concerne", "concernent", "concernait",
            "concernera", "cible", "ciblent", "ciblait", "couvre", "couvrent", "couvrira",
            # « le même logiciel équipe Aix-en-Provence », « le drone surveille Calais »
            "équipe", "équipent", "équipait", "équipera", "surveille", "surveillent",
            # a vendor's clients: « a déjà équipé Rennes », « fournit Metz »
            "équipé", "fournit", "fournissent", "fourni"}

# Each of a list of towns after a town's noun: « les maires de Pordic et de Binic »,
# « les polices de Grenoble, de Vienne et de Valence », « les villes de Cannes, Orange et
# Sens ».
_NAME = r"[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*"
_LIST_JOINT = r"(?:\s*,\s*|\s+(?:et|ou)\s+)(?:de\s+|d['’])?"
_TOWN_NOUN_LIST = re.compile(
    r"\b(?i:maires|mairies|(?:villes|communes)(?: voisines)?|élus|polices(?: municipales)?|"
    r"policiers municipaux)"
    rf"\s+(?:de\s+|d['’]){_NAME}(?:{_LIST_JOINT}{_NAME})*{_LIST_JOINT}$")


# "de X" shows a town only after a word about a town ("maire de Tours"), not in
# "festival de Cannes" or "Côte d'Azur".
# "la mairie de Montivilliers", "la police municipale de Lens", "les maires de Pordic et
# de…": a commune's own bodies, which no district has. MUNICIPAL is a marker, not a
# weighed signal: places.py reads and drops it.
MUNICIPAL = "municipal"
_MUNICIPAL = {"maire", "mairie", "ville", "commune", "municipalité", "municipal", "municipale",
              "municipaux", "municipales", "élus", "élu", "maires", "mairies", "villes",
              "communes", "municipalités",
              # « les nouvelles majorités de Dole et de Saint-Claude »: a town council's
              "majorité", "majorités"}
_TOWN_NOUNS = _MUNICIPAL | {
    "habitants", "centre", "agglomération", "quartier", "quartiers", "tramway", "police",
    "banlieue", "environs", "rues", "hôtel", "polices",
    # « La commune voisine d'Amilly sera équipée »: the neighbour itself, when not a
    # landmark (not_the_place.py tells which)
    "voisine",
    # "les caméras de Nancy", "le CSU de Chalon": the town's own network
    "caméras", "vidéoprotection", "vidéosurveillance", "csu", "policiers",
    "piétons",  # « les caméras-piétons de Châtellerault » (hyphens are spaces here)
    # « le port de Rouen sera équipé », « la gare de Lens »: a facility in the town
    "port", "aéroport", "gare"}


# « le Festival de Cannes », « le Carnaval de Nice »: a capitalised event's name, then
# the town it is held in (its name no word there).
_EVENT_OF = re.compile(r"\b(?:Festival|Carnaval|Foire|Braderie|Marathon|Fête) (?:de|d['’]) ?$")

_SURVEILLANCE = re.compile(r"camera|video|drone|surveill|faciale|biometri|\bvsa\b|\bcsu\b|"
                           r"\blapi\b|algorithm|capteur|aeronef")


_YEAR = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")

_SENTENCE_END = re.compile(r"[.!?;\n]")

# "…, tandis que Vénissieux a déjà testé", "Sa voisine Lyon a fait le même choix": the
# name opens a clause and a verb follows it; the clause is about it, as a sentence is.
_CLAUSE_OPENS = re.compile(r"(?:,\s*(?:(?:tandis|alors) qu(?:e\s|')|mais\s|et\s)|;|"
                           r"\b(?:sa|la|leur|notre|une) (?:voisine?|ville voisine)\s*,?)\s*$")
_VERB_NEXT = re.compile(r"\s+(?:n'|ne\s+|s'|se\s+|y\s+|l'|en\s+)?"
                        r"(?:a|ont|avait|avaient|aura|va|vont|vient|viennent|est|sont|"
                        r"[a-z]{2,}(?:e|ent|ait|aient|it|ira|era))\b")

# After a name, its verb in the pluperfect (« Nice, en 2019, avait testé… »); before it,
# a first time (« expérimenté pour la première fois en France à Draguignan »).
_PLUPERFECT_AFTER = re.compile(r"(?:\s*,[^,.;!?]{0,40},)?\s+(avait|avaient|fut|furent)\b")
# « avait déjà 1 257 caméras », « avaient des caméras »: « avoir » itself, not a pluperfect
_POSSESSION_NEXT = re.compile(r"\s+(?:(?:déjà|aussi|alors|pourtant|encore|même|également|"
                              r"bien)\s+)*(?:\d|(?:un|une|des|plus|moins|près|environ|"
                              r"quelques?|ses|son|sa|leurs?)\b)")
# « Dijon l'a lancée la première, en 2009 », « Dijon en fut précurseur dès 2009 »: a
# town that pioneered something, a year given
_PIONEER_AFTER = re.compile(r"[^.;!?]{0,30}?\b(?:précurseur|précurseuse|pionnière?|pionnier|"
                            r"la première|le premier|en premier)\b[^.;!?]{0,20}?\b(?:19|20)\d\d\b")
_FIRST_TIME_BEFORE = re.compile(r"\bpour la première fois\b[^.;!?]{0,30}?\s(?:à|a|au)\s*$|"
                                # « un dispositif semblable avait été retiré à Saint-Étienne »
                                r"\b(?:avait|avaient)\s+(?:été\s+)?[a-zé]+(?:\s+[a-zé]+){0,2}?"
                                r"\s(?:à|a|au)\s*$")
# Where something was said, shown or held, in a sentence naming no surveillance: « le
# texte a été présenté mardi à Lyon », « le ministre s'exprimait à Brest », « le syndicat
# a tenu son assemblée générale à Rouen » (a sentence about the cameras themselves, « le
# nouveau CSU a été présenté à Vannes », keeps the town). On accent-folded text.
_VENUE_BEFORE = re.compile(
    r"\b(?:presentee?s?|annoncee?s?|l'annonce|devoilee?s?|remise?s?|exprimee?s?|s'exprimait|"
    r"s'exprimant|discours|conference de presse|assemblee generale|journee d'etudes?|"
    r"forum|sommet|rassemblee?s?|reunion|s'est tenue?|se sont tenue?s|se tiendr(?:a|ont)|"
    r"se tien(?:t|nent)|se tenai(?:t|ent)|a eu lieu|aura lieu|"
    r"s'est ouvert|etait|etaient|recue?s?|retrouvee?s?|table ronde|campagne|meeting|"
    r"auditionnee?s?|rendue? publique|se rendre|rendu visite|accueillie?s?|manifestation|"
    r"rassemblement|repondu|defendue?s?|petition|lancee?s?|adoptee?s?)\b[^.;!?]{0,40}?"
    r"(?<!comme)\s(?:a|au|depuis)\s*$")  # not « comme à Nice », a comparison

# A sentence about a national figure or body, a union or activists (« La ministre… »,
# « Des militants… », « La CNIL… »): where it happens is where they were. On accent-
# folded text; not « le maire », « les élus », « la préfecture », local authorities.
_ACTOR_OPENS = re.compile(
    r"(?:l'\s*|(?:le|la|les|un|une|des|ce|cette|son|sa|ses)\s+)(?:premier\s+|premiere\s+)?"
    r"(?:ministre|ministere|depute|deputee|deputes|senateur|senatrice|senateurs|president|"
    r"presidente|secretaire|rapporteur|rapporteure|rapporteurs|delegation|syndicat|"
    r"syndicats|association|associations|militants|opposants|manifestants|cnil|"
    r"gouvernement|defenseur|defenseure|commission|chercheurs|experts|candidat|candidate|"
    r"parlementaires|quadrature|ligue|ong|collectif)\b")
_AT_BEFORE = re.compile(r"(?<!comme)\s(?:a|au)\s*$")
_IN_USE = re.compile(r"\b(?:equipee?s?|installee?s?|deployee?s?|utilisee?s?|utilise|utilisent|"
                     r"testee?s?|teste|testent|experimentee?s?|experimente|experimentent|"
                     r"inauguree?s?|inaugure|supervision|logiciels?)\b")

# A sentence opening with a few words and a comma before its subject: « Dans la foulée,
# Vierzon a lancé… », « L'an dernier, Dinard avait voté… ».
# (Not a date: « En 2022, Nice avait mené… » is a history.)
_SHORT_OPENING = re.compile(r"(?:^|[.!?;:\n]\s*)(?![^,]*\d{4})(?:[\w'’-]+\s+){0,3}[\w'’-]+\s*,\s*$")

# A sentence opening on its topic: « Pour Bolbec, … », « Quant à Yutz, … », « Côté
# Lannion, … ».
_TOPIC = re.compile(r"\b(?:pour|quant a|cote|concernant|s'agissant de)\s+$")  # accent-free

# « …rappelle que Cagnes, de l'autre côté du Var, a fait ce choix »: the subject of a
# reported clause, its verb after an aside or straight after it (on accent-free text).
_THAT_BEFORE = re.compile(r"(?<!ainsi )(?<!plus )(?<!moins )(?<!autant )\bque\s+$")
_VERB_AFTER_ASIDE = re.compile(r"(?:\s*,[^,.;!?]{1,40},)?" + _VERB_NEXT.pattern)
# « Tulle, la préfecture, », « Gruissan, la commune voisine, »: an apposition that makes
# the name a town (on accent-free text).
_TOWN_APPOSITION = re.compile(r"\s*,\s+(?:la|sa|leur|une|notre|cette)\s+(?:(?:petite\s+|grande\s+)?"
                              r"(?:ville|commune|cite|prefecture|sous-prefecture|capitale)\b|"
                              r"voisine\b)[^,.;!?]{0,40},")  # closed: not « À Bastia, la préfecture… »
# « À Cassis, la mairie… »: the town's own body just after the name and a comma.
_TOWN_BODY_NEXT = re.compile(r",\s+(?:la mairie|le maire|la maire|la municipalite|la ville|"
                             r"les elus|le conseil municipal|la police municipale|"
                             r"l'equipe municipale)\b")

# « la gare Part-Dieu de Lyon », « le lycée Ampère de Marseille »: a facility's own name,
# then the town it stands in.
# (on accent-free lower-case text)
_NAMED_FACILITY_OF = re.compile(r"\b(?:gare|stade|port|aeroport|hopital|lycee|college|parc|"
                                r"palais|marche)\s+(?!de\b|du\b|des\b|d')[\w'-]+(?:\s+[\w'-]+)?"
                                r"\s+(?:de|du|d')\s*$")

# "Le Gosier, Sainte-Anne, Saint-François et La Désirade": one of a list of names.
_LISTED = re.compile(r"[A-ZÀ-Ý][\w'’\-]+(?:,| et| ou) $")

_LISTED_NEXT = re.compile(r"(?:,| et| ou) [A-ZÀ-Ý]")
# a list of towns each with its preposition: « du Pouliguen, de Pornic », « de Pornic et
# du Croisic »
# (a plain « de » beside it: « places du Marché, du Temple » are squares)
_TOWNS_LISTED_NEXT = re.compile(r"\s*(?:,|\bet\b|\bou\b)\s*(?:de |d['’])[A-ZÀ-Ý]")
_TOWNS_LISTED_BEFORE = re.compile(r"\b(?:de |d['’])[A-ZÀ-Ý][\w'’\-]+\s*(?:,|\bet\b|\bou\b)\s*$")


def _where_it_stands(bare: str, mention: Mention, words: list[str], title_end: int,
                     sentence_ends: list[int], sentences: dict[int, dict[str, float]]
                     ) -> dict[str, float]:
    """Signals from the words around a mention (`sentences` caches each sentence's)."""
    signals = {}
    if mention.start < title_end:
        signals["in_title"] = 1.0
        if 0 < mention.start and bare[:mention.start].rstrip().endswith(":") \
                and _VERB_NEXT.match(bare, mention.end):
            signals["subject"] = 1.0  # « Vidéoprotection : Lourdes double son réseau »
    elif opens_sentence(bare, mention.start):
        signals["subject"] = 1.0  # "Gruissan, la station voisine, en compte déjà…"
    elif _CLAUSE_OPENS.search(bare, max(0, mention.start - 30), mention.start) \
            and _VERB_NEXT.match(bare, mention.end):
        signals["subject"] = 1.0
    elif _SHORT_OPENING.search(bare, max(0, mention.start - 40), mention.start) \
            and _VERB_NEXT.match(bare, mention.end):
        signals["subject"] = 1.0  # « Dans la foulée, Vierzon a lancé… »
    elif bare.startswith(",", mention.end) and (topic := _TOPIC.search(
            bare, max(0, mention.start - 25), mention.start)) \
            and opens_sentence(bare, topic.start()):
        signals["subject"] = 1.0  # « Pour Bolbec, la facture… », « Quant à Yutz, … »
    elif _THAT_BEFORE.search(bare, max(0, mention.start - 10), mention.start) \
            and _VERB_AFTER_ASIDE.match(bare, mention.end):
        signals["subject"] = 1.0  # « rappelle que Cagnes, de l'autre côté du Var, a fait… »
    if _TOWN_APPOSITION.match(bare, mention.end):
        # « Tulle, la préfecture, a fait le même choix »: a town, whatever its word
        signals.update({"town_noun": 1.0, MUNICIPAL: 1.0})
    if words and words[-1] in ("à", "a") and opens_sentence(bare, mention.start - 2) \
            and _TOWN_BODY_NEXT.match(bare, mention.end):
        # « À Cassis, la mairie a fait le même choix »: the town's own body acts there
        signals.update({"subject": 1.0, "town_noun": 1.0, MUNICIPAL: 1.0})
    if mention.start == 0:
        signals["opens_title"] = 1.0
        if bare[mention.end:mention.end + 3].lstrip().startswith(":"):
            signals["dateline"] = 1.0  # "Nice : un logiciel…"
    if (words and words[-1] in LOCATIVE | _TARGETS) or tuple(words[-2:]) in _LOCATIVE_PHRASES \
            or bare.startswith(("au ", "aux "), mention.start):
        signals["locative"] = 1.0
    if (len(words) == 2 and words[1] in ("de", "d'", "du", "des") and words[0] in _TOWN_NOUNS) \
            or (words and words[-1] in _TOWN_NOUNS and bare.startswith(("du ", "des "),
                                                                         mention.start)):
        signals["town_noun"] = 1.0  # "maire de Tours", "la commune des Belleville"
        if (words[-2] if len(words) == 2 else words[-1]) in _MUNICIPAL:
            signals[MUNICIPAL] = 1.0  # only a commune has a mayor and a municipal police
    elif _NAMED_FACILITY_OF.search(bare, max(0, mention.start - 60), mention.start):
        signals["town_noun"] = 1.0  # « la gare Part-Dieu de Lyon », « le stade Vélodrome de »
    elif len(words) == 2 and words[0] in ("celles", "ceux") \
            and words[1] in ("de", "d'", "du") \
            and _SURVEILLANCE.search(bare, max(0, mention.start - 150), mention.start):
        signals["town_noun"] = 1.0  # « un bilan des caméras… de celles de Montceau »
    elif len(words) == 2 and words[0] in ("villes", "communes") and words[1] == "comme":
        signals["town_noun"] = 1.0  # « des villes comme Vannes »: towns named as examples
    index = bisect.bisect_right(sentence_ends, mention.start)
    if index not in sentences:
        sentences[index] = _sentence_signals(bare, sentence_ends, index)
    signals.update(sentences[index])
    return signals


# « sans les assortir de vidéosurveillance », « aucune caméra », « pas de drone »: the
# sentence says the surveillance is not there (accent-free text). Wider than
# relevance._DENIED (« aucun(e) » only): a refusal stays relevant, but names no
# deployment in its sentence.
_NEGATED = re.compile(r"\b(?:sans|aucune?|pas de|pas d'|ni|jamais de)\b[^,;:]{0,25}$")


def _names_surveillance(sentence: str) -> bool:
    """The sentence names cameras, drones or surveillance, not only to deny them."""
    return any(not _NEGATED.search(sentence, max(0, found.start() - 30), found.start())
               for found in _SURVEILLANCE.finditer(sentence))


def _sentence_signals(bare: str, sentence_ends: list[int], index: int) -> dict[str, float]:
    """Signals of the sentence that ends at `sentence_ends[index]` (or the text's end)."""
    start = sentence_ends[index - 1] + 1 if index else 0
    sentence = bare[start:sentence_ends[index] if index < len(sentence_ends) else len(bare)]
    signals = {}
    if _names_surveillance(sentence):
        signals["surveillance_sentence"] = 1.0
    if _YEAR.search(sentence):
        signals["dated_sentence"] = 1.0
    return signals


_SEVERAL_WORDS = re.compile(r"[\s-]")


# A digest of local news, one item per town: « Rezé : … », « Vertou : … », each opening
# a paragraph or following a dash or a bullet (« – Saint-Lô : … – Coutances : … »).
# (a name: capitalised words and their particles, « Le Mans : », « Villeneuve d'Ascq : »;
# not « Arrêtés de vidéoprotection : » nor « Et trois communes : », a list's heading)
_DIGEST_ITEM = re.compile(r"[A-ZÀ-Ý][^:–—•\s]*(?: (?:(?:de|du|des|la|le|les|sur|en|lès|aux?) )?"
                          r"[A-ZÀ-Ý][^:–—•\s]*){0,3} ?:\s")
_ITEM_MARK = re.compile(r"\n|[–—•] ")


def _digest(text: str, bare: str, title_end: int) -> tuple[list[int], list[tuple[int, int]]]:
    """A digest's items (two or more of the summary opening with a town and a colon):
    where each starts, and the spans of those that name no surveillance (other news of
    other towns)."""
    if text.find("\n", title_end + 1) < 0 and not any(mark in text for mark in "–—•"):
        return [], []  # one paragraph, no dash: no digest (most texts, checked cheaply)
    starts = [mark.end() for mark in _ITEM_MARK.finditer(text, title_end)
              if _DIGEST_ITEM.match(text, mark.end())]
    if len(starts) < 2:
        return [], []
    quiet = []
    for start, following in zip(starts, starts[1:] + [len(text)]):
        line_end = text.find("\n", start)
        end = min(following, line_end if line_end >= 0 else len(text))
        if not _SURVEILLANCE.search(bare, start, end):
            quiet.append((start, end))
    return starts, quiet


class Reading:
    """One text, read once: its title's end and its sentences (each sentence's signals
    are computed once, however many names it holds)."""

    def __init__(self, text: str, folded: str, bare: str) -> None:
        self.text, self.folded, self.bare = text, folded, bare
        self.title_end = text.find("\n") if "\n" in text else len(text)
        self.sentence_ends = [found.start() for found in _SENTENCE_END.finditer(bare)]
        self._sentences: dict[int, dict[str, float]] = {}
        self.digest_items, self.quiet_news = _digest(text, bare, self.title_end)

    def signals(self, mention: Mention) -> dict[str, float]:
        """Every signal the words around `mention` give, for and against it."""
        text, folded = self.text, self.folded
        words = previous_words(folded, mention.start)
        signals = {name: 1.0 for name in not_the_place(text, folded, mention, words)}
        if EQUIPPED_CLAUSE.match(folded, mention.end):
            signals["subject"] = 1.0  # « l'exemple de Bayonne, qui a réduit les vols… »
        contracted = CONTRACTED.match(folded, mention.start)
        if contracted and not _SEVERAL_WORDS.search(folded, contracted.end(), mention.end):
            signals["contracted"] = 1.0  # "du Palais", "au Havre"; not "du Grand-Quevilly"
            if _TOWNS_LISTED_NEXT.match(text, mention.end) \
                    or _TOWNS_LISTED_BEFORE.search(text, max(0, mention.start - 60), mention.start) \
                    or ("recueil" in folded and A_SITES_ACT_NEXT.match(text, mention.end)):
                # « les agences du Pouliguen, de Pornic et de Pornichet »: one of a list
                # of towns, each with its preposition; « centre hospitalier du Quesnoy,
                # renouvellement »: a recueil's site, its town, then the act
                signals.pop("contracted")
                signals["listed"] = 1.0
        if _LISTED.search(text, max(0, mention.start - 40), mention.start) \
                or _LISTED_NEXT.match(text, mention.end):
            signals["listed"] = 1.0
        signals.update(_where_it_stands(self.bare, mention, words, self.title_end,
                                        self.sentence_ends, self._sentences))
        if _EVENT_OF.search(text, max(0, mention.start - 20), mention.start):
            signals[MUNICIPAL] = 1.0  # « au Festival de Cannes »: the town, not the word
        if "town_noun" not in signals and _TOWN_NOUN_LIST.search(
                text, max(0, mention.start - 120), mention.start):
            # « les polices de Grenoble et de Valence »: each a commune, whatever its word
            signals.update({"town_noun": 1.0, MUNICIPAL: 1.0})
        if any(start <= mention.start < end for start, end in self.quiet_news):
            signals["left_out"] = 1.0  # a digest's other news: « Vertou : la médiathèque… »
        elif mention.start in self.digest_items \
                and self.bare[mention.end:mention.end + 3].lstrip().startswith(":"):
            signals["dateline"] = 1.0  # a digest item's town: « Rezé : six caméras… »
        if "town_noun" in signals:
            signals.pop("contracted", None)  # "le maire du Palais" is the town's
        if "surveillance_sentence" not in signals and self._after_a_venue_verb(mention):
            signals["seat"] = 1.0  # « le texte a été présenté mardi à Lyon »

        if any(name in signals for name in AGAINST):
            # The words before the name were read as something else ("comme à Nice",
            # "l'ancien maire de Nice"): they no longer show a place.
            signals.pop("locative", None)
            signals.pop("town_noun", None)
            signals.pop(MUNICIPAL, None)
        if ("dated_sentence" in signals and self._in_dated_past(mention)) \
                or self._first_time_before(mention) \
                or (_PIONEER_AFTER.match(self.folded, mention.end)
                    and mention.start > self.title_end):  # not the title's subject
            # a precedent (places.py weighs it: near or far from the story); the words
            # before it still show a place (« La ville de Salon avait signé… en 2022 »)
            signals.update({"comparison": 1.0, PRECEDENT: 1.0})
        return signals

    def _after_a_venue_verb(self, mention: Mention) -> bool:
        """A verb of saying, showing or holding, then « à » and the name, in its sentence;
        or a sentence whose subject is a national figure or body, a union or activists,
        with « à » before the name (« La ministre a déjeuné avec les maires à Lyon »)."""
        start, end = self._sentence_of(mention)
        if _VENUE_BEFORE.search(self.bare, max(start, mention.start - 80), mention.start):
            return True
        opening = self.bare[start:mention.start].lstrip(" \n")
        if not (_ACTOR_OPENS.match(opening) and _AT_BEFORE.search(opening)):
            return False
        # « …, policier à Villeurbanne, rappelle que son service en est équipé »: a use
        return not _IN_USE.search(self.bare, start, end)

    def _in_dated_past(self, mention: Mention) -> bool:
        """« En 2019, Nice avait testé… »: in a dated sentence, a pluperfect after the
        name; a plural one only after a list (« Nice et Cannes avaient… », not « les
        élues de Nieppe avaient obtenu… », whose subject is not the town)."""
        verb = _PLUPERFECT_AFTER.match(self.folded, mention.end)
        if verb and _POSSESSION_NEXT.match(self.folded, verb.end()):
            return False  # « Nice avait déjà 1 257 caméras »: what the town had, its own
        before = previous_words(self.folded, mention.start, 1)
        return bool(verb) and (verb.group(1) in ("avait", "fut")
                               or bool(before) and (before[0] == "et" or before[0].endswith(",")))

    def _first_time_before(self, mention: Mention) -> bool:
        """« expérimenté pour la première fois à Draguignan », dated or not: the
        precedent a story recalls."""
        start, _ = self._sentence_of(mention)
        return bool(_FIRST_TIME_BEFORE.search(self.folded, start, mention.start))

    def _sentence_of(self, mention: Mention) -> tuple[int, int]:
        """Where the sentence holding the mention starts and ends."""
        index = bisect.bisect_right(self.sentence_ends, mention.start)
        start = self.sentence_ends[index - 1] + 1 if index else 0
        end = self.sentence_ends[index] if index < len(self.sentence_ends) else len(self.bare)
        return start, end
