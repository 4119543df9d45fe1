"""The built-in French surveillance vocabulary; feeds.yaml can override any term.

Roles:
- `term`: counts on its own (strong terms weigh enough to make an item relevant alone);
- `needs_context`: counts only when a `context` term (a French public authority or a
  public decision) is also present: "caméra" alone is a film, "caméra" with "mairie" is not;
- `context`: the public-authority side; it adds nothing by itself;
- `national`: a French institution or "en France": context that also shows the story
  is French;
- `foreign`: a foreign place or nationality (countries come from the data file). A
  story with foreign clues, no French commune and no `national` clue is foreign-only.
A negative weight marks a context that makes an item off-topic (film shoots, war drones).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Keyword:
    """A vocabulary entry: the term, its weight, its role and an optional theme tag."""

    term: str
    weight: float
    role: str = "term"
    theme: str | None = None


ROLES = ("term", "needs_context", "context", "national", "foreign")

_V = "videoprotection"
_VSA = "vsa"
_RF = "reconnaissance-faciale"
_DR = "drones"
_SON = "capteurs-sonores"

DEFAULT_KEYWORDS: tuple[Keyword, ...] = (
    # Strong terms: relevant on their own.
    Keyword("vidéosurveillance algorithmique", 3, theme=_VSA),
    Keyword("vidéoprotection algorithmique", 3, theme=_VSA),
    Keyword("vidéosurveillance automatisée", 3, theme=_VSA),
    Keyword("vidéosurveillance intelligente", 3, theme=_VSA),
    # In the singular: the automaton also finds the plural (« caméras intelligentes »).
    Keyword("caméra intelligente", 2, theme=_VSA),
    Keyword("caméra augmentée", 3, theme=_VSA),
    Keyword("caméras à intelligence artificielle", 2, theme=_VSA),
    Keyword("caméras dotées d'intelligence artificielle", 2, theme=_VSA),
    Keyword("caméras dopées à l'IA", 2, theme=_VSA),
    Keyword("caméra algorithmique", 3, theme=_VSA),
    Keyword("analyse automatique des images", 3, theme=_VSA),
    Keyword("analyse automatique d'images", 3, theme=_VSA),
    Keyword("surveillance algorithmique", 3, theme=_VSA),
    Keyword("VSA", 2, theme=_VSA),
    Keyword("reconnaissance faciale", 3, theme=_RF),
    Keyword("identification biométrique", 3, theme=_RF),
    # The border police's facial-recognition gates (« parafe » alone is also a signature)
    Keyword("PARAFE", 3, theme=_RF),
    Keyword("sas Parafe", 3, theme=_RF),
    Keyword("biométrie", 1.5, theme=_RF),
    Keyword("reconnaissance biométrique", 3, theme=_RF),
    Keyword("biométriques", 1.5, theme=_RF),
    Keyword("Briefcam", 3, theme=_VSA),
    Keyword("Two-i", 3, theme=_VSA),
    Keyword("Wintics", 3, theme=_VSA),
    Keyword("Datakalab", 3, theme=_VSA),
    Keyword("XXII", 3, theme=_VSA),
    Keyword("Videtics", 3, theme=_VSA),
    Keyword("Evitech", 2, theme=_VSA),
    Keyword("Hikvision", 1.5, theme=_V),
    Keyword("traitement algorithmique", 3, theme=_VSA),
    Keyword("traitements algorithmiques", 3, theme=_VSA),
    Keyword("analyse automatisée des images", 3, theme=_VSA),
    Keyword("Idemia", 2, theme=_RF),
    Keyword("Technopolice", 3),
    Keyword("safe city", 2),
    Keyword("police prédictive", 3),
    Keyword("IMSI-catcher", 3),  # intercepts the phones around it
    Keyword("capteurs sonores", 2.5, theme=_SON),
    Keyword("détecteur de coups de feu", 2.5, theme=_SON),  # gunshot detection
    Keyword("détection des coups de feu", 2.5, theme=_SON),
    Keyword("capteurs audio", 2, theme=_SON),
    Keyword("détecteurs de sons", 2, theme=_SON),
    # what the sensors listen for (« détecter les bruits suspects », « sons anormaux »)
    Keyword("bruits anormaux", 2, theme=_SON),
    Keyword("sons anormaux", 2, theme=_SON),
    Keyword("bruits suspects", 1.5, theme=_SON),
    Keyword("centre de supervision urbain", 2.5, theme=_V),
    Keyword("CSU", 1, theme=_V),
    Keyword("vidéoverbalisation", 2.5, theme=_V),
    Keyword("vidéo-verbalisation", 2.5, theme=_V),
    # (« Lapi », « Cnil »: the press writes these acronyms as names too, in any case)
    Keyword("Lapi", 2, theme=_V),
    Keyword("lecture automatisée des plaques", 3, theme=_V),
    Keyword("lecture automatique des plaques", 3, theme=_V),
    Keyword("lecteurs automatiques de plaques", 3, theme=_V),
    Keyword("lecteurs de plaques", 2, theme=_V),
    Keyword("reconnaissance automatique des plaques", 3, theme=_V),
    Keyword("reconnaissance des plaques", 2, theme=_V),
    Keyword("lecture des plaques", 2, theme=_V),
    # « de plaques » as often as « des plaques », and one reader as well as several
    Keyword("lecture automatique de plaques", 3, theme=_V),
    Keyword("lecture automatisée de plaques", 3, theme=_V),
    Keyword("lecteur automatique de plaques", 3, theme=_V),
    # the bare phrase is a private car park's too: it needs a public body near (but
    # « lecteurs de plaques », above, counts alone)
    Keyword("lecture de plaques", 1.5, "needs_context", _V),
    # the reading as a verb (« une voiture lit les plaques des véhicules garés »):
    # labelled sets, 10 items, 9 relevant (the other a private start-up's car parks)
    *(Keyword(f"{verb}{how} les plaques", 1.5, "needs_context", _V)
      for verb in ("lit", "lisent", "lire", "scanne", "scannent", "scanner")
      for how in ("", " automatiquement")),
    Keyword("lecteur de plaques", 2, theme=_V),
    # Police drones: a prefect's authorisation, or drones named as surveillance.
    Keyword("drone de surveillance", 2, theme=_DR),
    Keyword("drones de surveillance", 2, theme=_DR),
    Keyword("drones de la police", 2, theme=_DR),
    Keyword("drone de la police", 2, theme=_DR),
    Keyword("drones de la gendarmerie", 2, theme=_DR),
    Keyword("drone de police", 2, theme=_DR),  # "un drone de police municipale"
    Keyword("drone municipal", 2, theme=_DR),
    Keyword("caméras installées sur des aéronefs", 3, theme=_DR),
    # the same order for one drone (« une caméra installée sur un aéronef »)
    Keyword("caméra installée sur un aéronef", 3, theme=_DR),
    Keyword("caméras installées sur un aéronef", 3, theme=_DR),
    # the same orders for the gendarmerie's and the police's helicopters
    Keyword("caméras installées sur des hélicoptères", 3, theme=_DR),
    # « cinquante opérations de surveillance par drone »: watching people from the air
    Keyword("surveillance par drone", 1.5, "needs_context", _DR),
    Keyword("aéronefs", 0.8, "needs_context", _DR),
    Keyword("caméras-piétons", 2, theme=_V),
    Keyword("caméra-piéton", 2, theme=_V),
    Keyword("bodycam", 2, theme=_V),  # the English word for caméras-piétons
    Keyword("caméra aéroportée", 2, theme=_DR),  # cameras on aircraft: drones, helicopters
    Keyword("fichier TAJ", 2.5, theme=_RF),
    Keyword("Alicem", 3, theme=_RF),  # the State's facial-recognition identity app
    Keyword("loi JO", 1, theme=_VSA),
    Keyword("centre de vidéosurveillance", 2, theme=_V),
    Keyword("centre de supervision", 2, theme=_V),
    # its other name (« centre de surveillance urbain(e) »: 20 labelled items, all relevant)
    Keyword("centre de surveillance urbain", 2, theme=_V),
    Keyword("centre de surveillance urbaine", 2, theme=_V),
    Keyword("centre de vidéoprotection", 2, theme=_V),
    Keyword("centre de visionnage", 2, theme=_V),
    # its shortest name (« au centre de surveillance de la police municipale »): 8
    # labelled items without « urbain », all relevant; next to a public body, as air
    # traffic and sea rescue have theirs
    Keyword("centre de surveillance", 1.5, "needs_context", "videoprotection"),
    Keyword("vidéo intelligente", 2, theme=_VSA),
    Keyword("détecteurs sonores", 2, theme=_SON),
    Keyword("captation d'images", 1.5, theme=_DR),
    # « la captation est autorisée à Paris » (a prefect's drone order): the act's word
    Keyword("captation est autorisée", 1.5, theme=_DR),
    Keyword("captation autorisée", 1.5, theme=_DR),
    Keyword("prédiction de la délinquance", 2.5),
    Keyword("PredPol", 3),
    Keyword("Palantir", 2),
    Keyword("hypervision", 2),
    Keyword("loi Jeux olympiques", 1, theme=_VSA),
    # "Vidéoprotection" is the public authorities' own word: it counts alone.
    Keyword("vidéoprotection", 1, theme=_V),
    Keyword("caméra nomade", 1, theme=_V),  # a town's movable cameras (21 relevant, 0 not)
    Keyword("caméras nomades", 1, theme=_V),
    Keyword("caméra déplaçable", 1, theme=_V),
    Keyword("caméras déplaçables", 1, theme=_V),
    Keyword("vidéo-protection", 1, theme=_V),  # hyphens are read as spaces
    Keyword("vidéoprotégé", 1, theme=_V),
    Keyword("vidéoprotégée", 1, theme=_V),
    Keyword("déport des images", 1, theme=_V),  # cameras' images sent to the police
    # operators watching the cameras live and sending patrols (« vidéo-patrouilles »)
    Keyword("vidéo-patrouille", 2, theme=_V),
    Keyword("vidéopatrouille", 2, theme=_V),
    Keyword("vidéo-patrouilleur", 2, theme=_V),
    Keyword("vidéopatrouilleur", 2, theme=_V),
    Keyword("déport d'images", 1, theme=_V),
    Keyword("comportements suspects", 1.5, theme=_VSA),
    Keyword("comportement suspect", 1.5, theme=_VSA),
    Keyword("comportements anormaux", 1.5, theme=_VSA),
    Keyword("comportement anormal", 1.5, theme=_VSA),
    # Terms that need a public-authority context.
    Keyword("vidéosurveillance", 1, "needs_context", _V),
    Keyword("vidéo-surveillance", 1, "needs_context", _V),
    Keyword("caméras de surveillance", 1, "needs_context", _V),
    # the authorities' other words for their cameras (« on parle de vidéovigilance »)
    Keyword("vidéovigilance", 1, "needs_context", _V),
    Keyword("vidéo-vigilance", 1, "needs_context", _V),
    Keyword("vidéosécurité", 1, "needs_context", _V),
    Keyword("vidéo-sécurité", 1, "needs_context", _V),
    Keyword("caméra", 0.7, "needs_context", _V),
    Keyword("drone", 1, "needs_context", _DR),
    Keyword("capteurs", 0.4, "needs_context"),
    Keyword("logiciel", 0.3, "needs_context"),
    Keyword("algorithme", 0.4, "needs_context", _VSA),
    Keyword("intelligence artificielle", 0.4, "needs_context", _VSA),
    Keyword("surveillance", 0.4, "needs_context"),
    Keyword("FIPD", 0.6, "needs_context", _V),
    Keyword("FIPDR", 0.6, "needs_context", _V),
    # the State's fund for towns' cameras, named in full or cut short (« le fonds
    # interministériel de prévention »)
    Keyword("fonds interministériel de prévention", 0.6, "needs_context", _V),
    # What algorithmic video-surveillance is sold to detect.
    Keyword("objets abandonnés", 1.5, theme=_VSA),
    Keyword("bagages abandonnés", 1.5, theme=_VSA),
    Keyword("colis abandonnés", 1.5, theme=_VSA),
    Keyword("mouvements de foule", 1, "needs_context", _VSA),
    Keyword("analyse des images", 1, "needs_context", _VSA),
    Keyword("analyse d'images", 1, "needs_context", _VSA),
    Keyword("analyse vidéo", 1, "needs_context", _VSA),
    # The homeland-security trade fair, where surveillance vendors show their wares.
    Keyword("Milipol", 1.5, theme=_VSA),
    Keyword("big data", 0.8, "needs_context"),
    # Public-authority context.
    Keyword("mairie", 0, "context"),
    Keyword("hôtel de ville", 0, "context"),
    Keyword("maire", 0, "context"),
    Keyword("municipalité", 0, "context"),
    Keyword("conseil municipal", 0, "context"),
    Keyword("délibération", 0, "context"),
    Keyword("police municipale", 0.3, "national"),
    Keyword("policiers municipaux", 0.3, "national"),
    Keyword("policier municipal", 0.3, "national"),
    Keyword("préfecture", 0, "national"),
    Keyword("préfet", 0, "national"),
    Keyword("préfète", 0, "national"),
    Keyword("arrêté préfectoral", 0, "national"),
    # Court rulings on police drones and cameras, and the decrees they judge.
    Keyword("tribunal administratif", 0, "national"),
    Keyword("juge des référés", 0, "national"),
    Keyword("l'arrêté", 0, "context"),
    Keyword("autorisation", 0, "context"),
    Keyword("autorise", 0, "context"),
    Keyword("autorisé", 0, "context"),
    Keyword("autorisée", 0, "context"),
    Keyword("un arrêté", 0, "context"),
    Keyword("manifestants", 0, "context"),
    Keyword("manifestation", 0, "context"),  # "des drones au-dessus de la manifestation"
    Keyword("cortège", 0, "context"),
    Keyword("gendarmerie", 0, "national"),
    Keyword("gendarmes", 0, "national"),
    Keyword("police nationale", 0, "national"),
    Keyword("police aux frontières", 0, "national"),
    Keyword("PAF", 0, "national"),
    Keyword("douane", 0, "national"),
    Keyword("douaniers", 0, "national"),
    Keyword("CRS", 0, "national"),
    Keyword("BAC", 0, "national"),
    Keyword("brigade anticriminalité", 0, "national"),
    Keyword("GIGN", 0, "national"),
    Keyword("RAID", 0, "national"),
    Keyword("garde républicaine", 0, "national"),
    Keyword("policiers", 0, "context"),
    Keyword("la police", 0, "context"),
    Keyword("forces de l'ordre", 0, "context"),
    Keyword("commissariat", 0, "context"),
    Keyword("opération de police", 0, "context"),
    Keyword("forces de police", 0, "context"),
    Keyword("maintien de l'ordre", 0, "context"),
    Keyword("ministère de l'Intérieur", 0, "national"),
    Keyword("ministre de l'Intérieur", 0, "national"),
    Keyword("Beauvau", 0, "national"),
    Keyword("Assemblée nationale", 0, "national"),
    Keyword("Sénat", 0, "national"),
    # A member of parliament debating cameras, in the chamber or in a question
    Keyword("député", 0, "national"),
    Keyword("députée", 0, "national"),
    Keyword("sénateur", 0, "national"),
    Keyword("sénatrice", 0, "national"),
    Keyword("en séance", 0, "context"),
    Keyword("prévention de la délinquance", 0, "context"),
    Keyword("Conseil d'État", 0, "national"),
    Keyword("Conseil constitutionnel", 0, "national"),
    Keyword("Défenseur des droits", 0, "national"),
    Keyword("Défenseure des droits", 0, "national"),
    Keyword("chambre régionale des comptes", 0, "national"),
    Keyword("Cour des comptes", 0, "national"),
    # a school's cameras, where the education authorities speak (« l'inspection académique
    # parle de dégradations »)
    Keyword("inspection académique", 0, "national"),
    Keyword("rectorat", 0, "national"),
    Keyword("Éducation nationale", 0, "national"),
    Keyword("Quadrature du Net", 0, "national"),
    Keyword("en France", 0, "national"),
    # The French State acting abroad: « la France a défendu… à Bruxelles ».
    *(Keyword(f"la France {verb}", 0, "national") for verb in (
        "défend", "a défendu", "veut", "voulait", "plaide", "a plaidé", "obtient", "a obtenu",
        "s'oppose", "s'est opposée", "pousse", "a poussé", "souhaite", "demande", "a demandé")),
    Keyword("français", 0, "national"),
    Keyword("française", 0, "national"),
    Keyword("Hexagone", 0, "national"),
    Keyword("RATP", 0, "national"),
    Keyword("SNCF", 0, "national"),
    Keyword("décret", 0, "context"),
    Keyword("CLSPD", 0.3, "national"),
    Keyword("Cnil", 0.5, "national"),
    Keyword("marché public", 0, "context"),
    Keyword("appel d'offres", 0, "context"),
    Keyword("subvention", 0, "context"),
    Keyword("la ville", 0, "context"),
    Keyword("villes", 0, "context"),  # "cinq villes mutualisent…"
    Keyword("centre-ville", 0, "context"),  # 34 relevant items, 5 others
    Keyword("station balnéaire", 0, "context"),  # a resort town (6 relevant, 0 others)
    Keyword("front de mer", 0, "context"),  # a town's seafront (13 relevant, 0 others)
    Keyword("groupement de commandes", 0, "context"),  # towns buying together
    Keyword("commune", 0, "context"),
    Keyword("village", 0, "context"),  # « le village installe six caméras »
    Keyword("agglomération", 0, "context"),
    # French intercommunalities: no country beside France has them (a national clue, so
    # that « à la frontière du Luxembourg » does not set the story abroad)
    Keyword("communauté urbaine", 0, "national"),
    Keyword("communauté de communes", 0, "national"),
    Keyword("communauté d'agglomération", 0, "national"),
    Keyword("intercommunalité", 0, "context"),
    Keyword("métropole", 0, "context"),
    Keyword("Eurométropole", 0, "context"),
    Keyword("élus", 0, "context"),
    # A town's election campaign: « le candidat promet 300 caméras ».
    Keyword("municipales", 0, "context"),
    Keyword("candidat", 0, "context"),
    Keyword("candidate", 0, "context"),
    # A town's opposition and its police shared between towns
    Keyword("d'opposition", 0, "context"),  # « la liste d'opposition », « élus d'opposition »
    Keyword("opposition municipale", 0, "context"),
    Keyword("police pluri-communale", 0, "context"),
    # the police's word for its patrols (« la surveillance générale des quartiers »), no
    # technology: it takes back the weight of the « surveillance » it holds
    Keyword("surveillance générale", -0.4),
    Keyword("police intercommunale", 0, "context"),
    Keyword("adjoint", 0, "context"),
    Keyword("adjointe", 0, "context"),
    # the councillor for security (« l'élu chargé de la sécurité », « l'élue à la sécurité »)
    Keyword("élu chargé de la sécurité", 0, "context"),
    Keyword("élue chargée de la sécurité", 0, "context"),
    Keyword("élu à la sécurité", 0, "context"),
    Keyword("élue à la sécurité", 0, "context"),
    Keyword("conseil départemental", 0, "context"),
    Keyword("conseil régional", 0, "context"),
    # The regional council as a body, written with its capital (« la région » is an area)
    Keyword("la Région", 0, "context"),
    Keyword("département", 0, "context"),
    Keyword("collectivité", 0, "context"),
    Keyword("sécurité publique", 0.2, "context"),
    Keyword("voie publique", 0.2, "context"),
    Keyword("tranquillité publique", 0.2, "context"),
    Keyword("espace public", 0.2, "context"),
    # Contexts that make an item off-topic.
    Keyword("tournage", -1.5),
    Keyword("clip", -1.5),  # « un clip de campagne filmé par drone »
    Keyword("court-métrage", -1.5),
    Keyword("un film", -1),  # « tourne un film pour la ville » (labelled sets: 12 items, none relevant)
    Keyword("long-métrage", -1.5),
    Keyword("Caméra d'or", -3),
    Keyword("festival de Cannes", -1.5),
    Keyword("spectacle de drones", -2),
    Keyword("show de drones", -2),
    Keyword("spectacles de drones", -2),
    Keyword("shows de drones", -2),
    Keyword("spectacle", -1),  # « Spectacle : 300 drones… » (17 negatives, no relevant item)
    Keyword("lumineux", -1),  # « un show lumineux », « drones lumineux »
    # the light bar of a police car whose cameras read number plates
    Keyword("rampe lumineuse", 1, "context"),
    # An art exhibition about surveillance (not « le parc des expositions », where
    # trade fairs and police drones go)
    Keyword("une exposition", -1),
    Keyword("artistes", -1),
    Keyword("feu d'artifice", -1.5),
    Keyword("feux d'artifice", -1.5),
    # Look-alikes of police drones, biometrics and cameras.
    Keyword("thermographie", -1.5),
    Keyword("pertes de chaleur", -1.5),
    # a camera taking people's temperature at a town hall's door (the pandemic's fever
    # screening), a pool's or the weather's: labelled sets, 6 items, none relevant
    Keyword("température", -1),
    # Drones that inspect roofs and bridges or survey the land.
    Keyword("inspecter", -1),
    Keyword("toiture", -1),
    Keyword("ouvrages d'art", -1),
    Keyword("topographique", -1),
    Keyword("déperditions", -1.5),
    Keyword("caméra thermique", -0.5),
    Keyword("course de drones", -2),
    Keyword("courses de drones", -2),
    Keyword("drone racing", -2),
    Keyword("drones de course", -2),
    Keyword("drone de course", -2),
    Keyword("FPV", -1.5),
    Keyword("robotique", -1),  # pupils programming drones
    Keyword("mini-drones", -1.5),
    Keyword("iPhone", -1.5),
    Keyword("déverrouiller", -1),
    Keyword("déverrouille", -1),
    Keyword("déverrouillage", -1),
    Keyword("Face ID", -2),
    Keyword("smartphone", -1.2),
    Keyword("paiement", -0.8),
    Keyword("bancaire", -0.8),
    Keyword("banque", -1.2),  # « la banque propose la reconnaissance faciale »
    # The State's public bank lends towns money for their cameras: its name cancels
    # « banque » and says a public body is involved.
    Keyword("Banque des territoires", 1.2, "context"),
    # « une banque de données d'images », « la banque d'images de la ville »: a database,
    # no bank
    Keyword("banque de données", 1.2, "context"),
    Keyword("banques de données", 1.2, "context"),
    Keyword("banque d'images", 1.2, "context"),
    Keyword("dans l'application", -1),  # a phone app's login, not a street's cameras
    Keyword("banque en ligne", -1.5),  # opening an account with a selfie
    Keyword("néobanque", -2),
    Keyword("ouverture de compte", -1),
    Keyword("selfie", -1),
    # A school canteen's hand readers (« le contour de la main » and a code at the self):
    # access control for meals, not surveillance of public space
    Keyword("cantine", -1.5),
    Keyword("au self", -1),
    Keyword("restaurant scolaire", -1),
    Keyword("restauration scolaire", -1),
    Keyword("demi-pensionnaires", -1),
    Keyword("contour de la main", -2),
    Keyword("forme de la main", -2),
    Keyword("gabarit de la main", -2),
    Keyword("reconnaissance de la main", -1.5),
    # Biometrics sold to customers: gyms, shops, padlocks.
    Keyword("salle de sport", -1.5),
    Keyword("fitness", -1.5),
    Keyword("abonnés", -1),
    Keyword("club", -0.5),  # a club's own gates and subscribers
    Keyword("sans billet", -1),
    Keyword("volontariat", -1),  # biometrics people opt into
    Keyword("facultative", -1),
    Keyword("supermarché", -1),
    # self-checkouts: a shop's own cameras (10 labelled items name them, none relevant;
    # plurals are read from each term, as everywhere in this vocabulary)
    Keyword("caisse automatique", -1.5),
    Keyword("caisse libre-service", -1.5),
    Keyword("caisse en libre-service", -1.5),
    Keyword("magasin", -0.8),
    Keyword("l'enseigne", -1.5),  # a shop chain, as private as « d'un commerçant »
    Keyword("exposants", -1),  # a trade fair's stands
    Keyword("sites industriels", -1),
    Keyword("chez soi", -1.5),  # a camera at home
    Keyword("chez vous", -1.5),
    Keyword("pour la maison", -1.5),  # a camera sold for the home
    Keyword("domotique", -1.5),
    # Films and documentaries about surveillance, elsewhere or in general.
    Keyword("documentaire", -1.5),
    Keyword("réalisatrice", -1),
    Keyword("réalisateur", -1),
    Keyword("cinéaste", -1.5),
    Keyword("cinéastes", -1.5),
    Keyword("vidéaste", -1.5),  # a videographer's drone films for a clip, not for the police
    # Padlocks and webcams, employers, rescuers, war, wildlife traps, air and water
    # sensors, webcasts of council meetings, identity papers.
    Keyword("cadenas", -1.5),
    Keyword("webcam", -1.5),
    Keyword("webcams", -1.5),
    # road-weather cameras (« pour juger des conditions de circulation en hiver »): the
    # roads' snow, no one watched (labelled sets: snow cover, 4 items, none relevant)
    Keyword("viabilité hivernale", -1.5),
    Keyword("enneigement", -1.5),
    Keyword("conditions de circulation", -1),
    Keyword("verglas", -1),
    Keyword("salariés", -0.8),
    Keyword("ses salariés", -1),  # a company's own staff, at its doors and desks
    Keyword("ses employés", -1.5),
    # workplace cameras the Cnil sanctions: a company filming its staff at their desks
    # (no labelled item says these words)
    Keyword("vidéosurveillance au travail", -1.5),
    Keyword("caméras au travail", -1.5),
    Keyword("poste de travail", -1),
    Keyword("postes de travail", -1),
    Keyword("salles de repos", -1),
    Keyword("leurs salariés", -1),
    Keyword("ses bureaux", -1),
    Keyword("badge", -1),
    Keyword("badges", -1),
    Keyword("employeur", -1),
    # staff time clocks, biometric or not (« une pointeuse à reconnaissance faciale pour
    # les agents »): working hours, no surveillance of public space (no labelled item)
    Keyword("pointeuse", -1.5),
    Keyword("badgeuse", -1.5),
    Keyword("temps de travail", -1),
    Keyword("sapeurs-pompiers", -0.8),
    Keyword("pompiers", -0.5),
    Keyword("sécurité civile", -1),  # rescuers' schools and drone units
    Keyword("opérations de secours", -1),
    Keyword("PGHM", -1.5),  # mountain rescue gendarmes
    Keyword("alpinistes", -1),
    Keyword("Ukraine", -1),
    Keyword("armée russe", -1.5),
    Keyword("frappes", -1),
    Keyword("piège photographique", -2),
    Keyword("LPO", -1.5),  # the bird protection league's nest cameras
    Keyword("nids", -1),
    Keyword("nidification", -1.5),
    Keyword("qualité de l'air", -1.5),
    Keyword("eau potable", -1.5),  # sensors on the water network
    Keyword("fuites d'eau", -1.5),
    Keyword("retransmission", -1),
    Keyword("retransmis", -1),
    Keyword("retransmise", -1),
    # … but cameras' images sent on to the police are no webcast: « les images sont
    # retransmises au commissariat »
    Keyword("retransmises au commissariat", 1, "context"),
    Keyword("retransmises en direct au commissariat", 1, "context"),
    Keyword("retransmis au commissariat", 1, "context"),
    Keyword("retransmises à la gendarmerie", 1, "context"),
    Keyword("retransmises à la police", 1, "context"),
    Keyword("filmer les séances", -1.5),
    # a council's sessions broadcast live (labelled sets: « diffusé en direct » in 19
    # items, none relevant); not « en direct sur les écrans du CSU »
    Keyword("séances filmées", -1.5),
    Keyword("diffusé en direct", -1),
    Keyword("diffusée en direct", -1),
    Keyword("en direct sur YouTube", -1),
    Keyword("en direct sur Facebook", -1),
    Keyword("en direct sur internet", -1),
    # a camera filming a building site for a time-lapse of the works
    Keyword("time-lapse", -2),
    Keyword("timelapse", -2),
    Keyword("avancement des travaux", -1.5),
    Keyword("avancement du chantier", -1.5),
    # Cameras in classrooms for pupils who follow lessons from home or hospital
    Keyword("cours à distance", -1.5),
    Keyword("enseignement à distance", -1.5),
    Keyword("carte d'identité", -0.8),
    # Crime stories where a camera is incidental; the suspect before a judge.
    Keyword("présenté à un juge", -0.7),
    Keyword("garde à vue", -1),
    Keyword("interpellé", -0.5),
    Keyword("comparution immédiate", -0.7),
    Keyword("appel à témoins", -0.7),
    Keyword("filmé la scène", -1),  # « les caméras ont filmé la scène »
    Keyword("condamné à", -0.7),  # a criminal sentence (rulings on cameras are « annule »)
    Keyword("condamnée à", -0.7),
    Keyword("interpellée", -0.5),
    Keyword("suspect", -0.5),
    Keyword("mis en examen", -0.7),
    Keyword("écroué", -0.7),
    Keyword("meurtre", -0.5),
    Keyword("homicide", -0.7),
    Keyword("tué par balle", -1),
    Keyword("tuée par balle", -1),
    Keyword("exploitent les images", -0.7),  # investigators at work on a crime
    Keyword("exploite les images", -0.7),
    Keyword("ont exploité les images", -0.7),
    Keyword("braquage", -0.5),
    Keyword("enquêteurs", -0.5),
    Keyword("identifié grâce", -1),
    Keyword("interpellé grâce", -1),  # « interpellés grâce à la vidéoprotection »
    Keyword("grâce à la vidéoprotection", -1),
    Keyword("grâce à la vidéosurveillance", -1),  # labelled sets: 3 items, none relevant
    Keyword("identifiés grâce", -1),
    Keyword("identifiée grâce", -1),
    Keyword("butin", -0.8),
    Keyword("cambrioleur", -0.7),
    Keyword("filmé par les caméras", -1),
    Keyword("filmée par les caméras", -1),
    Keyword("l'ont filmé", -1),
    Keyword("reconnu sur les images", -1),
    Keyword("voleur", -0.7),
    Keyword("agresseur", -0.7),
    Keyword("vol à l'étalage", -1),
    Keyword("placé en garde à vue", -0.5),
    Keyword("tribunal correctionnel", -0.7),
    # A sentence handed down; a law's penalty (« puni de trois ans de prison ») is neither.
    Keyword("prison ferme", -1),
    Keyword("prison avec sursis", -1),
    Keyword("ont filmé un individu", -1),
    Keyword("police judiciaire", -0.5),  # investigators at work on a crime
    Keyword("information judiciaire", -0.7),
    Keyword("confondu par", -1),  # « un braqueur confondu par les caméras »
    Keyword("trahi par", -1),
    Keyword("malfaiteurs", -0.5),
    # A shop's or a restaurant's own cameras (the label rules leave private ones out)
    Keyword("vidéosurveillance privée", -1),
    Keyword("caméra privée", -1),
    Keyword("marche blanche", -0.5),  # a crime's victim mourned
    Keyword("blessé", -0.5),
    Keyword("au couteau", -0.7),
    Keyword("course-poursuite", -0.7),
    Keyword("ouvert une enquête", -0.7),
    Keyword("identifiés par", -0.7),  # « deux jeunes identifiés par la vidéoprotection »
    Keyword("identifié par", -0.7),
    Keyword("reconnu les faits", -1),
    Keyword("pris la fuite", -0.7),
    Keyword("au parquet", -0.5),
    Keyword("démantelé", -0.7),
    Keyword("seront jugées", -0.7),
    Keyword("juge des enfants", -0.7),
    Keyword("disparition inquiétante", -1),  # the police retrace a missing person
    Keyword("casseurs", -0.5),
    Keyword("sera jugé", -0.7),  # a suspect's trial to come
    Keyword("sera jugée", -0.7),
    Keyword("seront jugés", -0.7),
    Keyword("ivre", -0.7),  # a road accident: a drunk driver, a mast knocked down
    Keyword("percute", -0.5),
    Keyword("percuté", -0.5),
    Keyword("cour d'assises", -0.7),
    # Speed cameras as road-safety news; delivery, farming and military drones.
    Keyword("radar", -1),
    # a town's speed display signs, listed with its cameras: no speed-camera news
    Keyword("radar pédagogique", 0, "context"),
    Keyword("radars", -1),
    Keyword("excès de vitesse", -1),
    Keyword("sécurité routière", -0.8),
    Keyword("livraison par drone", -2),
    Keyword("livraisons par drone", -2),
    Keyword("drones de livraison", -2),
    Keyword("drone de livraison", -2),
    Keyword("livre des colis", -2),
    Keyword("livrer des colis", -2),
    Keyword("livraison de colis", -2),  # « la livraison de colis par drone »
    Keyword("livraison de médicaments", -2),
    Keyword("aviation civile", -1),  # civil flights; police drones are the prefect's
    Keyword("pulvérisation", -1.5),
    Keyword("centre de tri", -1.5),  # cameras sorting waste on a conveyor belt
    Keyword("tri des déchets", -1.5),
    Keyword("trier les déchets", -1.5),
    Keyword("recyclage", -1),
    Keyword("pulvériser", -1.5),
    Keyword("épandage", -1.5),
    Keyword("agriculteurs", -0.8),
    Keyword("viticulteurs", -0.8),
    Keyword("drone agricole", -1.5),
    # drones and cameras against mosquitoes: a town's or a public body's spraying drone
    # (labelled sets: no relevant item says any of these)
    Keyword("démoustication", -1.5),
    Keyword("démoustiquer", -1.5),
    Keyword("moustique", -1),
    Keyword("moustiques", -1),
    Keyword("larvicide", -1.5),
    Keyword("anti-larvaire", -1.5),
    Keyword("anti-larvaires", -1.5),
    # telecare: sensors and « plateformes de surveillance » for the elderly at home (no
    # labelled item says these words)
    Keyword("téléassistance", -1.5),
    Keyword("téléalarme", -1.5),
    Keyword("surveillance des cultures", -1.5),  # drones that watch crops
    Keyword("parcelles", -1),
    # No-fly orders: the prefect bans drones, not police drones.
    Keyword("interdiction de survol", -1.5),
    Keyword("interdit le survol", -1.5),
    Keyword("survol par drone est interdit", -1.5),  # the rule for hobby pilots
    Keyword("paparazzis", -1.5),  # photographers' cameras
    Keyword("photographes", -1),
    Keyword("vols de loisir", -1.5),
    Keyword("drones de loisir", -1.5),
    # A private drone the police seized.
    Keyword("confisqué", -1),
    Keyword("amateur", -0.8),
    Keyword("drones militaires", -2),
    Keyword("drone militaire", -2),
    Keyword("surveillance militaire", -2),  # « un drone de surveillance militaire »
    Keyword("armée de l'air", -1),
    Keyword("Marine nationale", -1.5),
    # Cameras that are not public surveillance: slaughterhouses, care homes, referees,
    # cars, hidden-camera shows, games; hospitals; wildlife.
    Keyword("abattoir", -1.5),
    Keyword("abattoirs", -1.5),
    Keyword("Ehpad", -1),  # any case: the press writes « Ehpad » as often as « EHPAD »
    Keyword("arbitrage vidéo", -2),
    Keyword("assistance vidéo à l'arbitrage", -2),
    Keyword("dashcam", -1.5),
    Keyword("caméra de recul", -1.5),
    Keyword("caméra cachée", -1.5),
    Keyword("Netflix", -1.5),
    Keyword("jeu vidéo", -1.5),
    Keyword("patients", -0.8),
    Keyword("CHU", -0.8),  # a university hospital's software reads patients' faces
    Keyword("réanimation", -1),
    Keyword("radiologie", -1),
    Keyword("faune", -1),
    Keyword("oiseaux", -1),
    # a town's webcam on a stork's nest (« la mairie a installé une caméra sur son toit »):
    # birds' nests are never the story in the labelled sets (0 relevant items, 13 not)
    Keyword("cigogne", -1),
    Keyword("cigognes", -1),
    Keyword("cigogneaux", -1),
    Keyword("nichoir", -1),
    Keyword("nichoirs", -1),
    Keyword("biodiversité", -1),
    Keyword("noyades", -1.5),  # pool cameras that spot drowning swimmers
    Keyword("sauvetage", -1),  # rescue drones that drop buoys
    # the firefighters' word for their missions (« des aéronefs pour le secours à
    # personnes »): their drones are not the field
    Keyword("secours à personne", -2.5),
    Keyword("secours aux personnes", -2.5),
    Keyword("randonneur égaré", -2),  # a rescue: searching for someone lost
    Keyword("randonneuse égarée", -2),
    Keyword("égaré", -2),  # anyone lost: « retrouver un enfant égaré »
    Keyword("égarée", -2),
    Keyword("personne disparue", -1.5),
    Keyword("mariage", -1),  # a wedding filmed by a drone
    Keyword("vue du ciel", -1.5),  # the town from above, for its magazine
    Keyword("vues du ciel", -1.5),
    Keyword("loup", -1),
    Keyword("loups", -1),
    # Cameras and drones watching nature or taking pictures: wildfires, floods, aerial
    # photographs of the town.
    Keyword("feux de forêt", -1.5),
    Keyword("départs de feu", -1),
    # what wildfire-detection cameras look for, and where they stand (labelled sets: 19
    # items with these words, none relevant)
    Keyword("départ de feu", -1),
    Keyword("fumée", -1),
    # « sécurité sous écrans de fumée »: a smokescreen, a figure of speech; its words
    # cancel « fumée »
    Keyword("écran de fumée", 1, "context"),
    Keyword("écrans de fumée", 1, "context"),
    Keyword("tour de guet", -1),
    Keyword("crue", -1),
    Keyword("inondation", -1),
    Keyword("prises de vue", -1),
    Keyword("prise de vue", -1),
    Keyword("drones civils", -1),  # a trade fair's civil drones
    Keyword("inspection d'ouvrages", -1.5),
    # a drone inspecting a steeple before works
    Keyword("clocher", -1),
    Keyword("a inspecté", -1),
    # neighbours watching for the gendarmerie, no technology: « participation citoyenne »
    Keyword("participation citoyenne", -0.5),
    Keyword("voisins vigilants", -0.5),
    Keyword("photographies aériennes", -1.5),
    Keyword("photo aérienne", -1.5),
    Keyword("images aériennes", -1),
    Keyword("vidéos aériennes", -1.5),
    Keyword("vidéo aérienne", -1.5),
    Keyword("télévision", -1),
    # A town's own films of itself: « un drone pour réaliser des vidéos promotionnelles »,
    # « il ne servira pas à la surveillance ».
    Keyword("vidéos promotionnelles", -1.5),
    Keyword("vidéo promotionnelle", -1.5),
    Keyword("film promotionnel", -1.5),
    Keyword("films promotionnels", -1.5),
    Keyword("pas à la surveillance", -1),
    Keyword("pas à surveiller", -1),
    Keyword("France 3", -1),  # a TV crew's cameras
    Keyword("photographié", -1),
    Keyword("vues aériennes", -1),
    # Private cameras: homes, landlords, neighbours.
    Keyword("copropriété", -1),
    Keyword("d'un commerçant", -1.5),
    # a shopkeeper's own cameras: « sa boutique », « le gérant » (not « la rue
    # commerçante », where towns put theirs)
    Keyword("une commerçante", -1),
    Keyword("la commerçante", -1),
    Keyword("le commerçant", -1),
    # a private person's, a club's, a motorway company's, a postal service's cameras
    Keyword("un particulier", -1),
    Keyword("sa façade", -1),
    Keyword("billetterie", -1.5),  # a club's face-recognition tickets
    Keyword("concessionnaire", -1),
    Keyword("facteurs", -1),
    Keyword("La Poste", -1),
    Keyword("sa vitrine", -1.5),
    Keyword("sa boutique", -1.5),
    Keyword("son commerce", -1.5),
    Keyword("gérant", -1),
    Keyword("gérante", -1),
    Keyword("boutiques", -1),  # shops sharing a private alarm company's cameras
    Keyword("association des commerçants", -1),
    # businesses' own premises (« bijoutiers, buralistes et supérettes… un système de
    # vidéosurveillance dans leurs locaux », « dans chacun de leurs magasins »)
    Keyword("dans leurs locaux", -1),
    Keyword("leurs magasins", -1),
    Keyword("société de télésurveillance", -1.5),
    Keyword("de chantier", -1),  # a building site's own cameras, or stolen ones
    Keyword("de chantiers", -1),
    Keyword("particuliers", -0.5),
    Keyword("voisin", -0.5),
    Keyword("voisins", -0.5),
    Keyword("sonnette", -1),
    Keyword("passeport", -0.8),
    Keyword("reconnaissance de l'état de catastrophe naturelle", -3),
    Keyword("catastrophe naturelle", -1.5),
    Keyword("en reconnaissance de", -1),
    Keyword("match", -0.5),
    Keyword("Ligue 1", -1),
)

# Foreign places and nationalities: with no French commune and no `national` clue, a
# story about them is not relevant. Country names come from the data file.
FOREIGN_PLACES: tuple[str, ...] = (
    "Londres", "Moscou", "Pékin", "Shanghai", "Hong Kong", "New York", "Washington",
    "San Francisco", "Los Angeles", "Chicago", "Bruxelles", "Genève", "Lausanne", "Berlin",
    "Munich", "Madrid", "Barcelone", "Rome", "Milan", "Amsterdam", "Tel Aviv", "Jérusalem",
    "Montréal", "Tokyo", "Séoul", "Dubaï", "Le Caire", "Alger", "Tunis", "Casablanca",
    "Rabat", "Dakar", "Kiev", "Kyiv", "Varsovie", "Budapest", "Athènes", "Lisbonne",
    "Stockholm", "Copenhague", "Oslo", "Dublin", "Xinjiang", "Québec", "Wallonie",
    "Angleterre", "Écosse", "Catalogne", "Andalousie", "Bavière", "Californie", "Floride",
    "Texas", "Toscane", "Sicile", "Sardaigne",
    "britannique", "anglais", "anglaise", "russe", "chinois", "chinoise", "américain",
    "américaine", "étasunien", "étasunienne", "allemand", "allemande", "italien",
    "italienne", "espagnol", "espagnole", "autrichien", "autrichienne", "néerlandais",
    "néerlandaise", "canadien", "canadienne", "japonais", "japonaise", "indien", "indienne",
    "iranien", "iranienne", "turc", "turque", "ukrainien", "ukrainienne", "grec", "grecque",
    "polonais", "polonaise", "hongrois", "hongroise", "brésilien", "brésilienne", "mexicain",
    "mexicaine", "australien", "australienne", "sud-coréen", "sud-coréenne", "émirati",
    "saoudien", "saoudienne", "marocain", "marocaine", "algérien", "algérienne", "tunisien",
    "tunisienne", "sénégalais", "sénégalaise", "belge", "suisse", "québécois", "québécoise",
    "wallon", "wallonne", "monégasque", "luxembourgeois", "luxembourgeoise", "flamand",
    "flamande",
    # Swiss cantons' own institutions: « le Conseil d'État genevois » is no French one
    "genevois", "genevoise", "vaudois", "vaudoise", "valaisan", "valaisanne",
    "neuchâtelois", "neuchâteloise", "tessinois", "tessinoise", "zurichois", "zurichoise",
    "bernois", "bernoise", "lausannois", "lausannoise",
)

# Institutions of French-speaking countries that France does not have: a story naming
# them is set abroad, in a town that may share a French commune's name (Mons, Laval,
# Trois-Rivières).
FOREIGN_INSTITUTIONS: tuple[str, ...] = (
    "bourgmestre", "échevin", "échevine", "zone de police", "Région wallonne",
    "Conseil fédéral", "francs suisses", "Grand-Duché", "Principauté", "Sûreté du Québec",
    "Gendarmerie royale",
)


@dataclass(frozen=True)
class MatchingConfig:
    """The relevance vocabulary and its threshold."""

    threshold: float = 1.0
    keywords: tuple[Keyword, ...] = DEFAULT_KEYWORDS
