"""What a capitalised name may be instead of the place a story is about (pure): a
street, a district, a landmark, a comparison or precedent, a town left out, a seat, a
person, a club, a contractor, a newspaper, someone's other office. Each reading is a
signal against the commune, named as in commune_evidence.SIGNALS."""
from __future__ import annotations

import re
from functools import lru_cache

from bot.matching.communes import CITY, gazetteer
from bot.matching.homonyms import ALIAS_MIN_POPULATION
from bot.matching.mention import (
    CONTRACTED,
    LINK_WORDS,
    LOCATIVE,
    SUBJECT_VERB,
    Mention,
    opens_sentence,
    previous_words,
    sentence_span,
)
from bot.matching.text import normalise

# « Après Cesson-Sévigné et Bruz, c'est au tour de Betton »: a precedent. The dev labels
# tag one in the story's department (a deployment reported nearby) and not a far one
# (« Après Nice, Marseille ou Ajaccio, Lunel… »); places.py decides, and drops the mark.
PRECEDENT = "precedent"

AGAINST = ("street", "district", "left_out", "landmark", "comparison", "after_article", "seat", "other_entity",
           "outlet", "other_office")


# "rue de Paris", "Porte de Paris": a street or landmark, not the town. (Facilities are
# left out: "l'aéroport de Nice", "l'hôpital de Lorient" stand in the town they name.)
# « à l'angle des rues de Dunkerque et de Compiègne »: streets at a corner, each of the
# list (« les rues de Lyon », with no corner, are the city's streets; « au carrefour des
# rues Chaussade et Crozatier »: streets named after people, the « de » left out)
_STREETS_LISTED = re.compile(r"\b(?:angle|carrefour|croisement|intersection)\s+des\s+(?:rues|"
                             r"avenues|boulevards|quais)\s+(?:de\s+|d'|du\s+)?(?:[^\s,;.!?]+"
                             r"(?:\s*,\s*|\s+(?:et|ou)\s+)(?:de\s+|d'|du\s+)?)*$")
# « les avenues Maransin et Maréchal-Foch »: streets named right after their plural noun
# (not « les quais de Paris », the town's own)
_STREETS_NAMED = {"rues", "avenues", "boulevards", "quais"}
# « les chapelles Saint-Jean et Saint-Martin », « les écoles Jules-Ferry, Saint-Martin et
# Saint-Jean »: each name of a list right after a plural noun of streets or buildings
_NAMED_AFTER_PLURAL = re.compile(
    r"\b(?i:rues|avenues|boulevards|quais|places|chapelles|églises|basiliques|abbayes|"
    r"salles|écoles|collèges|lycées|gymnases|stades)\s+"
    r"(?:[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*\s*(?:,\s*|\s+(?:et|ou)\s+))*$")
_STREET_WORDS = {"rue", "avenue", "boulevard", "bd", "place", "quai", "allée", "impasse",
                 "chemin", "route", "porte", "cours", "square", "pont", "faubourg",
                 "point", "esplanade", "parvis", "parc", "stade", "cité", "résidence",
                 "palais", "rocade", "lycée", "collège", "école", "zoo",
                 # roads named after where they lead (not « l'échangeur de », « le péage
                 # de », « le parking de », which stand in that town)
                 "voie", "pénétrante", "nationale", "départementale", "mail", "passage",
                 "carrefour", "giratoire",
                 # « les berges de Seine », « les bords de Marne »: a river's banks (not
                 # « les quais de Paris », the town's own)
                 "berge", "berges", "rive", "rives", "bords"}

# « au stade de Metz », in lower case: the town's stadium, where something is tested or
# filmed (« le Stade de Reims », a club, and « le stade de France » are names)
_THE_TOWNS_STADIUM = re.compile(r"\bstade (?:de |d['’])$")

# "la gare de Saint-Brieuc" stands in Saint-Brieuc, but Paris's terminal stations bear
# the names of the towns they serve: "les gares de Lyon et du Nord", in a Paris story;
# and « la gare Saint-Charles », « la gare Saint-Jean » bear a saint's or a district's.
_STATIONS = {"gare", "gares"}
_PARIS = re.compile(r"\bparis(?:ien|ienne|iens|iennes)?\b")
_NAME_NEXT = re.compile(r"\s+[A-ZÀ-Ý]")
_A_STATION_OF = re.compile(r"\b(?i:gares?)\s+(?:de\s+|d['’])?$")


# "la cathédrale Saint-Étienne", "l'église Saint-Denis": a dedication, not the town
# (but "la cathédrale de Chartres" stands in Chartres).
_DEDICATED = {"cathédrale", "église", "basilique", "chapelle", "abbaye", "collégiale",
              "prieuré", "couvent",
              # "la jetée Thiers", "la salle Jean-Jaurès": named after a person
              "jetée", "digue", "promenade", "plage", "salle", "théâtre",
              # « l'hôpital Saint-Pierre », « la clinique Sainte-Anne », « le centre
              # commercial Saint-Sever », « la maison d'arrêt Saint-Paul »: a facility
              # named after a saint, a person or a district
              "hôpital", "clinique", "commercial", "commerciale", "prison", "arrêt",
              # « l'arrêt de tram Schoelcher », « la station Jean-Jaurès »: a stop's name
              "tram", "tramway", "station",
              "jardin", "caserne", "port", "marché", "halles", "cimetière", "loisirs",
              "hospitalier", "piscine", "sportif", "médiathèque", "sports", "îlot",
              "pôle", "lotissement", "campus", "gymnase", "foyer", "ehpad", "centre",
              # « le parking Serval » (not « le parking de Serval », in that town)
              "parking",
              # « le mont Saint-Clair », « le col de… » is a height, not the town
              "mont",
              # « la tour Saint-Martin », « le fort Saint-Nicolas »: a monument's name
              "tour", "beffroi", "château", "fort", "moulin", "phare", "manoir"}


# "le quartier de Maurepas", "au quartier Saint-Nicolas", "le hameau de Chaumont": a
# district of the town the story is about, named like a commune elsewhere (not "un
# quartier de Lyon", "les quartiers de Creil", which are in the town named).
_DISTRICT_ARTICLES = {"le", "du", "au"}


# "au nord de Bastia", "à 30 km de Cherbourg", "près de Lyon", "en périphérie d'Angers",
# "hors de Brest", "la commune voisine de Lille": a landmark to locate another place, not
# where the story happens ("les quartiers nord de Marseille" are in Marseille).
_REFERENCE_POINT = re.compile(
    r"(?:\b(?<!quartier )(?<!quartiers )(?<!secteur )(?<!secteurs )(?<!partie )"
    r"(?<!arrondissements )"
    # « le parvis nord de la gare de Béthune », « l'entrée sud de la ville »: a side of
    # a place in the town, not a point north of it
    r"(?<!parvis )(?<!sortie )(?<!entrée )(?<!entrées )(?<!façade )(?<!aile )(?<!zone )"
    r"(?<!parking )(?<!porte )(?<!tribune )(?:nord|sud|est|ouest|km|kilomètres|kilometres|mètres|minutes|"
    r"heures?|près|proche|(?<!du )côté|voisine?s?|limitrophes?|banlieue|proximité|loin|portes|hors|"
    r"environs|alentours|périphérie|lisière|confins|large|plateau|vallée|massif|forêt|plaine|"
    r"hauteurs|mi[- ]chemin|mi[- ]distance|égale distance)\s+(?:de|d'|du|des)"
    # « loin de la voisine Feurs (28) »: the neighbour the reference point is
    r"(?:\s*(?:la|sa|leur|notre)\s+(?:ville\s+|commune\s+)?voisine)?"
    # "voisine de Fenouillet et de Saint-Jory": each town of the list
    r"(?:\s*[\w'’-]+(?:\s+[\w'’-]+){0,3}?(?:\s*,\s*(?:de\s|d'|du\s)|"
    r"\s(?:et|ou)\s+(?:de\s|d'|du\s)?)){0,2}"
    # "près de l'aéroport de Châteauroux": a landmark's landmark
    r"(?:\s*(?:l'|la\s|le\s)?(?:aéroport|gare|port|stade|hôpital|usine|rocade)\s+"
    r"(?:de|d'|du))?|"
    # "la commune, entre Nantes et Châteaubriant, …": both ends locate it
    r"\bentre\s+[\w' ]{2,40}?\s+et|\bentre|"
    # « la ville, qui jouxte Grenoble et Gières »: its neighbours locate it
    r"\bjouxt(?:e|ent|ant)(?:\s+[\w'’-]+(?:\s*,|\s+et)){0,3}|"
    # « la voie ferrée vers Strasbourg », « en direction de Lyon »: a direction
    r"\bvers|\ben direction (?:de|d'|du)|"
    # « quatre communes autour de Grenoble »: other towns around it (not « des drones
    # autour de Toulouse », a zone that holds the town)
    r"\b(?:communes|villes|villages|bourgs|localités)\b(?:\s+[\w'’-]+){0,3}?\s+autour\s+"
    r"(?:de|d'|du)"
    # « 359 communes autour de Vitry-le-François, Saint-Dizier et Bar-le-Duc »: each
    r"(?:\s*[\w'’-]+(?:\s+[\w'’-]+){0,3}?(?:\s*,\s*|\s+(?:et|ou)\s+)){0,3}|"
    # « accolée à Brive, Malemort… »: the neighbour it is joined to
    r"\b(?:accolée?s?|adossée?s?|attenante?s?)\s+(?:à|a|au|aux))\s*$")


# « …. La commune voisine de Frontignan utilise le même dispositif », « Dans la ville
# voisine de Carbonne, onze caméras… »: a sentence opening on a neighbour, after the
# story's own town has been told, names that neighbour.
_NEIGHBOUR_OPENS = re.compile(r"(?:^|[.!?]\s+|\bque\s+)(?:[Dd]ans |[Cc]hez )?"
                              r"(?:(?:[Ll]a|[Ss]a) (?:commune|ville) voisine|"
                              r"(?:[Ll]es|[Ss]es) (?:communes|villes) voisines|"
                              # « Chez nos voisins de Mauguio, les caméras tournent »
                              r"(?:[Nn]os|[Ll]eurs) voisins) (?:de |d'|d’)"
                              # « Les communes voisines d'Avon et de Samois »: each of them
                              r"(?:[A-ZÀ-Ý][\w'’-]*(?:\s*,\s*|\s+et\s+)(?:de |d'|d’)?){0,3}$")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _a_bodys_premises(text: str, folded: str, start: int) -> bool:
    """A company's premises (« la société Cameo, de Valence »), or a named body's, an
    acronym's or a State body's just before the name (« Idemia, installé à », « l'ANTAI,
    installée à », « l'Agence nationale des titres sécurisés, à ») in a sentence naming
    no supervision centre or cameras: those are
    where a town's cameras are watched (« le centre de supervision de Grand Poitiers,
    installé à Poitiers »), which the labels tag. Not a town's own service (« le service
    de police municipale, à Cannes »)."""
    brand = _INSTALLED_BY_BRAND_OF.search(text, max(0, start - 90), start)
    if brand and brand.group(0).startswith("chez") and _CAMERAS_AUTHORISED_FOR.search(
            folded, max(0, sentence_span(text, start, start)[0], start - 300), brand.start() + 5):
        brand = None  # « vidéosurveillance autorisée chez Obry à Brive »: the filmed site
    if _COMPANY_BASED.search(text, max(0, start - 90), start) \
            or _COMPANY_BRANCH.search(text, max(0, start - 200), start) or brand:
        return True  # a company is no supervision centre, whatever the sentence films
    state_body = _STATE_BODY_BASED.search(folded, max(0, start - 100), start)
    if not (_NAMED_BODY_BASED.search(text, max(0, start - 60), start)
            or _ACRONYM_BASED.search(text, max(0, start - 40), start)
            or (state_body and not _THE_TOWNS_OWN.search(state_body.group(0)))):
        return False
    return not _A_NETWORKS_HOME.search(
        folded, max(0, start - 100, sentence_span(text, start, start)[0]), start)


_THE_TOWNS_OWN = re.compile(r"municipal|\bville\b|mairie|\bcommunes?\b|communa")


def _a_neighbour_introduced(text: str, mention: Mention) -> bool:
    """« La commune voisine de X » opens a sentence of the summary other than its first:
    X is that neighbour (the story's town was told before). Opening the title or the
    summary, it locates the story's own unnamed town (« La commune voisine de Lille
    installe dix caméras »)."""
    opening = _NEIGHBOUR_OPENS.search(text, max(0, mention.start - 90), mention.start)
    title_end = text.find("\n")
    if not opening or title_end < 0 or mention.start < title_end:
        return False
    return _SENTENCE_END.search(text, title_end + 1, opening.start() + 1) is not None


# « Saint-Paul (Vence) », « Le Rove (Marseille) »: a nearby town in brackets locates the
# one named before it, as a department would.
_TOWN_IN_BRACKETS = re.compile(r"[A-ZÀ-Ý][\w'’-]*\s*\(\s*$")


# « Brive, deuxième ville de Corrèze », « la plus grande commune du Var »: a rank in an
# area named like a commune, not that commune.
_RANK_IN_AREA = re.compile(r"\b(?:première|deuxième|troisième|quatrième|cinquième|seconde|"
                           r"\d+e|plus grande|plus petite|principale)\s+(?:ville|commune|"
                           r"agglomération)\s+(?:de|du|d'|des)\s*$")
# « la troisième commune de la région, derrière Lyon et Saint-Étienne »: the towns a
# ranking puts ahead (or behind), in the lower-cased text
_RANKED_BESIDE = re.compile(r"\b(?:première|deuxième|troisième|quatrième|cinquième|seconde|"
                            r"\d+e|plus grande|plus petite)\s+(?:ville|commune|"
                            r"agglomération|métropole|place|position|rang)\b[^.;!?]{0,60}?"
                            r"\b(?:derrière|devant|à égalité avec)\s+"
                            r"(?:[\w'-]+(?:\s*,\s*|\s+et\s+(?:à égalité avec\s+)?))?$")
# « une caméra pour 160 habitants, quand Nice en a une pour 272 »: another town's figure
# given in a contrasting clause
_CONTRAST_BEFORE = re.compile(r"\b(?:quand|alors que|tandis que|là où)\s+$")
_A_FIGURE_AFTER = re.compile(r"\s+(?:n')?en\s+(?:a|avait|compte|comptait|possède|possédait|"
                             r"affiche|affichait|dénombre)\b")
# « le maire cite volontiers Nice en exemple », « prendre Nice pour modèle »: a model
_GIVEN_AS_MODEL_AFTER = re.compile(r"\s+(?:en|pour|comme)\s+(?:exemple|modèle)\b")
# « À titre de comparaison, Toulouse n'est que 22e, Montpellier 17e » : every town of a
# sentence opening so is a comparison
_COMPARISON_SENTENCE = re.compile(r"(?:^|[.!?;:]\s+|\n)(?:[Àà] titre de|[Pp]our|[Ee]n) "
                                  r"comparaison\s*,[^.!?;\n]*$")


# "Après Nice, Marseille ou Ajaccio, la ville…", "comme à Nice", "à l'instar de Nice":
# towns given as precedents or comparisons. The towns of the list that follows the
# trigger are all comparisons.
# A cheap first look for the comparison triggers below (most windows have none).
_COMPARISON_HINT = re.compile(r"après|comme|instar|image|modèle|tel|inspir|rendu|même|suite|"
                              r"exemple|compar|rappel|similaire|semblable|ce qu|contraire|"
                              r"différence|plus|moins|moindre|mieux|davantage|autant|calqu|"
                              r"voie|loin|passe|devance|derrière|devant")

_PROPER = r"[A-ZÀ-Ý][\w'\-]*(?:\s+[A-ZÀ-Ý][\w'\-]*)*"

# a name in a list of precedents, or a region or department with its article (« après la
# région Auvergne-Rhône-Alpes ou encore Bordeaux », « après la Gironde et Bordeaux »)
_LISTED = (rf"(?:(?:la|le|les)\s+(?:région\s+|département\s+(?:de\s+|du\s+|des\s+)?)?"
           rf"|l'\s*)?{_PROPER}")
_COMPARISON = re.compile(
    r"\b(?i:après|comme|mêmes? (?:[\w'’]+ ){0,3}?qu(?:e|')|à l'instar d[eu']|"
    # « il cite l'exemple de Nice », « le modèle de Nice a séduit »: a model; « la ville
    # suit l'exemple de Lorient »: a precedent (weighed as « après »)
    r"à l'image d[eu']|(?:sur )?le modèle d[eu']|"
    r"(?:cite|citent|citant|cité|prend|prennent|prenant|pris|donne|donnent|donnant) "
    r"l'exemple d[eu']|"
    r"l'exemple d[eu']|"  # (the verb's form first: the leftmost match says which)
    # "contrairement à Nice", "à la différence de Lyon": a contrast; « loin derrière Nice »,
    # « ça nous place juste derrière Nice »: a ranking;
    # « Wervicq-Sud dépasse Nice et sa caméra pour 130 habitants »: a ranking's rival
    r"contrairement|à la différence d[eu']|(?:loin|juste|bien|largement) (?:derrière|devant)|"
    r"(?:dépasse|dépassent|devance|devancent|surpasse|surpassent)(?: même| largement)? |"
    # « deux fois moins cher qu'à Lyon », « plus de caméras que Nice »: a comparative
    r"(?:plus|moins|moindre|mieux|davantage|autant)\b[^.;!?,\n]{0,40}?"
    r"(?<!tandis )(?<!alors )(?<!parce )(?<!bien )(?<!pour )(?<!afin )\bqu(?:e\b|')|"
    r"(?:la|le|les) mêmes? (?!(?:jour|soir|nuit|semaine|mois|année|an|matin|week-end|"
    r"heure|moment|période|date)\b)[\w'’]+ (?:[\w'’]+ ){0,3}?(?:à|au|en)|en exemple|"
    r"pour exemple|"
    r"compar(?:e|ent|er|ant|ée?s?|ables?) (?:[\w'’]+ ){0,3}?(?:à|avec)|"
    # "le projet rappelle l'expérience menée à Nice"
    r"rappel(?:le|lent|ant) (?:l'|le |la |les )[\w'’]+ (?:[\w'’]+ ){0,3}?(?:à|au|en)|"
    # « comme c'est désormais le cas à Dreux », « comme c'était déjà le cas à Lyon »
    r"comme (?:c'est|c'était|ce fut|cela a été) (?:[\w'’]+ ){0,2}?le cas|"
    # "un débat public, comme celui organisé à Riom"
    r"comme (?:celui|celle|ceux|celles) (?:[\w'’]+ ){0,2}?(?:à|au|en)|"
    # « un dôme compte pour cinq caméras, comme dans l'arrêté concernant Camaret »
    r"comme (?:dans|pour) (?:l'|le |la |les )[\w'’]+ (?:[\w'’]+ ){0,2}?"
    r"(?:concernant|visant|de|d'|du)|"
    r"(?:(?:rappelle|rappellent|rappelant) (?:celui|celle|ceux|celles)|similaires? à|"
    r"semblables? à) (?:[\w'’]+ ){0,5}?(?:à|au|en|de|d')|"
    # « le projet est calqué sur celui de Metz », « la voie ouverte par Nice »
    r"calquée?s? sur|(?:la )?voie (?:ouverte|tracée|montrée) par|"
    # « le test fait suite à celui mené à Limoges »
    r"suite (?:à|a) (?:celui|celle|ceux|celles) (?:[\w'’]+ ){0,3}?(?:à|au|en)|"
    # "le test s'inspire de celui mené par la RATP à Paris"
    r"inspir\w* (?:de|du) (?:celui|celle|ceux|celles) (?:[\w'’]+ ){0,5}?(?:à|au|en)|"
    r"tels? que|telles? que|inspirée?s? d[eu']|rendue?s?|"
    # « inspiré d'une expérience menée à Nice », « s'inspire du dispositif testé à Lyon »
    r"inspir\w* (?:de |du |d')(?:[\w'’]+ ){0,4}?(?:menée?s?|testée?s?|conduite?s?|"
    r"réalisée?s?|lancée?s?|expérimentée?s?|mise? en place|installée?s?) (?:à|au|en)|"
    # "il s'inspire de ce qui a été fait à Nice", « on a vu ce que ça donnait au Havre »
    r"ce qui (?:a été|avait été|est|s'est|se) (?:fait|mené|testé|réalisé|passe)e?|"
    # "sur le modèle de ce qu'avait envisagé Saint-Étienne"
    r"ce qu'(?:a|avait|ont|avaient) (?:envisagé|fait|prévu|testé|tenté|expérimenté|mis en place)|"
    r"ce que (?:ça|cela) (?:donne|donnait|a donné))\s*"
    r"(?:(?:à|a|au|aux|en|de|d')\s*)?(?:(?:la ville|la commune|la métropole) d[e']\s*|"
    # « à l'image de ceux obtenus à Lyon », « comme celle de Dax »
    r"(?:celle|celui|celles|ceux)(?:\s+[\w'’]+){0,3}?\s+(?:à|a|au|en|de|d')\s*|"
    r"(?:sa|son|ses|leur|leurs) (?:voisine?s?|homologues?|rivale?s?|jumelle?s?)\s+)?"
    rf"(?:{_LISTED},\s*(?:(?:à|a)\s+)?)*(?:{_LISTED}\s+(?:ou(?: encore)?|et)\s+(?:(?:à|a)\s+)?)?$")


# "les routes venant de Cannes, de Mouans-Sartoux et de Cabris", "les vols vers Paris
# et Nantes", "arrivé de Fréjus": where traffic or a newcomer comes from or goes, a
# landmark, however long the list.
_COMING_FROM = re.compile(
    r"(?:\b(?i:venant|venue?s?|viennent|venaient|venait|provenance|arrivant|arrivée?s?|"
    # « pour qui arrive de Behren ou de Spicheren »: a village's entrance seen from a road
    r"arrive|arrivent|arrivait|arrivaient|arrivera|arriveront|"
    r"direction|destination)\s+"
    r"(?:en\s+(?:bus|car|cars|train|voiture)\s+)?(?:de|d'|du)|"
    r"\b(?:vols?|trains?|liaisons?|navettes?|bus|cars?|ferrys?|lignes?)\s+(?:vers|pour)|"
    r"\bau départ\s+(?:de|d'|du)|"
    # « le cortège est parti de Lille », « les coureurs partiront de Nantes »
    r"\b(?:est|sont|était|étaient|sera|seront)\s+partie?s?\s+(?:de|d'|du)|"
    r"\bpartiront\s+(?:de|d'|du)|"
    # « quatre blessés évacués vers les hôpitaux de Flers et d'Avranches », « transporté
    # au CHU de Caen »: where casualties were taken (not « des caméras à l'hôpital de »)
    r"\b(?:(?i:évacuée?s?|transportée?s?|transférée?s?|hospitalisée?s?|conduite?s?|"
    r"emmenée?s?|évacuations?|transferts?)\s+(?:[\w'’]+\s+){0,3}?)"
    r"(?:vers|à|au|aux|dans)\s+(?:l'|les?\s+|la\s+|un\s+|une\s+)?"
    r"(?i:hôpita(?:l|ux)|CHU|CHR|centres? hospitaliers?|cliniques?|urgences)\s+(?:de|d'|du)|"
    # "les supporters arriveront en car par Liévin": a route
    r"\b(?:arriv|pass|transit)\w*\s+(?:[\w']+\s+){0,2}?par|\bvia|"
    # « la piste cyclable qui relie Nantes à Couëron »: a road's or a line's far end
    rf"\breli(?:e|ent|ant|era|eront|ait|aient|er)\s+{_PROPER}\s+(?:à|a)|"
    # « la D1001, qui traverse le département de Chambly à Amiens »: a road's two ends
    rf"\b(?:[DN]\d{{1,4}}|RN\s?\d+|RD\s?\d+|A\d{{1,3}}|autoroute)\b[^.;!?]{{0,60}}?"
    rf"\bde\s+(?:{_PROPER}\s+(?:à|a|jusqu'à)\s+)?)\s*"
    rf"(?:{_PROPER},\s*(?:(?:de|d'|du)\s*)?)*(?:{_PROPER}\s+(?:et|ou)\s+(?:(?:de|d'|du)\s*)?)?$")


# « des prescriptions pour une usine à Tarascon-sur-Ariège, une restriction du transport
# d'artifices à Saverdun, Montaut et Varilhes »: a recueil's other acts, about matters no
# camera or drone is part of; their towns are that act's, not the surveillance's.
_ANOTHER_MATTER = re.compile(
    r"\b(?i:transport (?:d'|de |des )(?:artifices?|carburants?|matières dangereuses)|"
    r"débits? de boissons|vente d'alcool|plans? d'eau|prescriptions spéciales|"
    r"installations? classées?|consultation du public|enquête publique|"
    r"épreuves? sportives?|manifestations? sportives?|courses? cyclistes?|"
    r"autorisation environnementale|chasse|pêche|baignade|piscicultures?|"
    # balloons' and helicopters' landing grounds, a company's formal notice (its
    # warehouse), a cultural body's creation, schools' syndicates merged
    r"plateformes? aérostatiques?|hélisurfaces?|mises? en demeure (?:de |d')la société|"
    r"coopération culturelle|périmètres? du syndicat|fusion (?:du|des) (?:SI|SIVU|SIVOM|"
    r"SIRP|syndicats?)|transformation du syndicat|syndicats? (?:intercommunal |mixte )?"
    r"(?:de |d'|du |des )(?:collecte|ordures|eaux?|assainissement|électricité|énergie|"
    r"transports? scolaires?)|passages? à niveau|zones? d'aménagement|cessibilité|"
    r"convocation des électeurs|bureaux de vote|listes? électorales?|défrichements?|"
    r"relais de téléphonie|antennes?[- ]relais|utilité publique|habilitations? funéraires?|"
    r"licences? de voyages?|acquisitions? d'une bande|acquisitions? de (?:parcelles?|terrains?)|"
    # a boat's or a parcel's transfer, a commercial project's opinion (CDAC)
    r"transferts? de (?:propriété|la parcelle)|transferts? d'un bateau|aménagement commercial)\b"
    r"(?P<between>[^.;:!?]{0,80}?)\b(?:à|a|au|aux|de|d'|du|communes? de)\s*"
    rf"(?:{_PROPER},\s*)*(?:{_PROPER}\s+(?:et|ou)\s+)?$")
_SURVEILLANCE_WORD = re.compile(r"caméra|vidéo|drone|aéronef|surveill", re.I)


def _another_matters_town(text: str, mention: Mention) -> bool:
    """The name closes a clause about a matter no surveillance is part of (an act
    restricting the transport of fireworks), no camera or drone named in between."""
    found = _ANOTHER_MATTER.search(text[max(0, mention.start - 160):mention.start]
                                   .replace("’", "'"))
    return found is not None and not _SURVEILLANCE_WORD.search(found.group(0))


# « De Solaro à Ghisonaccia, en passant par Prunelli et Ventiseri »: the towns of a range
# the sentence goes through, not a route's stops.
_A_RANGE_PASSING_BY = re.compile(rf"\b[Dd]e\s+{_PROPER}\s+à\s+{_PROPER}\s*,\s*en passant par\s+"
                                 rf"(?:{_PROPER}\s*(?:,|et)\s*)*$")


# "Massy, où des incidents avaient eu lieu, n'est pas concernée", "Vertou ne figure pas
# dans l'arrêté", "Meyzieu avait été retirée de la liste", "À Montluçon, aucune demande
# n'a été faite": the text says the town is
# left out (not "ne fait pas partie" of a group: it may have its own cameras).
_LEFT_OUT = re.compile(r"(?:[^.;!?]{0,80}?\b(?:n'est pas concernée?|ne sont pas concernée?s|"
                       r"n'est pas partie prenante|ne sont pas parties prenantes|"
                       r"n'est plus concernée?|ne figurent? pas|n'y figurent? pas|"
                       # « Darnétal et Bihorel ne sont pas candidates », « une manifestation
                       # prévue à Nantes ne sera pas survolée »
                       r"n'est pas candidate?|ne sont pas candidate?s|"
                       # « À Bastia, la préfecture n'a pas été saisie »
                       r"n'(?:a|ont|avait|avaient) pas été (?:saisie?s?|sollicitée?s?)|"
                       r"ne (?:sera|seront) pas (?:survolée?s?|filmée?s?|équipée?s?|concernée?s?)|"
                       # « Vaulx-en-Velin n'a pas encore pris position »
                       r"n'(?:a|ont) pas (?:encore )?pris position|"
                       r"ne s'(?:est|sont) pas (?:encore )?prononcée?s?|"
                       # « Bagnolet et Romainville sont citées, sans caméras ni hausse
                       # de la délinquance »: towns without any (not a collective's name,
                       # « Lorient sans caméras », which fights the town's)
                       r"(?<=, )sans (?:aucune? )?(?:caméras?|vidéoprotection|vidéosurveillance)\b|"
                       # « Sceaux et Vincennes n'en ont presque pas »
                       r"n'en (?:a|ont|possède|possèdent|dispose|disposent|compte|comptent)"
                       r"(?: presque| toujours| encore| quasiment)? (?:pas|aucune?|aucun)\b|"
                       # "à Autun, le sujet n'est pas à l'ordre du jour"
                       r"n'(?:est|était) pas (?:à l'ordre du jour|d'actualité)|"
                       r"(?:a|ont|avait|avaient) été (?:retirée?s?|exclue?s?)|"
                       r"rest(?:e|ent) (?:en dehors|à l'écart)|"
                       # "À Chauny, la braderie se tiendra sans drone"
                       r"(?:se (?:tiendra|tiendront|déroulera|dérouleront|fera|feront)|"
                       r"s'(?:est|était|sont|étaient) (?:tenue?s?|déroulée?s?)|"
                       r"(?:aura|auront|a eu|ont eu|avait eu) lieu) sans "
                       r"(?:(?:nouveau|nouvelle|aucun|aucune)\s+)?"
                       r"(?:drones?|caméras?|vidéoprotection|vidéosurveillance|dispositif)\b))"
                       # "À Montluçon, aucune demande n'a été faite", "À Gap, pas de drone"
                       # (« À Dax, de l'autre côté de l'Adour, aucun drone ne volera »)
                       # (« À Sète et à Béziers, aucun arrêté de ce type n'a été pris »)
                       # (« À Mérignac et au Bouscat, aucune demande… »)
                       r"|(?:\s+(?:et|ou)\s+(?:(?:à|au|aux)\s+)?(?:(?:la|le|les)\s+)?[\w'’-]+)?"
                       r"(?:,[^,.;!?]{1,60})?,\s*"
                       # (not « à Oye-Plage, aucune contravention n'a été dressée »: what
                       # the patrols found, under the drones)
                       r"(?:aucune?\s+(?!(?:contraventions?|amendes?|verbalisations?|"
                       r"interpellations?|arrestations?|infractions?|incidents?|blessée?s?|"
                       r"plaintes?|procès-verbal)\b)(?:[\w'’-]+\s+){1,4}?(?:n'|ne\b)|"
                       r"pas\s+(?:de|d')\s*"
                       r"(?:drones?|caméras?|vidéoprotection|vidéosurveillance|dispositif)\b)")


# "Quimper et Morlaix n'ont pas de caméras", "Vertou ne dispose d'aucun centre",
# "Colmar n'envisage pas de mesure similaire", "Louviers n'a pas prévu de mesure
# semblable": the name is the subject of a negated
# possession or plan, the text says the town has none.
_HAS_NONE = re.compile(r"(?:\s+(?:et|ou)\s+[A-ZÀ-Ý][\w'’\-]*)?(?:\s*,[^,.;!?]{0,60},)?\s+"
                       r"(?:n['’](?:a|ont|avait|avaient)\s+(?:toujours\s+|encore\s+|jamais\s+)?"
                       r"(?:pas\s+(?:de|d['’])|aucune?\b)|"
                       r"ne\s+(?:dispose|disposent|possède|possèdent)\s+"
                       r"(?:pas|d['’]aucune?|toujours\s+pas)\b|"
                       # "Mérignac et Pessac n'en ont jamais acquis"
                       r"n['’]en\s+(?:a|ont|avait|avaient|possède|possèdent|utilise|utilisent)"
                       r"\s+(?:pas|jamais|aucune?|toujours\s+pas)\b|"
                       # "Colmar et Mulhouse n'envisagent pas de mesure similaire"
                       r"n['’](?:envisage|envisagent)\s+(?:pas|rien|aucune?)\b|"
                       # "Yzeure et Cusset ne prévoient rien de tel"
                       r"ne\s+(?:prévoit|prévoient|compte|comptent|projette|projettent)\s+"
                       r"(?:pas|rien|aucune?)\b|"
                       # "Avignon observe", "Aytré et Puilboreau suivent le projet de
                       # près", "Tarascon a été invitée à la réunion": a spectator
                       r"(?:observe|observent)\b|"
                       r"(?:suit|suivent)\s+(?:[\w'’]+\s+){0,3}?de\s+près\b|"
                       r"(?:a|ont)\s+été\s+(?:consultée?s?|invitée?s?|approchée?s?|"
                       r"contactée?s?)\b|"
                       # "les élus de Tarascon, invités, ont assisté à la présentation"
                       r"(?:a|ont|avait|avaient)\s+assisté\b|"
                       # « Chenôve et Quetigny ont suivi l'audience »
                       r"(?:a|ont|avait|avaient)\s+suivi\s+(?:l['’]audience|les débats|la séance|"
                       r"le procès|la réunion)\b|"
                       # "Louviers et Vernon n'ont pas prévu de mesure semblable"
                       r"n['’](?:a|ont|avait|avaient)\s+(?:pas|jamais|rien)\s+(?:encore\s+)?"
                       r"(?:prévu|envisagé|programmé|décidé|voté|demandé|sollicité)\b)")


# "les drones ne survoleront pas la rive droite, à Lormont": a negated action's place
# (not across "que": « il ne faut pas oublier que Nice… »).
_NEGATED_BEFORE = re.compile(r"\b(?:ne|n')\s*[\w-]+\s+(?:pas|jamais|plus)\b"
                             r"(?:(?!\bqu)[^.;!?:]){0,40}$")


# « certaines restent réticentes, ce qui n'est pas le cas de Hem »: the negation of a
# refusal, a town that wants or has the cameras (not « Nice a des caméras, ce qui n'est
# pas le cas de Cannes »)
_NOT_THE_CASE = re.compile(r"\bce qui n'est pas le cas\b[^.;!?]{0,30}$")
_RELUCTANT = re.compile(r"\b(?:réticente?s?|réticences?|refus\w*|opposée?s?|hostiles?|"
                        r"renonc\w*|rechign\w*|aucune caméra|sans caméras?)\b")


def _not_so_reluctant(folded: str, mention: Mention) -> bool:
    """The negation before the name is « ce qui n'est pas le cas de », after a clause
    about towns refusing or reluctant: the town is the contrary, no town left out."""
    found = _NOT_THE_CASE.search(folded, max(0, mention.start - 60), mention.start)
    if not found:
        return False
    sentence_start = max(folded.rfind(".", 0, found.start()), folded.rfind("\n", 0, found.start()))
    return _RELUCTANT.search(folded, sentence_start + 1, found.start()) is not None


# « 22 protocoles de participation citoyenne, le dernier à Vergongheon »: where a
# neighbourhood watch (no surveillance technology) is set up, no camera between.
_WATCH_SCHEME = re.compile(r"\b(?:participation citoyenne|voisins? vigilants?)\b"
                           r"(?:(?!cam|vid|drone)[^.;!?\n])*$")
# "les attentats de Paris", "les émeutes de Nanterre", "l'affaire de Nice": a past event
# named after a town, given as a reason or a precedent.
_PAST_EVENT = re.compile(r"\b(?:attentats?|émeutes|tuerie|drame|naufrage|assassinat|"
                         r"catastrophe|affaire)\s+(?:de|d'|du)\s*$"
                         # « l'attentat au couteau de Paris », « le terroriste à vélo de
                         # Lyon », « le fiasco de la finale de la Ligue des champions à
                         # Saint-Denis »: where a past event happened (no camera between)
                         r"|\b(?:attentats?|tuerie|émeutes|fiasco|naufrage|assassinat|"
                         r"terroristes?)\b(?:\s+(?!cam|vid|drone)[^\s.,;!?«»]+|\s+[«»]){1,10}?"
                         r"\s+(?:de|d'|du|à)\s*$"
                         # "on craint un nouveau Sainte-Soline": a town as a byword
                         r"|\b(?:un|une)\s+(?:nouveau|nouvelle|autre|second|seconde)\s*$")


# Where a name stands for a seat, a venue or an address rather than the place the
# story is about: each part ends where the town's name begins (`_SEAT` searches the
# words before it). A court's seat, a gendarmerie unit, a university, a company, a
# trade fair, a study cited or an adviser's unit is not where surveillance happens.
_COMPANY = (r"société|entreprise|start[- ]?up|pme|firme|prestataire|fournisseur|fabricant|"
            r"cabinets?|bureaux? d['’]études|"
            r"intégrateur|installateur|groupe|centrales? d['’]achats?")
_SEAT_PARTS = {
    # "tribunal administratif de Grenoble", "la brigade de Marseillan", "start-up née
    # à Metz", "une application développée à Nantes", "la section de Douai de la Ligue
    # des droits de l'homme"
    "an institution's or a company's seat":
        r"(?:\b(?:tribunal|tribunaux|cour|parquet|procureure?|juges?|magistrats?|"
        r"jugements?|brigades?|escadrons?|compagnies?|commissariats?|hôtel de police|"
        # the gendarmerie's mountain units (« le PGHM de Briançon »)
        r"pghm|pgm|pelotons?|"
        # a fire or gendarmerie station to be built there (« une nouvelle caserne à
        # Évreux »), a fire station's town (« le centre de secours de Lisieux »); not
        # « les abords de la caserne Sénarmont à Strasbourg », a filmed place
        r"(?:nouvelles?|futures?) casernes?|centres? de secours|"
        rf"université|prud'hommes|{_COMPANY}|"
        r"chercheurs?|chercheuses?|ingénieurs?|laboratoires?|syndicats?|"
        # « la chambre de métiers et de l'artisanat de La Rochelle », its official name
        r"chambres? (?:de commerce|d'agriculture|des? métiers)|"
        r"industriels?|constructeurs?|équipementiers?|éditeurs?|usines?|entrepôts?|"
        # « fabriqués dans ses ateliers de Toulouse »: a company's own workshops
        r"(?:ses|leurs) ateliers|"
        r"avocate?s?(?:,?\s+installée?s?)?|"
        r"procès|audiences?|école de police|école de gendarmerie|école des officiers|"
        r"écoles? nationales?|salons?|"
        r"parc des expositions|palais des congrès|centres? (?:des|de) congrès|"
        r"sections?|ligue des droits de l'homme|ldh|associations?|collectifs?|"
        r"barreau|greffe|siège|sous[- ]préfecture|sous[- ]préfet|sous[- ]préfète|"
        r"centres? (?:nationale? )?de formation)\b"
        r"(?:\s+[\w']+){0,3}?|\b(?:née?s?|basée?s?|fondée?s?|domiciliée?s?|"
        r"originaires?|développée?s?|conçue?s?|fabriquée?s?|incubée?s?))\s+(?:de|d'|du|à|a)\s*$",
    # « la ville est jumelée avec Ravenne »: a twin town
    "a twin town": r"\bjumelée?s?\s+(?:avec|à|a)\s*$",
    # « le tribunal administratif de la ville de Rouen »
    "a court named after its town as such":
        r"\b(?:tribunal|tribunaux|cour|parquet)(?:\s+(?:administratif|judiciaire|"
        r"correctionnel|d'appel))?\s+de la (?:ville|commune)\s+(?:de|d')\s*$",
    # "un colloque sur la VSA s'est tenu à Lille", "présenté au salon Milipol, à Paris",
    # "la formation aura lieu à Lyon", "une thèse soutenue à Rennes", "les eurodéputés
    # l'ont adopté à Strasbourg"
    "an event's venue":
        r"\b(?:colloques?|congrès|séminaires?|conférences?|salons?|formations?|points? presse|"
        r"concours|prix|trophées?|thèses?|laboratoires?|rédactions?|hôtel de région|"
        r"eurodéputés|parlement européen|consultations?|audiences?|procès|"
        r"séances? plénières?|"
        r"hôtel du département|directions? (?:départementale|régionale|"
        r"interdépartementale|zonale|générale)s?)\b(?! de presse)"
        # the venue, or each of a list of them (« ouverte à Paris, Lyon et Bordeaux »)
        r"[^.;!?:«»\n]{0,60}?\s(?:à|a)(?:\s+[\w'’-]+,){0,4}(?:\s+[\w'’-]+\s+(?:et|ou))?\s*$",
    # « déposées en marge du festival Technopolice à Marseille »: what happened on an
    # event's sidelines, at its venue (the festival itself may be where drones fly)
    "an event's sidelines":
        r"\ben marge d(?:u|e la|e l['’]|es|['’]un|['’]une)\s[^.;!?:«»\n]{0,60}?\s(?:à|a)\s*$",
    # « ce qu'il a vu lors d'un voyage à Barcelone », « au cours d'un séjour à Nice »: a
    # trip's stop, where the traveller looked, not a deployment the story reports
    "a trip's stop":
        r"\b(?:lors|au cours|à l'occasion)\s+d'(?:un|une)\s+(?:voyage|séjour|déplacement)"
        r"(?:\s+[\w'’]+){0,2}?\s+(?:à|a)\s*$",
    # « d'autres recours doivent être examinés lundi à Paris et à Bordeaux »: where
    # appeals are heard, the courts' seats (not « un recours contre les drones à Paris »)
    "where an appeal is heard":
        r"\brecours\b[^.;!?]{0,40}?\b(?:examinée?s?|étudiée?s?|jugée?s?|plaidée?s?|"
        r"entendue?s?)\b(?:\s+[\w'’]+){0,3}?\s+(?:à|a)"
        r"(?:\s+[\w'’-]+(?:\s*,|\s+(?:et|ou)(?:\s+(?:à|a))?)){0,4}\s*$",
    # « au forum de la sécurité de Tarbes », « les assises de la sûreté de Lyon »: a
    # meeting named after its town (not « le festival de Cannes », where drones fly)
    "a meeting named after its town":
        r"\b(?:forums?|congrès|salons?|colloques?|assises|rencontres|sommets?|séminaires?|"
        r"universités d'été)\b(?:\s+[\w'’]+){0,4}?\s+(?:de|d'|du)\s*$",
    # "l'avocat de l'association, installé à Lyon"
    "a lawyer's office": r"\bavocate?s?\b[^.;!?]{0,40}?\binstallée?s?\s+(?:à|a)\s*$",
    # "les données seront hébergées à Rennes"
    "where data are kept":
        r"\b(?:héberg|conserv|stock|géré)\w*\s+(?:[\w'’]+\s+){0,5}?(?:à|a|depuis)\s*$",
    # "la société, installée à Lyon", "le cabinet d'études, installé à Brest", "le bureau
    # d'études Alcéa, de Rennes,", "la société Cityzen, à Toulouse"
    "a company's premises":
        rf"\b(?:{_COMPANY}|cabinet|agence|bureau d['’]études|chambre régionale des comptes|"
        r"cour|tribunal|institut|université|association|syndicat|rédaction|quotidien)\b"
        r"(?:[^.;!?]{0,40}?\b(?:installée?s?|implantée?s?|située?s?)\s+(?:à|a)|"
        r"(?:\s+[\w'’-]+){1,3},\s+(?:de|d'|d’|à|a))\s*$",
    # "ses homologues réunis à Rennes", "réunie en congrès à Paris", "réuni en conseil
    # national à Lyon"
    "a meeting's place":
        r"\bréunie?s?\s+(?:(?:en|au)\s+[\w'’]+(?:\s+[\w'’]+)?\s+)?"
        r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\s+"
        r"(?:soir\s+|matin\s+)?)?(?:à|a)\s*$|"
        # "l'association, qui a réuni ses militants samedi à Montreuil"
        r"\b(?:a|ont|avait|avaient)\s+réuni\s+(?:[\w'’]+\s+){1,4}?(?:à|a)\s*$",
    # « condamné à Rennes en 2019 », « le dossier sera jugé à Lyon »: a court's town
    "where someone was tried":
        r"\b(?:condamnée?s?|jugée?s?|relaxée?s?|acquittée?s?)\s+(?:[\w'’]+\s+){0,3}?"
        r"(?:à|a|au)\s*$",
    # "deux agents ont été formés à Strasbourg", "formés au pilotage à Lyon"
    "where people were trained":
        r"\bformée?s?\s+(?:(?:au|à la|aux)\s+[\w'’]+\s+)?(?:à|a)\s*$",
    # "la ministre, interrogée à Marseille", "son porte-parole, joint à Lyon"
    "where a speaker was reached":
        r"\b(?:interrogée?s?|jointe?s?|interviewée?s?)\s+(?:par\s+téléphone\s+)?(?:à|a)\s*$|"
        # "a annoncé le Premier ministre depuis Bordeaux"
        r"\b(?:annoncée?s?|déclarée?|affirmée?|indiquée?|précisée?|réagi|exprimée?|"
        r"s'exprimant|s'exprimait|retransmise?s?|diffusée?s?)\b(?:\s+[\w'’-]+){0,4}?"
        r"\s+depuis\s*$",
    # « débattu au Sénat, au palais du Luxembourg, à Paris »: a national body's seat
    "a national body's seat":
        r"\b(?:sénat|assemblée nationale|palais (?:du |de l'|de la |de )?[\w'’-]+|"
        r"conseil d'état|conseil constitutionnel|cour de cassation|ministère[\w'’ -]{0,30})"
        r"\s*,\s*(?:à|a)\s*$",
    # "en déplacement à Roubaix, le ministre…"
    "a visitor's stop":
        r"\b(?:en|son|sa|d'un|d'une)\s+(?:déplacement|visite)\s+(?:[\w'’]+\s+){0,2}?"
        r"(?:à|a)\s*$|\bde passage\s+(?:à|a)\s*$",
    # "transmises à la gendarmerie de Lannion", "l'agence de Lorient" (right before the
    # name: "des drones de la gendarmerie au-dessus de Koungou" is no unit's name)
    "a unit or a branch named by its seat":
        r"\b(?:gendarmerie|agences?|cabinets?(?: d'études)?|bureaux? d'études)"
        r"\s+(?:de|d'|du)\s*$|"
        # « l'entreprise a ouvert une agence à Lyon »: a company's branch
        r"\b(?:une|son|sa|ses|nouvelles?)\s+(?:agences?|filiales?|succursales?)\s+(?:à|a)\s*$|"
        # « la société, qui a des bureaux à Lyon »
        r"\b(?:des|ses|leurs)\s+bureaux\s+(?:à|a)\s*$|"
        # « le juge des référés a rendu sa décision à Rennes »: the court's seat
        r"\b(?:rendu|rend|rendra|rendront|rendent)\s+(?:sa|son|leur|leurs|une|un)\s+"
        r"(?:décisions?|jugements?|ordonnances?|arrêts?|délibérés?)\s+(?:à|a)\s*$",
    # "auprès de la préfecture du Morbihan, à Vannes", "de la Seine-Saint-Denis, à
    # Bobigny" (hyphens are spaces in the folded text), "publié par la préfecture, à Nice",
    # « le conseil départemental, à Bobigny »: the State's or a council's seat
    # « les brigades de Saint-Gaudens et de Montréjeau »: each unit of a list
    "units listed by their seats":
        r"\b(?:brigades|compagnies|escadrons|commissariats|tribunaux|gendarmeries)\s+"
        r"(?:de |d'|du )[\w'’-]+(?:\s+[\w'’-]+){0,2}?(?:\s*,\s*(?:de |d'|du )?[\w'’-]+"
        r"(?:\s+[\w'’-]+){0,2}?)*\s+et\s+(?:de |d'|du )\s*$",
    # « stockées au groupement, à Toulouse »: a gendarmerie group's seat
    "a gendarmerie group's seat": r"\bgroupement(?:\s+[\w'’-]+){0,6}?\s*,\s+(?:à|a)\s*$",
    # « le préfet de Basse-Terre », « la préfète de Cayenne »: a prefect named by the
    # town of the prefecture (not « le préfet de police de Paris », who acts there)
    # « la préfecture de Poitiers refuse », « consultables à la préfecture d'Ajaccio »: the
    # prefecture's town (not « la préfecture de police de Paris », which acts there)
    "a prefect's seat": r"\bpréf(?:[eè]te?s?|ectures?)\s+(?:de|d')\s*$",
    "the State's seat in a department":
        r"\b(?:sous )?(?:préfecture|préfet|préfète|conseil départemental|conseil régional|"
        r"département|région)(?:\s+(?:de la |de l'|du |des |de |d')[\w'’-]+"
        r"(?:\s+[\w'’-]+){0,4}?)?\s*,\s+(?:(?:installée?s?|basée?s?|située?s?)\s+)?(?:à|a)\s*$",
    # "le centre d'information et de commandement de la police nationale, à Istres":
    # the State police's command centre, where images are sent
    "a police command centre's seat":
        r"\b(?:centres? d['’]information et de commandement|cic)\b[^.;!?]{0,40}?\s(?:à|a)\s*$",
    # « une vidéo tournée à Lyon », « le film, tourné en partie à Brest »: a shoot
    # (or a programme recorded: « le débat télévisé a été enregistré à Nanterre », not
    # « les faits enregistrés à Lunel »)
    "where a film was shot": r"\btournée?s?\s+(?:[\w'’]+\s+){0,3}?(?:à|a)\s*$|"
        r"\b(?:émissions?|débats?|interviews?|entretiens?|podcasts?|vidéos?)\b[^.;!?]{0,30}?"
        r"\benregistrée?s?\s+(?:[\w'’]+\s+){0,3}?(?:à|a)\s*$",
    # « instruit par les services de l'État à Lille »
    "the State's services": r"\bservices?\s+de\s+l['’]état\s+(?:à|a|de|d'|du|en)\s*$",
    # "la convention a été signée à Vesoul", « trois arrêtés, datés de Digne-les-Bains »
    "where an act was signed": r"\b(?:signée?s?|rédigée?s?)\s+(?:[\w'’]+\s+){0,4}?(?:à|a)\s*$|"
        r"\b(?:arrêtés?|actes?|décisions?|lettres?|courriers?)\b[^.;!?]{0,50}?\bdatée?s?\s+"
        r"(?:de|d')\s*$",
    # « à la préfecture de l'Indre, place de la Victoire, 36000 CHATEAUROUX »: where to
    # write, the prefecture's postal address
    "a prefecture's postal address": r"\b(?:sous-)?préfecture\s+(?:de|du|des|d')\s*[^,;.!?]{1,30},"
        r"[^;.!?]{0,60}?\b\d{5}\s+(?:cedex\s+)?$",
    # "une étude menée à Grenoble"
    "where a study cited was made":
        r"\bétudes?(?:\s+(?:menée|réalisée|conduite|faite)s?)?\s+(?:à|a)\s*$",
    # "une étude de l'Insee sur Dreux"
    "a study's subject": r"\bétudes?\s+(?:[\w'’]+\s+){0,3}?sur\s*$",
    # "le référent sûreté de la gendarmerie de Gex"
    "an adviser's unit":
        r"\bréférente?s?\s+sûreté\s+(?:de\s+la\s+gendarmerie|de\s+la\s+police"
        r"(?:\s+nationale)?|du\s+commissariat)\s+(?:de|d'|du)\s*$",
}
_SEAT = re.compile("|".join(f"(?:{part})" for part in _SEAT_PARTS.values()))


# « Idemia, installé à Courbevoie », « Wintics, basée à Paris »: a named company's or
# body's premises (a capitalised name, not an acronym such as « le CSU, installé à »).
_NAMED_BODY_BASED = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ][\w&'’-]*,\s+(?:installée?s?|implantée?s?|"
                               r"basée?s?|domiciliée?s?)\s+(?:à|a)\s*$")
# « l'Agence nationale des titres sécurisés, à Charleville-Mézières », « l'unité
# nationale d'identification, basée à Cergy », « le service des technologies de la
# sécurité intérieure, à Issy », « dont le siège est à Levallois », « son centre de
# données d'Osny »: a national or State body's premises (lower-cased text)
_STATE_BODY_BASED = re.compile(
    r"\b(?:agences?|écoles?|instituts?|offices?|services?|directions?|pôles?|unités?|"
    r"centres?|laboratoires?)\s+(?:nationale?s?\b|(?:des?|du|d')\s*)[^.;!?,]{0,70}"
    r",\s+(?:(?:installée?s?|basée?s?|située?s?|implantée?s?)\s+)?(?:à|a)\s*$|"
    r"\bdont le siège (?:social )?(?:est|se trouve) (?:à|a)\s*$|"
    r"\bcentres? de données (?:de|d'|du|à|a)\s*$")
# « attribué à SPIE CityNetworks, à Montpellier », « l'entreprise Cameo, de Valence »,
# « une filiale de Vinci installée à Lyon »: a company named as such, then its town
_COMPANY_BASED = re.compile(
    r"\b(?:sociétés?|entreprises?|groupe|start-?up|prestataires?|installateurs?|"
    r"fournisseurs?|intégrateurs?|filiales?|attribuée?s? à|confiée?s? à|remportée?s? par|"
    r"fournie?s? par)\s+(?:(?:de|d'|du)\s*)?[A-ZÀ-Ý][\w&'’-]*(?:\s+[A-ZÀ-Ý][\w&'’-]*){0,3}"
    r"(?:,\s+(?:(?:installée?s?|basée?s?|située?s?|implantée?s?)\s+)?(?:à|a|de|d')|"
    r"\s+(?:installée?s?|basée?s?|implantée?s?)\s+(?:à|a))\s*$")
# « la société Vivre en paix, dont le siège est à Montredon et une annexe à Carcassonne »:
# a company's head office and branches, however long its name
_COMPANY_BRANCH = re.compile(
    r"\b(?:sociétés?|entreprises?|groupe|prestataires?|installateurs?|fournisseurs?)\b"
    r"[^.;!?]{0,80}?\bdont le siège\b[^.;!?]{0,60}?"
    r"(?:(?:est|se trouve|se situe)\s+(?:à|a)|\b(?:une|son|sa|ses|des)\s+(?:annexes?|"
    r"agences?|antennes?|succursales?|dépôts?|ateliers?)\s+(?:à|a))\s*$")
# « posées par ARS Télécom de Habsheim »: the installer named by its brand, and its home
# town (not « posées par la ville de Habsheim », the town acting); « conducteur de travaux
# chez Bouygues Énergies et Services à Marguerittes »: a company's site
_BRAND = r"[A-ZÀ-Ý][\w&'’-]*(?:\s+(?:(?:et|&)\s+)?[A-ZÀ-Ý][\w&'’-]*){0,4}"
_INSTALLED_BY_BRAND_OF = re.compile(
    r"\b(?:(?i:posée?s?|installée?s?|réalisée?s?|fournie?s?|déployée?s?|livrée?s?)\s+par|"
    rf"chez)\s+{_BRAND}\s+(?:de|d'|d’|du|à)\s*$")
# The names listed before a mention (« de Calvisson, Vauvert et »): the list's start
# tells what the whole list is (« les brigades de gendarmerie de Calvisson, Vauvert et
# Bernis », « signés à Riez ou encore à Banon »: each a seat)
_NAMES_LISTED_BEFORE = re.compile(r"(?:[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*"
                                  r"\s*(?:,\s*|\s+(?:et|ou)(?:\s+encore)?\s+)(?:à\s+)?)+$")
# « L'ANTAI, installée à Rennes »: an acronym's premises (not « le CSU, installé à »)
_ACRONYM_BASED = re.compile(r"\b(?!CSU|CSI|CIC|VSA|LAPI|PC)[A-Z]{3,6},\s+(?:installée?s?|implantée?s?|"
                            r"basée?s?|située?s?)\s+(?:à|a)\s*$")
# (but « le centre de supervision de Valence Romans Agglo, installé à Valence » is where
# the cameras are watched: the label rules tag it)
_A_NETWORKS_HOME = re.compile(r"supervision|\bcsu\b|vidéo|caméras?\b")


# "présenté à Saint-Denis, au siège de l'entreprise": a headquarters' town; "présentées
# mardi à Lyon, lors d'un colloque": an event's venue, named after the town; « 75740
# Paris cedex 15 »: a body's postal address.
_HEADQUARTERS_AFTER = re.compile(
    r"\s+cedex\b|,?\s+(?:(?:au|dans (?:le|son|leur))\s+siège\b|(?:lors|à l['’]occasion|au cours)\s+"
    r"(?:d['’]|du |de la |des )(?:[\w'’-]+\s+){0,2}?(?:colloques?|congrès|salons?|"
    r"conférences?|séminaires?|forums?|assemblées? générales?)\b)")


# A town the text reports as equipped, in a relative clause right after it (« Bayonne,
# qui a réduit les vols après une installation semblable »): the label rules tag a town
# reported as using cameras, even when given as an example.
EQUIPPED_CLAUSE = re.compile(
    # « comme celui du Cèdre à Canteleu, dont les caméras visent la grille »
    r"\s*,\s*(?:«\s*)?(?:(?:qui|où|dont)\s+[^.;!?]{0,80}?(?:caméras?|vidéo|drones?|filme|filment|"
    r"le fait|"
    r"l'a fait|l'utilise|les utilise|en compte|en dispose|installation|dispositif|équipée?)|"
    r"(?:déjà\s+|aussi\s+|également\s+)?équipée?s?\b)"
    # "des communes voisines comme Chasseneuil en sont déjà équipées"
    r"|\s+(?:en\s+)?(?:est|sont)\s+(?:déjà\s+|aussi\s+|également\s+)?(?:équipée?s?|dotée?s?)\b"
    # « d'autres villes, comme Dijon, ont déjà fait ce choix »: the list's verb
    r"|\s*,?\s+(?:ont|a)\s+(?:déjà\s+|aussi\s+|également\s+)?(?:fait (?:ce|le même) choix|"
    r"franchi le pas|opté pour|choisi|adopté)\b")
# A marker, not a weighed signal: a town given as an example that the text reports as
# equipped (places.py tags it, and takes it for no city the story is about).
EXAMPLE = "example"


# « des caméras comme celles de Dax »: the town's own cameras, images or drones.
_ITS_OWN_TOO = re.compile(r"\b(?:caméras|images|drones|vidéoprotection)\b[^.;!?\n]{0,80}?"
                          r"\bcomme (?:celles|ceux|celle|celui) (?:de|d'|du)\s*$")


def _compared(text: str, mention: Mention) -> str:
    """The comparison's trigger the name follows, or ends the list of names that follows
    ("" if none), except as the subject of the sentence: in « Comme Londres, Nice
    veut… » and « Après Nice et Marseille, Toulon s'équipe », Nice and Toulon act.
    Towns given as examples of what the sentence says towns do (« des villes comme Nice »)
    are EXAMPLE."""
    window = text[max(0, mention.start - 80):mention.start].replace("’", "'")
    found = _COMPARISON.search(window)
    if not found:
        return ""
    listed_before = "," in found.group(0) or re.search(r"\s(?:et|ou)\s", found.group(0))
    if listed_before and SUBJECT_VERB.match(text, mention.end):
        return ""
    trigger = found.group(0).split()[0].lower()
    such_as = _TOWNS_SUCH_AS.search(window, 0, found.start()) if trigger == "comme" else None
    if such_as and not _FAR_FROM.search(window, 0, such_as.start()):
        return EXAMPLE  # « des villes comme Nice ou Marseille testent… »: not a contrast
    if trigger == "comme":
        sentence = text[max(0, mention.start - 200):mention.start].replace("’", "'")
        before_trigger = len(sentence) - len(window) + found.start()
        if _TOWNS_DOING_SUCH_AS.search(sentence, 0, before_trigger):
            return EXAMPLE  # « d'autres communes sont en pleine procédure, comme Veuil »
        if _MORE_TOWNS_SUCH_AS.search(sentence, 0, before_trigger):
            return EXAMPLE  # « communes rurales comme Lessac, plus grandes comme Cognac »
    return trigger


# « des villes plus modestes », « des communes de taille moyenne »: towns by their size
_BY_SIZE = (r"(?:plus\s+|très\s+)?(?:modestes?|petites?|moyennes?)|"
            r"de\s+(?:taille\s+)?(?:plus\s+)?(?:modeste|moyenne|petite)\s+taille|"
            r"de\s+taille\s+(?:plus\s+)?(?:modeste|moyenne|réduite)")
# « des villes comme », « les grandes métropoles comme », « des villes plus modestes,
# comme »: towns named as examples.
_TOWNS_SUCH_AS = re.compile(r"\b(?:villes|communes|métropoles|municipalités|collectivités|"
                            r"bourgs|villages|localités)"
                            r"(?:(?:\s+[\w'-]+)?\s+|\s+(?:" + _BY_SIZE + r"),?\s+)$")
# « petites communes rurales comme Lessac et Brillac, plus grandes comme »: the list of
# examples goes on, its town noun left out after the first
_MORE_TOWNS_SUCH_AS = re.compile(r"\b(?:villes|communes|métropoles|municipalités|collectivités|"
                                 r"bourgs|villages|localités)(?:\s+[\w'-]+){0,2}\s+comme\b"
                                 r"[^.;:!?]*,\s*(?:[\w'-]+\s+){0,3}$")
# « on est loin de villes comme Nice »: a contrast, not examples
_FAR_FROM = re.compile(r"\bloin (?:de|des|d')\s*(?:[\w'-]+\s+)?$")
# « d'autres communes sont en pleine procédure, comme », « plusieurs villes du
# département s'équipent aussi, comme »: examples of what the clause says towns do.
_TOWNS_DOING_SUCH_AS = re.compile(
    r"\b(?i:d'autres|plusieurs|certaines|de nombreuses|nombre de|quelques|"
    # « douze villes se sont équipées depuis 2013, comme Montreuil »
    r"\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente)\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:villes|communes|municipalités|villages|bourgs|localités|"
    r"collectivités)\b"
    r"[^.;!?]{3,120},\s*$|"
    # « des communes de taille plus modeste ont franchi le pas, comme », « les villes
    # moyennes s'y mettent, comme », « des villages aussi, comme »
    r"\b(?i:des|les)\s+(?:villes|communes|municipalités|villages|localités|collectivités)\s+"
    r"(?:" + _BY_SIZE + r")\b[^.;!?]{0,120},\s*$|"
    r"\b(?i:des|les)\s+(?:villes|communes|municipalités|villages|localités|collectivités)"
    r"(?:\s+(?:aussi|également|encore|y compris))?,\s*$|"
    # « peu de communes connaissent ce coût : certaines…, comme Bandol ; d'autres, comme
    # Argenteuil, … »: a pronoun standing for the towns the sentence named
    r"\b(?:villes|communes|municipalités|villages|collectivités)\b[^.!?]{0,160}?"
    r"\b(?i:certaines|d'autres|plusieurs)\b[^.;!?]{0,120},\s*$")


# "l'ancien maire de Nice", "la députée de Rennes": a person's other office, or home.
# "l'ancien maire de", "ancien policier de", "l'ancienne adjointe à la sécurité de": a
# person's past office (not "l'ancienne caserne de", a place in the town).

_OTHER_OFFICE = re.compile(r"\b(?:ancien(?:ne)?|ex)[\s-]+(?!(?:centre|site|hôpital|prison|"
                           r"caserne|quartier|stade|aéroport|gare|hôtel|usine|terrain|"
                           r"collège|lycée|marché|bâtiment|siège|musée|port)\b)"
                           r"(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:de|d'|du|à|au|aux)\s*$|"
                           r"\b(?:député|députée|sénateur|sénatrice)(?:[\s-]maire)?\s+(?:de|d'|du)\s*$|"
                           # « agent à la mairie de Vannes »: where a person works
                           r"\b(?:agente?|employée?|salariée?|fonctionnaire)s?\s+(?:à|a|de)\s+"
                           r"(?:la\s+)?(?:mairie|ville|commune)\s+(?:de|d'|du)\s*$|"
                           # « passé par la police municipale de Lens », « après un poste à
                           # Metz »: a past post
                           r"\bpassée?s?\s+par\s+(?:[\w'’-]+\s+){0,4}?(?:de|d'|du|à|a|au)\s*$|"
                           r"\b(?:un|son|ses|d'un|du|le)\s+(?:premier\s+|précédent\s+|ancien\s+|"
                           r"dernier\s+)?poste\s+(?:à|a|au)\s*$|"
                           # « le commissaire a pris ses fonctions à Lens en 2021 »
                           r"\b(?:pris|prend|prendra|prenant|prendre)\s+ses\s+fonctions\s+"
                           r"(?:à|a|au)\s*$|"
                           # « qui siège aussi au conseil municipal de Brest »
                           r"\bsi[èe]g(?:e|ent|eait|eaient)\s+(?:aussi\s+|également\s+|encore\s+)?"
                           r"(?:au|à la|dans)\s+(?:[\w'’-]+\s+){1,4}?(?:de|d'|du)\s*$|"
                           # « mené par un conseiller régional d'Aix »: who a person is
                           r"\bconseill(?:er|ère)s?\s+(?:régionale?s?|départementale?s?|"
                           r"métropolitaine?s?|communautaires?)\s+(?:de|d'|du)\s*$|"
                           # "une sénatrice socialiste élue à Rennes"
                           r"\b(?:député|députée|sénateur|sénatrice)\s+(?:[\w'’-]+\s+){0,3}?"
                           r"élue?\s+(?:à|a|de|d'|du)\s*$|"
                           # "son président, maire de Cannes,", "le député, élu de
                           # Sarcelles": who a national figure is, not where the story is
                           r"\b(?:président|présidente|rapporteur|rapporteure|porte-parole|"
                           r"député|députée|sénateur|sénatrice|ministre)\b[^.;!?]{0,45}?(?:,|\set)\s+"
                           r"(?:maire|élue?|conseill(?:er|ère)\s+municipale?)\s+(?:de|d'|du|à)\s*$|"
                           # "il dirigeait auparavant celle de Nancy": a past post
                           r"\b(?:dirigeait|présidait|commandait|a dirigé|avait dirigé|"
                           r"a présidé|avait présidé)\s+(?:[\w'-]+\s+){0,4}?(?:de|d'|du|à)\s*$|"
                           # "le préfet, auparavant en poste à Metz", "recruté à Lens",
                           # "un chercheur qui enseigne à Lille": a post, past or other
                           r"\ben poste\s+(?:à|a|au|en)\s*$|"
                           # « l'association, présidée par un élu de Crocq »
                           r"\bprésidée?s?\s+par\s+(?:un|une|le|la)\s+(?:élue?|maire|adjointe?|"
                           r"conseill(?:er|ère))\s+(?:de|d'|du)\s*$|"
                           # « j'ai été maire d'une ville de 26 000 habitants, Cavaillon »:
                           # a speaker's past office
                           r"\b(?:j'ai|il a|elle a|j'avais|il avait|elle avait)\s+été\s+"
                           r"(?:maire|adjointe?|premier adjoint|conseill(?:er|ère)\s+municipale?)"
                           r"\b[^.;!?]{0,60}?(?:,|\s(?:de|d'|du|à))\s*$|"
                           # « le maire, qui fut commissaire à Toulon »: a past post
                           r"\bqui\s+(?:fut|était|a été|avait été)\s+(?:[\w'’-]+\s+){1,3}?"
                           r"(?:à|a|au|de|d'|du)\s*$|"
                           # « devenu conseiller régional à Lyon », « il vient de la police
                           # municipale de Lens »: a person's new post, or where one comes from
                           r"\bdevenue?\s+(?:[\w'’-]+\s+){1,3}?(?:à|a|au|de|d'|du)\s*$|"
                           r"\b(?:vient|venait|(?<!la )(?<!sa )(?<!leur )(?<!une )venue?|issue?)"
                           r"\s+(?:de la|du|de l'|des)\s+"
                           r"(?:[\w'’-]+\s+){0,3}?(?:de|d'|du|à)\s*$|"
                           r"\b(?:recrutée?s?|mutée?s?|nommée?s?|affectée?s?)\s+(?:à|a|au)\s*$|"
                           r"\b(?:enseigne|enseignent|enseignant|enseignante|travaille|"
                           r"travaillent|travaillant|travaillé|servi)\s+(?:[\w'’]+\s+){0,3}?"
                           r"(?:à|a|au)\s*$|"  # « a travaillé vingt ans à La Roche-sur-Yon »
                           # "une militante, qui vit à Castelnau", "le maire, qui a grandi
                           # à Lyon": a person's home, now or before
                           r"\b(?:vit|vivent|habite|habitent|réside|résident|résidant|"
                           r"demeurant|grandi|vécu|étudié)\s+(?:à|a|au|en)\s*$|"
                           # « les gendarmes à cheval, basés au Lion-d'Angers »: a unit's
                           # base, not where it patrols
                           r"\b(?:gendarmes?|cavaliers?|escadrons?|brigades?|pelotons?|crs|"
                           r"militaires|policiers|unités?|télépilotes?|dronistes?)\b"
                           r"[^.;!?]{0,40}?\b(?:basée?s?|stationnée?s?|cantonnée?s?|casernée?s?)"
                           r"\s+(?:à|a|au|aux)\s*$|"
                           # « la députée, qui habite Gentilly »: « habiter » takes no « à »
                           r"\bqui\s+(?:habite|habitent|habitait|habitaient)\s*$|"
                           # « l'agent, habitant de Sète, … », « le policier, en stage à
                           # Lens », « le préfet, qui quitte Vannes pour un nouveau poste »
                           r",\s*(?:un\s+|une\s+)?habitante?\s+(?:de|d')\s*$|"
                           # « une habitante de Kogenheim redoute …, une autre, de
                           # Mackenheim »: the next resident, named by the same « de »
                           r"\b(?:habitante?s?|riveraine?s?)\s+(?:de|d')[^.;!?]{1,160}?"
                           r"\b(?:un|une|l')\s*autre,?\s+(?:de|d')\s*$|"
                           r"\ben\s+(?:stage|formation|mission|détachement)\s+(?:à|a|au)\s*$|"
                           # « les opérateurs sont formés au lycée professionnel de Lens »:
                           # where people are trained
                           r"\bformée?s?\s+(?:à|a|au|aux|dans|par|en)\s+(?:[\w'’-]+\s+){0,3}?"
                           r"(?:de|d'|du|à)\s*$|\bformée?s?\s+(?:à|a|au)\s*$|"
                           r"\bqui\s+(?:quitte|quittent|quittera|a quitté)\s*$|"
                           # « la voiture, immatriculée à Lyon », « un livre publié à Paris »
                           r"\bimmatriculée?s?\s+(?:à|a|dans)\s*$|"
                           r"\b(?:livres?|ouvrages?|essais?|romans?)\b[^.;!?]{0,20}?"
                           r"\bpubliée?s?\s+(?:à|a)\s*$|"
                           # « a fait ses études de droit à Lyon »
                           r"\bses\s+études\s+(?:[\w'’]+\s+){0,3}?(?:à|a|au|en)\s*$|"
                           # "son fondateur, installé désormais à Lyon"
                           r"\b(?:fondateur|fondatrice|dirigeante?|patron|patronne|directeur|"
                           r"directrice|président|présidente|secrétaire|photographe|journaliste|"
                           r"chercheur|chercheuse|consultante?|experte?|architecte|artiste|"
                           r"militante?)\b[^.;!?]{0,30}?"
                           r"\binstallée?\s+(?:désormais\s+|aujourd'hui\s+|depuis\s+\w+\s+)?"
                           r"(?:à|a|au|en)\s*$|"
                           # "un automobiliste de Roubaix": a person from the town
                           r"\b(?:un|une)\s+(?:automobiliste|habitante?|riveraine?|militante?|"
                           r"retraitée?|lycéenne?|étudiante?|conducteur|conductrice|motard|"
                           r"cycliste|passante?|jeune|homme|femme|adolescente?|avocate?)"
                           r"\s+(?:de|d'|du)\s*$")


_OUTLET_TITLE = re.compile(r"([A-ZÉÈ][\w']+)(?:\s+([A-ZÉÈ][\w']+))?\s+"
                           r"(?:de la|de l'|des|de|du|d')\s*$")  # "Le Petit Bleu d'Agen"
# "BFM Lyon", "France Bleu Isère" (now « ici Isère », as the network writes it, « a
# appris ici Orléans »), "France 3 Bretagne": a broadcaster's local station; « Made in
# Marseille », a local news site.
_BROADCASTER = re.compile(r"\b(?:BFM|BFMTV|France Bleu|France 3|RCF|Radio|TV|[Ii]ci|ICI|"
                          r"Made in)\s+$|"
                         # « l'édition de Caen du quotidien », « la télévision locale de Metz »
                         r"\b(?i:édition|(?:chaîne|télévision|radio|télé)(?:\s+[\w'’-]+){0,3}?)"
                         r"\s+(?:de|d'|du)\s+$")


def _names_district(text: str, folded: str, mention: Mention, words: list[str]) -> bool:
    """"le quartier Saint-Nicolas", "dans le quartier de Maurepas", unless the name is
    only another name of a commune (a former commune: its district is that commune)."""
    if mention.other_names and not mention.codes:
        return False
    if words and words[-1] in ("quartier", "quartiers", "hameau", "lieu-dit"):
        return True
    if len(words) == 2 and words[0] == "quartiers" and words[1] in ("de", "d'", "du") \
            and _NEXT_DISTRICT.match(folded, mention.end):
        return True  # "les quartiers de l'Isle et d'Estressin" (not "les quartiers de Creil")
    if _DISTRICTS_LISTED.search(text, max(0, mention.start - 80), mention.start):
        return True  # « les quartiers Mistral et Villeneuve »: the list goes on
    district_of_next = _DISTRICT_OF_NEXT.match(text, mention.end)
    if district_of_next and not _a_city(mention) and not (
            district_of_next.group(1) and previous_words(folded, mention.start, 1) in (["à"], ["a"])):
        # « Soula, quartier de Macouria »: a district of the town named next (not « le
        # 18e arrondissement de Paris, le quartier de La Chapelle », nor « à Vierzon, le
        # quartier du Clos », a clause's subject)
        return True
    three = previous_words(folded, mention.start, 3)
    return (len(three) == 3 and three[0] in _DISTRICT_ARTICLES
            and three[1] in ("quartier", "hameau", "lieu-dit")
            and three[2] in ("de", "d'", "du"))


def _a_city(mention: Mention) -> bool:
    """An arrondissement, or a name only cities bear."""
    communes = gazetteer().communes
    return mention.kind == "arrondissement" or bool(mention.codes) and all(
        code in communes and communes[code].population >= CITY for code in mention.codes)


_NEXT_DISTRICT = re.compile(r",? (?:et )?(?:de |d'|du )\s*\w")
_DISTRICT_OF_NEXT = re.compile(r",\s+(?:un |(le |l['’])|petit |grand )?(?i:quartier|hameau|"
                               r"lieu-dit)\s+(?:de |d['’]|du )\s*[A-ZÀ-Ý]")
# « les quartiers Mistral, Teisseire et », « les hameaux du Bourg et de »: districts
# listed after their noun, each a capitalised name of one to three words.
_DISTRICTS_LISTED = re.compile(r"\b(?:[Qq]uartiers|[Hh]ameaux)\s+(?:(?:de |d['’]|du |des |la |le "
                               r"|les |l['’])?[A-ZÀ-Ý][\w'’-]*(?: [A-ZÀ-Ý][\w'’-]*){0,2}"
                               r"(?:, | et | ou ))+(?:de |d['’]|du |des |la |le |les |l['’])?$")


def _is_outlet(text: str, mention: Mention) -> bool:
    """"Le Journal de Millau", "L'Écho de Vitré", "BFM Lyon": the name ends a
    capitalised newspaper title or a broadcaster's local station."""
    before = text[max(0, mention.start - 30):mention.start].replace("’", "'")
    title = _OUTLET_TITLE.search(before)
    return (bool(title) and any(word and word.lower() in _OUTLET_WORDS
                                for word in title.groups())) \
        or bool(_BROADCASTER.search(before))


_HYPHEN_NEXT = re.compile(r"[-‐‑][A-ZÀ-Ý]")


# "une école de Perpignan", "deux collèges de Lens": schools in the town, not one named
# after it (« le lycée de Paris »).
_ONE_OF_ITS_SCHOOLS = re.compile(r"\b(?:un|une|des|deux|trois|quatre|plusieurs|chaque)\s+"
                                 r"(?:écoles?|collèges?|lycées?)\s+(?:de|d'|du)\s*$")


# A list's item (or a building's noun), then the name, then « à » and a capitalised name.
_FACILITY_IN_LIST = re.compile(r"(?:[,:;]|\bet|\b(?:collèges?|écoles?|lycées?|gymnases?|stades?|"
                               r"résidences?|groupes? scolaires?))\s*$")
_AT_A_TOWN = re.compile(r"\s+à\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?(?:\s*[,;.)]|\s+et\s|\s*$)")


# A recueil's act dated where the prefect signed it (« Nîmes, le 8 novembre 2024 : »)
_SIGNING_DATELINE = re.compile(r",?\s+le\s+(?:1er|\d{1,2})\s+(?:janvier|février|mars|avril|mai|"
                               r"juin|juillet|août|septembre|octobre|novembre|décembre)\s+"
                               r"\d{4}\b", re.I)
_OPENS_CLAUSE = re.compile(r"(?:^|[.:;>\n])\s*$")
# the act on a site, right after its town in a recueil's list (« Cléor Lille, modification »,
# « NOCIBE WASQUEHAL autorisation »)
A_SITES_ACT_NEXT = re.compile(r",?\s+(?:autorisation|renouvellement|modification)s?\b", re.I)
_AN_ACT_NEXT = re.compile(r"\s*[.:,]?\s*(?:Arrêté|ARRÊTÉ|ARRETE|Le préfet|La préfète)\b")


def not_the_place(text: str, folded: str, mention: Mention, words: list[str]) -> list[str]:
    """What this capitalised name may be instead of the place the story is about."""
    reasons = []
    # (Paris named, or « Lyon » nowhere else and no station's name after it: « la gare de
    # Lyon » in a RATP story, not « la gare de Lyon Part-Dieu »)
    paris_station = (len(words) == 2 and words[0] in _STATIONS and words[1] in {"de", "d'"}
                     and text[mention.start:mention.end] == "Lyon"
                     and (_PARIS.search(folded) is not None
                          or (folded.count("lyon") == folded.count("gare de lyon")
                              and not _NAME_NEXT.match(text, mention.end)))
                     and not folded.startswith("paris", mention.start))
    # A dedication's word before « du X » is the town's: « la plage du Touquet ».
    dedicated = set() if CONTRACTED.match(folded, mention.start) else _DEDICATED
    if ((len(words) == 2 and words[0] in _STREET_WORDS and words[1] in {"de", "d'", "du"}
         and not _THE_TOWNS_STADIUM.search(text, max(0, mention.start - 12), mention.start))
            or (words and words[-1] in _STREET_WORDS | dedicated | _STATIONS | _STREETS_NAMED)
            or paris_station
            or _STREETS_LISTED.search(folded, max(0, mention.start - 120), mention.start)) \
            and not _HYPHEN_NEXT.match(text, mention.end) \
            and not _ONE_OF_ITS_SCHOOLS.search(folded, max(0, mention.start - 20), mention.start):
        reasons.append("street")  # "rue de Paris", "place Verdun" (not "gare de Lille-Flandres")
    if _NAMED_AFTER_PLURAL.search(text, max(0, mention.start - 120), mention.start):
        reasons.append("street")  # « les chapelles Saint-Jean et Saint-Martin »
    if _FACILITY_IN_LIST.search(text, max(0, mention.start - 30), mention.start) \
            and _AT_A_TOWN.match(text, mention.end):
        reasons.append("street")  # « six collèges : Romain-Rolland à Sartrouville,
        # Saint-Simon à Jouars-Pontchartrain… »: a building named after it, in a town
    if _names_district(text, folded, mention, words):
        reasons.append("district")
    window = folded[max(0, mention.start - 80):mention.start]
    if (_REFERENCE_POINT.search(window) and not _a_neighbour_introduced(text, mention)) \
            or (_part_of_area(text, mention, words)
                and not _in_a_recueils_list(folded, mention)) \
            or _RANK_IN_AREA.search(folded, max(0, mention.start - 40), mention.start) \
            or _RANKED_BESIDE.search(folded, max(0, mention.start - 120), mention.start) \
            or (_IN_THE_AREA_OF.search(text, max(0, mention.start - 40), mention.start)
                and _A_TOWN_THEN.match(text, mention.end)) \
            or _TOWN_IN_BRACKETS.search(text, max(0, mention.start - 40), mention.start) \
            and text.startswith(")", mention.end) \
            or (_COMING_FROM.search(
                text[max(0, mention.start - 80):mention.start].replace("’", "'"))
                and not _A_RANGE_PASSING_BY.search(text, max(0, mention.start - 120),
                                                   mention.start)) \
            or (_names_a_towns_river_or_area(text, mention)
                and not (words and words[-1] in ("à", "a"))):  # a river takes no « à »
        reasons.append("landmark")
    title_end = text.find("\n")  # the title's words say nothing of the summary's towns
    part_end = title_end if mention.start < title_end else len(folded)
    # (« Bonifacio, qui a déjà 40 caméras, n'a rien demandé » reports a network)
    if ((_LEFT_OUT.match(folded, mention.end, part_end) or _HAS_NONE.match(text, mention.end))
            and not EQUIPPED_CLAUSE.match(folded, mention.end)) \
            or (_NEGATED_BEFORE.search(window) and not _not_so_reluctant(folded, mention)) \
            or _another_matters_town(text, mention):
        reasons.append("left_out")
    trigger = _compared(text, mention) if _COMPARISON_HINT.search(window) else ""
    if trigger == EXAMPLE:  # towns given as examples of what the sentence says towns do
        trigger = ""
        reasons.append(EXAMPLE)
    if trigger and (EQUIPPED_CLAUSE.match(folded, mention.end) or _ITS_OWN_TOO.search(window)):
        # « comme Biguglia, qui compte déjà 40 caméras », « les images de nos caméras y
        # seront visionnées, comme celles de Dax »: a use reported
        trigger = ""
        reasons.append(EXAMPLE)
    if trigger or _PAST_EVENT.search(window) or _WATCH_SCHEME.search(window) \
            or _COMPARISON_SENTENCE.search(
            text, max(0, mention.start - 200), mention.start) \
            or (_CONTRAST_BEFORE.search(window) and _A_FIGURE_AFTER.match(folded, mention.end)) \
            or _GIVEN_AS_MODEL_AFTER.match(folded, mention.end):
        reasons.append("comparison")
    if trigger in ("après", "l'exemple"):
        reasons.append(PRECEDENT)  # weighed by places.py: near or far from the story
    if _after_article(text, mention, words) or _lowercase_article(text, mention, words):
        reasons.append("after_article")
    listed = _NAMES_LISTED_BEFORE.search(text, max(0, mention.start - 120), mention.start)
    if (_a_seat(text, folded, mention.start) and not _an_authorised_site(text, folded, mention)) \
            or (listed and _a_seat(text, folded, listed.start())) \
            or _a_bodys_premises(text, folded, mention.start) \
            or _HEADQUARTERS_AFTER.match(folded, mention.end) \
            or _is_the_state(text, folded, mention):  # « AI Act : Paris obtient… »
        reasons.append("seat")
    dateline = _SIGNING_DATELINE.match(text, mention.end)
    if dateline and _OPENS_CLAUSE.search(text, max(0, mention.start - 3), mention.start) \
            and ("recueil" in folded or _AN_ACT_NEXT.match(text, dateline.end())):
        # « Nîmes, le 8 novembre 2024 : le préfet autorise… » in a recueil, « Saint-Denis,
        # le 7 juin 2024. Arrêté n° 2024-966 autorisant… »: where the act was signed
        reasons.append("seat")
    if _is_other_entity(text, folded, mention, words) \
            and not ("recueil" in folded and A_SITES_ACT_NEXT.match(text, mention.end)):
        # (« Cléor Lille, modification » in a recueil: a shop, then its town and the act)
        reasons.append("other_entity")
    if _is_outlet(text, mention):
        reasons.append("outlet")
    contracted = CONTRACTED.match(folded, mention.start)  # "ancien commissaire au Havre"
    office_end = contracted.end() if contracted else mention.start
    if _OTHER_OFFICE.search(folded, max(0, mention.start - 100), office_end) \
            or _a_mayor_speaking_for_the_intercommunality(folded, mention, office_end) \
            or _a_mayor_judging_another_towns(text, folded, mention, office_end) \
            or _a_speakers_post(text, folded, mention, office_end):
        reasons.append("other_office")
    return reasons


def _an_authorised_site(text: str, folded: str, mention: Mention) -> bool:
    """« arrêté autorisant la vidéoprotection de la direction départementale des finances
    publiques, à Mende »: a site whose cameras are authorised, then its town, which the
    labels tag (each authorised site's town), not a body's seat."""
    start = sentence_span(text, mention.start, mention.start, ".!?\n")[0]
    if _CAMERAS_AUTHORISED_FOR.search(folded, max(start, mention.start - 300), mention.start):
        return True
    # a recueil's list of acts (« renouvellement pour la Société générale à Lambersart »)
    # in an item that says they are about cameras
    clause = sentence_span(text, mention.start, mention.start, ".!?\n;")[0]
    return _AN_ACT_FOR.search(folded, clause, mention.start) is not None \
        and _CAMERA_SYSTEMS.search(folded, 0, mention.start) is not None


_AN_ACT_FOR = re.compile(r"\b(?:autorisations?|renouvellements?|modifications?)\s+pour\b")
_CAMERA_SYSTEMS = re.compile(r"\bsystèmes? de vidéo(?:protection|surveillance)\b")


# « autorisant l'installation de systèmes de vidéoprotection à la direction… », « autorise
# les caméras du tribunal… », « arrêtés sur des systèmes de vidéoprotection : … ;
# renouvellement pour la Société générale à Lambersart »: the cameras of a site the
# authorisation or its renewal names (a recueil's list runs on past « ; »)
_CAMERAS_AUTHORISED_FOR = re.compile(
    r"\b(?:autoris|renouvel|implant)\w*\b[^.!?]{0,80}?\b(?:vidéoprotection|vidéosurveillance|"
    r"caméras?)(?:\s+(?:à la|à l['’]|au|aux|pour|de la|de l['’]|du|des|chez)\s|\s*:)|"
    r"\b(?:vidéoprotection|vidéosurveillance)\b[^.!?]{0,80}?\b(?:autoris|renouvel|implant)\w*\b|"
    r"\barrêtés?\s+(?:de|d'autorisation de)\s+(?:vidéoprotection|vidéosurveillance)\s*:")
# a recueil's heading, then its list of sites (« Arrêtés de vidéoprotection : CIC Ouest
# Ecommoy, Lidl Saint Longis… »), where a company's name comes before its town
_A_RECUEILS_LIST = re.compile(r"\barrêtés?\s+(?:de|d'autorisation de)\s+"
                              r"(?:vidéoprotection|vidéosurveillance)\s*:")


def _in_a_recueils_list(folded: str, mention: Mention) -> bool:
    """The name closes a site of a recueil's list of camera orders (« CIC Ouest
    Ecommoy »): the site's town, whatever capitalised words come before it."""
    start = sentence_span(folded, mention.start, mention.start, ".!?\n")[0]
    return _A_RECUEILS_LIST.search(folded, start, mention.start) is not None


# « basé à », « installé à » alone: a body's premises, unless the sentence names the
# supervision centre or the cameras it is the home of (« le centre de supervision
# intercommunal, basé à Simiane »: where the town's cameras are watched)
# (what was made there, « fabriquées à », « conçu à », « développé à », is no network's
# home: the factory's or the lab's town, whatever the sentence says of cameras)
_BASED_ONLY = re.compile(r"(?:basée?s?|domiciliée?s?)\s+(?:de|d'|du|à|a)\s*")


# « la police nationale intervient à Mont-de-Marsan, Dax… »: a force's area (when the
# sentence says nothing of cameras there)
_A_FORCES_AREA = re.compile(r"\b(?:police(?:\s+nationale|\s+municipale)?|gendarmerie|ddsp|"
                            r"brigades?(?:\s+de\s+gendarmerie)?|commissariats?)\b[^.;!?]{0,40}?"
                            r"\bintervien\w*\s+(?:à|a|sur|en)\s*$")


# « un collectif d'habitants de Martigues », « le collectif de Gardanne »: a local group
# named by its town, where it contests the cameras (not « le collectif cherche des
# volontaires à Lyon »)
_A_LOCAL_GROUP = re.compile(r"\bcollectifs?(?:\s+(?:d'habitants|de riverains|de citoyens|"
                            r"citoyens?|locale?s?|locaux|d'usagers|de parents))?"
                            r"\s+(?:de|d'|du)\s*$")


# « devant la gendarmerie de Moirans », « aux abords du commissariat de Lens »: a police
# or State building named by its town, as the place where cameras stand or drones fly
# (not the unit's seat)
_BY_A_BUILDING = re.compile(
    r"\b(?:devant|derrière|autour|abords|près|face|à côté|entrée)\s+(?:de\s+|d'|du\s+|des\s+|à\s+)?"
    r"(?:la\s+|le\s+|l'|les\s+)?(?:gendarmerie|commissariat|caserne|hôtel de police|"
    r"poste de police|préfecture|sous-préfecture)\s+(?:de|d'|du)\s*$|"
    # a route's end (« le cortège, de la place de Jaude à la préfecture de Clermont »)
    r"\bde\s+(?:la|le|l')\s*[^,.;!?]{1,40}?\s+(?:à|jusqu'à)\s+la\s+(?:préfecture|"
    r"sous-préfecture)\s+(?:de|d')\s*$")


def _a_seat(text: str, folded: str, start: int) -> bool:
    """The seat of a court, a company, a body or an event, or a force's area, just before
    the name."""
    if _BY_A_BUILDING.search(folded, max(0, start - 60), start):
        return False  # « installées devant la gendarmerie de Moirans »: where they stand
    if _A_FORCES_AREA.search(folded, max(0, start - 90), start):
        end = sentence_span(text, start, start, ".!?\n;")[1]
        if not _A_NETWORKS_HOME.search(folded, start, end):
            return True
    seat = _SEAT.search(folded[max(0, start - 90):start])
    if not seat:
        return False
    if _A_LOCAL_GROUP.search(seat.group(0)):
        return False  # « un collectif d'habitants de Martigues »: the labels tag its town
    if _BASED_ONLY.fullmatch(seat.group(0).lstrip()) and not _COMPANY_NOUN.search(
            folded, max(0, start - 90), start):
        sentence_start = sentence_span(text, start, start)[0]
        return not _A_NETWORKS_HOME.search(folded, max(0, start - 100, sentence_start), start)
    return True


_COMPANY_NOUN = re.compile(rf"\b(?:{_COMPANY})\b")


def _a_mayor_speaking_for_the_intercommunality(folded: str, mention: Mention,
                                               office_end: int) -> bool:
    """« Loïc Barbier, maire de Brezolles et vice-président de l'Agglomération »,
    « Fabien Kees, maire de Dannemois, a présenté le dossier » of a communauté de
    communes: who presents an intercommunality's cameras, not where they go (the town
    is named nowhere else)."""
    if not _MAYOR_OF.search(folded, max(0, office_end - 20), office_end):
        return False
    if _named_elsewhere(folded, mention):
        return False
    start, end = sentence_span(folded, mention.start, mention.end, ".!?\n;")
    sentence = folded[start:end]
    return bool(_INTERCOMMUNAL_ROLE.search(sentence)) or (
        bool(_INTERCOMMUNALITY_STORY.search(folded)) and bool(_PRESENTS.search(sentence)))


def _a_mayor_judging_another_towns(text: str, folded: str, mention: Mention,
                                   office_end: int) -> bool:
    """« Natacha Bouchart, maire de Calais, a salué les caméras-piétons de la police
    municipale de Coquelles »: a mayor judging another town's surveillance, her town
    named nowhere else."""
    if not _MAYOR_OF.search(folded, max(0, office_end - 20), office_end) \
            or _named_elsewhere(folded, mention):
        return False
    _, end = sentence_span(text, mention.start, mention.end, ".!?\n;")
    return _JUDGES_ANOTHER_TOWNS.search(text, mention.end, end) is not None


# « a salué les caméras-piétons de la police municipale de Coquelles », « critique la
# vidéoprotection de Talence »: an opinion on what another town (capitalised) runs
_JUDGES_ANOTHER_TOWNS = re.compile(
    r"\b(?:a |ont )?(?:salu|soutien|soutenu|défend|félicit|critiqu|dénonc|approuv|contest|"
    r"regrett|s'inquièt|s’inquièt)\w*\b[^.;!?]{0,60}?"
    r"\b(?:caméras?|vidéo\w*|drones?|police municipale|centre de supervision|CSU|VSA)\b"
    r"[^.;!?]{0,30}?\b(?:de|d['’]|du|à|au) ?[A-ZÀ-Ý]")


def _a_speakers_post(text: str, folded: str, mention: Mention, office_end: int) -> bool:
    """« Christophe Ringuet, directeur de la police municipale d'Orléans », « Émilie
    Thérouin, adjointe chargée de la sécurité à Amiens »: a person presented by a post
    in a town the story names nowhere else (a mayor presenting an intercommunality's
    cameras is `_a_mayor_speaking_for_the_intercommunality`)."""
    if _POST_OF_A_PERSON.search(text, max(0, mention.start - 90), mention.start) is None \
            or _named_elsewhere(folded, mention):
        return False
    if _DEPUTY_MAYOR.search(folded, max(0, mention.start - 30), mention.start):
        _, end = sentence_span(folded, mention.start, mention.end, ".!?\n;")
        return _SETS_UP.search(folded, mention.end, end) is None
    return True


# « Prénom Nom, directeur de la police municipale de », « X, adjointe chargée de la
# sécurité à »: a person, then a post other than a mayor's, then the town
_POST_OF_A_PERSON = re.compile(
    r"[A-ZÀ-Ý][\w'’-]+ [A-ZÀ-Ý][\w'’-]+,\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:directeur|directrice|chef|cheffe|responsable|adjoint|adjointe|commandant|commissaire)"
    r"\b[^,.;!?]{0,50}?\s(?:de|d['’]|du|à|au)\s*$")
# « Olivier Lebreton, adjoint au maire de Tours chargé de la sécurité, lance un plan… » :
# the town's own executive setting something up (not « …, y témoignent »)
_DEPUTY_MAYOR = re.compile(r"\badjointe?\s+au\s+maire\s+(?:de|d['’]|du)\s*$")
_SETS_UP = re.compile(r"\b(?:lance|lancent|annonce|annoncent|installe|installent|déploie|"
                      r"déploient|pose|posent|fait poser|prévoit|prévoient|veut|équipe)\b")


def _named_elsewhere(folded: str, mention: Mention) -> bool:
    """The town is named again, other than as someone's office (« le député-maire
    d'Orléans… Serge Grouard, maire d'Orléans »)."""
    name = re.escape(folded[mention.start:mention.end])
    return any(_OTHER_OFFICE.search(folded, max(0, at.start() - 100), at.start()) is None
               and _MAYOR_OF.search(folded, max(0, at.start() - 20), at.start()) is None
               for at in re.finditer(rf"(?<!\w){name}(?!\w)", folded)
               if at.start() != mention.start)


_MAYOR_OF = re.compile(r"\bmaire\s+(?:de|d'|du)\s*$")
# « vice-président de l'Agglomération du Pays de Dreux », « président de la communauté
# de communes »
_INTERCOMMUNAL_ROLE = re.compile(r"\b(?:vice )?présidente?\s+(?:de\s+la\s+|de\s+l'|du\s+)"
                                 r"(?:communauté|agglomération|agglo|métropole|"
                                 r"intercommunalité|syndicat|"
                                 # « maire de Bourg, président de l'association des maires
                                 # de l'Ain »: the mayors' association speaking
                                 r"association des maires|amf|association des maires ruraux)|"
                                 # « le syndicat mixte présidé par X, maire de Y »
                                 r"\b(?:syndicat|communauté|agglomération|métropole)\b"
                                 r"[^.;!?]{0,40}?\bprésidée? par\b")
_INTERCOMMUNALITY_STORY = re.compile(r"\bcommunauté (?:de communes|d'agglomération|urbaine)|"
                                     r"\bintercommunal")
_PRESENTS = re.compile(r"\b(?:a présenté|présente|présentait|s'est chargée? de la "
                       r"présentation|explique|expliquait|précise|détaille)\b")


def _names_a_towns_river_or_area(text: str, mention: Mention) -> bool:
    """The name ends another town's name in the text: « les quais de Saône » in a story
    about Chalon-sur-Saône, « la Bresse » beside Bourg-en-Bresse: the river or the area
    that town is named after, not the commune of that name (but Joué-lès-Tours stands
    « lès », near, the town Tours)."""
    return text[mention.start:mention.end].lower() in _linked_tails(text)


_LINKED_TAIL = re.compile(r"\w-(?:sur|sous|en)-([^\W\d_]+(?:-[^\W\d_]+)*)")
# « Chalon sur Saône », with spaces: « sur » or « sous » between capitalised words
_SPACED_TAIL = re.compile(r"([A-ZÀ-Ý][^\W\d_]+) (?:sur|sous) ([A-ZÀ-Ý][^\W\d_]+)")


@lru_cache(maxsize=1)
def _linked_pairs() -> frozenset[str]:
    """« chalon sur saône », « boulogne sur mer »: each commune name's word before
    « sur » or « sous », the link and the word after, normalised."""
    pair = re.compile(r"([^\W\d_]+) (sur|sous) ([^\W\d_]+)")
    return frozenset(found.group(0) for commune in gazetteer().communes.values()
                     for found in pair.finditer(normalise(commune.name)))


@lru_cache(maxsize=8)
def _linked_tails(text: str) -> frozenset[str]:
    """What follows « -sur- », « -sous- », « -en- » in the text's linked names, whole
    and its first word (« saône », « mer », « laye »), lower-cased (read once per text)."""
    tails = set()
    for found in _LINKED_TAIL.finditer(text):
        tail = found.group(1).lower()
        tails.update((tail, tail.split("-", 1)[0]))
    if " sur " in text or " sous " in text:
        for found in _SPACED_TAIL.finditer(text):
            if normalise(found.group(0)) in _linked_pairs():  # not « Drones sur Bordeaux »
                tails.add(found.group(2).lower())
    return frozenset(tails)


# "le nord Basse-Terre", "le sud Gironde": a part of an island or a region (but "les
# quartiers nord du Mans" are in Le Mans).
_COMPASS = {"nord", "sud", "ouest", "nord-ouest", "nord-est", "sud-ouest", "sud-est"}


def _part_of_area(text: str, mention: Mention, words: list[str]) -> bool:
    """A compass word just before the name: a part of the area it names."""
    return (bool(words) and words[-1] in _COMPASS and text[mention.start].isupper()
            and not (len(words) > 1 and words[-2] in ("quartier", "quartiers", "secteur",
                                                      "secteurs", "zone", "zones"))
            # « le McDonald's Pôle Sud – Basse-Goulaine »: a dash or a comma between
            # ends one name and starts the next
            and not re.search(r"[–—,;:]\s*$", text[max(0, mention.start - 4):mention.start]))


# "Olympique de Marseille", "FC Nantes", "Grand Paris": clubs and intercommunalities.
_CLUB_WORDS = {"fc", "as", "rc", "us", "ogc", "losc", "sco", "aj", "asse", "stade", "olympique",
               "racing", "sporting", "club", "girondins", "grand", "grande"}
# a club's fans, named after its town (« les supporters de Montpellier »)
_FANS = {"supporters", "supporteurs", "ultras"}


# « le FC Metz l'a testée dans son stade », « dans ses tribunes »: the club's own ground,
# in its town, where the cameras are
_ITS_GROUND = re.compile(r"\b(?:dans|à|sur) (?:son|leur) (?:propre )?(?:stade|enceinte)\b|"
                         r"\b(?:dans|sur) ses (?:propres )?tribunes\b")


def _in_its_own_stadium(text: str, folded: str, mention: Mention, words: list[str]) -> bool:
    """A club named after its town (« le FC Metz ») watching its own ground, in the same
    sentence: the town's stadium (not « les supporters de Metz », nor « le FC Metz s'est
    imposé dans son stade »)."""
    if not words or words[-1] not in _CLUB_WORDS:
        return False
    start, end = sentence_span(text, mention.start, mention.end, ".!?\n;")
    return _ITS_GROUND.search(folded, start, end) is not None \
        and _WATCHING.search(folded, start, end) is not None


_WATCHING = re.compile(r"\b(?:caméras?|vidéo\w*|reconnaissance faciale|drones?|biométri\w*|"
                       r"surveill\w*|filmée?s?)\b|"
                       # the technology the sentence before named (« l'avait utilisée »)
                       r"\bl'(?:a|avait|ont|avaient) (?:testée?|utilisée?|installée?|"
                       r"expérimentée?)\b")


# "le match contre Toulouse", "la rencontre face à Lyon", "le derby face à Nice": the
# opposing club, not a place of the story.
_OPPONENT = re.compile(r"\b(?:match|matchs|rencontre|derby|choc|affiche)\s+(?:[\w'-]+\s+){0,2}?"
                       r"(?:contre|face à|face a)\s*$")


# A team named by a capitalised plural and its town (« les Dragons de Rouen », « des
# Gothiques d'Amiens »), a club's stadium name (« le Stade Malherbe de Caen »), « l'En
# Avant Guingamp »
_TEAM_BEFORE = re.compile(r"\b(?:[Ll]es|[Dd]es|[Aa]ux)\s+[A-ZÀ-Ý][a-zà-ÿ]+s\s+(?:de|d['’]|du)\s*$|"
                          r"\bStade\s+[A-ZÀ-Ý][\w-]+\s+(?:de|d['’]|du)\s*$|"
                          r"\bEn\s+Avant\s+(?:de\s+)?$")
# a club's name, sport or not said: « l'Avenir sportif de Fourchambault », « l'Union
# sportive de Tours », « l'Étoile sportive de Nevers »
_SPORTS_CLUB_BEFORE = re.compile(r"\b(?i:avenir|association|union|étoile|entente|cercle|"
                                 r"jeunesse|amicale|stade)\s+(?i:sporti(?:f|ve)|athlétique|"
                                 r"cycliste|nautique)\s+(?:de|d['’]|du)\s*$")
# (a team only where the sentence speaks of sport: not « les Vosges de Besançon », « le
# lycée Les Eucalyptus de Nice »)
_SPORT = re.compile(r"\b(?:match|matchs|rencontre|supporters|supporteurs|équipe|club|"
                    r"championnat|stade|venue|derby|saison|joueurs)\b")
_AFTER_NAME = {"métropole", "agglo", "agglomération", "communauté", "matin",
               # « la Garde républicaine »: a corps, not La Garde (Var)
               "républicaine",
               # "Toulouse FC", "Nantes Basket": a club
               "fc", "ac", "hb", "hsc", "sc", "basket", "handball", "rugby", "volley",
               "hockey", "football"}


# "Le Journal de Millau", "Le Courrier de la Mayenne": a newspaper's title.
_OUTLET_WORDS = {"journal", "courrier", "écho", "echo", "progrès", "réveil", "républicain",
                 "télégramme", "informateur", "éveil", "bulletin", "gazette", "dépêche",
                 "semaine", "nouvelles", "renouveau", "avenir", "tribune", "indépendant",
                 "messager", "observateur", "éclaireur", "presse", "publicateur",
                 "impartial", "petit", "pays", "journaux"}


# Capitalised words that may stand just before a town without being a first name.
_FUNCTION_WORDS = {"à", "a", "au", "aux", "en", "le", "la", "les", "l", "de", "du", "des", "d",
                   "sur", "pour", "et", "ou", "mais", "avec", "dans", "par", "chez", "vers",
                   "depuis", "entre", "comme", "selon", "après", "avant", "ville", "mairie",
                   "commune", "rue", "place", "saint", "sainte", "st", "ste", "est", "ouest",
                   "nord", "sud", "centre", "quartier", "ce", "cette", "mardi", "lundi",
                   "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "demain",
                   "aujourd'hui", "désormais", "ainsi", "enfin", "puis", "ici", "alors",
                   "quand", "lorsque", "si", "car", "donc", "pourtant", "même", "aussi",
                   "bientôt", "déjà", "outre", "contrairement", "face", "grâce",
                   # a sentence's topic: « Côté Lorient, … », « Pour Plérin, … »,
                   # « Direction Mauguio, où… » (not « Cap » : « le Cap Sizun »)
                   "côté", "quant", "concernant", "direction", "destination",
                   # a title's question or circumstance: « Comment Montreuil-Juigné
                   # exploite ses caméras », « Pourquoi Nice… », « Malgré Lyon… »
                   "comment", "pourquoi", "combien", "où", "pendant", "malgré", "sans",
                   "sous", "contre", "parmi", "dès", "voici", "voilà", "notamment",
                   "surtout", "également", "encore"}


def _after_article(text: str, mention: Mention, words: list[str]) -> bool:
    """A town's name after an article is not the town ("la Croisette", "le Palais des
    Festivals", "au Vieux-Port" of Marseille): French writes towns without one, unless
    it is part of the name (La Rochelle, « au Havre », matched whole with it). A long
    linked name keeps the article the press lends it (« aux Saintes-Maries-de-la-Mer »)."""
    if not words or mention.kind != "commune":  # "le 15e arrondissement de Paris"
        return False
    if words[-1] in ("la", "le", "l'", "les"):
        return True
    if words[-1] == "en" and normalise(text[mention.start])[:1] not in "aeiouy":
        return True  # « en Roussillon », « en Béarn »: a province (but « en Avignon »)
    return (words[-1] in ("au", "aux", "du", "des")
            and not _LINKED_NAME.search(text, mention.start, mention.end))


# A name linked by a preposition or an article (Saintes-Maries-de-la-Mer, Pont-sur-Yonne).
_LINKED_NAME = re.compile(rf"-{LINK_WORDS}-", re.I)


_FEASTS = {"fête", "fêtes", "foire", "foires", "festival", "pèlerinage", "procession"}


def _lowercase_article(text: str, mention: Mention, words: list[str]) -> bool:
    """A name opening with a lower-case article ("la Palme", "le Port", « à la
    Villette » in Paris): a common noun phrase, not the commune (which would be written
    La Palme). After « à » or « de », a town's article is sometimes lowered (« à la
    Rochelle »): a town of 20,000 or more keeps its name there."""
    written = text[mention.start:mention.end]
    if not re.match(r"(?:la|le|les)\s|l['’]", written):
        return False
    if words and words[-1] in LOCATIVE | {"de", "d'"}:
        if len(words) > 1 and words[-2] in _FEASTS:
            return True  # « les fêtes de la Madeleine »: a feast, not La Madeleine
        towns = gazetteer().communes
        if "-" in written and len(mention.codes) == 1:
            return False  # « à la Vieille-Lyre »: a hyphened name, one town's alone
        return all(towns[code].population < ALIAS_MIN_POPULATION for code in mention.codes)
    return True


# "Métropole de Lyon", "communauté d'agglomération de Cergy", "le pays de Montbéliard",
# "le canton de Saint-Avold", "l'agglomération de Reims" (not "dans l'agglomération de
# Reims", the town and its suburbs): an intercommunality or an area around the town.
_INTERCOMMUNALITY = re.compile(r"\b(?:métropole(?: européenne)?|eurométropole|communauté urbaine|"
                               r"(?<!dans l')agglomération|(?<!dans l')agglo|intercommunalité|"
                               r"communauté d'agglo(?:mération)?|communauté de communes|"
                               r"établissement public territorial|pays|canton|"
                               r"circonscription)\s+(?:de|d'|du)\s*$")


# « Dans l'agglomération de Rouen, Canteleu passera… »: the area locates the town the
# sentence goes on with (alone, « dans l'agglomération de Reims » is the town and its
# suburbs)
_IN_THE_AREA_OF = re.compile(r"\b[Dd]ans l['’](?:agglomération|agglo|aire urbaine|métropole)\s+"
                             r"(?:de |d['’]|du )\s*$")
_A_TOWN_THEN = re.compile(r"\s*(?:\([^)]{1,30}\))?\s*,\s*(?:la commune de |la ville de )?"
                          r"[A-ZÀ-Ý][\w'’-]+")


# « le Val de Morteau », « le Bassin de Pompey », « les Monts de Gy », « les Sources du
# Lac d'Annecy », « le Territoire de Belfort »: an area's proper name (often an
# intercommunality's), capitalised, built on the town's.
_NAMED_AREA = re.compile(r"\b(?:Vals?|Vallées?|Vallons?|Monts?|Bassin|Région|Territoire|Pays|"
                         r"Canton|District|Plateau|Plaine|Côtes?|Coteaux|Rives?|Portes|Cœur|"
                         r"Terres?|Sources?|Lac|Gorges|Causses?|Massif|Marches|Bocage|Forêt|"
                         r"Balcons?|Collines?|Crêtes?|Boucles?|Golfe|Baie|Ried|Terroir|"
                         r"Presqu['’]île)\s+(?:de|du|des|d['’])"
                         r"(?:\s+(?:la|l['’]))?\s*$")

# A one-word name before « du Haut-Doubs », « de Rosheim »: the first word of a longer
# name (« les Portes du Haut-Doubs »), not a town (but « Dole du Jura » is).
_LONGER_NAME = re.compile(r" (?:de la |de l['’]|de |du |des )([A-ZÀ-Ý][\w'’-]*)")


def _starts_longer_name(text: str, mention: Mention) -> bool:
    """A one-word name, or a short form, that begins a longer proper name."""
    found = _LONGER_NAME.match(text, mention.end)
    if not found or not (mention.aliases or re.fullmatch(r"\w+", text[mention.start:mention.end])):
        return False
    return found.group(1) not in gazetteer().departement_names


# « la communauté de communes d'Erdre et Gesvres », « la communauté d'agglomération
# Portes de France-Thionville », « la métropole Nice Côte d'Azur »: a name inside an
# intercommunality's proper name, however many words come before it there.
_LINK = r"(?:,|\s+(?:de la|de l['’]|de|du|des|d['’]|et|en|sur|à|-|–|/))"
_INTERCOMMUNALITY_NAME = re.compile(
    r"\b(?:(?i:communauté (?:de communes|d['’]agglomération|urbaine)|métropole|"
    r"(?<![dD]ans l')(?<![dD]ans l’)agglomération|intercommunalité)|C[CAU])"
    r"(?:\s+(?:de la|de l['’]|de|du|des|d['’]))?"
    rf"(?:\s*[A-ZÀ-Ý][\w'’-]*{_LINK}*){{0,6}}\s*$")


# « Creil Sud Oise », « Privas Centre Ardèche », « Caen la Mer »: a town's name run on
# by a compass point and another name, or by an area's noun: an intercommunality's
# name (not « Lille Sud », a district of Lille).
_AREA_AFTER = re.compile(r" (?:(?:Sud|Nord|Est|Ouest|Centre) [A-ZÀ-Ý]|"
                         r"(?:la|La) (?:Mer|Vallée|Plaine|Forêt|Montagne|Côte)\b)")


# « depuis les JO de Paris », « la loi relative aux Jeux olympiques et paralympiques de
# Paris 2024 », « Paris 2024 »: the Games named after their city, a date or a law's
# frame, not a deployment there (the text names the stations or streets filmed).
_GAMES = re.compile(r"\b(?:jeux(?:\s+olympiques)?(?:\s+et\s+paralympiques)?|jo|jop|jopr?)"
                    r"\s+(?:de|d')\s*$")
_GAMES_YEAR = re.compile(r"\s+20\d\d\b")
# Places in Paris the press names without the city: a story naming one is set in Paris,
# and its Games are the city's (« testés à la gare du Nord pendant les Jeux de Paris »).
_PARIS_LANDMARKS = re.compile(r"\b(?:gare (?:de lyon|du nord|de l'est|saint lazare|"
                              r"montparnasse|d'austerlitz)|châtelet|accor arena|"
                              r"parc des princes|champs élysées|tour eiffel|trocadéro|"
                              r"place de la concorde|roland garros|porte de la chapelle)\b")


# « Paris obtient des exceptions dans l'AI Act », « Paris et Berlin s'opposent »: in a
# European or diplomatic story, Paris is the French State, not the city.
_EUROPEAN_STORY = re.compile(r"\b(?:ai act|règlement européen|union européenne|ue|"
                             r"commission européenne|parlement européen|conseil de l'ue|"
                             r"états membres|bruxelles|berlin|washington|négociations?)\b")
_STATE_ACTS = re.compile(r"\s+(?:a\s+|avait\s+)?(?:obtient|obtenu|défend|défendu|plaide|plaidé|"
                         r"veut|voulait|s'oppose|s'est opposée?|négocie|négocié|soutient|"
                         r"soutenu|demande|demandé|réclame|réclamé|pousse|poussé|bloque|bloqué)\b"
                         r"|\s+et\s+(?:Berlin|Rome|Madrid|Londres|Bruxelles|Washington)\b")
_CAPITAL_AND = re.compile(r"\b(?:Berlin|Rome|Madrid|Londres|Bruxelles|Washington)\s+et\s+$")


def _is_the_state(text: str, folded: str, mention: Mention) -> bool:
    """« Paris » standing for the French State in a European or diplomatic story."""
    return (text[mention.start:mention.end] == "Paris"
            and bool(_STATE_ACTS.match(text, mention.end)
                     or _CAPITAL_AND.search(text, max(0, mention.start - 20), mention.start))
            and bool(_EUROPEAN_STORY.search(folded)))


# Words before a source: "selon L'Union", "a révélé Le Progrès", "assure Bonnet" ("d'après"
# reads as "après", a comparison's trigger, which also sets the name aside).
_SOURCE_WORDS = {"selon", "révélé", "révèle", "rapporte", "rapporté", "indique",
                 "affirme", "explique", "estime", "souligne", "précise", "assure",
                 "confie", "déclare", "ajoute", "poursuit", "reconnaît", "regrette"}


# "le député Gaillard", "le rapport Gaillard", "le gouvernement Castex", "la loi
# Gayssot": a person named by a title, or a government, report or law named after one.
_EPONYM_WORDS = {"député", "députée", "sénateur", "sénatrice", "ministre", "préfet", "préfète",
                 "juge", "procureur", "procureure", "général", "commissaire", "rapporteur",
                 "rapporteure", "gouvernement", "rapport", "loi", "circulaire", "amendement"}


# A title's kicker in capitals before a town (« VIDÉO Marseille : … »), not a club's or
# a company's acronym (« l'AC Ajaccio », « le HBC Nantes »).
_KICKERS = {"VIDÉO", "VIDEO", "VIDÉOS", "PHOTOS", "PHOTO", "DIRECT", "INFO", "EXCLUSIF",
            "CARTE", "ENQUÊTE", "REPORTAGE", "TÉMOIGNAGE", "ENTRETIEN", "INTERVIEW",
            # an act's file name (« AP DRONE LA SAULCE », « VIDÉOPROTECTION GAP »)
            "DRONE", "DRONES", "VIDÉOPROTECTION", "VIDEOPROTECTION", "CAMÉRAS", "CAMERAS"}


# A verb of saying as an incise (« », ajoute Bonnet », « …, assure Bonnet. »), not
# its transitive twin (« Technopolice ajoute Béziers à sa carte »).
_INCISE = re.compile(r"[,«»\"“”]\s*[\w'’-]+\s+$")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?»\"”)]|$)")


_TITLE_OF_PERSON = re.compile(r"(?:\bM\.|\bMM\.|\bMme|\bMmes|\bMlle|\bDr|\bPr|\bMe|\bMgr)\s$")


# "la ville a confié à Orange un système", "un réseau signé Orange", "fourni par
# Thales": a contractor or a brand named like a town (the telecom operator Orange).
_CONTRACTOR = re.compile(r"\b(?:(?:confiée?s?|attribuée?s?|déléguée?s?|sous-traitée?s?)"
                         r"(?:\s+en\s+\d{4})?\s+à|signée?s?|(?:fournie?s?|opérée?s?|"
                         r"exploitée?s?|remportée?s?|développée?s?)\s+par)\s*$")


# « Orange remporte le marché des caméras », « décroche le contrat »: a company.
_WINS_A_CONTRACT = re.compile(r"\s+(?:remporte|remportent|décroche|décrochent|rafle|"
                              r"obtient|obtiennent)\s+(?:le|un|les|des)\s+(?:marchés?|contrats?|"
                              r"appels? d['’]offres)\b")


# The government named by its seats, as the press does: the Interior (Beauvau), the
# Prime Minister (Matignon), the Presidency (l'Élysée), Finance (Bercy), the Armed
# Forces (Brienne): Matignon and Brienne are also villages, Beauvau a former commune.
_SEATS_OF_GOVERNMENT = {"Beauvau", "Matignon", "Élysée", "Bercy", "Brienne"}


def _is_other_entity(text: str, folded: str, mention: Mention, words: list[str]) -> bool:
    """A club, an intercommunality, a contractor, or a person ("Jean Castex", "Gilles
    Platret"), not the town."""
    if text[mention.start:mention.end] in _SEATS_OF_GOVERNMENT:
        return True  # « Beauvau veut doubler le fonds », « Matignon a tranché »
    if _in_its_own_stadium(text, folded, mention, words):
        return False  # « le FC Metz l'a testée dans son stade »: Metz's ground
    if _INTERCOMMUNALITY.search(folded, max(0, mention.start - 50), mention.start) \
            or _INTERCOMMUNALITY_NAME.search(text, max(0, mention.start - 80), mention.start) \
            or _CONTRACTOR.search(folded, max(0, mention.start - 40), mention.start):
        return True
    if (_GAMES.search(folded, max(0, mention.start - 40), mention.start)
            or (text[mention.start:mention.end].lower() == "paris"  # « PARIS 2024 »
                and _GAMES_YEAR.match(text, mention.end))) \
            and not _PARIS_LANDMARKS.search(folded):
        return True  # « les JO de Paris », « Paris 2024 »: the Games
    if _OPPONENT.search(folded, max(0, mention.start - 40), mention.start):
        return True  # "le match contre Toulouse": the visiting club
    if _BRETON_NAME_BEFORE.search(text, max(0, mention.start - 30), mention.start):
        return True  # « le stade de Pen ar Prat »: a Breton place name, not the village
    if words and text.startswith("Saint-", mention.start) \
            and (words[-1] in _FEASTS or words[-1] == "la"):
        return True  # « la foire Saint-Martin », « la Saint-Jean »: a saint's day
    if _WINS_A_CONTRACT.match(folded, mention.end):
        return True  # « Orange remporte le marché »: a contractor, not the town
    if words and (words[-1] in _CLUB_WORDS or (
            len(words) == 2 and words[0] in _CLUB_WORDS | _FANS and words[1] in ("de", "d'"))) \
            and not _THE_TOWNS_STADIUM.search(text, max(0, mention.start - 12), mention.start):
        return True  # « le club de Nice », « les supporters de Montpellier »
    following = folded[mention.end:mention.end + 20].split()
    if following and following[0].rstrip(".,;:!?»)") in _AFTER_NAME:
        return True  # « Toulouse FC », « la venue du Havre AC. »
    if _TEAM_BEFORE.search(text, max(0, mention.start - 40), mention.start) \
            and _SPORT.search(folded, max(0, mention.start - 120), mention.end + 120):
        return True  # « le match contre les Dragons de Rouen », « le Stade Malherbe de Caen »
    if _SPORTS_CLUB_BEFORE.search(text, max(0, mention.start - 40), mention.start):
        return True  # « l'Avenir sportif de Fourchambault »: a club
    if re.match(r" d['’][A-ZÀ-Ý]", text[mention.end:mention.end + 4]) \
            or _starts_longer_name(text, mention):
        return True  # "la Côte d'Azur", "Saint-Jean d'Angély": part of a longer name
    if _NAMED_AREA.search(text, max(0, mention.start - 30), mention.start) \
            or _AREA_AFTER.match(text, mention.end):
        return True  # « le Val de Morteau »: an area's name
    if _DASHED_NAME.match(text, mention.end) and "\n" in text[:mention.start] \
            and not opens_sentence(text, mention.start):
        # "Paris – Vallée de la Marne": an intercommunality's name (in a title, or
        # before an article, the dash separates: « Caméras à Grenoble – La mairie… »)
        return True
    after = re.match(r" ([A-ZÀ-Ý][a-zà-ÿ]+)\b", text[mention.end:mention.end + 30])
    written = text[mention.start:mention.end]
    # (« NÎMES Le maire… », « SAINT-LAURENT-D'AIGOUZE Treize caméras… »: a title's
    # dateline in capitals, then its first word; no first name is written so)
    dateline = mention.start == 0 and written.isupper() and len(written) > 2
    if after and " " not in written.strip() and not dateline \
            and after.group(1).lower() not in _FUNCTION_WORDS \
            and not _A_STATION_OF.search(text, max(0, mention.start - 12), mention.start) \
            and not _an_office_holders_name_after(text, mention, words):
        return True  # "Yves Séguy", "Gilles Platret": a first name, then a surname
        # (not « la gare de Lyon Part-Dieu », a town's station)
    before = text[max(0, mention.start - 30):mention.start]
    if _TITLE_OF_PERSON.search(before):
        return True  # "M. Thiers", "Mme Aubry"
    if words and words[-1] in _EPONYM_WORDS:
        return True  # "le député Gaillard", "le gouvernement Castex"
    if words and words[-1] in _SOURCE_WORDS and (
            words[-1] == "selon" or _INCISE.search(before)
            or _CLAUSE_END.match(text, mention.end)):
        return True  # "selon L'Union", "», assure Bonnet": a newspaper or a person speaking
    previous = re.search(r"(?:\b[lLdD]['’])?(\w[\w'’]*) $", before)  # « l'AC Ajaccio »
    if previous and previous.group(1)[0].isupper() and not (
            # « Vidéosurveillance au Chesnay : … », « le collège Henri-Wallon du Havre »: a
            # title's first word, or a facility's name, then the town with its article
            # contracted, is no person's or club's name
            CONTRACTED.match(folded, mention.start)
            and (opens_sentence(text, mention.start - len(before) + previous.start(1))
                 or _FACILITY_NAMED.search(before))):
        word = previous.group(1)
        if word.lower() not in _FUNCTION_WORDS and word not in _LOCAL_GROUPS \
                and not _in_a_recueils_list(folded, mention) \
                and word not in OLD_QUARTER and (
                not word.isupper() or (len(word) > 1 and word not in _KICKERS)):
            return True  # « Gilles Platret », « l'AC Ajaccio », « la JDA Dijon »
    return _named_as_person_before(text, mention)


# « le collège Henri-Wallon », « l'hôpital Jacques-Monod »: a place's noun (the streets',
# facilities' and stations' words above) and its name
_FACILITY_NAMED = re.compile(
    r"\b(?:" + "|".join(sorted(_STREET_WORDS | _DEDICATED | _STATIONS
                               | {"scolaire", "musée", "université"}, key=len, reverse=True))
    + r")\s+[A-ZÀ-Ý][\w'’-]*\s$")


# A capitalised word and a Breton article (« Pen ar », « Beg an », « Roz al »): the start
# of a Breton place name, whose last word may be a commune's name (Prat).
_BRETON_NAME_BEFORE = re.compile(r"\b[A-ZÀ-Ý][\w'’-]* (?:ar|an|al) $")


# The campaign's local groups are named after their towns (« Technopolice Marseille »),
# where they fight the cameras: the town, not a person's surname.
_LOCAL_GROUPS = {"Technopolice"}
# « le Vieux Nice », « le Vieux-Lyon »: the town's old quarter, the town itself (not a
# person's first name, nor a longer name)
OLD_QUARTER = {"Vieux", "Vieille"}


def _an_office_holders_name_after(text: str, mention: Mention, words: list[str]) -> bool:
    """« le maire de Manosque Camille Galtier »: the town of an office, then its holder's
    first name and surname without a comma (not a first name before a surname)."""
    if not words or words[-1] not in ("de", "d'", "du"):
        return False
    holder = _HOLDER_AFTER.match(text, mention.end)
    return holder is not None and holder.group(1) in gazetteer().first_names


# « Camille Galtier », « Jean-Marc Dupont »: a first name and a surname
_HOLDER_AFTER = re.compile(r" ([A-ZÀ-Ý][\w-]+) [A-ZÀ-Ý][\w'’-]+")


def _named_as_person_before(text: str, mention: Mention) -> bool:
    """« Jean-Pierre Pons, adjoint, … Pons rappelle que… »: a surname named alone after
    the text gave it with a first name or a civility (not « Technopolice Nantes »,
    « Grand Dax », « Auray Quiberon »)."""
    first_named = _people_named(text).get(text[mention.start:mention.end])
    return first_named is not None and first_named < mention.start


# A capitalised word or a civility, then a capitalised word (overlapping pairs).
_PAIR = re.compile(r"(?=(?:\b([A-ZÀ-Ý][\w'’-]*)|\bM\.|\bMme) ([A-ZÀ-Ý][\w'’-]*)\b)")


@lru_cache(maxsize=8)
def _people_named(text: str) -> dict[str, int]:
    """Each surname the text gives after a first name or a civility, and where it
    first does (read once per text)."""
    first_names = gazetteer().first_names
    people: dict[str, int] = {}
    for pair in _PAIR.finditer(text):
        if pair.group(1) is None or pair.group(1) in first_names:
            people.setdefault(pair.group(2), pair.start(2))
    return people


_DASHED_NAME = re.compile(r" [–—] (?!(?:Le|La|Les|L'|L’|Un|Une|Des|Ce|Cette|Ces)\b)[A-ZÀ-Ý]")
