"""Score how much a text is about French police surveillance technology (pure).

Terms are found with one Aho-Corasick automaton over accent-folded text; a plural
`s`/`x` is accepted after any term; an all-capitals term (VSA, CSU) must be written
in capitals. `needs_context` terms count only next to a `context` term, or in a
council feed (the publisher is itself the public authority).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from bot.matching.communes import foreign_towns, gazetteer
from bot.matching.mention import opens_sentence
from bot.matching.text import is_word_char, normalise
from bot.matching.vocabulary import FOREIGN_INSTITUTIONS, FOREIGN_PLACES, Keyword

# "57 caméras", "neuf caméras", "des centaines de caméras": a counted camera network.
_COUNTED_CAMERAS = re.compile(
    r"(?<!\w)(?:\d[\d .]*|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|"
    r"quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|cents|mille|"
    r"(?:dizaines?|douzaines?|quinzaines?|vingtaines?|trentaines?|quarantaines?|"
    r"cinquantaines?|soixantaines?|centaines?|milliers?) d(?:e |'))"
    r"\s*(?:nouvelles? |premieres? |autres )?cameras?\b")
COUNTED_CAMERAS = Keyword("caméras dénombrées", 0.5, "needs_context", "videoprotection")
# A town's camera network: being set up ("s'équipent de caméras", "l'installation de
# caméras": a verb of setting up, or of deciding, at most three words before the
# cameras; not « une équipe de dix caméras », a film crew), or owned
# ("les caméras de Voiron", "les caméras de la commune").
_DEPLOYED_CAMERAS = re.compile(
    r"(?<!\w)(?:install|reinstall|deploi|deploy|redeploi|redeploy|deplac|"
    r"(?<!une )(?<!l')(?<!la )(?<!les )(?<!cette )equip|"
    r"ajout|implant|pose\b|poser|posee|dote|doter|"
    r"veu[tl]|voul|souhait|reclam|financ|achet|acquer|acquis|command|reli|remplac|partag|"
    r"mise sur|misent sur|miser sur|"
    # « Marseille va se couvrir de caméras »
    r"couvr|"
    # "la ville double son parc de caméras", "étend son réseau de caméras"
    r"doubl|tripl|etend|renforc|augment|multipli|"
    # "la ville rejoint le réseau de caméras de la métropole"
    r"rejoin|raccord|adher|"
    # « le quartier reçoit dix caméras », « les écoles ont reçu leurs caméras »
    r"recoi|recev|recu\b|recue|recus|"
    # « la Ville refuse les caméras dans les écoles », « renonce aux caméras »: a decision
    r"refus|rejet|rejett|renon|abandonn|suspend|interdi|vote|votent|approuv|valid|contest|"
    # « une étude pour lancer un réseau de vidéoprotection », « la commune étudie la
    # vidéoprotection »: a decision in the making
    r"lanc|etudi|etude|"
    # « un projet de caméras arrive à Marcillac », « le projet de vidéoprotection »
    r"projet)"
    # « Épinal se dotera-t-elle un jour de caméras ? »: a question's subject after its verb
    r"[\w']*(?:(?:[\s-]t)?[\s-](?:il|elle|ils|elles|on)\b)?\s+(?:[\w']+\s+){0,3}?"
    r"(?:cameras?|video[- ]?protection)\b"
    r"|\bcameras?\s+(?:[\w']+\s+){0,4}?reliee?s?\s+(?:a la police|a la gendarmerie|"
    r"au commissariat|au centre de supervision)"
    r"|\bimages de (?:ses|leurs) cameras\b"  # "l'accès aux images de ses caméras"
    # « des caméras, positionnées avec les gendarmes », « les caméras seront installées »
    # « les caméras de la Presqu'île redéployées »: a network moved
    r"|\bcameras\b[^.;!?]{0,40}?\b(?:redeployees|deplacees)\b"
    # « les habitants votent pour ou contre des caméras »: a vote on a network
    r"|\bpour ou contre (?:l'installation d[e']\s*|la mise en (?:place|oeuvre) d[e']\s*)?"
    r"(?:des |la |les |de la )?(?:cameras?|video[- ]?(?:protection|surveillance))\b"
    # « treize caméras sont en place dans la commune et des caméras mobiles s'y
    # ajouteront »: a network in place, or growing
    r"|\bcameras\b(?:\s+[\w']+){0,2}?\s+(?:sont|seront|etaient)\s+(?:deja\s+|desormais\s+)?"
    r"en place\b"
    r"|\bcameras\b[^.;!?]{0,30}?\b(?:s'y ajouter\w*|(?:y\s+)?(?:seront|vont\s+(?:y\s+)?etre)\s+"
    r"ajoutees)\b"
    r"|\bcameras,?\s+(?:(?:ont ete|seront|sont|vont etre)\s+)?(?:installees|posees|placees|"
    r"positionnees|deployees|implantees)\s+(?:avec|par la (?:ville|commune|mairie)|en lien|"
    r"en concertation|en collaboration|sur (?:la voie publique|le territoire|les axes))"
    # "deux nouvelles caméras", "dix caméras supplémentaires": more for a network
    r"|\b(?:nouvelles|supplementaires|prochaines|futures)\s+cameras\b"
    r"|\bcameras\s+supplementaires\b"
    # « les déchetteries seront placées sous vidéosurveillance », « placera ses sites sous
    # vidéoprotection », « passer sous vidéoprotection »
    r"|\b(?:plac|mis|mett|pass)\w*\s+(?:[\w']+\s+){0,3}?sous\s+"
    r"video[- ]?(?:protection|surveillance)\b")
# A title placing cameras somewhere (« Kourou : des caméras autour du marché », « Gray :
# douze caméras pour le centre ancien »), as titles given alone announce a network.
PLACED_CAMERAS = re.compile(
    r"\b(?:des|les|[0-9]+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|"
    r"vingt|trente|quarante|cinquante|cent)\s+(?:\w+\s+)?cameras\s+(?:de plus\s+)?"
    r"(?:autour|sur|dans|pres|au pied|le long|aux abords|a l'entree|aux entrees|devant|pour|"
    r"a|au|aux|"
    # « Vitrolles : deux caméras de plus avenue de Verdun »: a street named without « à »
    r"avenue|rue|place|boulevard|quai|square|parc|parking|esplanade)\b")
# "les caméras de Voiron": cameras owned by a capitalised name (the matcher checks it
# is a commune before taking the town for the authority); not a broadcaster's crews
# (« les caméras de France 3 Bretagne »).
CAMERAS_OF_NAME = re.compile(r"(?i:cam[eé]ras?) (?:de |d['’])(?=[A-ZÀ-Ý])"
                             r"(?!(?:France \d|France Télévisions|TF1|M6|BFM|Canal|Arte|LCI|"
                             r"CNews|TMC|RMC)\b)")
_CAMERAS_OF_TOWN = re.compile(r"(?i:cam[eé]ras?) (?:de la (?:ville|commune)|"
                              r"des (?:[\w-]+ )?(?:villes|communes))\b")  # "des trois villes"
DEPLOYED_CAMERAS = Keyword("caméras d'une ville", 0.5, "needs_context", "videoprotection")
# Cameras a public body authorises (« les arrêtés autorisant les systèmes de
# vidéoprotection des communes », « l'autorisation préfectorale des caméras », « autorisée
# par le préfet de Bretagne à installer 23 caméras »): 17 items of the labelled sets, all
# relevant; it outweighs the bank branches such orders list.
_AUTHORISED_CAMERAS = re.compile(r"\bautoris\w*\s+(?:[\w']+\s+){0,8}?"
                                 r"(?:cameras?|video[- ]?(?:protection|surveillance))\b")
AUTHORISED_CAMERAS = Keyword("caméras autorisées", 1, "needs_context", "videoprotection")
# The police flying drones: « la police municipale teste des drones », « les gendarmes
# utilisent un drone » (the force, then at most four words, then the drones).
_POLICE = r"polices?|policiers|gendarmes?|gendarmerie"
_WITHIN_FOUR_WORDS = r"\b(?:\s+[\w']+){0,4}?\s+"
_POLICE_DRONES = re.compile(rf"\b(?:{_POLICE}|crs|bac|forces de l'ordre){_WITHIN_FOUR_WORDS}drones?\b"
                            # « vols de drones des forces de l'ordre », « drones policiers »
                            rf"|\bdrones?\s+(?:(?:de la|des|de|du|en)\s+)?(?:{_POLICE}|forces de l'ordre)\b"
                            # « celui des gendarmes pourra surveiller une manifestation »
                            rf"|\b(?:{_POLICE})\b[^.;!?]{{0,40}}?\bsurveiller (?:une|la|les|des) "
                            r"(?:manifestations?|corteges?|rassemblements?)\b"
                            # « la police, de son côté, a obtenu le droit de faire voler
                            # ses drones »: the force, then a verb flying or using them
                            rf"|\b(?:{_POLICE})\b[^.;!?]{{0,60}}?\b(?:faire voler|utiliser|"
                            r"deployer|filmer[^.;!?]{0,30}?par)\s+(?:[\w']+\s+){0,2}?drones?\b"
                            # "l'arrêté autorise des drones", "drones autorisés par le
                            # préfet": a prefect's order (not "300 drones autorisés" for a show)
                            r"|\b(?:arretes?|prefets?|prefetes?|prefectures?)\b(?:\s+[\w']+){0,5}?"
                            r"\s+autoris\w*\s+(?:[\w']+\s+){0,5}?drones?\b"
                            r"|\bdrones?\s+(?:[\w']+\s+){0,2}?autoris\w*\s+par\s+"
                            r"(?:l'|le\s+|la\s+|un\s+)?(?:arrete|prefet|prefete|prefecture)")
POLICE_DRONES = Keyword("une police fait voler des drones", 1.5, "needs_context", "drones")
# A drone the police chase, not fly: an unknown or burglars' drone, one over a prison,
# a flight over homes that is forbidden (« des drones pour repérer des maisons à
# cambrioler », « un drone non identifié a survolé la centrale »)
_INTRUDER_DRONES = re.compile(
    r"\bdrones?\s+(?:non identifies?|suspects?|malveillants?)\b"
    r"|\b(?:cambrioleurs|malfaiteurs|trafiquants|voleurs)\b[^.;!?]{0,60}\bdrones?\b"
    r"|\bdrones?\b[^.;!?]{0,60}\b(?:cambrioleurs|malfaiteurs|a cambrioler)\b"
    r"|\bdrones?\b[^.;!?]{0,40}\b(?:detenus|prison|maison d'arret|centre penitentiaire)\b"
    r"|\b(?:detenus|prison|maison d'arret|centre penitentiaire)\b[^.;!?]{0,40}\bdrones?\b"
    r"|\bsurvol\w*\b[^.;!?]{0,30}\best interdit")
INTRUDER_DRONES = Keyword("un drone que la police cherche", -1.5)
# "les policiers pourront utiliser des caméras", "la gendarmerie équipe ses voitures de
# caméras": a police force's cameras (49 relevant items in the labelled sets, 4 others).
_POLICE_CAMERAS = re.compile(rf"\b(?:{_POLICE}){_WITHIN_FOUR_WORDS}cameras?\b")
POLICE_CAMERAS = Keyword("une police filme avec des caméras", 0.5, "needs_context",
                         "videoprotection")
# Cameras or camera traps against illegal dumping: a town's police fines the dumpers
# (wildlife camera traps never mention dumping); not « aucune caméra n'est prévue ».
_DUMPING = re.compile(r"\b(?:depots?|decharges?) (?:sauvages?|d'ordures|de dechets)")
_CAMERA_OR_TRAP = re.compile(r"(?<!aucune )(?<!sans )(?<!pas de )\bcameras?\b|\bpieges? photo")
DUMPING_CAMERAS = Keyword("caméras contre les dépôts sauvages", 3, "needs_context",
                          "videoprotection")
# Camera traps against « incivilités », the word towns use for dumping and damage: no
# wildlife story says it (« des mairies pensent aux pièges photographiques pour
# surprendre les incivilités »).
_TRAPS = re.compile(r"\bpieges? photo")
_INCIVILITIES = re.compile(r"\bincivilites?\b")
TRAPS_FOR_INCIVILITIES = Keyword("pièges photographiques contre les incivilités", 3,
                                 "needs_context", "videoprotection")
# A network's images kept for a set time (« les images, gardées 21 jours », « conservées
# pendant 15 jours »): named by 15 relevant items of the labelled sets, by no other.
_KEPT_IMAGES = re.compile(r"\bimages\b[^.;!?]{0,60}?\b(?:conserv|gard|stock|effac|detrui|"
                          r"supprim)\w*[^.;!?]{0,30}?\b\d+ jours\b"
                          # « garde désormais 30 jours les images », « la durée de
                          # conservation des images »
                          r"|\b(?:conserv|gard|stock)\w*\s+(?:[\w']+\s+){0,3}?\d+ jours\b"
                          r"[^.;!?]{0,60}?\bimages\b"
                          r"|\b(?:duree|delai) de (?:conservation|stockage) des images\b")
KEPT_IMAGES = Keyword("images gardées un temps fixé", 0.5, "needs_context", "videoprotection")
# A town council voting cameras (« le conseil municipal a voté une caméra sur le site de
# la chaufferie »): 61 relevant items of the labelled sets, no other; it outweighs the
# crime that prompted the vote.
_COUNCIL_VOTES_CAMERAS = re.compile(r"\bconseil municipal[^.;!?]{0,80}\b(?:vot|approuv|adopt|"
                                    r"valid)\w*[^.;!?]{0,60}\bcameras?\b")
COUNCIL_VOTES_CAMERAS = Keyword("un conseil municipal vote des caméras", 0.5, "needs_context",
                                "videoprotection")
# Cameras attacked (« des caméras sciées », « deux mâts de vidéoprotection tronçonnés », « il
# s'est acharné sur les caméras de la Ville »): the story is the network itself, however
# many court words it holds (12 items of the labelled sets, 11 relevant; the other a
# landlord's cameras, which no public body's word claims). A camera of « vidéoprotection »
# is a public one; others need a public body named.
_ATTACKED = (r"(?:vandalisee?s?|degradee?s?|sciee?s?|tronconnee?s?|detruite?s?|incendiees?|"
             r"brisees?|cassees?|arrachee?s?|saccagee?s?|mises? hors (?:d'etat|service)|"
             r"prises? pour cible)")
_ATTACKED_CAMERAS = re.compile(
    r"\b(?:cameras?|mats?|poteaux?)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:(?:ont|a|avaient|avait|auraient|aurait)\s+ete\s+|sont\s+|est\s+|etaient\s+|"
    r"etait\s+|ete\s+)?(?:(?:a nouveau|encore|volontairement|totalement|partiellement)\s+)?"
    + _ATTACKED + r"\b"
    r"|\b(?:(?:vandalis|degrad|arrach|saccag|incendi|bris)(?:e|ent|er|ait|aient|ant)|"
    r"detrui(?:t|sent|sait|saient|re|sant)|detruit|tronconn\w*|sci(?:ent|er|ant))\b\s+"
    r"(?:(?:une|la|les|des|deux|trois|quatre|cinq|plusieurs|\d+|[a-z]+)\s+){0,2}?"
    r"(?:cameras?|mats? de video)"
    r"|\b(?:s'en (?:est |sont |etait |etaient )?pris\w*|acharne\w*)\s+(?:a|aux|sur)\s+"
    r"(?:[\w']+\s+){0,3}?cameras?\b")
ATTACKED_CAMERAS = Keyword("caméras vandalisées", 2.5, "needs_context", "videoprotection")
ATTACKED_PUBLIC_CAMERAS = Keyword("caméras de vidéoprotection vandalisées", 2.5,
                                  theme="videoprotection")
# Look-alikes a reading rules out: the trap that catches dumpers is no wildlife's; police
# drones over the Festival de Cannes are no film news; speed display signs (« radars
# pédagogiques ») are no speed cameras.
_CANCELS = {DUMPING_CAMERAS.term: ("piège photographique",),
            TRAPS_FOR_INCIVILITIES.term: ("piège photographique",),
            POLICE_DRONES.term: ("festival de Cannes",),
            "radar pédagogique": ("radar", "radars"),
            # « des radars lisent automatiquement les plaques »: plate readers, not speed
            # cameras
            **{f"{verb} automatiquement les plaques": ("radar", "radars")
               for verb in ("lit", "lisent")}}
# A street, square or bridge named after a foreign place (« avenue de Milan »).
_A_STREET_BEFORE = re.compile(r"\b(?i:rue|avenue|boulevard|bd|place|quai|allée|impasse|"
                              r"cours|square|pont|esplanade|parvis|promenade)s?\s+"
                              r"(?:de\s+|d['’]|du\s+|des\s+)?$")
# Terms that mean something else inside a longer phrase (checked where found).
_OTHER_SENSE = {"de chantier": re.compile(r"\bengins? de chantier\b"),
                # « agents de surveillance de la voie publique »: a job title (ASVP)
                "surveillance": re.compile(r"\bagents? de surveillance de la voie publique\b")}
# A bank, a post office or a sports hall that cameras face, film, stand over or near is a
# filmed place (« orientées vers la banque, la poste et le tabac », « une au-dessus de la
# poste », « aux abords des écoles, des salles de sport »).
_FILMABLE_PLACES = frozenset({"banque", "La Poste", "salle de sport",
                              # « près de la caserne des pompiers, près d'un supermarché »
                              "supermarché", "magasin", "pompiers", "sapeurs-pompiers"})
_FACING_BEFORE = re.compile(r"(?:\b(?:tourne|oriente|braque|dirige)e?s? (?:vers|sur)|\bdevant"
                            r"|\bfilm(?:e|ent|era|eront|ait|aient|er)\b"
                            # « dix caméras surveilleront la salle de sports »
                            r"|\bsurveill(?:e|ent|era|eront|ait|aient|er)\b"
                            r"|\bau-dessus d[eu]|\bface a|\baux abords d[eu]"
                            # « près des commerces et des banques », « à proximité de la banque »
                            r"|\bpres d(?:e|u|es)\b|\bpres d'|\ba proximite d(?:e|u|es|')"
                            r"|\ba l'entree d(?:e|u|es|'))[^.;!?]{0,40}$")
# … and so is one a prefect authorises cameras for (« arrêtés autorisant des systèmes de
# vidéoprotection : BNP Paribas à Saint-Dizier, la Banque populaire à Nogent, La Poste à
# Chaumont »): an authorised site, which the labels count
_AUTHORISED_SITE = re.compile(r"(?:\b(?:autoris|renouvel|implant)\w*\b[^.!?]{0,60}?\bvideo(?:protection|surveillance)\b"
                              r"|\bvideo(?:protection|surveillance)\b[^.!?]{0,80}?\b(?:autoris|renouvel|implant)\w*\b)"
                              r"[^.!?]{0,250}$")
# … with the shops a recueil lists (« autorisations pour … le magasin Action de Lille »)
_AUTHORISABLE_SITES = _FILMABLE_PLACES | {"magasin", "supermarché", "boutiques",
                                           # « autorisant … l'Ehpad Le Verger de Jeanne »
                                           "Ehpad"}
_SURNAME_NEXT = re.compile(r" [A-ZÀ-Ý][a-zà-ÿ]")  # a country's name, then a surname: a person
_QUOTES_AND_SPACES = re.compile(r"(?:[«»\"“”„]|\s)+")


@dataclass(frozen=True)
class TermHit:
    """A vocabulary term found in a text, and whether it counted in the score."""

    term: str
    weight: float
    role: str
    counted: bool
    theme: str | None
    shown: str = ""  # the words as the article wrote them, where the term is a pattern


@dataclass(frozen=True)
class Relevance:
    """The score of a text against the vocabulary."""

    score: float
    threshold: float
    hits: tuple[TermHit, ...]

    @property
    def relevant(self) -> bool:
        return self.score >= self.threshold

    @property
    def foreign(self) -> bool:
        """Foreign places or nationalities are named."""
        return any(h.role == "foreign" for h in self.hits)

    @property
    def foreign_place(self) -> bool:
        """A foreign country or city is named (not just an adjective: "la frontière
        italienne" is a French story)."""
        return any(_is_foreign_place(h) for h in self.hits)

    @property
    def foreign_authority(self) -> bool:
        """A foreign authority acts: "la police autrichienne", "le gouvernement espagnol"."""
        return any(h.role == "foreign" and h.term == FOREIGN_AUTHORITY.term for h in self.hits)

    @property
    def foreign_names(self) -> set[str]:
        """The foreign places named, lower-cased ("montreal" is not the Aude village)."""
        return {normalise(h.term) for h in self.hits if _is_foreign_place(h)}

    @property
    def foreign_towns(self) -> set[str]:
        """The towns of French-speaking countries around France named (« Liège »)."""
        return {h.term for h in self.hits if h.theme in (FOREIGN_TOWN, FOREIGN_WORD_TOWN)}

    @property
    def national(self) -> bool:
        """A French institution or "en France" is named."""
        return any(h.role == "national" for h in self.hits)

    @property
    def themes(self) -> list[str]:
        """Themes of counted positive terms, strongest first."""
        ranked = sorted((h for h in self.hits if h.counted and h.weight > 0 and h.theme),
                        key=lambda h: -h.weight)
        return list(dict.fromkeys(h.theme for h in ranked if h.theme))


# « aucune caméra n'est associée au dispositif »: a term just after « aucun(e) » is not
# counted. Narrower than place_signals._NEGATED (« sans », « pas de »…), which only
# says a sentence names no surveillance for a town's weight: « pas de caméras, dit le
# maire » is a refusal, relevant, so relevance does not drop it.
_DENIED = re.compile(r"\b(?:aucune|aucun)\s+$")
_DRONES_NEED_POLICING = ("drone", "drone municipal")
# What makes a drone a policing one: a police force, a prefect or an authorisation,
# public order and demonstrations, the law's words for the police's aircraft, the courts
# and the rights groups that take them there.
_POLICING = re.compile(
    r"\b(?:polic\w*|gendarm\w*|forces de l'ordre|prefet\w*|prefecture|autoris\w*|"
    r"securite|surveill\w*|manifestants?|cortege|rassemblements?|rodeos?|ordre public|"
    # a demonstration, not « toutes les manifestations » a town films for its bulletin
    r"(?:la|une|cette) manifestation(?! (?:culturelle|sportive|festive|nautique))|"
    r"tribunal|juges?|conseil d'etat|captation|aeronefs?|crs|delinquan\w*|trafics?|"
    r"cambriol\w*|stupefiants|deal\w*|emeutes?|violences urbaines|frontieres?|migrants?|"
    r"douan\w*|video ?protection|libertes|ldh|ligue des droits|amnesty|quadrature|"
    r"technopolice|cnil|reconnaissance faciale|interpell\w*|verbalis\w*)\b")
_HYPHENS = ("-", "‐", "‑")  # (not "": a text's first or last character)
FOREIGN_AUTHORITY = Keyword("autorité étrangère", 0, "foreign")
# The theme of an institution only French-speaking countries abroad have ("le
# bourgmestre"): found by the automaton like a foreign place, it makes a foreign
# authority the actor.
INSTITUTION = "institution-etrangere"


def _capitals_kept(term: str, written: str) -> bool:
    """Whether the text keeps the term's capitals after its first letter."""
    return all(w.isupper() for t, w in zip(term[1:], written[1:]) if t.isupper())


# Towns of the French-speaking countries around France (communes.foreign_towns): named
# with a capital; those that are also words (« Liège », « Jambes ») only inside a sentence.
FOREIGN_TOWN = "ville-etrangere"
FOREIGN_WORD_TOWN = "ville-etrangere-mot"


def _is_foreign_place(hit: TermHit) -> bool:
    return hit.role == "foreign" and not hit.term.islower() and hit.theme != INSTITUTION


@lru_cache(maxsize=1)
def foreign_adjective() -> re.Pattern[str]:
    """A nationality adjective from the vocabulary, just after an institution or the
    police: "police autrichienne", "ministère de l'Intérieur autrichien"."""
    adjectives = sorted({normalise(p, fold_accents=True) for p in FOREIGN_PLACES if p.islower()},
                        key=len, reverse=True)
    return re.compile(rf" (?:{'|'.join(map(re.escape, adjectives))})s?\b")


_AUTHORITY = re.compile(r"\b(?:polices?|gouvernements?|autorites|ministeres?|ministres?|"
                        r"municipalites?|villes?|capitale|parlement|justice|gendarmerie|policiers|"
                        r"conseil d'etat)"
                        r"(?: de l'interieur)?(?= )")


# A town's « conseil communal » is Belgian or Swiss (a French town has a conseil
# municipal); France's children's, youth and elders' councils keep the name.
_COMMUNAL_COUNCIL = re.compile(r"\bconseil communal\b(?! (?:de prevention|des jeunes|des enfants|"
                               r"des sages|des aines|de la jeunesse|municipal))")


# « avancées par les autorités britanniques », « financées par le gouvernement
# britannique »: a foreign authority that pays for a French town's cameras, not one acting
_PAID_BY = re.compile(r"\b(?:financ|pay|paie|avanc|subventionn|rembours|offert|octroy)\w*"
                      r"\s+(?:[\w']+\s+){0,2}?par\s+(?:les?\s+|la\s+|l')?$")


def _foreign_authority(folded: str) -> bool:
    """A foreign authority is the actor: its institution followed by a nationality (not
    one paying: « avancées par les autorités britanniques »), or a town's « conseil
    communal »."""
    adjective = foreign_adjective()
    return any(adjective.match(folded, m.end())
               and not _PAID_BY.search(folded, max(0, m.start() - 50), m.start())
               for m in _AUTHORITY.finditer(folded)) \
        or ("conseil communal" in folded and _COMMUNAL_COUNCIL.search(folded) is not None)


@lru_cache(maxsize=1)
def foreign_keywords() -> tuple[Keyword, ...]:
    """Foreign countries (from the data file), the vocabulary's foreign places and the
    institutions France does not have."""
    names = list(gazetteer().foreign_countries) + list(FOREIGN_PLACES)
    towns, words = foreign_towns()
    return tuple(Keyword(name, 0, "foreign") for name in dict.fromkeys(names)) \
        + tuple(Keyword(name, 0, "foreign", INSTITUTION) for name in FOREIGN_INSTITUTIONS) \
        + tuple(Keyword(name, 0, "foreign", FOREIGN_WORD_TOWN if name in words else FOREIGN_TOWN)
                for name in towns if name not in names)


_AUTOMATA: dict[int, tuple[tuple[Keyword, ...], ahocorasick.Automaton]] = {}


def _automaton(keywords: tuple[Keyword, ...]) -> ahocorasick.Automaton:
    """The automaton for this vocabulary, built once (keyed by identity: hashing 100+
    keywords on every call would cost more than the search)."""
    cached = _AUTOMATA.get(id(keywords))
    if cached is None or cached[0] is not keywords:
        if len(_AUTOMATA) > 8:
            _AUTOMATA.clear()
        cached = _AUTOMATA[id(keywords)] = (keywords, _build_automaton(keywords))
    return cached[1]


def _build_automaton(keywords: tuple[Keyword, ...]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    by_pattern: dict[str, list[Keyword]] = {}
    exact = {normalise(k.term, fold_accents=True) for k in keywords}
    for keyword in keywords + foreign_keywords():
        pattern = normalise(keyword.term, fold_accents=True)
        by_pattern.setdefault(pattern, []).append(keyword)
        if keyword.role != "foreign":  # "drones de surveillance" has its own entry
            for plural in _written_forms(pattern)[1:]:
                if plural not in exact:
                    by_pattern.setdefault(plural, []).append(keyword)
    for pattern, entries in by_pattern.items():
        automaton.add_word(pattern, (len(pattern), tuple(entries)))
    automaton.make_automaton()
    return automaton


_NOT_PLURAL = {"de", "d'", "du", "des", "la", "le", "les", "l'", "a", "au", "aux", "en", "et",
               "par", "sur", "pour", "sans"}


def _written_forms(pattern: str) -> tuple[str, ...]:
    """The term, and its plurals where a plural `s` is not at the end ("centres de
    supervision urbains", "caméras de recul"): the first word, or the first and last."""
    words = pattern.split(" ")
    if len(words) < 2 or words[0] in _NOT_PLURAL or words[0][-1] in "sxz":
        return (pattern,)
    first = [words[0] + "s"] + words[1:]
    forms = [pattern, " ".join(first)]
    if words[-1] not in _NOT_PLURAL and words[-1][-1] not in "sxz":
        forms.append(" ".join(first[:-1] + [words[-1] + "s"]))
    return tuple(forms)


def _found_terms(text: str, keywords: tuple[Keyword, ...]) -> tuple[dict[str, Keyword], str, str]:
    """The vocabulary terms in `text`, the words of a counted camera network as written
    ("57 caméras") if any, and the text as matched (accents folded)."""
    title = text.split("\n", 1)[0] if "\n" in text else ""
    text = _QUOTES_AND_SPACES.sub(" ", text)  # "caméras « intelligentes »"
    folded = normalise(text, fold_accents=True)
    found: dict[str, Keyword] = {}
    counted_words = ""
    if "camera" in folded:
        if counted := _COUNTED_CAMERAS.search(folded):
            found[COUNTED_CAMERAS.term] = COUNTED_CAMERAS
            counted_words = text[counted.start():counted.end()].strip()
        if _DEPLOYED_CAMERAS.search(folded) or CAMERAS_OF_NAME.search(text) \
                or _CAMERAS_OF_TOWN.search(text) \
                or PLACED_CAMERAS.search(normalise(title, fold_accents=True)):
            found[DEPLOYED_CAMERAS.term] = DEPLOYED_CAMERAS
    elif ("protection" in folded or "surveillance" in folded) and _DEPLOYED_CAMERAS.search(folded):
        # « installe la vidéo-protection », « placées sous vidéosurveillance »
        found[DEPLOYED_CAMERAS.term] = DEPLOYED_CAMERAS
    if "autoris" in folded and _AUTHORISED_CAMERAS.search(folded):
        found[AUTHORISED_CAMERAS.term] = AUTHORISED_CAMERAS
    if "drone" in folded and _POLICE_DRONES.search(folded):
        found[POLICE_DRONES.term] = POLICE_DRONES
    if "drone" in folded and _INTRUDER_DRONES.search(folded):
        found[INTRUDER_DRONES.term] = INTRUDER_DRONES
    if "conseil municipal" in folded and "camera" in folded \
            and _COUNCIL_VOTES_CAMERAS.search(folded):
        found[COUNCIL_VOTES_CAMERAS.term] = COUNCIL_VOTES_CAMERAS
    if "camera" in folded and "images" in folded and _KEPT_IMAGES.search(folded):
        found[KEPT_IMAGES.term] = KEPT_IMAGES
    if "camera" in folded and _POLICE_CAMERAS.search(folded):
        found[POLICE_CAMERAS.term] = POLICE_CAMERAS
    if "camera" in folded or "mats de video" in folded or "mat de video" in folded:
        attacks = [attack.group(0) for attack in _ATTACKED_CAMERAS.finditer(folded)]
        if any("video" in attack for attack in attacks):
            found[ATTACKED_PUBLIC_CAMERAS.term] = ATTACKED_PUBLIC_CAMERAS
        elif attacks:
            found[ATTACKED_CAMERAS.term] = ATTACKED_CAMERAS
    if ("camera" in folded or "piege" in folded) and _DUMPING.search(folded) \
            and _CAMERA_OR_TRAP.search(folded):
        found[DUMPING_CAMERAS.term] = DUMPING_CAMERAS
    elif "piege" in folded and _TRAPS.search(folded) and _INCIVILITIES.search(folded):
        found[TRAPS_FOR_INCIVILITIES.term] = TRAPS_FOR_INCIVILITIES
    spans: set[tuple[int, int]] = set()  # "vidéos aériennes": one term, however spelt
    where: dict[str, list[tuple[int, int]]] = {}
    for end_index, (length, entries) in _automaton(keywords).iter(folded):
        start, end = end_index - length + 1, end_index + 1
        if start > 0 and is_word_char(folded[start - 1]):
            continue
        if end < len(folded) and folded[end] in "sx":
            end += 1
        if end < len(folded) and is_word_char(folded[end]):
            continue
        if (start, end) in spans:
            continue
        spans.add((start, end))
        for keyword in entries:
            written = text[start:start + length]
            if keyword.role == "national" and foreign_adjective().match(folded, end):
                continue  # "le ministère de l'Intérieur autrichien" is not French
            if keyword.term.isupper() and not written.isupper():
                continue  # VSA, CSU: acronyms only
            if keyword.role == "needs_context" and keyword.weight > 0 \
                    and _DENIED.search(folded, max(0, start - 8), start):
                continue  # « aucune caméra n'est associée au dispositif »
            if keyword.term.islower() and written[:1].isupper() \
                    and (text[start - 1:start] in _HYPHENS or text[end:end + 1] in _HYPHENS):
                continue  # « Saint-Loup », « Pont-Audemer »: part of a place's name
            if keyword.role == "context" and not keyword.term[1:].islower() \
                    and not _capitals_kept(keyword.term, written):
                continue  # « la région » is an area, « la Région » the regional council
            if keyword.theme == INSTITUTION and keyword.term[0].isupper() \
                    and not written[0].isupper():
                continue  # « la Principauté » is Monaco, « une principauté » any
            if keyword.theme in (FOREIGN_TOWN, FOREIGN_WORD_TOWN) and (
                    not written[:1].isupper() or (keyword.theme == FOREIGN_WORD_TOWN
                                                  and opens_sentence(text, start))):
                continue  # « un boom », « Jambes » opening a sentence: the word
            other_sense = _OTHER_SENSE.get(keyword.term)
            if other_sense and any(m.start() <= start and end <= m.end() for m in
                                   other_sense.finditer(folded, max(0, start - 12), end + 30)):
                continue  # « abattue avec un engin de chantier »: a machine, no site's cameras
            if (keyword.term in _FILMABLE_PLACES
                    and _FACING_BEFORE.search(folded, max(0, start - 60), start)) \
                    or (keyword.term in _AUTHORISABLE_SITES
                        and _AUTHORISED_SITE.search(folded, max(0, start - 340), start)):
                continue  # « six caméras tournées vers la banque »: what they film
            if keyword.role == "foreign" and _A_STREET_BEFORE.search(
                    text, max(0, start - 25), start):
                continue  # « avenue de Milan », « place d'Italie »: a street's name
            if keyword.role == "foreign" and keyword.theme != INSTITUTION and (
                    (keyword.term.islower() and not written.islower())
                    or _SURNAME_NEXT.match(text, start + length)):
                continue  # "allemand" the adjective, not Mr Allemand; "Dominique Martin"
            found.setdefault(keyword.term, keyword)
            where.setdefault(keyword.term, []).append((start, end))
    _drop_nested(found, where)
    if "recueil" in folded and _A_RECUEIL.search(folded):
        _drop_other_acts_words(found, where, folded)
    for reading, looks_alike in _CANCELS.items():
        if reading in found:
            for term in looks_alike:
                found.pop(term, None)
    if _foreign_authority(folded) or any(k.theme == INSTITUTION for k in found.values()):
        found[FOREIGN_AUTHORITY.term] = FOREIGN_AUTHORITY
    return found, counted_words, folded


# A prefect's recueil summarised: its acts are many and unrelated (« abattoir »,
# « feux de forêt », « parcelles » beside the cameras authorised)
_A_RECUEIL = re.compile(r"\brecueils?\b[^.;]{0,60}?\b(?:actes administratifs|n ?[°o]|special|"
                        r"nominatif|du \d)|\brecueils? des actes\b")
# one act's clause: what lies between two stops, semicolons, colons or paragraphs
_CLAUSE_END = re.compile(r"[.;:!?\n]|</?p>")
_SURVEILLANCE_IN_CLAUSE = re.compile(r"video|camera|drone|aeronef|surveill")


def _drop_other_acts_words(found: dict[str, Keyword],
                           where: dict[str, list[tuple[int, int]]], folded: str) -> None:
    """In a recueil, a negative word counts only in an act about cameras or drones: the
    slaughterhouse or the forest fires of another act say nothing of the surveillance."""
    ends = [(found.start(), found.end()) for found in _CLAUSE_END.finditer(folded)]
    starts = [start for start, _ in ends]
    for term, places in where.items():
        keyword = found.get(term)
        if keyword is None or keyword.weight >= 0:
            continue
        if not any(_SURVEILLANCE_IN_CLAUSE.search(_clause_around(folded, ends, starts, at, to))
                   for at, to in places):
            found.pop(term)


def _clause_around(folded: str, ends: list[tuple[int, int]], starts: list[int], at: int,
                   to: int) -> str:
    """The clause of `folded` holding [at, to), between the clause ends around it."""
    before = bisect_right(starts, at) - 1
    after = bisect_left(starts, to)
    return folded[ends[before][1] if before >= 0 else 0:
                  ends[after][0] if after < len(ends) else len(folded)]


def _drop_nested(found: dict[str, Keyword], where: dict[str, list[tuple[int, int]]]) -> None:
    """A term found only inside a longer one of the same sign counts once, as the longer
    (« centre de supervision » inside « centre de supervision urbain », « voisins »
    inside « voisins vigilants »)."""
    for positive in (True, False):
        spans = [(a, b, term) for term, places in where.items() for a, b in places
                 if found.get(term) and (found[term].weight > 0) == positive
                 and found[term].weight != 0]
        for term, places in where.items():
            keyword = found.get(term)
            if keyword is None or keyword.weight == 0 or (keyword.weight > 0) != positive \
                    or keyword.role not in ("term", "needs_context"):
                continue
            if all(any(a <= start and end <= b and (a, b) != (start, end) and other != term
                       for a, b, other in spans) for start, end in places):
                found.pop(term)


def score_text(text: str, keywords: tuple[Keyword, ...], threshold: float, *,
               authority: bool = False) -> Relevance:
    """Score `text`; `authority` says the publisher is a public body (council feed)."""
    found, counted_words, folded = _found_terms(text, keywords)
    has_context = authority or any(k.role in ("context", "national") for k in found.values())
    # a town's own drone films its events and roofs: a drone counts where policing is
    # (labelled sets: of the drone items naming none of it, 140 are not relevant, 7 are);
    # a title given alone says too little to tell (« Nice s'équipe de drones »)
    unpoliced = any(term in found for term in _DRONES_NEED_POLICING) \
        and bool(text.partition("\n")[2].strip()) \
        and not _POLICING.search(folded)
    hits = []
    for keyword in found.values():
        counted = (keyword.role != "needs_context" or has_context) \
            and not (unpoliced and keyword.term in _DRONES_NEED_POLICING)
        shown = counted_words if keyword is COUNTED_CAMERAS else ""
        hits.append(TermHit(keyword.term, keyword.weight, keyword.role, counted, keyword.theme,
                            shown))
    hits.sort(key=lambda h: (-abs(h.weight), h.term))
    score = round(sum(h.weight for h in hits if h.counted), 3)
    return Relevance(score, threshold, tuple(hits))
