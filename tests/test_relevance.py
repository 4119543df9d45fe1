"""Relevance: French public surveillance technology, not films, wars or gratitude."""
from __future__ import annotations

import json

import pytest

from bot.config import ForumConfig, MatchingConfig
from bot.matching.matcher import MatchInput, match_item
from bot.matching.places import Scope


def relevant(title: str, summary: str = "", kind: str = "press") -> bool:
    return match_item(MatchInput(title, summary, kind), MatchingConfig(), ForumConfig()).relevant


@pytest.mark.parametrize("title, summary", [
    ("Saint-Denis achète le logiciel Two-i", "Cinquante licences pour la police municipale."),
    # a negative term counts once inside a longer one (« voisins » in « voisins
    # vigilants »), as a positive one does
    ("Programme : plus de caméras fixes et nomades", "La liste recrutera un policier "
     "municipal, poursuivra l'installation de caméras et relancera les voisins vigilants."),
    # a public body placing its sites under video surveillance, even against thieves
    ("Déchetteries sous surveillance", "Après le passage de voleurs de cuivre, "
     "la communauté de communes placera ses cinq déchetteries sous vidéosurveillance."),
    # what sound sensors listen for names them (« bruits suspects », « sons anormaux »)
    ("Des micros dans les rues", "La mairie veut repérer les bruits suspects grâce à des "
     "capteurs posés sur les lampadaires."),
    ("La reconnaissance faciale testée à Nice", ""),
    ("Vidéoprotection : la mairie ajoute 30 caméras", "Le conseil municipal a voté."),
    ("Des drones pour la police municipale", "Le préfet a autorisé les vols."),
    ("La CNIL met en garde contre la VSA", ""),
])
def test_relevant(title, summary):
    assert relevant(title, summary)


@pytest.mark.parametrize("title, summary", [
    ("Festival de Cannes : la Caméra d'or", "Un premier film tourné caméra à l'épaule."),
    ("Ukraine : des drones abattus", "Frappes sur Kiev."),
    ("Un spectacle de drones pour le 14 juillet", "La mairie offre un show lumineux."),
    ("Une caméra pour filmer les oiseaux", ""),
    ("En reconnaissance de son engagement", "La mairie remercie les bénévoles."),
    # Crime stories where a camera is incidental.
    ("Cambriolage : le suspect identifié grâce aux caméras de vidéosurveillance",
     "Les gendarmes l'ont interpellé ; il a été placé en garde à vue."),
    ("Bagarre devant un bar : deux interpellations", "Les caméras de surveillance de la ville "
     "ont filmé la scène ; les deux hommes passeront en comparution immédiate."),
    ("Collision mortelle sur le boulevard : un appel à témoins", "La police exploite les "
     "images des caméras de la ville."),
    # Private cameras, webcams, council webcasts, ID papers, firefighters, sensors.
    ("Un commerçant installe des caméras dans sa boutique", "Quatre caméras contre les vols."),
    # businesses' own premises, even when the police advise them
    ("Vols à main armée : le préfet lance un plan", "Policiers et gendarmes incitent les "
     "pharmacies à installer un système de vidéosurveillance dans leurs locaux."),
    ("Le conseil municipal retransmis en direct", "La mairie achète trois caméras pour "
     "filmer les séances."),
    ("Passeports : les délais s'allongent en mairie", "Carte d'identité ou passeport : le "
     "recueil des données biométriques prend du temps."),
    ("Incendie : les pompiers déploient un drone", "Le drone des sapeurs-pompiers."),
    ("Des capteurs mesurent la qualité de l'air", "La ville installe des capteurs."),
    # Foreign-only stories.
    ("Londres généralise la reconnaissance faciale", "La police britannique s'équipe."),
    ("Russie : la reconnaissance faciale contre les opposants", "Les caméras de Moscou."),
    ("La police de Vienne (Autriche) teste la reconnaissance faciale", ""),
])

def test_not_relevant(title, summary):
    assert not relevant(title, summary)


def test_council_feed_is_its_own_authority():
    text = ("Extension du réseau de vidéoprotection", "40 caméras supplémentaires.")
    assert relevant(*text, kind="council")


def test_a_council_feeds_drones_for_pupils_are_no_surveillance():
    assert not relevant("Atelier du mercredi", "Les enfants du centre de loisirs s'initient "
                        "à la robotique en pilotant des drones.", kind="council")
    assert relevant("Manifestation du 1er mai", "Le préfet autorise la police à faire voler "
                    "des drones au-dessus du cortège.", kind="council")


def test_capitals_required_for_acronyms():
    assert relevant("Le maire veut la VSA", "")
    assert not relevant("Vsa kuvat", "")


def test_match_explains_itself():
    result = match_item(MatchInput("La mairie de Saint-Denis (93) achète Two-i", ""),
                        MatchingConfig(), ForumConfig()).to_json(ForumConfig())
    assert result["relevant"] and result["score"] >= result["threshold"]
    assert {"term": "Two-i", "weight": 3, "role": "term", "counted": True} in result["keywords"]
    commune = result["communes"][0]
    signals = commune.pop("signals")
    weight = commune.pop("weight")
    assert commune == {"code": "93066", "name": "Saint-Denis", "departement": "93",
                       "tag": "saint-denis-93", "mention": "Saint-Denis",
                       "evidence": "departement", "strength": "strong"}
    # Every signal that counted, with its part of the weight: "(93)" and "la mairie de".
    assert signals["departement"] > 0 and signals["town_noun"] > 0
    assert weight > 0.9
    assert result["tags"] == ["saint-denis-93", "vsa", "a-trier"]


@pytest.mark.parametrize("title, summary", [
    ("Vitrolles : 40 nouvelles caméras de vidéoprotection", "Le maire a présenté le projet."),
    ("Le département finance 200 caméras pour les collèges", "Vote du conseil départemental."),
    ("Drones : le Conseil d'État valide le décret", "La Quadrature du Net contestait la "
     "surveillance des manifestations."),
    ("Nîmes : la police municipale s'équipe de lecteurs LAPI", ""),
    ("La police britannique et la CNIL : un débat sur la reconnaissance faciale en France", ""),
    ("La start-up israélienne Briefcam équipe la ville de Moirans", ""),
])
def test_relevant_despite_foreign_or_counted_clues(title, summary):
    assert relevant(title, summary)


# Police drones are half of this field's news; light shows and fireworks are not.
@pytest.mark.parametrize("title, summary, expected", [
    ("Lyon : deux drones de la police au-dessus du cortège", "", True),
    # Court rulings on police drones, and the decrees they judge.
    ("Le tribunal administratif suspend l'arrêté autorisant les drones", "", True),
    ("Le juge des référés rejette le recours contre les drones", "", True),
    ("Le préfet autorise un drone de surveillance pour le marché de Noël", "", True),
    ("Rodéos urbains : un drone autorisé pour une opération de police", "", True),
    ("Des lecteurs automatiques de plaques à l'entrée de la ville", "", True),
    ("Le projet de vidéo-protection des parkings fait débat", "Le conseil municipal "
     "a voté le plan de financement.", True),  # hyphenated spellings
    # A title alone, as some feeds give: a town opening it with a verb is the authority.
    ("Rouen installe 30 caméras de vidéoprotection", "", True),
    ("Nice s'équipe de drones", "", True),
    ("Lyon : un homme filmé par une caméra de vidéosurveillance", "", False),
    ("Des spectacles de drones remplacent les feux d'artifice du 14-Juillet",
     "La mairie renonce aux fusées.", False),
    ("Thermographie : un drone mesure les pertes de chaleur des maisons",
     "L'opération est financée par la commune.", False),
    ("Une course de drones au gymnase municipal", "La mairie accueille les pilotes.", False),
    ("Face ID : la reconnaissance faciale du smartphone contournée", "", False),
    ("Biométrie : le paiement par empreinte arrive dans les commerces",
     "Une carte bancaire à capteur.", False),
    ("Une webcam filme la plage pour les touristes", "Installée par la mairie.", False),
    ("Un employeur condamné pour avoir filmé ses salariés", "Des caméras de surveillance "
     "dans les bureaux, selon la CNIL.", False),
    # The same kinds, written otherwise.
    ("Les drones de course du club local filent à 140 km/h", "Démonstration sur le stade "
     "municipal, la caméra embarquée filme le circuit.", False),
    ("Déverrouiller son iPhone avec le visage, même masqué", "La reconnaissance faciale "
     "d'Apple progresse.", False),
    # Speed cameras, delivery and military drones, doorbell cameras: not this field.
    ("Trois caméras de contrôle de vitesse : les radars arrivent sur la départementale",
     "La préfecture rappelle les règles de sécurité routière.", False),
    ("La livraison par drone testée pour les colis de la commune", "Le maire salue "
     "l'innovation.", False),
    ("Des drones militaires survolent la base", "La préfecture informe les habitants.",
     False),
    ("Vidéosurveillance : une caméra de sonnette filme le voisin", "Le maire appelle au "
     "calme.", False),
    ("Épandage par drone sur les coteaux", "Un arrêté autorise les viticulteurs à "
     "tester la pulvérisation.", False),
    ("Des caméras pour détecter les départs de feu dans le massif", "La commune et la "
     "préfecture financent six caméras contre les feux de forêt.", False),
    ("Un drone pour les prises de vue du nouveau quartier", "La mairie publiera des "
     "photographies aériennes.", False),
    # A crime story where the town's cameras only helped the police.
    ("Le voleur identifié grâce aux caméras de la ville", "La police municipale a "
     "transmis les images ; le butin a été retrouvé.", False),
    # Cameras that are not public surveillance.
    ("La vidéosurveillance obligatoire dans les abattoirs", "Un décret est attendu.",
     False),
    ("L'arbitrage vidéo arrive en Ligue 2", "Douze caméras filmeront le stade municipal, "
     "annonce la mairie.", False),
    ("Vingt caméras pour suivre les loups dans le parc national", "La préfecture "
     "finance le suivi de la faune.", False),
    # Vendors and phrasings of algorithmic video-surveillance.
    ("La start-up XXII teste ses algorithmes à Poissy", "", True),
    ("La ville prolonge l'expérience", "Les traitements algorithmiques des images "
     "couvriront trois événements de plus.", True),
    # A prefect's order says « la captation est autorisée »; a shopping street is where
    # a town films (not a shopkeeper's own cameras).
    ("Drones : l'arrêté du préfet pour le match", "La captation est autorisée aux abords "
     "du stade samedi.", True),
    ("Des caméras dans la rue commerçante", "La municipalité en installe douze.", True),
    # A town deciding on cameras: refusing them is news too.
    ("Lyon : la Ville refuse les caméras dans les écoles", "L'adjoint à l'éducation a "
     "rejeté la demande des parents.", True),
    # A title placing cameras in a town.
    ("Faut-il des caméras à Saint-Malo intra-muros ?", "La mairie lance une consultation.",
     True),
    # A municipal police testing a plate reader; arrests credited to a town's cameras.
    ("Les policiers municipaux testent un logiciel de lecture de plaques", "Il repère les "
     "voitures volées.", True),
    ("Le maire défend ses 200 caméras", "Selon la police nationale, les caméras ont permis "
     "150 interpellations.", True),
    # A regional audit court on a town's cameras.
    ("Vidéosurveillance : la chambre régionale des comptes épingle Béziers", "Dans son "
     "rapport, elle juge le coût des 300 caméras mal maîtrisé.", True),
    # The Défenseure des droits on cameras in schools.
    ("La Défenseure des droits épingle les caméras dans les écoles", "Elle recommande une "
     "circulaire.", True),
    # A bird league's nest cameras, whatever the town's own network.
    ("La LPO installe des caméras au marais", "Trois caméras filment les nids en direct ; "
     "rien à voir avec la vidéoprotection municipale.", False),
    # A village is a commune; a parcel is delivered.
    ("Des caméras autour des remparts", "Le village installe six caméras.", True),
    ("Des drones relient deux villages", "La livraison de colis par drone est testée.", False),
    # A town's election campaign is a debate there; a campaign's clip is filmed.
    ("Municipales : la sécurité au cœur de la campagne", "Le candidat promet 200 caméras "
     "de plus.", True),
    ("Le candidat tourne un clip de campagne avec un drone", "", False),
    # A bank's face login; a town that acts after the title's topic (« Dépôts sauvages :
    # Firminy installe… »), whose camera traps fine dumpers.
    ("Votre banque vous reconnaît au visage", "La reconnaissance faciale remplace le code "
     "pour payer dans l'application.", False),
    ("Décharges sauvages : Riom installe des pièges photographiques", "Les contrevenants "
     "filmés recevront une amende.", True),
])
def test_police_drones_and_their_look_alikes(title, summary, expected):
    assert relevant(title, summary) is expected


def test_match_explain_says_why_names_were_set_aside():
    from tests.conftest import cli

    line = ('{"title": "Un festival à Tours", "summary": "Le maire de Tours présente la '
            'fête, rue de Nancy, comme à Nice."}\n')
    plain = json.loads(cli("match", stdin=line).stdout)
    assert plain["communes"] == [] and "rejected" not in plain  # not relevant: no towns
    explained = json.loads(cli("match", "--explain", stdin=line).stdout)
    assert explained["towns_named"][0]["name"] == "Tours"
    rejected = {r["mention"]: r for r in explained["rejected"]}
    assert rejected["Nancy"]["reason"].startswith("a street or building is named after it")
    assert rejected["Nancy"]["signals"]["street"] < 0 and rejected["Nancy"]["weight"] < 0.5
    assert rejected["Nice"]["reason"].startswith("a precedent or comparison")
    assert rejected["Nice"]["code"] == "06088"


def test_match_explain_says_why_a_story_set_abroad_left_a_town_out():
    from tests.conftest import cli

    line = json.dumps({"title": "Beausoleil renforce sa vidéoprotection",
                       "summary": "La commune de Beausoleil, collée à la Principauté, installe "
                                  "30 caméras. Le tribunal a suspendu l'usage des drones à "
                                  "Mougins."}) + "\n"
    explained = json.loads(cli("match", "--explain", stdin=line).stdout)
    assert [c["name"] for c in explained["communes"]] == ["Beausoleil"]
    (mougins,) = [r for r in explained["rejected"] if r["mention"] == "Mougins"]
    assert mougins["reason"].startswith("a foreign authority acts in the story")
    assert mougins["code"] == "06085"


def test_the_french_state_acting_abroad_is_a_french_story():
    result = match_item(MatchInput("Reconnaissance faciale : les négociations européennes",
                                   "À Bruxelles, la France a défendu l'usage de la "
                                   "reconnaissance faciale en temps réel par la police."),
                        MatchingConfig(), ForumConfig())
    assert result.relevant and not result.foreign_only


def test_a_lower_case_institution_word_is_no_foreign_authority():
    # « la Principauté » is Monaco; « une principauté » or « la principauté voisine »
    # written in lower case may be any, and sets no story abroad.
    result = match_item(MatchInput("Beausoleil renforce sa vidéoprotection",
                                   "La commune de Beausoleil, voisine de la principauté, "
                                   "installe 30 caméras. Le tribunal a suspendu l'usage des "
                                   "drones à Mougins."),
                        MatchingConfig(), ForumConfig())
    assert [p.commune.name for p in result.communes] == ["Beausoleil", "Mougins"]



def test_a_first_name_that_is_also_a_country_is_a_person_not_a_foreign_place():
    # « Dominique » is Dominica in French; « Dominique Bernard » is a person.
    result = match_item(MatchInput("Reconnaissance faciale à l'aéroport de Bastia",
                                   "Selon Dominique Bernard, directeur, le passeport "
                                   "suffit."), MatchingConfig(), ForumConfig())
    assert result.relevant and not result.foreign_only
    assert [p.commune.code for p in result.communes] == ["2B033"]


def test_a_border_with_italy_does_not_make_french_towns_foreign():
    result = match_item(MatchInput("Alpes-Maritimes : des drones de surveillance autorisés à "
                                   "Menton et Sospel", "Deux communes frontalières de l'Italie."),
                        MatchingConfig(), ForumConfig())
    assert [p.commune.name for p in result.communes] == ["Menton", "Sospel"]
    assert result.communes[0].evidence == "departement"  # the only Menton, in the 06 named


# Kinds found by a set of items written for the project (tests/data/written_eval.jsonl),
# here as other sentences of the same kinds.
@pytest.mark.parametrize("title, summary, expected", [
    # Algorithmic video-surveillance in other words.
    ("Des caméras algorithmiques dans le tramway", "L'exploitant teste le dispositif.", True),
    ("La gare teste l'analyse automatique des images", "Pour repérer les colis oubliés.",
     True),
    # A camera network being set up, with a public authority nearby.
    ("Cinq villages s'équipent de caméras", "Le département paie la moitié.", True),
    ("La commune lance l'installation de caméras au bord du lac", "", True),
    # A town opening the title with a verb, its department in brackets.
    ("Figeac (Lot) installe seize caméras", "", True),
    # Phones, heat-loss surveys: not this field.
    ("Le nouveau smartphone se déverrouille d'un regard", "La reconnaissance faciale "
     "du constructeur s'améliore.", False),
    ("Un drone traque les déperditions de chaleur des écoles", "La commune veut mieux "
     "isoler ses bâtiments.", False),
    ("Un drone pour inspecter la toiture de l'église", "La commune a choisi un "
     "prestataire.", False),
    # Several towns opening the title with a verb act together.
    ("Sète et Agde installent douze caméras", "", True),
    # « Vidéoprotection » is the authorities' own word; VSA described by what it detects.
    ("Vidéoprotection : la gare routière filmée dès lundi", "", True),
    ("Sur les quais, le logiciel repère les comportements suspects", "", True),
    # A town's own cameras.
    ("Les caméras de Voiron coûtent cher, selon l'opposition", "Le conseil municipal en "
     "débat jeudi.", True),
    # Multi-word terms in the plural; what VSA is sold to detect; the FIPD spelled out.
    ("Deux centres de supervision urbains reliés", "La commune et sa voisine partagent "
     "leurs images.", True),
    ("Gare routière : un logiciel signale les objets abandonnés", "", True),
    ("Les caméras de la halle payées par le fonds interministériel de prévention de la "
     "délinquance", "La commune a reçu 40 000 euros.", True),
    # A town that wants cameras; a town's own cameras; camera traps against dumping.
    ("Le maire réclame des caméras pour le parking de la gare", "", True),
    ("Les caméras de Vierzon repèrent les voitures mal garées", "Un logiciel les "
     "signale.", True),
    ("Dépôts sauvages : un piège photographique dans les chemins", "La police municipale "
     "verbalise les auteurs filmés.", True),
    ("Un piège photographique filme un chat forestier", "La faune du massif "
     "observée de nuit.", False),
    ("Les caméras du parking reliées au commissariat", "La SNCF et la commune "
     "partagent les images.", True),
    ("Les caméras de la gare routière reliées au commissariat", "Les images serviront "
     "la nuit.", True),  # a police station is a public authority
    ("Dijon et la Côte-d'Or misent sur les caméras", "Le département aide la ville.",
     True),
    # Birds, pools, farm drones, no-fly orders, a burglar's trial: not this field.
    ("Des caméras pour suivre la nidification des oiseaux sur l'île", "La commune "
     "protège la biodiversité.", False),
    ("La piscine municipale s'équipe d'une IA contre les noyades", "Des caméras sous "
     "l'eau alertent les maîtres-nageurs.", False),
    ("Un drone agricole volé chez un exploitant", "Les gendarmes enquêtent.", False),
    ("Le préfet interdit les drones de loisir pendant la visite présidentielle",
     "Un arrêté préfectoral couvre toute la commune.", False),
    ("Vidéoprotection : le voleur de scooters reconnu sur les images", "Les caméras de "
     "la commune l'ont filmé ; il sera jugé.", False),
    # Biometrics sold to customers; a drone taking pictures for the town.
    ("Les abonnés de la salle de sport entrent par reconnaissance faciale", "", False),
    ("Le paiement par le visage arrive au supermarché", "La reconnaissance faciale "
     "remplace la carte dans ce magasin.", False),
    ("Un cadenas à empreinte digitale pour les vélos", "Le modèle biométrique se "
     "vend bien.", False),
    ("Le drone de la ville pour la photo aérienne du carnaval", "", False),
    ("Des caméras à intelligence artificielle comptent les piétons", "L'Eurométropole "
     "les installe sur les ponts.", True),
    ("Les caméras d'un commerçant filment un vol de scooter", "Les gendarmes ont la "
     "vidéo ; la surveillance du quartier inquiète.", False),
    # Photographers' cameras and the rule for hobby drones, at a resort.
    ("Les caméras des paparazzis guettent les yachts sur le port", "La mairie rappelle "
     "que le survol par drone est interdit au-dessus des plages.", False),
    # Resorts' seafronts.
    ("Les deux stations balnéaires installeront une quinzaine de caméras", "", True),
    # A police force's cameras.
    ("Les policiers pourront bientôt utiliser des caméras dans les voitures", "", True),
    # Several towns' cameras.
    ("Les caméras des deux communes seront consultables par les gendarmes", "", True),
    # Titles alone: counted cameras downtown, image analysis, images sent to the police.
    ("Trente nouvelles caméras dans le centre-ville", "", True),
    ("La ville s'équipe d'un logiciel d'analyse d'images", "", True),
    ("Le déport des images vers la gendarmerie est effectif", "", True),
    # A wedding, the town seen from above, a search for someone lost.
    ("Un drone filme le mariage du maire", "", False),
    ("Drone : la mairie filme la commune vue du ciel pour son bulletin", "", False),
    ("La gendarmerie utilise un drone pour retrouver un randonneur égaré", "", False),
    # Towns' movable cameras; a prefect's order for drones, even at a match.
    ("Trois villes achètent ensemble des caméras nomades", "", True),
    ("Le préfet autorise des drones pour le match de dimanche", "Les abords du stade "
     "seront filmés.", True),
    ("Un drone autorisé par arrêté au-dessus du stade pour le match", "", True),
    ("Spectacle : 300 drones autorisés au-dessus du port", "La mairie offre un show "
     "lumineux.", False),
    ("Agriculture : les drones autorisés pour pulvériser les vignes", "Le ministère "
     "assouplit la règle.", False),
    # Care homes' cameras, whatever the case of « Ehpad »; a maker's military drone.
    ("Maltraitance : des caméras dans les chambres des Ehpad", "Les familles veulent "
     "filmer leurs proches ; la direction hésite.", False),
    ("Un drone de surveillance militaire présenté à Toulouse", "L'avionneur vise l'armée "
     "de l'Air.", False),
    # Cameras sorting waste in a recycling centre.
    ("La métropole installe des caméras intelligentes au centre de tri", "Elles repèrent "
     "les plastiques pour le recyclage.", False),
    # An appeal for witnesses after the town's cameras filmed a suspect.
    ("Voitures brûlées : les caméras de vidéoprotection ont filmé un individu", "La "
     "gendarmerie lance un appel à témoins.", False),
    # A road accident or a trial where a camera is only the scenery.
    ("Un chauffard ivre renverse le mât d'une caméra de vidéoprotection", "Il sera jugé "
     "le mois prochain.", False),
    ("Une voiture percute une caméra de vidéoprotection au rond-point", "Le conducteur, "
     "ivre, a pris la fuite.", False),
    # Drones over a demonstration, in a title alone.
    ("Bordeaux : des drones au-dessus du cortège syndical", "", True),
    ("Nantes : un drone survole la manifestation contre les retraites", "", True),
    ("Un spectacle de drones pour clore la manifestation", "", False),
    ("Lunel : une boulangère installe des caméras après des vols", "La commerçante a "
     "équipé sa boutique de trois caméras reliées à son téléphone.", False),
    ("Les boutiques du quartier des halles posent des caméras", "Elles sont reliées à une "
     "société de télésurveillance choisie par l'association des commerçants.", False),
    ("Ouvrir un compte par reconnaissance faciale", "La banque en ligne demande un selfie "
     "et une photo de la carte d'identité.", False),
    ("Une néobanque vérifie ses clients par reconnaissance faciale", "L'ouverture de "
     "compte se fait en filmant son visage ; la CNIL a été consultée.", False),
    # Delivery drones flying under civil aviation rules.
    ("Drones : une start-up livre des colis par les airs", "Les vols sont autorisés par la "
     "direction générale de l'aviation civile.", False),
    # Surveillance vendors at their trade fair: exhibitors, but of video analytics.
    ("Milipol : les industriels misent sur la VSA", "Une trentaine d'exposants présentent "
     "des logiciels d'analyse vidéo au salon.", True),
    ("Le gérant du bar-tabac filme sa terrasse", "Deux caméras contre les dégradations, "
     "après un cambriolage.", False),
    ("Un drone filme le feu de la Saint-Jean pour la télévision", "Des images aériennes "
     "pour la chaîne de la métropole.", False),
    # The border police is a French authority.
    ("Des drones au-dessus des cols pour traquer les passeurs", "La police aux "
     "frontières obtient l'autorisation.", True),
    # Other words for plate readers, viewing centres, smart video, filmed perimeters.
    ("La reconnaissance automatique des plaques aux entrées du bourg", "", True),
    ("Les opérateurs du centre de visionnage travailleront la nuit", "", True),
    ("La commune teste la vidéo intelligente au marché", "", True),
    ("Arrêté : le périmètre vidéoprotégé s'étend au port", "", True),
    # Replacing or sharing a town's cameras; a drone filming the town's events.
    ("La municipalité remplace les caméras de la gare", "", True),
    ("La métropole va partager les images des caméras du tramway", "", True),
    ("Un drone filme la course cycliste pour le site de la commune", "Des vidéos "
     "aériennes mises en ligne.", False),
    # A prefect's authorisation is public context; the navy's drones are military.
    ("Des drones au-dessus du port pour la course", "L'autorisation couvre les quais "
     "pendant trois jours.", True),
    ("Des drones de surveillance pour la rade", "La Marine nationale évalue deux "
     "modèles.", False),
    # Police forces other than the municipal and national police; a seized private drone.
    ("Les douaniers reçoivent des drones pour surveiller le littoral", "", True),
    ("Un drone de la BAC au-dessus du quartier", "Les policiers filment les guetteurs.",
     True),
    ("Le drone d'un amateur confisqué près du stade", "La police rappelle que le survol "
     "est interdit.", False),
    # A nationality alone does not make a French story foreign.
    ("Un groupe américain rachète le fabricant bordelais de caméras de vidéoprotection",
     "Il équipe 200 communes.", True),
    # A title opening on a foreign city: « en France » is then a contrast.
    ("Berlin teste la reconnaissance faciale dans ses gares", "En France, la CNIL "
     "l'interdirait.", False),
    ("Genève : des caméras de lecture des plaques aux douanes", "Les frontaliers venus "
     "de France sont concernés.", False),
    # A singular term between quotes; a documentary; a suspect before a judge.
    ("Une caméra « intelligente » repère les attroupements", "Les agents reçoivent les "
     "alertes.", True),
    ("Un documentaire sur la reconnaissance faciale primé au festival", "La réalisatrice "
     "a suivi des militants pendant deux ans.", False),
    ("Vol de câbles : les images de vidéoprotection trahissent deux hommes", "Ils ont été "
     "présentés à un juge et seront jugés en mars.", False),
    # A municipal police drone stays a police drone beside the navy; police access to a
    # town's own cameras.
    ("Le port et les plages survolés par un drone de police municipale", "La Marine "
     "nationale a été consultée sur les couloirs de vol.", True),
    ("La mairie ouvre au commissariat l'accès aux images de ses caméras", "", True),
    # Thermal cameras in the hands of the police are surveillance (heat-loss surveys
    # are not: see above).
    ("La police municipale s'équipe de caméras thermiques", "Les patrouilles de nuit "
     "repéreront les rôdeurs dans les parcs.", True),
    # A dateline town whose counted cameras are being set up is the authority; mountain
    # rescuers' drones are not surveillance.
    ("Palavas-les-Flots : 25 caméras sur la plage", "La station balnéaire installe des "
     "caméras le long de la promenade.", True),
    ("Massif du Mont-Blanc : deux alpinistes retrouvés", "Les gendarmes du PGHM ont "
     "repéré leur position grâce à un drone.", False),
    # Phone interception devices used by the police.
    ("La police a utilisé des IMSI-catchers pendant la manifestation", "", True),
    # The police flying drones, even against drownings; a trade fair; a sentence.
    ("Les berges survolées cet été", "La police municipale teste des drones contre les "
     "rixes et les noyades.", True),
    ("Des caméras « intelligentes » au salon de la sécurité", "Les exposants visent "
     "les sites industriels.", False),
    # a market's stallholders are exhibitors too, where the town films the stalls
    ("Le marché de Noël ouvre ses chalets", "Quinze caméras de vidéoprotection posées par "
     "la mairie filment les allées et les stands des exposants.", True),
    ("Il avait piraté la vidéoprotection de son lycée", "Le jeune homme est condamné à "
     "un stage de citoyenneté.", False),
    # « une équipe de dix caméras » is a film crew, not a town equipping itself.
    ("Alès : le festival filmé en direct", "Une équipe de douze caméras a été "
     "mobilisée pour les concerts.", False),
    # A videographer's drone films a clip.
    ("La mairie filme la ville par drone pour son clip", "Un vidéaste a survolé le "
     "centre pour la vidéo des vœux.", False),
    # Cameras at home are private.
    ("Vidéosurveillance : filmer chez soi sans enfreindre la loi", "Une caméra dans "
     "l'entrée, oui ; tournée vers la rue, non.", False),
    # A shop chain's cameras are private.
    ("Des caméras intelligentes contre le vol dans une jardinerie", "L'enseigne teste "
     "le logiciel dans trois points de vente.", False),
    # A shooting whose investigators study the street cameras is a crime story; sensors
    # on the water network watch for leaks.
    ("Nîmes : un homme tué par balle à Pissevin", "Les enquêteurs de la police "
     "judiciaire exploitent les images des caméras de surveillance du quartier. C'est le "
     "cinquième homicide de l'année.", False),
    ("La métropole traque les fuites d'eau avec des capteurs", "Un logiciel "
     "d'intelligence artificielle analyse les données de 2 000 capteurs du réseau d'eau "
     "potable.", False),
    # Suspects caught « grâce à la vidéoprotection »: a crime story (e072's kind).
    ("Lorient : trois jeunes interpellés grâce à la vidéoprotection", "Les opérateurs "
     "du centre de supervision ont suivi leur fuite. Ils ont été placés en garde à vue.",
     False),
    # Drones that watch crops; a hospital's software reading patients' faces.
    ("La Région finance des drones pour les agriculteurs", "Des drones de surveillance "
     "des cultures repèrent les maladies des parcelles.", False),
    ("Reconnaissance faciale : le CHU teste un logiciel contre la douleur", "Il lit les "
     "expressions du visage des patients en réanimation.", False),
    # A television crew's cameras.
    ("Château-Thierry : la parade d'ouverture du festival", "La ville organise des "
     "spectacles de rue ; des caméras de France 3 filmeront la parade.", False),
    # Rescue drones drop buoys; they watch no one.
    ("La mairie présente ses drones de sauvetage", "Les drones du poste de secours "
     "largueront des bouées aux nageurs en difficulté.", False),
    # A camera sold for the home is private, even named after a town (Orange).
    ("Orange vend une caméra de surveillance pour la maison", "L'opérateur la propose "
     "avec ses box.", False),
    # A town growing its network, in a title alone: « double son parc de caméras ».
    ("Agde : la ville double son parc de caméras", "", True),
    ("Fréjus étend son réseau de caméras au port", "", True),
    ("Caen : deux nouvelles caméras place de la République", "", True),
    # A title alone whose dateline town places cameras somewhere; not another actor's.
    ("Saint-Laurent-du-Maroni : des caméras autour du marché", "", True),
    ("Auxerre : douze caméras pour le centre ancien", "", True),
    ("Auxerre : un commerçant installe des caméras dans sa boutique", "", False),
    ("Lyon : un fabricant présente deux nouvelles caméras pour les cinéastes", "", False),
    # A building site's cameras, even stolen by the hundred and found by the police.
    ("Deux cents caméras de surveillance de chantier volées", "La police a retrouvé le "
     "matériel dans un entrepôt ; quatre suspects sont en garde à vue.", False),
    # A police drone searching for a lost child is a rescue.
    ("La fête du village", "La gendarmerie a fait voler un drone pour retrouver un "
     "enfant égaré près de la rivière.", False),
    # A trade fair of civil drones; a club's facial recognition its subscribers opt into.
    ("Arcachon accueille un salon des drones professionnels", "Les fabricants de drones civils "
     "présentent leurs appareils d'inspection d'ouvrages et de prise de vue.", False),
    ("Le club de Lens ouvre ses portes par reconnaissance faciale", "Ses abonnés pourront "
     "entrer sans billet ; l'inscription reste facultative.", False),
    # A company's facial recognition for its own staff's badges and offices.
    ("Une banque remplace les badges par la reconnaissance faciale", "Ses salariés "
     "pourront entrer au siège en montrant leur visage.", False),
    ("Un groupe de BTP installe la reconnaissance faciale à l'entrée de ses bureaux",
     "Ses employés n'auront plus à présenter un badge.", False),
    # The border police's facial-recognition gates, by their name; « parafe » alone is a
    # signature.
    ("Aéroport de Lille-Lesquin : seize sas Parafe au poste frontière", "Les voyageurs "
     "passent les sas de contrôle automatisé.", True),
    ("Aéroport : des sas PARAFE supplémentaires", "", True),
    ("Le maire appose son parafe sur le registre des délibérations", "", False),
    # An art exhibition about surveillance; a trade fair's hall is no exhibition.
    ("Lille : une exposition sur la surveillance", "Des artistes reconstituent un centre de "
     "supervision.", False),
    ("Des drones au-dessus du parc des expositions", "Le préfet autorise la police à filmer "
     "la foire.", True),
    # A broadcaster's cameras and its filming drone are no town's.
    ("Brest : le festival filmé par France 3", "Les caméras de France 3 Bretagne suivront "
     "la fête ; un drone filmera les bateaux, avec l'autorisation de la préfecture "
     "maritime.", False),
    # Plate readers written « de plaques », or one reader.
    ("La mairie installe un système de lecture automatique de plaques", "", True),
    ("La ville installe un lecteur automatique de plaques d'immatriculation", "", True),
    # Biometric recognition, gunshot detectors, body cameras by their English name.
    ("Reconnaissance biométrique : la ville renonce", "", True),
    ("Un détecteur de coups de feu testé dans le quartier", "", True),
    ("Les agents de la police municipale seront équipés de bodycams", "", True),
    # Cameras on aircraft a prefect authorises; a town joining a camera network.
    ("Le préfet autorise l'usage de caméras aéroportées", "", True),
    ("La ville rejoint le réseau de caméras de la métropole", "", True),
    # The State's facial-recognition identity app, named in the label rules.
    ("Alicem : le Conseil d'État valide l'application d'identité numérique", "", True),
    # Illegal dumping where no camera is planned; where one is, it is the town's.
    ("Le département aide les communes contre les décharges sauvages", "Des bennes "
     "supplémentaires seront livrées ; aucune caméra n'est prévue.", False),
    ("La commune lutte contre les décharges sauvages", "Des bennes supplémentaires seront "
     "livrées et une caméra sera posée au point de collecte.", True),
    # A police force flying drones, a few words and a verb between them; « les polices ».
    ("Fête de la musique : interdiction des drones de loisir à Montauban", "Un arrêté "
     "interdit les drones de loisir. La gendarmerie, elle, a obtenu le droit d'utiliser ses "
     "drones pour surveiller la foule.", True),
    ("Drones : la police municipale d'Antibes en a un ? Illégal, dit l'État", "La ville "
     "comptait repérer les incivilités sur les plages. Les polices municipales n'ont pas "
     "le droit de filmer la voie publique par drone, rappelle le ministère ; l'appareil "
     "servira aux secours.", True),
    # A camera denied (« aucune caméra n'est associée »); a shopkeeper's own camera.
    ("Pollution : des capteurs sur les lampadaires de Valence", "La ville équipe 40 "
     "lampadaires de capteurs de particules fines. Aucune caméra n'est associée au "
     "dispositif.", False),
    ("Un commerçant de Lorient condamné pour avoir filmé la rue", "Le tribunal a condamné le "
     "commerçant, dont la caméra de vidéosurveillance, posée sur sa vitrine, filmait le "
     "trottoir. La CNIL avait été saisie.", False),
    # A crime story whose investigators use the town's cameras.
    ("Meurtre à Romans-sur-Isère : les images de vidéosurveillance exploitées", "Les "
     "enquêteurs de la police judiciaire analysent les images des caméras de la ville ; une "
     "marche blanche est prévue samedi.", False),
    ("Agression au couteau à Lorient : l'auteur repéré par les caméras", "Les opérateurs du "
     "centre de supervision ont suivi le suspect ; la victime, blessée, a été soignée.",
     False),
    ("Tags sur la mairie de Quimper : deux jeunes identifiés par la vidéoprotection", "Les "
     "deux auteurs ont reconnu les faits ; ils paieront le nettoyage.", False),
    ("Accident mortel à Metz : la caméra de la ville a filmé la scène", "L'automobiliste a "
     "pris la fuite ; les images de vidéoprotection ont été transmises au parquet.", False),
    ("Disparition inquiétante à Auxerre : les images des caméras examinées", "La police "
     "examine les images des caméras de la ville pour retracer le parcours de la jeune "
     "femme.", False),
    # A club's face-recognition tickets, a private person's cameras, a postal service's
    # body cameras.
    ("Reims : le club de football teste la reconnaissance faciale à l'entrée", "Le club "
     "propose une billetterie par reconnaissance faciale à ses abonnés volontaires.", False),
    ("Les caméras d'un particulier filment la rue, la CNIL saisie", "Un habitant a posé "
     "des caméras sur sa façade ; un voisin a saisi la CNIL.", False),
    ("Des caméras-piétons pour les facteurs de Bobigny", "La Poste teste des caméras-piétons "
     "pour ses facteurs après plusieurs agressions.", False),
    # A look-alike's word inside a place's name (« loup », wolves' camera traps).
    ("Marseille : six caméras de plus à Saint-Loup", "La ville installe six caméras à "
     "Saint-Loup, où les riverains se plaignent de trafics.", True),
    # A town's own promotional films by drone, « pas à la surveillance ».
    ("Le service communication s'offre un drone", "La mairie de Guérande a acheté un drone "
     "pour tourner des vidéos promotionnelles ; il ne servira pas à la surveillance.", False),
])
def test_kinds_found_by_the_written_set(title, summary, expected):
    assert relevant(title, summary) is expected


# Kinds met on paraphrases of real pages (session 15): police drones named after the
# drones (« drones des forces de l'ordre ») and prefectures in the plural; a drone the
# police chase rather than fly; a town's dumping traps fined through the prosecutor;
# police drones over the Festival de Cannes.
@pytest.mark.parametrize("title, summary, expected", [
    ("Rassemblements : les vols se multiplient", "Les préfectures ont autorisé en juin "
     "près de quarante vols de drones des forces de l'ordre.", True),
    ("Fête de la musique sous surveillance", "Les forces de l'ordre feront voler trois "
     "drones au-dessus des quais.", True),
    ("Un drone largue des colis dans la cour du centre pénitentiaire", "La direction a "
     "porté plainte ; la gendarmerie enquête.", False),
    ("Des voleurs repéraient les villas avec un drone", "Les gendarmes ont interpellé "
     "deux hommes ; la mairie appelle à la vigilance.", False),
    ("Des drones au-dessus des jardins", "Des riverains se plaignent au maire : survoler "
     "des propriétés privées est interdit.", False),
    ("Ordures : Lunel s'équipe de pièges photographiques", "Les photos des dépôts "
     "sauvages seront transmises au parquet par la police municipale.", True),
    ("Drones : les préfectures ont autorisé cinquante opérations", "Anniversaire d'un "
     "magasin, festival de Cannes, finales : les vols de drones des forces de l'ordre se "
     "multiplient.", True),
    # A member of parliament debating cameras; a shop's private camera in a crime
    # story; a small town's cameras placed with the gendarmes, however a crime shows them.
    ("Caméras : une sénatrice interpelle le gouvernement", "Elle doute de l'efficacité de "
     "la vidéosurveillance financée par le fonds interministériel de prévention de la "
     "délinquance.", True),
    ("Toulouse : la vidéosurveillance aide la police", "Un policier a repéré un trafic sur "
     "les écrans ; la caméra privée d'un restaurant a permis d'arrêter quatre "
     "malfaiteurs.", False),
    ("Vidéosurveillance : nouvelle alliée des enquêteurs ?", "À Clisson, le maire s'est "
     "laissé convaincre : 90 000 euros de caméras, placées avec les gendarmes. Elles n'ont "
     "encore servi qu'à retrouver des voleurs de carburant.", True),
    # A town's opposition asking for cameras, with no mayor or council named.
    ("Mandres : la liste d'opposition veut des caméras", "Elle regrette qu'aucun "
     "déploiement n'ait eu lieu et propose une police pluri-communale.", True),
    # A prefect's order for the gendarmerie's helicopters' cameras.
    ("Manifestation : l'arrêté du préfet est paru", "Il autorise les caméras installées "
     "sur des hélicoptères de la gendarmerie au-dessus du cortège.", True),
    # A Swiss canton's own government, named like the French Conseil d'État; but the
    # Genevois, the French area around Geneva, stays French.
    ("Vidéosurveillance : feu vert à Vernier", "Le Conseil d'État vaudois autorise la "
     "commune à poser douze caméras près de la gare.", False),
    ("Saint-Julien-en-Genevois pose douze caméras", "La commune du Genevois français "
     "installe douze caméras près de la douane.", True),
    # A French intercommunality's story naming the neighbouring country.
    ("Caméras : la communauté de communes choisit l'analyse vidéo", "Le territoire, à la "
     "frontière du Luxembourg, compte les piétons sur les images de ses caméras de "
     "vidéoprotection.", True),
    # Cameras to be put back (« réinstaller »), a network's decision as « installer » is.
    ("Quartier d'Orléans : une pétition pour le retour des caméras", "Les riverains "
     "demandent à la Collectivité de réinstaller des caméras aux entrées du quartier.", True),
    # A council installing « la vidéo-protection » beside its speed display signs.
    ("Quel rôle pour la nouvelle police municipale ?", "La municipalité crée une police "
     "municipale et installe la vidéo-protection et des radars pédagogiques.", True),
    # « le drone en gendarmerie »; a force's drone named by « celui des gendarmes ».
    ("Savoie : le drone en gendarmerie", "Comme les pompiers, le groupement compte deux "
     "télépilotes formés pour les grands événements.", True),
    ("Le département offre des drones", "Deux vont aux pompiers ; celui des gendarmes "
     "pourra surveiller une manifestation.", True),
    # Session 16. A prefect's orders letting communes film, among bank branches (no
    # banking biometrics); an authorisation is a decision on cameras.
    ("Loiret : huit arrêtés au recueil de juin", "Le préfet autorise les systèmes de "
     "vidéoprotection de trois communes, de deux agences bancaires et d'une pharmacie.",
     True),
    ("Les banques misent sur le visage", "Une agence bancaire propose le paiement par "
     "reconnaissance faciale à ses clients.", False),
    # A town's own drone filming its fêtes, tourists' drones over a village: no policing
    # named, no police drone (a municipal drone is one where the police are).
    ("La commune s'offre un drone", "Le service communication de la mairie filmera les "
     "marchés et toutes les manifestations de la ville.", False),
    ("Le drone municipal au service des toitures", "La ville inspecte les gouttières de "
     "ses écoles sans nacelle.", False),
    ("Trop de drones au-dessus du village", "Le maire veut limiter ceux des touristes, "
     "qui filment les remparts tout l'été.", False),
    ("Un drone au-dessus de la manifestation contre la réforme", "La ville de Nantes a "
     "vu l'appareil tourner au-dessus du cortège.", True),
    ("Carnaval : un drone autorisé", "La commune a obtenu l'accord de la préfecture pour "
     "les trois soirs du défilé.", True),
    ("Tourcoing : le maire veut un drone municipal", "Il le ferait voler au-dessus des "
     "quartiers pour la police municipale.", True),
    # Cameras taking visitors' temperature at a town hall's door: fever screening.
    ("La mairie installe deux caméras thermiques", "Elles prennent la température des "
     "visiteurs à l'entrée de l'hôtel de ville et du CCAS.", False),
    # A burglar caught « grâce à la vidéosurveillance » of a house: a crime story.
    ("Un adolescent arrêté grâce à la vidéosurveillance", "La fille de la propriétaire "
     "l'a vu escalader le portail et a prévenu la police municipale.", False),
    # A council moving its network's cameras.
    ("Nantes : les caméras du centre-ville redéployées", "Le conseil municipal a validé "
     "les nouveaux emplacements.", True),
])
def test_kinds_found_on_real_pages(title, summary, expected):
    assert relevant(title, summary) is expected


@pytest.mark.parametrize("title, summary", [
    ("Valence : la police espagnole filme les plages par drone", "La mairie valencienne "
     "défend le dispositif."),
    ("Cologne : le gouvernement allemand étend la vidéosurveillance", "Avec le ministère "
     "de l'Intérieur allemand, la mairie de Cologne finance 300 caméras."),
    # Institutions France does not have; a town the text places abroad; the police of a
    # region abroad (Mons, Laval, Bruges are also French communes).
    ("Mons : la zone de police installe des caméras intelligentes", "Le bourgmestre "
     "défend le projet sur la Grand-Place."),
    ("Laval (Québec) : la police teste la reconnaissance faciale", "Les images de ses "
     "enquêtes sont analysées par un logiciel."),
    ("Bruges : la police flamande installe des caméras de lecture de plaques", ""),
])
def test_a_foreign_authority_acting_in_a_french_homonym_is_foreign(title, summary):
    result = match_item(MatchInput(title, summary), MatchingConfig(), ForumConfig())
    assert result.foreign_only and not result.relevant


@pytest.mark.parametrize("title, summary", [
    # The country follows the name, or a nationality comes before it, and no foreign
    # authority is named: still the foreign town (Trèves, Aoste, Sion, Douvres are also
    # French communes).
    ("Caméras : à Bruges, un logiciel repère les rixes", "À Bruges, en Belgique, la "
     "commune a relié ses caméras à un logiciel d'analyse des images."),
    ("Drones au-dessus du carnaval", "À Aoste, en Italie, la police municipale a fait "
     "voler des drones pour surveiller le défilé."),
    ("Vidéosurveillance : la police étend son réseau", "La police de Cologne, en "
     "Allemagne, a installé 200 caméras de vidéosurveillance dans le centre."),
    ("Caméras : 200 de plus au centre-ville", "Le port espagnol de Valence installe 200 "
     "caméras de vidéosurveillance reliées à la police."),
    ("Reconnaissance faciale au port", "Au port de Douvres, en Angleterre, des caméras à "
     "reconnaissance faciale contrôlent les passagers."),
    # The story set abroad by its title or its first words.
    ("Suisse : la police de Martigny teste la reconnaissance faciale", "Les policiers "
     "comparent les visages filmés par les caméras de la ville à leurs fichiers."),
    ("Vidéosurveillance : Lévis double son réseau", "Au Québec, la ville de Lévis passe de 40 "
     "à 80 caméras, reliées à un centre de supervision."),
])
def test_a_town_the_text_places_abroad_is_not_tagged(title, summary):
    result = match_item(MatchInput(title, summary), MatchingConfig(), ForumConfig())
    assert result.communes == ()


def test_a_sentence_set_abroad_leaves_the_french_towns_of_the_others():
    """« En Belgique, … » sets its sentence abroad; beside towns placed in France, a
    town of another sentence stays French."""
    result = match_item(MatchInput(
        "Cimetières : la vidéosurveillance gagne les villages", "Frévent (62) pose six "
        "caméras. Sains-du-Nord en installe dix-sept. En Belgique, Juprelle, près de Liège, "
        "équipe aussi ses cimetières."), MatchingConfig(), ForumConfig())
    assert sorted(p.commune.code for p in result.communes) == ["59525", "62361"]


@pytest.mark.parametrize("title, summary", [
    # Neighbours watching for the gendarmerie (« comportements suspects » said of people);
    # a steeple inspected by drone, in a council's own feed.
    ("Participation citoyenne : réunion publique", "La gendarmerie présentera le dispositif "
     "de participation citoyenne : des référents de quartier signalent les comportements "
     "suspects."),
    ("Travaux : la tour de l'église inspectée par drone", "Un drone a inspecté le clocher "
     "avant sa restauration ; les images permettront de chiffrer les travaux."),
])
def test_council_look_alikes_are_not_relevant(title, summary):
    item = MatchInput(title, summary, "council", Scope(commune="37208"))
    assert not match_item(item, MatchingConfig(), ForumConfig()).relevant


def test_one_relevant_deliberation_in_a_councils_list_is_enough():
    item = MatchInput("Conseil municipal du 3 avril : les délibérations",
                      "Approbation du compte administratif ; demande de subvention pour "
                      "l'extension de la vidéoprotection au parking de la gare ; motion de "
                      "soutien aux agriculteurs.", "council", Scope(commune="56178"))
    result = match_item(item, MatchingConfig(), ForumConfig())
    assert result.relevant and [p.commune.code for p in result.communes] == ["56178"]


def test_a_border_towns_dateline_stays_in_a_french_story_naming_the_neighbour_country():
    result = match_item(MatchInput("Menton : des drones à la frontière italienne",
                                   "La police aux frontières fait voler des drones au-dessus "
                                   "de la gare, face à Vintimille, pour repérer les migrants "
                                   "venus d'Italie."), MatchingConfig(), ForumConfig())
    assert [p.commune.code for p in result.communes] == ["06083"]


def test_word_like_towns_named_in_a_list_of_towns_stay_beside_a_foreign_city():
    result = match_item(MatchInput("VSA : les clients de Wintics", "La start-up compte parmi "
                                   "ses clients les villes de Cannes, Orange et Sens ; à "
                                   "l'étranger, elle travaille à Bruxelles."),
                        MatchingConfig(), ForumConfig())
    assert [p.commune.code for p in result.communes] == ["06029", "84087", "89387"]


def test_a_french_town_beside_a_foreign_one_placed_abroad_stays():
    result = match_item(MatchInput("Lorient s'inspire de Cologne pour ses caméras",
                                   "Le maire de Lorient a visité le centre de supervision de "
                                   "la ville allemande de Cologne."),
                        MatchingConfig(), ForumConfig())
    assert [p.commune.code for p in result.communes] == ["56121"]


def test_a_french_village_named_like_the_foreign_city_is_not_tagged():
    # Montréal is also a village of the Aude.
    result = match_item(MatchInput("Au Canada, la police de Montréal teste la "
                                   "reconnaissance faciale", ""), MatchingConfig(), ForumConfig())
    assert result.communes == () and result.foreign_only


@pytest.mark.parametrize("title, summary, code", [
    # A French town compared with a foreign city, or named as a town beside a foreign
    # police, stays French.
    ("Comme Londres, Lyon veut la reconnaissance faciale", "", "69123"),
    ("La police suisse teste des drones ; Annecy s'y intéresse", "Le maire d'Annecy "
     "demande un rapport.", "74010"),
])
def test_a_french_town_beside_a_foreign_example_stays_french(title, summary, code):
    result = match_item(MatchInput(title, summary), MatchingConfig(), ForumConfig())
    assert result.relevant and [p.commune.code for p in result.communes] == [code]


def test_a_foreign_police_beside_a_french_one_stays_french():
    result = match_item(MatchInput("Menton : la police italienne et la police française "
                                   "patrouillent avec un drone", ""),
                        MatchingConfig(), ForumConfig())
    assert result.relevant and [p.commune.code for p in result.communes] == ["06083"]


def test_a_term_inside_a_longer_one_counts_once():
    # « centre de supervision » inside « centre de supervision urbain »: one term, the
    # longer; said twice in its own words, the shorter one still counts.
    from bot.matching.relevance import score_text
    once = score_text("Le centre de supervision urbain a ouvert.", MatchingConfig().keywords,
                      1.0, authority=True)
    assert [h.term for h in once.hits if h.counted and h.weight > 0] \
        == ["centre de supervision urbain"]
    twice = score_text("Le centre de supervision urbain a ouvert. Un autre centre de "
                       "supervision suivra.", MatchingConfig().keywords, 1.0, authority=True)
    assert {"centre de supervision urbain", "centre de supervision"} \
        <= {h.term for h in twice.hits if h.counted}


def test_no_vocabulary_term_is_listed_twice():
    # Two entries for one term: only the first ever counts, the other is dead weight.
    from collections import Counter
    terms = Counter(keyword.term for keyword in MatchingConfig().keywords)
    assert [term for term, count in terms.items() if count > 1] == []



@pytest.mark.parametrize("title, summary", [
    # Towns of the French-speaking countries around France, from GeoNames (no French
    # place bears their names): a story naming them and no French place is set abroad.
    ("Namur : le conseil communal vote 40 caméras", "La ville ajoute des caméras au "
     "centre et près de la gare."),
    ("Gatineau installe douze caméras dans ses parcs", "Le maire veut protéger les jeux "
     "pour enfants du vandalisme."),
    ("Vidéosurveillance : la police de Charleroi étend son réseau", ""),
])
def test_a_town_of_a_french_speaking_country_sets_the_story_abroad(title, summary):
    result = match_item(MatchInput(title, summary), MatchingConfig(), ForumConfig())
    assert result.foreign_only and not result.relevant


def test_a_small_commune_listed_beside_a_foreign_town_is_that_countrys_town():
    # Trois-Rivières is also a Guadeloupe commune of 8,000 people.
    result = match_item(MatchInput(
        "Vidéosurveillance : la police municipale crée un registre des caméras", "L'outil "
        "existe déjà à Longueuil et à Trois-Rivières, rappelle la présidente de la "
        "commission."), MatchingConfig(), ForumConfig())
    assert result.relevant and result.communes == ()


@pytest.mark.parametrize("title, summary, codes", [
    # Such a town's name as a word, or opening a sentence, is the word.
    ("Vidéoprotection : le boom des caméras à Rennes", "Jambes, bras, visages : le "
     "logiciel de la ville repère les silhouettes.", ["35238"]),
    # A French town listed beside a foreign one stays when it is more than a small town.
    ("Vidéoprotection transfrontalière : Tourcoing et Mouscron partagent leurs images",
     "Les deux polices visionnent les caméras de la frontière.", ["59599"]),
])
def test_foreign_towns_that_are_words_or_beside_french_cities(title, summary, codes):
    result = match_item(MatchInput(title, summary), MatchingConfig(), ForumConfig())
    assert result.relevant and [p.commune.code for p in result.communes] == codes


# A summary's sentence opening with a town and a verb of setting up cameras: the town
# acts, as in a title (« Rouen installe… »), and no other word says so.
@pytest.mark.parametrize("title, summary, expected", [
    ("Sécurité : de nouveaux équipements", "Vannes installe des caméras dans le centre "
     "historique.", True),
    ("Le quartier de la gare change", "Les travaux avancent. Lorient pose six caméras "
     "autour du parvis.", True),
    # not a company or a park doing so
    ("Une enseigne filme ses entrepôts", "Leroy installe des caméras dans ses entrepôts.",
     False),
    ("Le zoo s'équipe", "Le parc installe des caméras dans l'enclos des pandas.", False),
    # a summary opening on its town (« À Vierzon, … ») and a network counted as it is set
    # up, as a title's dateline would (« reçoit », « ont reçu » set it up too)
    ("Le Clos-du-Roy filmé", "À Vierzon, le Clos-du-Roy reçoit huit caméras.", True),
    ("Les écoles équipées", "À Lorient, les écoles ont reçu douze nouvelles caméras.", True),
    ("Un bourg s'équipe", "À quinze kilomètres de Vannes, Elven installe six caméras.",
     True),

    # not a crime the town's cameras filmed
    ("Un cambriolage élucidé", "À Vierzon, un voleur a été filmé par deux caméras.", False),
])
def test_a_town_setting_up_cameras_in_a_summary_sentence_is_the_authority(title, summary,
                                                                         expected):
    assert relevant(title, summary) is expected


@pytest.mark.parametrize("title, summary, expected", [
    # The regional council, capitalised, is a public authority; « la région », an area.
    ("VigiTER : les trains filmés en direct", "La Région équipe 110 rames de 1 400 "
     "caméras, dont les images partent en direct à son centre de sécurité.", True),
    ("Un documentaire sur les trains", "Dans la région, 1 400 caméras amateurs suivent "
     "les rames de nuit.", False),
    # Cameras that let pupils follow lessons from hospital are no surveillance.
    ("Le lycée équipé de caméras", "Les élèves hospitalisés suivent les cours à distance "
     "grâce à des caméras financées par la Région.", False),
    # A town's « conseil communal » is Belgian or Swiss; France's youth councils are not.
    ("Mies : un règlement pour les caméras", "Le conseil communal a adopté le règlement de "
     "la vidéosurveillance de la commune ; des caméras iront à la gare.", False),
    ("Le conseil communal des jeunes visite le CSU", "Le conseil municipal a voté six "
     "caméras de vidéoprotection ; les jeunes élus ont visité le centre de supervision.",
     True),
    # A drone filming for a film the town ordered is a film shoot, not surveillance.
    ("Alençon : un drone au-dessus de la basilique", "Une société tourne un film pour la "
     "ville sur l'orgue. Son pilote a un permis, et la préfecture doit autoriser chaque "
     "survol de lieux publics.", False),
    # Reading plates as a verb, with a public body: LAPI.
    ("Argenteuil passe au contrôle automatisé du stationnement", "Une voiture équipée de "
     "caméras lit les plaques des véhicules garés et les compare aux paiements. Les "
     "cartes mobilité s'enregistrent au bureau de la police municipale.", True),
    # Smart cameras that watch a forest for smoke are wildfire detection, not surveillance.
    ("Des caméras intelligentes contre les incendies", "Les détecteurs photographient le "
     "massif toutes les cinq secondes et alertent dès qu'une fumée trahit un départ de "
     "feu.", False),
    # Operators watching live images and sending patrols: « vidéo-patrouilles ».
    ("La RATP mise sur les vidéo-patrouilles", "Les images des bus sont retransmises en "
     "direct au PC sécurité.", True),
    # « Cnil » and « Lapi », as the press also writes them, are the acronyms.
    ("Des caméras sur la plage", "Trois caméras filment la promenade ; la Cnil demande "
     "des explications.", True),
    ("Angoulême : la voiture Lapi contrôle 23 000 véhicules par mois", "Elle relève les "
     "impayés du stationnement payant.", True),
    # A town that « va se couvrir de caméras » acts, as « Rouen installe » does.
    ("Marseille va se couvrir de caméras", "Une carte montre les 407 prochaines caméras "
     "prévues dans tous les quartiers.", True),
])
def test_kinds_found_in_session_18(title, summary, expected):
    assert relevant(title, summary) is expected


@pytest.mark.parametrize("title, summary, expected", [
    # « abattue avec un engin de chantier »: a machine, not a building site's cameras.
    ("Dix ans de caméras à Rennes", "La ville a redéployé ses caméras ; deux avaient été "
     "arrachées par un engin de chantier.", True),
    ("Vols sur les chantiers", "Des caméras de chantier ont été volées sur trois sites ; "
     "la police enquête.", False),
    # The authorities' other words for their cameras: « vidéovigilance », « vidéosécurité ».
    ("Le conseil municipal adopte un plan de vidéovigilance", "Le dispositif couvrira les "
     "abords des écoles et du marché.", True),
    # A town's webcam on a stork's nest is wildlife watching.
    ("Les cigognes de la mairie", "La mairie a installé une caméra sur son toit : elle "
     "filme jour et nuit, sept jours sur sept, le nid, et les images sont accessibles à "
     "tous.", False),
    # Radars that « lisent automatiquement les plaques » are plate readers, not speed
    # cameras.
    ("Des radars contre les véhicules polluants", "Les radars lisent automatiquement les "
     "plaques et les comparent au fichier des vignettes, annonce la métropole.", True),
    # A street named after a foreign city (« avenue de Milan ») sets nothing abroad.
    ("Vidéoprotection : trois caméras aux Fontaines", "L'adjoint à la sécurité annonce "
     "trois caméras avenue de Milan, près de la mairie annexe.", True),
    # « l'hôtel de ville » is the town's own body, as « la mairie » is.
    ("Dix caméras de plus", "Des agents suivent les écrans des caméras de surveillance jour "
     "et nuit dans une salle de l'hôtel de ville.", True),
    # « autorisée par le préfet de Bretagne à installer 23 caméras »: a prefect's
    # authorisation, however many words stand between.
    ("Saint-Méen-le-Grand s'équipe", "La commune a été autorisée par le préfet de Bretagne à "
     "installer 23 caméras ; une quinzaine filment déjà les écoles et les salles de sport.",
     True),
])
def test_kinds_found_in_session_19(title, summary, expected):
    assert relevant(title, summary) is expected


@pytest.mark.parametrize("title, summary, expected", [
    # A bank or a post office the town's cameras face is a filmed place, not a bank's
    # own biometrics or the postal service's drones.
    ("Le bourg s'équipe de caméras", "Le village a posé huit caméras : cinq sont orientées "
     "vers la banque, la poste et la pharmacie, trois filment le parking.", True),
    ("Sept caméras pour le centre", "Les élus ont voté sept caméras, dont deux devant la "
     "banque de la place du marché.", True),
    ("La banque mise sur la reconnaissance faciale", "Ses clients ouvriront un compte avec "
     "un selfie et une caméra de leur téléphone.", False),
    # A question puts its subject after the verb (« se dotera-t-elle de caméras ? »).
    ("Vesoul se dotera-t-elle un jour de caméras ?", "Pour l'instant, une seule caméra "
     "mobile tourne sur cinq secteurs du centre.", True),
    ("Les commerçants veulent-ils des caméras ?", "Une enquête de la chambre de commerce "
     "interroge les boutiques sur leur propre équipement.", False),
    # A network's images kept for a set time (« gardées 21 jours »); a shopkeeper's
    # camera stays his own.
    ("Le village change ses caméras", "Le maire et son adjointe peuvent regarder les "
     "images en direct, gardées 21 jours.", True),
    ("La boulangerie cambriolée", "Le gérant a remis aux gendarmes les images de sa "
     "caméra, gardées 30 jours.", False),
    # A title given alone placing cameras in a street named without « à ».
    ("Vitrolles : deux caméras de plus avenue de Verdun", "", True),
    ("Gien : six caméras place du Château", "", True),
    # A town council voting cameras outweighs the crime that prompted the vote.
    ("De nouvelles caméras à Vesoul", "Trois jours après le braquage d'une boulangerie, le "
     "conseil municipal a voté une caméra sur le site de la chaufferie, où des jeunes se "
     "réunissent la nuit.", True),
    ("Braquage d'une boulangerie", "Les caméras de la boutique ont filmé les deux hommes ; "
     "le conseil municipal de jeudi a voté le budget.", False),
    # The retention period said the other way round.
    ("Vesoul double la durée de conservation des images", "La Ville garde désormais 30 "
     "jours les images de ses 80 caméras ; les enquêteurs en profiteront.", True),
])
def test_kinds_found_in_session_20(title, summary, expected):
    assert relevant(title, summary) is expected


@pytest.mark.parametrize("title, summary, expected", [
    # A sentence handed down (« prison ferme », « avec sursis ») closes a crime story the
    # town's cameras only helped; a law's penalty (« puni de trois ans de prison ») is
    # no sentence.
    ("Vesoul : filmé par la vidéoprotection en train de voler un scooter", "Les caméras de "
     "la place ont repéré l'homme ; jugé lundi, il écope de six mois de prison ferme.",
     False),
    ("Les caméras de la gare ont surpris un tagueur", "La vidéoprotection l'a filmé ; il a "
     "été condamné mardi à trois mois de prison avec sursis.", False),
    ("Caméras sans autorisation : ce que risque le maire", "Installer un système de "
     "vidéoprotection sans l'accord du préfet est puni de trois ans de prison.", True),
])
def test_kinds_found_in_session_21(title, summary, expected):
    assert relevant(title, summary) is expected


@pytest.mark.parametrize("title, summary, kind, expected", [
    # A fire and rescue service's drone unit (« sécurité civile », « opérations de
    # secours ») flies for rescuers, not for the police, even on its own public site.
    ("La cellule drone", "Six télépilotes formés à la sécurité civile font voler trois "
     "drones, dont un Matrice à caméra thermique et zoom et un Mavic à haut-parleur.",
     "council", False),
    ("Nos drones", "Les images des caméras de nos deux drones aident le commandant des "
     "opérations de secours à voir toute la zone.", "council", False),
    ("Les gendarmes font voler un drone", "Le drone de la gendarmerie a filmé la "
     "manifestation ; la sécurité civile était aussi sur place.", "press", True),
])
def test_kinds_found_in_session_21_rescuers(title, summary, kind, expected):
    assert relevant(title, summary, kind) is expected



@pytest.mark.parametrize("title, summary, expected", [
    # « agents de surveillance de la voie publique » is a job title, not surveillance.
    ("Vesoul crée sa police municipale", "Aux trois agents de surveillance de la voie "
     "publique s'ajouteront cinq policiers municipaux, qui verbaliseront les dépôts "
     "sauvages.", False),
    ("Vesoul crée sa police municipale", "Cinq policiers municipaux assureront la "
     "surveillance de la voie publique et des bâtiments de la ville.", True),
])
def test_kinds_found_in_session_21_job_titles(title, summary, expected):
    assert relevant(title, summary) is expected


@pytest.mark.parametrize("title, summary, expected", [
    # Cameras « près des commerces et des banques » film the banks' street, as cameras
    # « devant la banque » do.
    ("Dix-sept caméras pour le bourg", "La mairie les posera aux entrées de ville et au centre, "
     "près des commerces et des banques.", True),
    ("Dix caméras pour le centre", "La mairie les pose à proximité de la banque et de la "
     "pharmacie.", True),
])
def test_kinds_found_in_session_21_filmed_banks(title, summary, expected):
    assert relevant(title, summary) is expected


@pytest.mark.parametrize("title, summary, kind, expected", [
    # « une étude pour lancer un réseau de vidéoprotection »: a town studying or launching
    # cameras decides on them, whatever else its news page lists.
    ("Lutte contre les cambriolages", "Le préfet rappelle la participation citoyenne. Une "
     "étude démarre pour lancer un réseau de vidéoprotection.", "council", True),
    ("Sécurité : le point", "La commune étudie la vidéoprotection ; la participation "
     "citoyenne reste en place.", "council", True),
    ("Participation citoyenne", "Les voisins signalent les faits suspects à la gendarmerie ; "
     "le préfet lance la campagne d'hiver.", "council", False),
])
def test_kinds_found_in_session_21_studies(title, summary, kind, expected):
    assert relevant(title, summary, kind) is expected


@pytest.mark.parametrize("title, summary, expected", [
    # A foreign authority that pays (« avancées par les autorités britanniques ») does not
    # make a French town's cameras a story set abroad; one that acts does.
    ("Sangatte : douze caméras pour la plage", "Le conseil municipal a voté douze caméras ; "
     "les factures seront avancées par les autorités britanniques.", True),
    ("Sangatte : douze caméras pour la plage", "Le conseil municipal a voté douze caméras, "
     "financées par le gouvernement britannique.", True),
    ("Douvres : douze caméras sur le port", "La police britannique a installé douze caméras "
     "sur les quais.", False),
])
def test_kinds_found_in_session_21_foreign_funders(title, summary, expected):
    assert relevant(title, summary) is expected


@pytest.mark.parametrize("title, summary, kind, expected", [
    # Cameras « aux abords des écoles, des salles de sport » film a town's sports halls;
    # a gym chain's face-scanning entrance is no town's camera.
    ("Souriez, vous êtes filmés", "La commune installe des caméras aux abords des écoles, "
     "des salles de sport et des terrains de jeux.", "council", True),
    ("Sécurité au stade", "Les nouvelles caméras de la ville filment les salles de sport "
     "et le city-stade.", "press", True),
    ("Reconnaissance faciale à l'entrée", "Une chaîne de salles de sport propose à ses "
     "abonnés d'entrer sans badge, grâce à une caméra.", "press", False),
])
def test_kinds_found_in_session_21_filmed_halls(title, summary, kind, expected):
    assert relevant(title, summary, kind) is expected


@pytest.mark.parametrize("title, summary, kind, expected", [
    # A drone against mosquitoes (« démoustication », « larvicide »), even the town's own
    # service's, is no police drone.
    ("Vesoul : un drone contre les moustiques", "Le drone du service de démoustication ne "
     "survole pas la ville, pour des raisons de sécurité.", "press", False),
    ("Le drone de l'étang", "Notre drone épand un larvicide sur les étangs ; il ne vole pas "
     "en ville, pour des raisons de sécurité.", "council", False),
    ("Vesoul : un drone de la police municipale", "Le drone de la ville survole le "
     "quartier du Montmarin pour la sécurité des habitants.", "press", True),
    # A bank or a post office a prefect authorises cameras for is an authorised site (the
    # labels count a recueil's authorisations), not a bank's biometrics.
    ("Recueil des actes de la préfecture de la Haute-Saône", "Arrêtés autorisant des "
     "systèmes de vidéoprotection : la Caisse d'épargne et la banque Kolb à Gray, La Poste "
     "à Lure.", "press", True),
    ("Recueil des actes de la Haute-Saône", "Arrêtés sur des systèmes de vidéoprotection : "
     "renouvellement pour la Banque populaire à Gray ; autorisations pour le magasin Action "
     "et le supermarché Leclerc de Lure.", "press", True),
    # « un projet de caméras arrive à … »: a decision in the making.
    ("Caméras fixes pour filmer des poubelles", "Un projet de caméras arrive à Gray ; une "
     "commune voisine a déjà filmé ses locaux à poubelles. Peut-on attaquer la mairie au "
     "nom de la proportionnalité ?", "press", True),
    # Telecare for the elderly (« téléassistance », « téléalarme ») is no surveillance of
    # public space, whatever its « capteurs », « algorithmes » and « surveillance ».
    ("Comment marche la téléassistance en France", "Capteurs, algorithmes et plateformes "
     "de surveillance 24 heures sur 24 détectent les chutes des personnes âgées.", "press",
     False),
    # Workplace cameras the Cnil sanctions (« vidéosurveillance au travail », « poste de
    # travail », « salles de repos ») are a company filming its staff.
    ("Caméras au travail : la Cnil sévit", "Seize entreprises ont reçu des amendes pour de "
     "la vidéosurveillance au travail, après des plaintes de citoyens.", "press", False),
    ("Vidéosurveillance : la Cnil sanctionne un transporteur", "Deux caméras filmaient en "
     "permanence les salariés à leur poste de travail et dans les salles de repos.", "press",
     False),
    # Camera traps against « incivilités » are a town's, as traps against dumping are;
    # a trap that films wildlife stays no surveillance.
    ("Les pièges photographiques tentent les maires", "Des villages en posent pour surprendre "
     "les incivilités près des points de collecte.", "press", True),
    ("Les pièges photographiques tentent les naturalistes", "Des bénévoles en posent pour "
     "surprendre les chamois près des points d'eau.", "press", False),
    # A sports hall cameras watch (« surveilleront la salle de sports ») is a filmed place,
    # as one they film is.
    ("Caméras : la commune passe à la vidéoprotection", "Huit caméras surveilleront la salle "
     "de sports et la mairie.", "council", True),
    # A school's cameras where the education authorities speak (« l'inspection académique »,
    # « le rectorat », « l'Éducation nationale ») are public cameras, as a town's are.
    ("Des caméras au collège Jean-Moulin font polémique", "Posées sans concertation, elles "
     "inquiètent les professeurs ; l'inspection académique parle de dégradations.", "press",
     True),
])
def test_kinds_found_in_session_22(title, summary, kind, expected):
    assert relevant(title, summary, kind) is expected


@pytest.mark.parametrize("title, summary, kind, expected", [
    # A school canteen's hand readers (« le contour de la main », « le restaurant
    # scolaire », « les demi-pensionnaires ») control access to meals, not public space;
    # a town refusing biometrics near its schools and canteen stays a debate.
    ("Biométrie : les lycées de la région adoptent la lecture de la main", "Au restaurant "
     "scolaire, une borne biométrique reconnaît la forme de la main des élèves.", "press",
     False),
    ("Cantines biométriques : vingt collèges équipés", "Les élèves passent au self en posant "
     "la main sur un lecteur biométrique ; la biométrie remplace la carte.", "press", False),
    ("Reconnaissance faciale : la ville refuse la biométrie dans l'espace public", "Le maire "
     "écarte tout dispositif biométrique aux abords des écoles et de la cantine.", "press",
     True),
    # The State's fund for towns' cameras cut short (« le fonds interministériel de
    # prévention », without « de la délinquance ») is still that fund.
    ("Débat au Sénat sur la sécurité", "Les caméras déplacent les problèmes, dit un sénateur : "
     "le fonds interministériel de prévention devrait payer des médiateurs.", "press", True),
    # « des écrans de fumée », a smokescreen, is a figure of speech, not the smoke that
    # wildfire cameras look for (which stays a look-alike).
    ("Vidéosurveillance : des écrans de fumée pour les élus ?", "Les caméras se multiplient "
     "dans les rues, mais la délinquance ne baisse pas, dit l'opposition municipale.",
     "press", True),
    ("Feux de forêt : des caméras guettent la fumée", "Les caméras des tours repèrent la "
     "fumée dès les premières minutes.", "press", False),
    # « la banque de données des images »: a database, no bank (a bank's biometrics
    # stays a look-alike).
    ("Caméras : la banque de données des images inquiète", "La police municipale de Sète "
     "garde 30 jours d'images de ses 60 caméras.", "press", True),
    ("Reconnaissance faciale : la banque simplifie l'ouverture de compte", "Un selfie "
     "suffit désormais pour devenir client.", "press", False),
    # A paywall's call (« Cet article est réservé aux abonnés ») is no club's subscribers.
    ("Saint-Saturnin s'équipe de 21 caméras", "La commune a voté l'installation de 21 "
     "caméras. Cet article est réservé aux abonnés. Déjà abonné ? Je me connecte.", "press",
     True),
    ("Reconnaissance faciale au stade", "Le club propose à ses abonnés d'entrer sans billet.",
     "press", False),
    # Images sent on to the police (« retransmises au commissariat ») are no webcast; a
    # council meeting « retransmis en direct » stays one.
    ("Lunel : les images des caméras retransmises au commissariat", "Les images des 40 "
     "caméras sont désormais retransmises en direct au commissariat.", "press", True),
    ("Le conseil municipal retransmis en direct", "Deux caméras filmeront les séances, "
     "retransmises sur le site de la ville.", "council", False),
    # the light bar (« la rampe lumineuse ») of a police car that reads number plates
    ("Des caméras cachées sur les voitures de police", "Quatre caméras logées dans la rampe "
     "lumineuse lisent les plaques d'immatriculation.", "press", True),
    # Council feeds' ordinary news: sessions broadcast live (« diffusées en direct »), a
    # camera filming the works for a time-lapse (« l'avancement des travaux »); images
    # watched « en direct sur les écrans » of a supervision centre stay surveillance.
    ("Conseil municipal : les séances désormais filmées et diffusées en direct", "Deux "
     "caméras ont été installées dans la salle du conseil.", "council", False),
    ("Travaux de la médiathèque : une caméra filme le chantier", "La mairie a installé une "
     "caméra qui prend une photo par heure pour suivre l'avancement des travaux.", "council",
     False),
    ("Le centre de supervision ouvre", "Les images des trente caméras seront regardées en "
     "direct sur les écrans du centre.", "council", True),
    # Staff time clocks and a gym's gates, biometric as they may be, watch no public space
    ("Salle de sport : entrée par reconnaissance faciale", "Le club de fitness teste un "
     "accès biométrique.", "press", False),
    ("Mairie : une pointeuse biométrique pour les agents", "Les agents des services "
     "techniques pointeront avec leur empreinte digitale, un système de biométrie validé par "
     "la Cnil.", "council", False),
    ("Une badgeuse à reconnaissance de l'empreinte", "Les employés municipaux badgeront avec "
     "leur doigt : la biométrie remplace la carte.", "council", False),
    # A network « en place » or growing (« des caméras mobiles s'y ajouteront ») in a
    # council's page about another scheme; an agenda's camera point among commas
    ("Participation citoyenne : une réunion publique", "Douze caméras sont déjà en place "
     "dans la commune et des caméras mobiles s'y ajouteront, a rappelé l'adjoint.",
     "council", True),
    ("Conseil municipal du 3 mars", "Ordre du jour : vente de parcelles au lotissement des "
     "Vignes, programme de vidéoprotection au titre du FIPD, tarifs de la cantine, "
     "subventions aux associations.", "council", True),
    ("Conseil municipal du 3 mars", "Ordre du jour : vente de parcelles au lotissement des "
     "Vignes, tarifs de la cantine, subventions aux associations, travaux de voirie.",
     "council", False),
    ("Les caméras sont en place au festival", "Les caméras de France 3 sont en place pour "
     "filmer le concert.", "press", False),
    # « une trentaine de caméras », « une dizaine de caméras »: a counted network (the
    # pattern wanted « dizaine d' », which no text writes before « caméras »); a
    # supermarket or a fire station near which the town's cameras stand is where they
    # are, not their owner
    ("Avenir incertain pour la vidéo en ville", "Une trentaine de caméras filment la ville "
     "depuis 1992, regardées par les policiers au commissariat.", "press", True),
    ("Une dizaine de caméras bientôt aux entrées du bourg", "La mairie posera une dizaine de "
     "caméras de vidéo-protection près de la caserne des pompiers, près d'un supermarché et "
     "à l'entrée d'une zone d'activité.", "press", True),
    ("Le supermarché installe des caméras", "Le gérant du supermarché a posé dix caméras "
     "dans les rayons.", "press", False),
    # an Ehpad whose cameras a recueil authorises is an authorised site, not an old
    # people's home's news
    ("Recueil des actes de la Mayenne", "La préfecture autorise des systèmes de "
     "vidéoprotection : l'Ehpad Le Verger de Jeanne à Laval, le Carrefour Market d'Ernée. "
     "Le recueil contient aussi un arrêté de sécurité routière.", "press", True),
    # a citizens' vote « pour ou contre des caméras », shopkeepers quoted
    ("Vidéoprotection : les habitants consultés", "À l'appel du maire, les habitants votent "
     "pour ou contre des caméras dans les rues ; le gérant d'un café se dit favorable.",
     "press", True),
    # The police's word for its patrols, « la surveillance générale » of the quarters
    ("Deux communes, une police municipale", "Les policiers municipaux assureront la "
     "surveillance générale des quartiers et des zones d'activité de la police "
     "pluri-communale, dit le maire.", "press", False),
    # The supervision centre's other name, « centre de surveillance urbain(e) »
    ("Un nouveau poste pour la police municipale", "Le maire attend la création d'un centre "
     "de surveillance urbain d'ici un an.", "press", True),
    ("Sécurité : la ville muscle sa police", "Un centre de surveillance urbaine ouvrira dans "
     "les locaux de la police municipale.", "press", True),
])
def test_kinds_found_in_session_23(title, summary, kind, expected):
    assert relevant(title, summary, kind) is expected



@pytest.mark.parametrize("title, summary, kind, expected", [
    # Cameras attacked are the story, however many court words it holds
    ("Trois mois de sursis pour le casseur", "Jugé en comparution immédiate, il avait "
     "tronçonné deux mâts de vidéoprotection du quartier ; il est condamné à du sursis.",
     "press", True),
    ("Quatre caméras sciées en une nuit", "Les caméras installées par la mairie près du "
     "collège ont été sciées ; le parquet a ouvert une enquête.", "press", True),
    ("Le casseur condamné", "Pendant le défilé, il s'était acharné sur les caméras de la "
     "ville ; il est condamné à huit mois de prison avec sursis.", "press", True),
    # a landlord's or a shop's cameras: no public body's
    ("Cité des Lilas : 20 caméras détruites", "Les caméras du bailleur, dans les halls de "
     "l'immeuble, ont été détruites ; trois jeunes sont jugés en comparution immédiate.",
     "press", False),
    # self-checkouts' cameras with video analytics: a shop's own
    ("Supermarché : l'IA veille aux caisses", "Une caméra augmentée filme les gestes des "
     "clients aux caisses libre-service et alerte le vigile.", "press", False),
    ("La ville équipe ses caméras d'IA", "La mairie dote ses caméras augmentées d'un "
     "logiciel de détection des rodéos.", "press", True),
    # cameras that film the crime stay incidental
    ("Vol de scooter : condamné", "Filmé par les caméras du magasin, le voleur est "
     "condamné à quatre mois de prison avec sursis.", "press", False),
])
def test_kinds_found_in_session_24(title, summary, kind, expected):
    assert relevant(title, summary, kind) is expected


@pytest.mark.parametrize("title, summary, kind, expected", [
    # a town's supervision centre by its shortest name, next to a public body
    ("Quarante écrans, jour et nuit", "Au centre de surveillance, l'élue à la sécurité "
     "montre les vingt caméras posées cet hiver.", "press", True),
    ("Le centre de surveillance ouvre", "La police municipale suit désormais les caméras "
     "de la ville depuis un centre de surveillance.", "press", True),
    # air traffic's and sea rescue's centres are no cameras'
    ("Le centre de surveillance du trafic fête ses 50 ans", "Ses contrôleurs suivent "
     "chaque jour 3 000 avions au-dessus de l'Atlantique.", "press", False),
    # road-weather cameras watch the snow on the roads, not people
    ("Six caméras sur les routes du plateau", "Le Département installe six caméras pour "
     "voir les conditions de circulation en hiver ; les images sont en ligne.", "press", False),
    ("Neige : des caméras aux cols", "Pour la viabilité hivernale, la commune pose trois "
     "caméras qui montrent l'état de la chaussée.", "press", False),
    # a recueil's other acts (a slaughterhouse, forest fires) say nothing against its
    # cameras; in a story, the same words still count
    ("Préfecture : recueil n° 12 du 3 mars", "Budget de l'abattoir du syndicat ; liste des "
     "pompiers aptes aux feux de forêt ; vidéosurveillance autorisée pour un magasin.",
     "press", True),
    ("Feux de forêt : la préfecture s'équipe", "Une caméra surveille les massifs pour "
     "repérer les départs de feux de forêt.", "press", False),
    # a recueil's cameras « implanted » at a bank are the authorised site's
    ("Recueil du 31 mars", "Un arrêté du 11 mars porte implantation d'un système de "
     "vidéosurveillance à l'agence de la Banque populaire d'Ussel.", "press", True),
    # rescue drones (the firefighters' « secours à personne »)
    ("Recueil du 30 octobre", "Arrêté autorisant des caméras installées sur des aéronefs "
     "pour le secours à personne.", "press", False),
    # a drone order for one aircraft
    ("Recueil du 7 mai", "Arrêté autorisant la captation d'images au moyen d'une caméra "
     "installée sur un aéronef.", "press", True),
])
def test_kinds_found_in_session_25(title, summary, kind, expected):
    assert relevant(title, summary, kind) is expected
