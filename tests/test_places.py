"""Commune recognition in French news text, as readable tables of
(text, expected INSEE codes)."""
from __future__ import annotations

import re

import pytest

from bot.matching.commune_evidence import SIGNALS, shipped_weights, weigh, weights_from_json
from bot.matching.communes import foreign_towns, gazetteer
from bot.matching.places import Scope, explain_communes, find_communes
from bot.matching.text import normalise


def codes(text: str, scope: Scope = Scope()) -> list[str]:
    return [p.commune.code for p in find_communes(text, scope)]


def test_the_shipped_foreign_towns_are_no_french_places():
    """From GeoNames at build time (scripts/build_foreign_towns.py)."""
    towns, words = foreign_towns()
    assert {"Liège", "Namur", "Lausanne", "Sherbrooke", "Longueuil"} <= set(towns)
    assert {"Liège", "Jambes"} <= words <= set(towns)
    french = {normalise(c.name, fold_accents=True) for c in gazetteer().communes.values()}
    assert not {normalise(t, fold_accents=True) for t in towns} & french
    assert not {"Laval", "Mons", "Trois-Rivières"} & set(towns)


def test_the_shipped_first_names_are_common_first_names_and_no_towns():
    """From gender-guesser's name list at build time (scripts/build_communes.py)."""
    first_names = gazetteer().first_names
    assert {"Patrick", "Jean-Pierre", "Sophie", "Grégory"} <= first_names
    assert not {"Nantes", "Technopolice", "Grand", "Auray"} & first_names


@pytest.mark.parametrize("text, expected", [
    # Homonyms settled by context.
    ("La mairie de Saint-Denis (93) achète des licences", ["93066"]),
    ("À Saint-Denis, en Seine-Saint-Denis, la VSA arrive", ["93066"]),
    ("Saint-Denis de La Réunion installe des caméras", ["97411"]),
    ("Saint-Denis installe des caméras", ["97411"]),  # no clue: most populous
    ("Saint-Denis (11) vote la vidéoprotection", ["11339"]),
    # Longest match wins.
    ("Saint-Denis-de-Pile s'équipe", ["33393"]),
    ("Le conseil de Bar-le-Duc a voté", ["55029"]),
    # Spellings: apostrophes, hyphens, St/Ste, articles.
    ("L’Haÿ-les-Roses et St-Étienne", ["94038", "42218"]),
    ("Les caméras du Havre et de La Rochelle", ["76351", "17300"]),
    ("Saint Germain en Laye investit", ["78551"]),
    # Arrondissements go to their commune.
    ("Dans le 15e arrondissement de Paris", ["75056"]),
    ("Marseille 3e : nouvelles caméras", ["13055"]),
    # Names that are also words need evidence that they are the town.
    ("Orange annonce des résultats", []),
    ("La police municipale d'Orange s'équipe", ["84087"]),
    ("Un sens de la mesure", []),
    ("À Tours, la mairie vote", ["37261"]),
    # Streets and landmarks are not the town.
    ("Rue de Paris à Montreuil", ["93048"]),
    ("Les départements de la Seine-Saint-Denis et du Nord", []),
    # Lower-case words are never towns; nor is a capital at a sentence start that
    # only the article carries.
    ("une belle caméra nice et des tours", []),
    ("Le plan d'implantation des caméras", []),
    # Accent-free spellings, as a fallback.
    ("Saint-Etienne et Evry-Courcouronnes", ["42218", "91228"]),
    # Large towns called by a short form.
    ("Les caméras d'Aix, comme à Marseille", ["13001"]),  # a comparison, not the place
    ("Évry et Charleville votent", ["91228", "08105"]),
    ("Saint-Ouen, Saint-Denis et Aubervilliers", ["93070", "93066", "93001"]),
    ("Aix-les-Bains (Savoie)", ["73008"]),
    # Seats of courts and companies, clubs, intercommunalities, people.
    ("Le tribunal administratif de Grenoble annule la décision de Moirans", ["38239"]),
    ("La start-up, née à Metz, équipe la ville de Nice", ["06088"]),
    ("L'Olympique de Marseille et le FC Nantes", []),
    ("Le Grand Paris et Toulouse Métropole", []),
    ("Le Premier ministre Jean Castex inaugure des caméras à Paris", ["75056"]),
    ("Hier Marseille a voté, Désormais Lyon suit", ["13055", "69123"]),
    ("Nice-Matin révèle que la ville de Cannes", ["06029"]),
    ("Des caméras à Châtelet-Les Halles", []),
    # Headlines opening with the town.
    ("Nice : un logiciel de prédiction", ["06088"]),
    ("Tours : la mairie vote", ["37261"]),
    # Names with a lower-case word other than the usual particles (« près », « devant »).
    ("Des drones au-dessus de Rosières-près-Troyes et de Villers-devant-Dun.",
     ["10325", "55561"]),
    ("Des caméras à Artigues-pres-Bordeaux.", ["33013"]),  # written without its accent
])
def test_recognition(text, expected):
    assert codes(text) == expected


def test_every_commune_is_found_by_its_official_name():
    """A local group's town is found by its official name, whatever lower-case words it
    holds (« Rosières-près-Troyes », « Entre-Deux »); the few left out are written with
    brackets (« Château-Chinon (Ville) ») or with a lower-case word no other name uses."""
    from bot.matching.places import _mentions, _particles
    from bot.matching.text import normalise

    missed = []
    for commune in gazetteer().communes.values():
        text = f"Vidéoprotection.\nDes caméras seront installées à {commune.name} cette année."
        start = text.index(commune.name)
        mentions, _ = _mentions(text, normalise(text))
        if not any(m.start == start and m.end == start + len(commune.name) for m in mentions):
            missed.append(commune.name)
    assert len(missed) < 20
    assert all("(" in name or any(word.islower() and word not in _particles()
                                  for word in re.split(r"[\s'’-]+", name))
               for name in missed), missed


def test_feed_scope_settles_homonyms():
    assert codes("Saint-Denis : vote du budget", Scope(commune="93066")) == ["93066"]
    assert codes("Saint-Denis : vote du budget", Scope(departement="93")) == ["93066"]


def test_a_council_feeds_own_town_settles_its_neighbours_homonyms():
    # Chelles is a town of Seine-et-Marne and a village of the Oise; the feed of
    # Compiègne (Oise) speaks of its neighbour.
    text = "Les caméras de Chelles seront reliées au centre de supervision."
    assert codes(text, Scope(commune="60159")) == ["60145"]
    assert codes(text) == ["77108"]


def test_a_council_feeds_supplier_named_with_its_home_is_not_a_neighbour():
    # « Le bureau d'études Alcéa, de Rennes, » : a company and its home, after a comma;
    # an installer's clients stay towns of the story.
    text = ("Conseil municipal : extension de la vidéoprotection.\nLe conseil approuve "
            "l'achat de huit caméras. Le bureau d'études Alcéa, de Rennes, a rendu son rapport.")
    assert codes(text, Scope(commune="56121")) == []  # the feed adds its own town
    hosted = ("Nîmes : 50 caméras de plus.\nLes images seront conservées un mois sur des "
              "serveurs de la société Cityzen, à Toulouse.")
    assert codes(hosted) == ["30189"]
    clients = ("Vidéoprotection : un installateur breton se développe.\nL'entreprise a "
               "équipé les communes de Vannes, d'Auray et de Lorient.")
    assert codes(clients) == ["56260", "56007", "56121"]


def test_never_inside_a_word():
    assert codes("Les Parisiens et les Niçois") == []


def test_towns_named_like_accented_first_names_need_evidence():
    # Gaël, Léon, François: first names with accents, read from gender-guesser's UTF-8
    # list by scripts/build_communes.py, mark these villages as words.
    places = gazetteer()
    assert all(places.communes[code].needs_evidence for code in ("35117", "40150", "79128"))
    assert codes("Léon présente les caméras du marché de Dax.") == ["40088"]


def test_a_town_whose_word_is_rare_is_no_word():
    """Word frequencies ignore case: « vitré », « muret », « rodez » are frequent only as
    towns (the build compares each name's frequency with what towns of its size get), so
    they need no evidence; « plaisir », « tours », « sens » still do."""
    places = gazetteer()
    assert not any(places.communes[code].risky for code in ("35360", "31395", "12202"))
    assert all(places.communes[code].risky for code in ("78490", "37261", "89387"))
    assert codes("Vitré installe des caméras") == ["35360"]
    assert codes("Muret installe des caméras") == ["31395"]
    # only their unaccented form is a word (« celle », « ville »): risky when written so
    assert all(places.communes[code].risky_without_accents for code in ("41030", "67507"))
    assert not places.communes["41030"].risky_as("Cellé")
    assert places.communes["41030"].risky_as("Celle")


def test_the_shipped_demonyms_are_the_towns_and_no_common_words():
    """Built from the names and word frequencies (scripts/build_communes.py): a regular
    demonym French text uses, no more than the town's size explains."""
    demonyms = dict(gazetteer().demonyms)
    assert {word: demonyms.get(word) for word in ("marseillais", "niçois", "lyonnais",
                                                  "strasbourgeois", "montpelliérain")} \
        == {"marseillais": "13055", "niçois": "06088", "lyonnais": "69123",
            "strasbourgeois": "67482", "montpelliérain": "34172"}
    assert not {"bourgeois", "gardien", "moulin", "valois"} & set(demonyms)


@pytest.mark.parametrize("text, expected", [
    # After a phrase about surveillance, a demonym names the town deploying…
    ("La VSA marseillaise devant la cour d'appel\nLe tribunal administratif de Marseille "
     "avait rejeté le recours.", ["13055"]),
    ("La police municipale niçoise teste des caméras-piétons.", ["06088"]),
    ("Les caméras lilloises et la vidéosurveillance parisienne en débat.", ["59350", "75056"]),
    ("Le métro lyonnais teste la détection des bagages abandonnés.", ["69123"]),
    ("Vidéoprotection : des caméras dans les bus rennais.", ["35238"]),
    # … after a march filmed there…
    ("Drones : le préfet autorise le survol de la manifestation nantaise.", ["44109"]),
    # … after its councillors…
    ("Vidéoprotection : le CSU veillera jusqu'à 2 heures, assure l'élu toulonnais délégué "
     "à la sécurité.", ["83137"]),
    # … not after a company, an intercommunality, a club or another office.
    ("L'éditeur nantais vend son logiciel de police prédictive à 350 villes.", []),
    ("Vidéoprotection : le député toulonnais interroge le ministre.", []),
    ("La métropole lilloise étend la vidéoprotection des gares.", []),
    ("Drones : la start-up grenobloise lève deux millions.", []),
])
def test_a_demonym_after_a_surveillance_phrase_is_the_town(text, expected):
    assert sorted(codes(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Boulogne-sur-mer : la ville étend la vidéoprotection.", ["62160"]),
    ("Pont-à-mousson installe des caméras de vidéoprotection.", ["54431"]),
    # a long name whose first and last words keep their capitals
    ("Des drones au-dessus de Notre dame des Landes, selon un tract.", ["44111"]),
    ("Vidéoprotection : Saint martin de Ré ajoute six caméras.", ["17369"]),
    # the first word still needs its capital
    ("Des caméras à boulogne-sur-mer, selon un tract.", []),
    ("Des caméras à notre dame des Landes, selon un tract.", []),
])
def test_a_hyphenated_name_the_press_lowers_after_its_particle(text, expected):
    assert codes(text) == expected


# Names that are not where the story happens (kinds of errors met on news the matcher
# was not written for; sentences of our own, not copies of the labelled items).
@pytest.mark.parametrize("text, expected", [
    # A first name before a surname is a person.
    ("Lors du conseil, Yves Martin a présenté le projet de caméras de Montbéliard.",
     ["25388"]),
    ("Gilles Platret, maire de Chalon, a inauguré le centre de supervision.", ["71076"]),
    # A landmark to locate another place.
    ("Le drone a survolé Tourrette-Levens, à 15 km de Nice.", ["06147"]),
    ("Le quartier est au nord de Bastia, à Ville-di-Pietrabugno.", ["2B353"]),
    # Precedents and comparisons.
    ("Dix caméras de plus à Vannes. Contrairement à Lorient, la ville n'en avait jamais eu ; "
     "à la différence de Quimper, elle verbalisera à distance.", ["56260"]),
    ("Dix caméras de plus à Vannes, qui s'inspire de ce qui a été fait à Lorient.",
     ["56260"]),
    ("Des caméras-piétons pour les policiers de Vannes\n« On a vu ce que ça donnait à Lorient », "
     "explique l'adjoint.", ["56260"]),
    ("Comme à Nice et à Marseille, Antibes va déployer des caméras.", ["06004"]),
    # … but towns given as examples that the list's verb reports as equipped are tagged.
    ("Tours inaugure son hyperviseur urbain.\nD'autres villes, comme Orléans, ont déjà "
     "franchi le pas.", ["37261", "45234"]),
    ("Après Saint-Denis, c’est Montreuil qui teste la VSA.", ["93048"]),
    ("Après Nice, Marseille, Bordeaux ou Ajaccio, Lunel arme ses policiers de caméras.",
     ["34145"]),
    ("Toulon teste la VSA, un an après la ville de Nice.", ["83137"]),
    ("À deux heures de Paris, Vierzon teste la VSA.", ["18279"]),
    # A neighbour or a side given as a landmark.
    ("Bron, commune voisine de Lyon, ajoute vingt caméras.", ["69029"]),
    ("De l'autre côté de Bordeaux, Lormont installe des caméras.", ["33249"]),
    # The same supplier « que » other towns: a comparison.
    ("Agde prend le même installateur de caméras que Sète et Béziers.", ["34003"]),
    # A person's past office, whatever it was; a police station is a seat.
    ("Un ancien gendarme de Millau pilote les caméras de Rodez.", ["12202"]),
    ("Les images des caméras de Blagnac partent au commissariat de Toulouse.", ["31069"]),
    # A sub-prefect's seat; a district named like a village; the north of a city is the
    # city; a town inside a hyphenated name says where the story is.
    ("Le sous-préfet de Pointe-à-Pitre autorise les caméras de Baie-Mahault.", ["97103"]),
    ("Huit caméras pour le quartier Saint-Michel, à Angers.", ["49007"]),
    ("Le maire veut des caméras dans les quartiers nord de Nîmes.", ["30189"]),
    ("Aéroport Bâle-Mulhouse : la police filme les parkings de Saint-Louis.", ["68297"]),
    # A name followed by « d'Azur », « d'Angély »: part of a longer name.
    ("Des caméras sur la Côte d'Azur, à Menton.", ["06083"]),
    # A verb at the start of a sentence is not a former commune written without its
    # accent (Liré).
    ("Lire le rapport : à Tulle, dix caméras de plus.", ["19272"]),
    # A one-word name frequent in French for another reason (a Paris station, a
    # surname) is not a village written without its article (Le Châtelet, Cher).
    ("Les gares, dont Châtelet et Saint-Lazare, testent la VSA.", []),
    # An area named after a town.
    ("Dans le pays de Lorient, Lanester installe des caméras.", ["56098"]),
    # « Saint-Cyr » beside the full names is one of them, not a former commune.
    ("Saint-Cyr : caméras à Saint-Cyr-sur-Loire et à Saint-Cyr-sur-Mer.", ["37214", "83112"]),
    # The last name after a comparison's list is the subject when a verb follows it.
    ("Après Nice et Marseille, Toulon s'équipe de la VSA.", ["83137"]),
    # A past event named after a town; « comme celle de »: precedents.
    ("Depuis les émeutes de Villiers-le-Bel, Garges-lès-Gonesse filme ses rues.", ["95268"]),
    ("La police municipale de Metz, comme celle de Thionville, porte des caméras.",
     ["57463"]),
    # A city's districts named like villages elsewhere; a small town of the city's
    # own department, or one of a long list of clients, stays.
    ("Marseille : des caméras à Saint-Loup et à Saint-Marcel.", ["13055"]),
    ("Nice et Vence installent des caméras.", ["06088", "06157"]),
    ("Briefcam équipe Nice, Moirans, Vannes et Roubaix.", ["06088", "38239", "56260", "59512"]),
    # Streets and buildings named after towns.
    ("Une caméra sera posée rue Thiers, à Tulle.", ["19272"]),
    ("Un écran géant près de l’Hôtel de Ville de Lorient.", ["56121"]),
    ("Le rond-point d’Avignon, à Carpentras, sera filmé.", ["84031"]),
    # Departments named like their prefecture, and nouns after an article.
    ("Le conseil départemental de la Mayenne finance des caméras à Laval.", ["53130"]),
    ("En Corrèze, Tulle ajoute dix caméras.", ["19272"]),
    ("Besançon, la ville du Doubs, ajoute dix caméras.", ["25056"]),
    # … in brackets after a town, or after « département de » without an article; a
    # name inside a department's (« Saône » in Saône-et-Loire) places nothing.
    ("Tulle (Corrèze) ajoute dix caméras ; Laval (Mayenne) aussi.", ["19272", "53130"]),
    ("Brive : dix caméras près de la gare.\nLa commune, dans le département de Corrèze, "
     "s'équipe de vidéoprotection.", ["19031"]),
    ("Charnay : dix caméras.\nLa commune, en Saône-et-Loire, s'équipe.", ["71105"]),
    ("À Mayenne, la mairie ajoute dix caméras.", ["53147"]),
    # A title's dateline before the State's bodies, the text naming the department with
    # its article: the department; before the town's own bodies, the town.
    ("Vienne : le préfet autorise des drones.\nLe préfet de la Vienne a signé l'arrêté "
     "pour les fêtes.", []),
    ("Mayenne : la préfète autorise des drones.\nLa préfète de la Mayenne les autorise "
     "à Laval.", ["53130"]),
    ("Mayenne : la ville vote vingt caméras.\nLa préfecture de la Mayenne doit encore "
     "les autoriser.", ["53147"]),
    ("Un drone au-dessus de la Croisette, à Cannes.", ["06029"]),
    ("Pour la Palme d’or de la vidéosurveillance, Béziers est candidate.", ["34032"]),
    # Big towns whose names are also words: the capitalised name is the town.
    # … and after a capitalised event's name (« au Festival de Cannes »: where the
    # cameras were tested, which the dev labels tag).
    ("Caméras augmentées : un bilan mitigé.\nDes tests ont eu lieu pendant des concerts et "
     "au Festival de Cannes.", ["06029"]),
    ("Cannes équipe ses policiers municipaux de caméras-piétons.", ["06029"]),
    ("Valenciennes étend son réseau de caméras.", ["59606"]),
    ("Carnaval de Nice : des drones autorisés au-dessus du cortège.", ["06088"]),
    # A sub-prefecture that authorises is not where it happens.
    ("La sous-préfecture de Lorient autorise un drone à Lanester.", ["56098"]),
    # Short forms of big towns against tiny homonyms; rivers named like departments.
    ("Saint-Maur installe des caméras au bord de la Marne.", ["94068"]),
    ("Saint-Maur (Indre) : neuf caméras pour le stade.", ["36202"]),
    # Ligatures as often typed: Schœlcher written Schoelcher.
    ("Dix caméras de plus à Schoelcher.", ["97229"]),
    # A district named like a commune elsewhere is that district throughout the text,
    # however else it is named; « un quartier de », « les quartiers de » are the town.
    ("Caméras à Bellefontaine : le conseil de Toulouse vote le projet pour le quartier "
     "de Bellefontaine.", ["31555"]),
    ("Metz : le quartier Vallières aura ses caméras. À Vallières, les habitants "
     "approuvent.", ["57463"]),
    ("Laval : le quartier de Belleville aura ses caméras. À Belleville, les riverains "
     "approuvent.", ["53130"]),
    ("Douze caméras dans les quartiers de Quimper.", ["29232"]),
    ("Metz : des caméras dans les quartiers de Vallières et de Borny.", ["57463"]),
    # A person's home is not where the story happens.
    ("À Nantes, une élue qui vit à Rezé dénonce les caméras du centre.", ["44109"]),
    ("Haguenau (Bas-Rhin) verbalise par caméras. Une riveraine de Weitbruch s'en plaint, "
     "une autre, de Kurtzenhouse, s'en félicite.", ["67180"]),
    # Names seen only as what they are not (a first name, a station) settle no homonym.
    ("Saint-Étienne : Gaël Perdriau défend les micros de la ville.", ["42218"]),
    ("VSA testée gare de Lyon, à Paris.", ["75056"]),
    ("La VSA a été testée dans les gares de Lyon et de l'Est, à Paris.", ["75056"]),
    # A department named after « préfecture de », « préfet de » without its article.
    ("La préfecture de Vaucluse autorise des drones à Carpentras.", ["84031"]),
    # A word glued by an apostrophe to another capitalised word is part of that name.
    ("Rouen : des caméras à la Grand’Mare et aux Sapins.", ["76540"]),
    # A church's dedication is not the town.
    ("À Sens, la mairie filme le parvis de l’église Saint-Denis.", ["89387"]),
    # A person from a town; towns given as examples; a precedent « la même … à ».
    ("Un motard de Lens conteste la vidéoverbalisation à Arras.", ["62041"]),
    ("Le maire de Dax prend pour exemple Biarritz et Bayonne pour ses caméras.", ["40088"]),
    ("Agen relie ses caméras au CSU. La même solution avait été retenue à Albi.",
     ["47001"]),
    # An intercommunality's name after a spaced dash; where traffic comes from; a town
    # compared; a town said to be left out; a jetty named after a person.
    ("Chelles rejoint le CSU.\nIl est financé par Paris – Vallée de la Marne.", ["77108"]),
    ("Caméras à Grenoble – La mairie en ajoute dix", ["38185"]),
    ("Des lecteurs de plaques sur les routes venant de Nîmes, d’Uzès et de Sommières, à "
     "Alès.", ["30007"]),
    ("Quatre caméras filment l'entrée du bourg pour qui arrive de Quimper ou de Briec, à "
     "Landrévarzec.", ["29106"]),
    ("Le recueil de l'Ariège autorise les caméras de Foix, et une restriction du transport "
     "de carburant à Lavelanet, Mirepoix et Pamiers.", ["09122"]),
    ("Drone des gendarmes au-dessus du festival de Carhaix (Finistère) ; deux blessés "
     "évacués vers les hôpitaux de Morlaix et de Brest.", ["29024"]),
    ("Des caméras installées à l'hôpital de Morlaix (Finistère).", ["29151"]),
    ("Plages : un drone à Pornic et à Saint-Brevin\nLa préfecture a aussi envoyé des "
     "gendarmes à cheval, basés au Lion-d'Angers.", ["44131", "44154"]),
    ("Somme : deux drones font respecter le confinement\nLes drones survolent les plages. La "
     "Garde républicaine viendra à cheval la semaine prochaine.", []),
    ("Drone au-dessus de la plage. À Wissant, aucune contravention n'a été dressée.",
     ["62899"]),
    ("Des caméras aux entrées du bourg\nLe maire les a achetées à la société « Sécur Plus », "
     "dont le siège est à Lézignan-Corbières et une annexe à Carcassonne. Trois caméras "
     "filment déjà les entrées.", []),
    ("Le maire de Vichy compare sa ville à Moulins pour le nombre de caméras.", ["03310"]),
    ("Drones autorisés à Lens ; Liévin, où la fête a lieu, n’est pas concernée.", ["62498"]),
    ("Des caméras sur la jetée Thiers et la plage, à Arcachon.", ["33009"]),
    # A system « qui rappelle celui mis en place à » another town: a comparison.
    ("Alès teste des haut-parleurs sur ses caméras, un système qui rappelle celui mis "
     "en place à Nîmes.", ["30007"]),
    # « le même jour », « rappelle que »: a date and a reminder, not a comparison.
    ("Le même jour à Lyon, des drones ont survolé la manifestation.", ["69123"]),
    ("Le maire rappelle que les caméras installées à Nice sont utiles.", ["06088"]),
    # A region's adjective settles homonyms in mainland regions too.
    ("La commune alsacienne de Saint-Louis installe des caméras.", ["68297"]),
    # « Le Lorrain » is a town of Martinique, not the adjective of Lorraine.
    ("Le Lorrain et Saint-Pierre installent des caméras.", ["97214", "97225"]),
    # In a story set overseas, a mainland village named by its name alone is a local
    # place.
    ("En Guadeloupe, Lamentin installe des caméras à Grand-Camp.", ["97115"]),
    # A company's seat; a large town named exactly beside a longer name that starts
    # like it; a town inside a hyphenated name.
    ("Poissy installe une caméra fournie par une société de Versailles.", ["78498"]),
    ("Clichy et Clichy-sous-Bois installent des caméras.", ["92024", "93014"]),
    ("Valence-d’Agen installe des caméras.", []),
    # A negated action's place; but not across « que ».
    ("Drones sur Bordeaux : ils ne survoleront pas la rive droite, à Floirac.", ["33063"]),
    ("On ne peut pas nier que les caméras de Tulle sont utiles.", ["19272"]),
    # Towns the text says are not in the order, or were taken off the list; a plateau
    # named after a town.
    ("Drones autorisés à Brest ; Guipavas et Plougastel ne figurent pas dans l’arrêté.",
     ["29019"]),
    ("Les drones restent à Lorient. Lanester avait été retirée de la liste.", ["56121"]),
    ("Sur le plateau de Millau, Creissels installe des caméras.", ["12084"]),
    # A past office « à », a canton: a person's other office, an area.
    ("Le candidat, ancien gendarme à Muret, veut des caméras à Toulouse.", ["31555"]),
    ("Le maire de Forbach, élu du canton de Saint-Avold, vote les caméras.", ["57227"]),
    # A town opening a sentence of the text is what the sentence is about: the dev
    # labels tag a town reported as equipped even in passing; one « restée en dehors »
    # is left out.
    ("Lorient : vingt caméras de plus.\nLanester, voisine, en compte déjà une trentaine.",
     ["56121", "56098"]),
    ("Antibes et Vallauris signent une convention.\nGrasse reste en dehors de l’accord.",
     ["06004", "06155"]),
    # « la commune des X », « le maire du X »: the town of a name with an article.
    ("La commune des Deux Alpes filme les casiers à skis.", ["38253"]),
    # A precedent « après » in the story's department is a deployment reported nearby,
    # which the dev labels tag (e069, d012); a far one is a comparison.
    ("Après Vitré et Fougères, c’est au tour de Janzé de voter des caméras.",
     ["35360", "35115", "35136"]),
    ("Après Nice et Marseille, c’est au tour de Janzé de voter des caméras.", ["35136"]),
    # The place of a trial, a police school: seats.
    ("Formés à l’école de police de Nîmes, les agents d’Alès portent des caméras.",
     ["30007"]),
    ("Des usages révélés lors du procès à Rennes inquiètent les élus de Vannes.", ["56260"]),
    # A source: a newspaper (L'Union, a town of Haute-Garonne) or a person speaking.
    ("Reims installe des caméras, selon L’Union.", ["51454"]),
    ("« Les caméras sont utiles », assure Vernet, adjoint au maire de Muret.", ["31395"]),
    # A court's seat is not tagged, but it says where the story is: Saint-Pierre of the
    # Bas-Rhin, not of Réunion.
    ("Le tribunal administratif de Strasbourg valide les caméras de Saint-Pierre.",
     ["67429"]),
    # Another town of the same region settles a homonym its department does not.
    ("Drones au-dessus de Paris et de Saint-Denis pour la finale.", ["75056", "93066"]),
    # Towns said to have none; but a town that has its own and would not join stays.
    ("À Albi, la ville installe des caméras ; Castres et Gaillac n’ont pas de centre de "
     "supervision.", ["81004"]),
    ("Roubaix, qui dispose déjà de 300 caméras, n’a pas souhaité rejoindre le centre "
     "commun.", ["59512"]),
    # A town as a byword for what happened there.
    ("Drones sur le cortège à Rennes : les syndicats redoutent « un nouveau Nantes ».",
     ["35238"]),
    # Where flights and coaches go or leave from.
    ("Reconnaissance faciale à l’embarquement à Marignane pour les vols vers Lyon et "
     "Lille.", ["13054"]),
    ("Des caméras LAPI dans les cars au départ de Lannion, à Perros-Guirec.", ["22168"]),
    # A hamlet of the town; a part of an island (but a city's districts are the city).
    ("Sallanches installe des caméras dans le hameau de Saint-Martin.", ["74256"]),
    ("En Guadeloupe, des caméras dans le sud Basse-Terre, à Trois-Rivières.", ["97132"]),
    ("Des caméras dans les quartiers sud du Havre.", ["76351"]),
    # An agglomeration as a body is an intercommunality; « dans l'agglomération de » is
    # the town and its suburbs.
    ("À Tarbes, dix caméras de plus ; l’agglomération de Pau n’a pas suivi.", ["65440"]),
    ("Dans l’agglomération de Rennes, 40 caméras de plus.", ["35238"]),
    # A name that is also a word, listed beside a town whose name is not, is a town too.
    ("Castres : vingt caméras de plus\nLa ville suit Gaillac et Grasse, équipées l’an "
     "dernier.", ["81065", "81099", "06069"]),
    # A newcomer's former post; a lawyer's office; towns that plan nothing of the kind.
    ("Arrivée de Lorient, la nouvelle cheffe de la police veut des caméras à Quimper.",
     ["29232"]),
    ("À Alès, le directeur de la police municipale, qui dirigeait auparavant celle de "
     "Nîmes, veut des drones.", ["30007"]),
    ("Les opposants aux caméras d’Istres ont pris un avocat, installé à Marseille.",
     ["13047"]),
    ("Caméras-piétons à Lille ; Roubaix et Tourcoing n’envisagent pas d’en acheter.",
     ["59350"]),
    # A past affair named after a town; where software was written.
    ("Reconnaissance faciale : la CNIL met en demeure Lunel, une première depuis "
     "l’affaire de Nice.", ["34145"]),
    ("Le logiciel, développé à Grenoble, analyse les images des caméras de Valence.",
     ["26362"]),
    # A village beside cities of several departments is one place among others, not a
    # city's district.
    ("Les députés citent l’usage des drones pendant les rodéos de Nîmes, les opérations "
     "de Marseille et les manifestations de Sainte-Soline.", ["30189", "13055", "79297"]),
    # A department's name without its article is its department when a town of that
    # department (and not the homonymous village) is the story's; but Mayenne the town
    # is in the Mayenne.
    ("Cavaillon : la communauté d’agglomération Luberon Monts de Vaucluse installe des "
     "caméras.", ["84035"]),
    ("Laval et Mayenne installent des caméras.", ["53130", "53147"]),
    # A trade fair's town.
    ("Le maire d’Albi a découvert ce logiciel lors d’un salon à Lyon.", ["81004"]),
    # A station named after the town it serves, its name first (but « gare de Lyon »
    # is in Paris, above).
    ("La SNCF équipe ses agents de caméras-piétons en gare de Lille-Flandres et de "
     "Lyon-Part-Dieu.", ["59350", "69123"]),
    ("Des caméras algorithmiques en gare de Marseille-Saint-Charles.", ["13055"]),
    # …also with no « gare » before it, and not a university named after its town.
    ("La RATP teste la VSA à Nanterre-Préfecture et la SNCF à Paris-Gare de Lyon.",
     ["92050", "75056"]),
    ("Des caméras algorithmiques sur le campus de l'université Paris-Saclay.", []),
    # A facility's own name, then its town, is no weaker than « la gare de Lyon » read
    # as a building: « le stade Bonal de Montbéliard » (beside a title naming another).
    ("Caméras augmentées à Besançon et à Belfort.\nLe stade Bonal de Montbéliard sera "
     "équipé à son tour en 2027.", ["25056", "90010", "25388"]),
    # A short form settled by a neighbouring department's region alone does not take the
    # name from a city three times larger (« Saint-Étienne » beside Vimoutiers, in
    # Normandy, is not Saint-Étienne-du-Rouvray).
    ("Un guide contre la vidéosurveillance.\nIl raconte les mobilisations contre les caméras "
     "de Foix, de Vimoutiers, de Marcillac-Vallon et de Saint-Étienne.",
     ["09122", "61508", "12138", "42218"]),
    # A contractor named like a town: the telecom operator Orange.
    ("À Montauban, la ville a confié à Orange le réseau de ses caméras.", ["82121"]),
    # A landmark's landmark; a town whose event goes ahead without drones.
    ("À Déols, près de l’aéroport de Châteauroux, deux caméras LAPI.", ["36063"]),
    ("Drones autorisés à Laon ; à Chauny, la braderie se tiendra sans drone.", ["02408"]),
    ("Drones à Épinal pour le défilé ; à Remiremont, le défilé aura lieu sans drone.",
     ["88160"]),
    ("La métropole installe ses premières caméras hors de Brest, à Guipavas.", ["29075"]),
    # The text says a town has none: « aucune … n'a », « pas de drone », « sans nouveau
    # dispositif », « n'a pas prévu de ».
    ("Agen verbalise par caméras\nLa ville de Lot-et-Garonne étend la mesure ; "
     "Marmande, elle, n'a pas prévu de caméras.", ["47001"]),

    ("Gap : la préfète autorise un drone pour le carnaval\nÀ Embrun, aucune autorisation "
     "n'a été demandée.", ["05061"]),
    ("Des drones au-dessus de Vannes pour la fête\nÀ Auray, la fête se déroulera sans nouveau "
     "dispositif.", ["56260"]),
    # « n'est pas partie prenante »; the ends of « entre X et Y », the town « aux portes
    # de » or « sur les hauteurs de » which another stands locate it.
    ("Talence et Bègles partagent leurs caméras ; Bordeaux n'est pas partie prenante.",
     ["33522", "33039"]),
    ("Savenay, entre Nantes et Saint-Nazaire, installe douze caméras.", ["44195"]),
    # Every town of a list after « voisine de »; not the subject after the comma.
    ("Pornichet, voisine de Guérande et de La Baule-Escoublac, pose dix caméras.",
     ["44132"]),
    ("À 20 km de Rennes, Vitré installe six caméras.", ["35360"]),
    ("Des caméras sur les hauteurs de Grenoble, à Saint-Martin-le-Vinoux.", ["38423"]),
    # « aucun drone ne volera » after an apposition; « ne prévoient rien de tel ».
    ("Drones autorisés à Bayonne pour les fêtes\nÀ Anglet, de l'autre côté de l'Adour, "
     "aucun drone ne volera.", ["64102"]),
    ("Quimper teste un drone\nConcarneau et Douarnenez ne prévoient rien de tel.", ["29232"]),
    ("Drones autorisés à Bayonne\nÀ Anglet et à Biarritz, aucun arrêté de ce type n'a été "
     "pris.", ["64102"]),
    # A spectator: a town that observes, follows closely, was consulted or invited
    # reports no deployment, decision or debate of its own.
    ("Vannes installe dix caméras intelligentes\nLorient observe ; Auray et Ploërmel suivent "
     "le projet de près, et Pontivy a été invitée à la présentation.", ["56260"]),
    # A landmark written with an article its homonymous village does not take (« au
    # Vieux-Port »); a long linked name keeps the article the press lends it.
    ("La Rochelle change les caméras du Vieux-Port et en ajoute quatre au Vieux-Port.",
     ["17300"]),
    ("Pèlerinage : la préfète autorise des drones aux Saintes-Maries-de-la-Mer.", ["13096"]),
    # A name led by an article and run on by a capitalised word is a longer name's
    # start: a district, a stadium, an intercommunality (« Le Val », Var; « Le Parc »,
    # Manche).
    ("Mantes-la-Jolie étend ses caméras\nLe Val Fourré aura vingt caméras de "
     "vidéoprotection de plus.", ["78361"]),
    ("Le Parc des Princes aura-t-il des caméras à reconnaissance faciale ?", []),
    ("Le Havre Seine Métropole paiera la moitié des caméras de la ville.", []),
    # A lower-cased article: a district (« à la Villette », Calvados), unless a town of
    # 20,000 or more is so named (« à la Rochelle »).
    ("Paris : quinze caméras de plus à la Villette\nLa préfecture de police en installe "
     "aussi à Aubervilliers, à Pantin et à Saint-Ouen-sur-Seine.",
     ["75056", "93001", "93055", "93070"]),
    ("Quinze caméras de vidéoprotection de plus à la Rochelle.", ["17300"]),
    # Districts named like villages of another department: counted among the towns named
    # only when read as a place (« la Ville de Lyon » and « la Saône » are not).
    ("Lyon : des caméras à Gerland\nLa Ville de Lyon installe vingt caméras le long de la "
     "Saône, autour du stade.", ["69123"]),
    # A beach, a cathedral « du X » are the town's (« la plage du Touquet-Paris-Plage »),
    # and a name of several words after « du » is no noun (« du Grand-Quevilly »).
    ("Le préfet autorise des drones au-dessus de la plage du Touquet-Paris-Plage.",
     ["62826"]),
    # A digest of local news, one paragraph per town: the towns of the other news.
    ("Pays de Caux : les nouvelles de la semaine\nFécamp : la ville pose huit caméras de "
     "vidéoprotection sur le port.\n\nYvetot : la foire aux livres a attiré 3 000 "
     "visiteurs.\n\nBolbec : le cinéma rouvre.", ["76259"]),
    ("En bref\n– Dieppe : la ville installe dix caméras sur le front de mer. – Eu : la "
     "collégiale rouvre. – Le Tréport : le funiculaire est en panne.", ["76217"]),
    # A route (« arriveront par Liévin »), an installer's or a supplier's town.
    ("Des drones à Lens pour le derby\nLes supporters arriveront en car par "
     "Hénin-Beaumont.", ["62498"]),
    ("Saint-Priest confie ses caméras à un installateur de Bron.", ["69290"]),
    # A village beside a city is likelier its district, unless the city is only cited
    # (« comme Nice l'avait fait ») and not a place of the story.
    ("Dampmart teste une caméra intelligente, comme Nice\nLe logiciel analysera les images "
     "de deux caméras. En 2022, Nice avait mené une expérience comparable.", ["77155"]),
    # French writes a common word after a colon in lower case: a capital there is a
    # name's, even a word's town (Sens, Vienne).
    ("Vidéoprotection : Sens double son nombre de caméras", ["89387"]),
    # A dateline (« Lourdes : … ») is where towns' names go: its capital is a name's.
    ("Lourdes : la justice interdit les micros intelligents", ["65286"]),
    # So is a title's first word a deploying verb follows: a common noun would take an
    # article (« Le plaisir… »); other verbs stay ambiguous (« Orange annonce… », above).
    ("Fontainebleau installe quarante caméras près de la gare", ["77186"]),
    # The visiting club of a match, named by its town.
    ("Des drones pour le match contre Toulouse\nLe préfet de l'Hérault autorise la police "
     "de Montpellier à filmer les abords du stade.", ["34172"]),
    # A district named again, opening a sentence, is still the city's (« Bellefontaine »,
    # Martinique); a town named by its own bodies is no district (« la police municipale
    # de Montivilliers »).
    ("Lyon : des caméras à Gerland\nLa Ville en installe vingt à Gerland, autour du stade. "
     "Gerland attendait ces caméras depuis des années.", ["69123"]),
    ("Marseille : la VSA au tribunal\nLe même logiciel est utilisé par la police "
     "municipale de Montivilliers.", ["13055", "76447"]),
    # A city's districts named like villages of another region: one (« les Halles »,
    # Rhône) settles no homonym of another (« Belleville », Beaujolais).
    ("Paris : vingt caméras de plus\nLa préfecture de police en installe aux Halles, à "
     "Belleville et à Ménilmontant.", ["75056"]),
    # A facility named after a saint that is also a nearby town's short form.
    ("Rouen : de nouvelles caméras.\nLa ville en pose près de l'hôpital Saint-Julien, du "
     "centre commercial Saint-Sever et de la maison d'arrêt Saint-Aubin.", ["76540"]),
    # The campaign's local group named after its town.
    ("Technopolice Rouen dénonce le projet de VSA.\nLe collectif Technopolice Rouen a "
     "publié les documents du projet de caméras « intelligentes ».", ["76540"]),
    # A height named after a saint; a neighbour only approached.
    ("Sète : des caméras sur le mont Saint-Clair.\nLa ville en installe quinze ; Frontignan "
     "a été approchée.", ["34301"]),
    # A station named after a saint or a district (« la gare Saint-Charles »).
    ("VSA dans les gares.\nLa SNCF analyse les images des caméras de la gare Saint-Charles, "
     "à Marseille, et de la gare Saint-Jean, à Bordeaux.", ["13055", "33063"]),
    # Roads named after where they lead; but a toll or an interchange stands in its town.
    ("Poitiers : quatre caméras de plus.\nLa ville de Poitiers installe des caméras au "
     "giratoire de Niort et sur la pénétrante de Limoges.", ["86194"]),
    ("Tours : quatre caméras de plus.\nLa ville de Tours pose des caméras au carrefour "
     "d'Amboise.", ["37261"]),
    ("Des caméras LAPI au péage de Saint-Arnoult-en-Yvelines.", ["78537"]),
    # A mountain unit's seat, as a brigade's (« le PGHM de Briançon »).
    ("Hautes-Alpes : le drone en gendarmerie.\nLe PGHM de Briançon teste un équipement "
     "qui repère les téléphones allumés.", []),
    # A company named as such, then its town: where it works from, not a client.
    ("Vidéoprotection à Cluses.\nLes caméras ont été posées par l'entreprise Sotec, de "
     "Chambéry.", ["74081"]),
    ("Caméras : Cluses choisit son installateur.\nLe marché est confié à Cameo "
     "Systèmes, à Grenoble, pour douze caméras.", ["74081"]),
])
def test_names_that_are_not_the_place(text, expected):
    assert codes(text) == expected


# Kinds of errors met on news the matcher was not written for, as new sentences: a
# facility stands in the town it names; a gendarmerie unit or a judge is a seat; an
# intercommunality is not its central town; a department's name with no article is
# the homonymous commune; drones fly "au-dessus de" a town; a contracted form ("du
# Palais") reads like a noun unless the town is big; small towns in a list count.
@pytest.mark.parametrize("text, expected", [
    ("L’aéroport de Bastia teste des sas à reconnaissance faciale.", ["2B033"]),
    ("La brigade de Sérignan a aidé la commune de Valras-Plage à placer ses caméras.",
     ["34324"]),
    ("Le juge de Pau suspend l’arrêté autorisant des drones à Hendaye.", ["64260"]),
    ("La Métropole de Rouen finance les caméras d’Elbeuf.", ["76231"]),
    ("L'Eurométropole de Strasbourg vote un budget pour la vidéoprotection.", []),
    # An intercommunality however it is written: its name of several words, its
    # abbreviation, « agglo », « la Métro » and its demonym; an area's proper name (« le
    # Val de Morteau »); a one-word name opening a longer one (« les Portes du Jura »).
    ("La communauté de communes de Caux et d'Yvetot vote un plan de vidéoprotection.", []),
    ("La communauté d'agglomération Portes de Montargis finance vingt caméras.", []),
    ("La CC du Pays de Loudun et de Moncontour paiera les caméras.", []),
    ("L'agglo de Saintes installe dix caméras de vidéoprotection sur ses parkings.", []),
    ("L'intercommunalité de Fougères équipe ses déchetteries de caméras.", []),
    ("La Métropole européenne de Lille finance les caméras des gares.", []),
    ("La Métro grenobloise finance un centre de supervision.", []),
    ("Les élus du Val de Sèvre et du Bassin de Pompey votent pour la vidéoprotection.", []),
    ("Vidéoprotection\nPortes du Médoc a voté vingt caméras.", []),
    ("Caen la Mer vote quarante caméras de vidéoprotection pour ses zones d'activité.", []),
    ("La communauté d'agglomération Dreux Sud Eure-et-Loir finance des caméras.", []),
    ("La communauté de communes Thiers, Ambert et Livradois vote des caméras.", []),
    ("Les élus du Golfe de Saint-Tropez votent la vidéoprotection des plages.", []),
    # but a town beside the word, and a town followed by its department, are the town
    ("La métropole et Toulon ont signé pour vingt caméras de vidéoprotection.", ["83137"]),
    ("Dole du Jura installe vingt caméras de vidéoprotection.", ["39198"]),
    ("Mayenne installe douze caméras, la préfecture de la Mayenne approuve.", ["53147"]),
    ("Indre installe des caméras aux entrées de la commune.", ["44074"]),
    ("Saint-Maur (Indre) : neuf caméras pour le stade.", ["36202"]),
    ("Des drones au-dessus de Lille pour le marathon.", ["59350"]),
    ("Les caméras du Palais des sports ont été remplacées à Angers.", ["49007"]),
    ("Vingt caméras de plus au Havre cette année.", ["76351"]),
    ("L’agglomération équipe ses communes, Le Gosier, Sainte-Anne, Saint-François et "
     "La Désirade, de caméras (Guadeloupe).", ["97113", "97128", "97125", "97110"]),
    ("Le conseil a voté : les caméras de Nancy seront reliées au CSU.", ["54395"]),
    # A newspaper's title and a club named after a town.
    ("Selon Le Journal de Millau, Rodez installe des caméras.", ["12202"]),
    # Two capitalised words before « de »; a broadcaster's local station.
    ("Le Petit Bleu d'Agen rapporte que Villeneuve-sur-Lot installe des caméras.",
     ["47323"]),
    ("Selon BFM Lyon, Vénissieux installe des caméras.", ["69259"]),
    ("Interrogé par Ici Toulouse, le maire de Colomiers défend ses caméras.", ["31149"]),
    ("Selon Made in Perpignan, Canet-en-Roussillon installe des caméras.", ["66037"]),
    ("Interrogé par France Bleu Besançon, le maire de Pontarlier défend ses caméras.",
     ["25462"]),
    ("Le Toulouse FC et la police municipale de Blagnac.", ["31069"]),
    # A club's acronym before its town's name (not a title's kicker).
    ("Des drones filmeront les supporters de l'USL Dunkerque à Boulogne-sur-Mer.", ["62160"]),
    ("Le préfet autorise des drones pour la venue de la JDA Dijon à Chalon-sur-Saône.",
     ["71076"]),
    ("VIDÉO Toulon installe vingt caméras de vidéoprotection.", ["83137"]),
    # Officially written without an accent, written with one (Dembeni, Mayotte).
    ("Dembéni installe des caméras.", ["97607"]),
    # A court's seat named twice is still only the seat.
    ("Le juge de Pau suspend les drones. Le tribunal de Pau a statué en référé "
     "(Pyrénées-Atlantiques).", []),
    # A first name alone is a person, not the village of that name (data: first names
    # common in France).
    ("Selon Gilles, la mairie installe des caméras à Tulle.", ["19272"]),
    # A person named with a title, a person's other office.
    ("Selon M. Thiers, Vichy installe des caméras.", ["03310"]),
    ("L'ancien maire de Nice défend les caméras de Menton.", ["06083"]),
    # The same, with the article contracted: « au Mans », « au Havre ».
    ("L'adjoint, ancien commissaire au Mans, présente les caméras de Laval.", ["53130"]),
    ("Une militante qui vit au Havre dénonce les caméras de Fécamp.", ["76259"]),
    ("La députée de Rennes interroge le préfet sur les drones à Brest.", ["29019"]),
    # An overseas region's adjective settles the island's homonyms.
    ("Saint-Joseph installe des caméras, annonce le maire martiniquais.", ["97224"]),
    ("Sainte-Marie : la police municipale réunionnaise filme le front de mer.", ["97418"]),
    # Big towns whose names are also words, short forms, departments, courts, clubs.
    ("Paris survolé par les drones de la police.", ["75056"]),
    ("Rennes déploie vingt caméras de plus.", ["35238"]),
    ("La préfète de la Vienne autorise un drone à Poitiers.", ["86194"]),
    ("Les crues de la Marne : des caméras à Meaux.", ["77284"]),
    ("Bourg : la ville installe des caméras.", ["01053"]),
    ("Brive vote la vidéoprotection.", ["19031"]),
    ("Châlons étend son CSU.", ["51108"]),
    ("St-Etienne-du-Rouvray installe des caméras.", ["76575"]),
    ("Les supporters de l'ASSE filmés par des drones à Saint-Étienne.", ["42218"]),
    ("Le tribunal administratif de Rouen suspend les drones du Havre.", ["76351"]),
    ("À 30 km de Cherbourg, Valognes installe des caméras.", ["50615"]),
    # Former communes, merged into a current one, still named by the press.
    ("Vingt caméras à Cherbourg-Octeville.", ["50129"]),
    # Merged since 2018 without a commune déléguée, or absorbed long ago: a large
    # town's former parts (the 2018 official list), not a saint's name alone.
    ("Vingt caméras à Courcouronnes et à Olonne-sur-Mer.", ["91228", "85194"]),
    ("La police municipale filme la digue de Malo-les-Bains.", ["59183"]),
    ("Des caméras place Saint-Eutrope à Aix-en-Provence.", ["13001"]),
    ("Bellegarde, dans l'Ain, ajoute des caméras.", ["01033"]),
    # An associated commune by its own part (Hellemmes-Lille): the label rules' own
    # example, tagged as Lille.
    ("Hellemmes : dix caméras près de la mairie de quartier.", ["59350"]),
    ("Bellegarde (Gard) ajoute des caméras.", ["30034"]),
    # A short form whose homonyms all lie outside the department named: that
    # department's town of the longer name, if clearly the largest so named.
    ("Bagnols (Gard) : vingt caméras pour le centre ancien.", ["30028"]),
    ("Crépy, dans l'Oise, vote des caméras-piétons.", ["60176"]),
    ("Des caméras à Gournay, en Seine-Maritime.", ["76312"]),
    ("Villefranche (Aveyron) : la vidéoprotection arrive au marché.", ["12300"]),
    # Named anywhere, the department outweighs a homonym elsewhere that is no city.
    ("Vendée : Saint-Jean-de-Monts et Saint-Gilles installent des caméras.",
     ["85234", "85222"]),
    # A short form with its article (La Baule-Escoublac), not « Le Grand » or « l'Isle ».
    ("Des caméras à La Baule et à Pornichet.", ["44055", "44132"]),
    ("Le Grand Annecy installe des caméras à Sevrier.", ["74267"]),
    # Written right beside the name, the department outweighs a larger homonym too.
    ("Saint-Gilles (Vendée) : douze caméras sur le port.", ["85222"]),
    # The same beside a town of that department; never a village of a longer name
    # for a larger town (Saint-Étienne-du-Grès for Saint-Étienne beside Marseille).
    ("Bagnols et Pont-Saint-Esprit partagent leurs caméras.", ["30028", "30202"]),
    ("Le Pecq et Marly partagent un CSU.", ["78481", "78372"]),
    ("Saint-Étienne, Marseille et Montpellier testent la VSA.", ["42218", "13055", "34172"]),
    # Not for a name read as something else (« Grand Genève »), nor an ordinary word.
    ("Le Grand Genève : les communes de l'Ain filment les frontières à Gex.", ["01173"]),
    # A town under 20,000 called by a short form no commune bears (not a commune
    # nouvelle's river or region, nor « Notre-Dame »).
    ("Vosges : Saint-Dié installe des caméras.", ["88413"]),
    ("Évian, au bord du Léman, compte quarante caméras.", ["74119"]),
    ("Des caméras autour de Notre-Dame, à Paris.", ["75056"]),
    # Two names several communes bear settle each other in the one department their
    # communes share (Saint-Benoît: Réunion, Vienne…; Buxerolles: Vienne, Côte-d'Or); a
    # town « aux portes de » a unique one is its neighbour (Changé: Mayenne, Sarthe).
    ("Saint-Benoît et Buxerolles mutualisent leurs caméras.", ["86214", "86041"]),
    ("Huit caméras de plus à Changé, aux portes de Laval.", ["53054"]),
    # The largest of two homonyms, ten times the other, is as good as the only one
    # (Héricourt, Haute-Saône, 10,600 people; a Pas-de-Calais hamlet of 77).
    ("Montbéliard : des caméras LAPI aux entrées de ville\nLa ville installe six caméras de "
     "lecture de plaques. Belfort et Héricourt, qui partagent le même fichier, en possèdent "
     "déjà.", ["25388", "90010", "70285"]),
    # With nothing to settle it, a name a village bears and a town ten times its size
    # begins with is the town, if one clearly is (Le Puy-en-Velay, not Le Puy in the
    # Gironde); if two towns of a size begin so, nothing says which; Lons (Pyrénées-
    # Atlantiques) is no tenth of Lons-le-Saunier.
    ("Le Puy installe des caméras au rocher Corneille.", ["43157"]),
    ("Gournay installe des caméras.", []),
    ("Lons installe des caméras.", ["64348"]),
    # « Nord » before a capitalised name is the north of that area, not the department.
    ("Le pôle métropolitain Nord Franche-Comté équipe Héricourt de caméras.", ["70285"]),
    # A short form several big towns share says nothing without context.
    ("Des caméras à Villeneuve.", []),
    ("Des caméras à Villeneuve (Hauts-de-Seine).", ["92078"]),
    # A name written without its article.
    ("Plessis-Robinson installe des caméras.", ["92060"]),
    ("La police municipale de Bouscat s'équipe.", ["33069"]),
    # A former name that is an article and a word ("La Ville") is not kept.
    ("La Ville du Mans ajoute des caméras.", ["72181"]),
    # Without a clue, a current commune beats a former one of the same short name.
    ("Bellegarde ajoute des caméras.", ["30034"]),
    # A town reported as equipped in a relative clause, even given as an example.
    ("Pau étend sa vidéoprotection à la gare.\nLe maire cite l'exemple de Bayonne, qui a "
     "réduit les vols après une installation semblable.", ["64445", "64102"]),
    # An example reported as equipped (« comme Nice, qui les utilise ») is tagged, as the
    # label rules tag a town reported as using cameras; it is no city the story is about
    # (Lunel is no district of it). « Comme à Nice » alone stays a comparison.
    ("Lunel veut des caméras intelligentes, comme Nice, qui les utilise depuis 2019.",
     ["34145", "06088"]),
    ("Après Yssingeaux, équipée depuis 2023, c'est au tour de Monistrol-sur-Loire.",
     ["43268", "43137"]),
    # A sentence opening on its topic town: « Pour Plérin, la facture… ».
    ("Saint-Brieuc : la police municipale passe aux caméras-piétons\nLes agents en porteront "
     "dès janvier. Pour Plérin, la facture s'élève à 20 000 euros.", ["22278", "22187"]),
    ("Saint-Brieuc : la police municipale passe aux caméras-piétons\nCôté Lannion, le "
     "conseil a voté la même mesure. Dans la foulée, Lamballe a lancé un appel d'offres.",
     ["22278", "22113", "22093"]),
    # An act's place after « pour »: « l'arrêté pour Marck ».
    ("Calais : des drones pour la frontière\nLe préfet autorise la police aux frontières à "
     "faire voler deux drones sur la côte. Il a également signé l'arrêté pour Marck.",
     ["62193", "62548"]),
    # Plural town nouns: « les maires de Pordic et de Saint-Brieuc ».
    ("Saint-Brieuc : la police municipale passe aux caméras-piétons\nLes agents porteront "
     "une caméra dès janvier. Les maires de Pordic et de la ville ont signé la convention.",
     ["22278", "22251"]),
    # « Du côté de Lorient » is in Lorient (« de l'autre côté de » locates another place).
    ("Dix caméras de plus à Vannes\nDu côté de Lorient, les caméras-piétons sont déjà en "
     "service.", ["56260", "56121"]),
    # A name opening a clause, a verb after it: the clause is about that town.
    ("Rezé : trente caméras de plus\nLe conseil a voté le projet, tandis que Bouguenais "
     "a déjà renoncé au sien.", ["44143", "44020"]),
    ("Pessac filme ses parkings\nLa ville installe dix caméras. Sa voisine Talence a "
     "voté un plan semblable l'an dernier.", ["33318", "33522"]),
    # A station stands in the town it names, except Paris's terminals, named after the
    # towns they serve; a longer name (« Saint-Quentin-en-Yvelines ») is no station's.
    ("Le parking de la gare de Quimper sous vidéoprotection.", ["29232"]),
    ("La VSA testée dans les gares de Lyon et du Nord, à Paris.", ["75056"]),
    ("Des caméras autour de la gare de Saint-Quentin-en-Yvelines, à "
     "Montigny-le-Bretonneux.", ["78423"]),
    # A court's ruling named by its seat.
    ("La cour d'appel confirme le jugement de Nantes : Saint-Herblain désactive ses "
     "caméras.", ["44162"]),
    # An adviser's unit: the gendarmerie's or police's « référent sûreté ».
    ("Délibération : six caméras au stade\nLe référent sûreté de la gendarmerie de "
     "Crest a validé l'emplacement des caméras de Saillans.", ["26289"]),
    # A past post, a double mandate, another council, a person's home, a trial's town.
    ("Dix caméras de plus à Vannes\nLe directeur, passé par la police municipale de Lorient, "
     "pilotera le centre.", ["56260"]),
    ("Dix caméras de plus à Vannes\nLe rapporteur, sénateur-maire de Quimper, a déposé un "
     "amendement.", ["56260"]),
    ("Dix caméras de plus à Vannes\nL'élue, qui siège aussi au conseil municipal d'Auray, "
     "a voté contre.", ["56260"]),
    ("Dix caméras de plus à Vannes\nLe photographe, installé à Lorient, a documenté les "
     "caméras.", ["56260"]),
    ("Dix caméras de plus à Vannes\nLe militant, condamné à Rennes en 2019, a pris la "
     "parole.", ["56260"]),
    ("Dix caméras de plus à Vannes\nLe préfet, nommé après un poste à Brest, a signé "
     "l'arrêté.", ["56260"]),
    # A member of parliament's constituency settles nothing; their other mandate.
    ("Caméras-piétons : un bilan demandé\nLa sénatrice du Nord, ancienne adjointe au maire "
     "de Tourcoing, interroge le gouvernement sur les caméras-piétons.", []),
    ("Dix caméras de plus à Vannes\nLa députée de la 3e circonscription du Morbihan et "
     "conseillère municipale d'Auray demande un bilan.", ["56260"]),
    # A neighbour after « que », the subject of a reported clause; a far precedent told in
    # the pluperfect before the name.
    ("Le conseil vote huit caméras\nM. Martin a rappelé que la commune voisine de "
     "Chalonnes-sur-Loire avait renoncé aux caméras.", ["49063"]),
    ("Nîmes : des capteurs sonores sur les lampadaires\nUn dispositif semblable avait été "
     "retiré à Saint-Étienne en 2019 après l'avis de la CNIL.", ["30189"]),
    # A State body's premises, an acronym's, a data centre, a gendarmerie group's seat.
    ("Dix caméras de plus à Vannes\nLes titres sont produits par l'Agence nationale des "
     "titres sécurisés, à Charleville-Mézières.", ["56260"]),
    ("Dix caméras de plus à Vannes\nLes avis de contravention viennent de l'ANTAI, installée "
     "à Rennes.", ["56260"]),
    ("Dix caméras de plus à Vannes\nLes données seront gardées dans le centre de données "
     "d'Osny.", ["56260"]),
    ("Dix caméras de plus à Vannes\nLe groupement de gendarmerie du Morbihan, à Lorient, a "
     "testé l'application.", ["56260"]),
    ("Dix caméras de plus à Vannes\nLe service des systèmes d'information de l'Intérieur, à "
     "Issy-les-Moulineaux, pilote le projet.", ["56260"]),
    # A talk's venue, a lawyer's office, where data are kept, a person's post.
    ("Dix caméras de plus à Vannes\nUn colloque sur la vidéosurveillance s'était tenu à Rennes "
     "en mars.", ["56260"]),
    ("Dix caméras de plus à Vannes\nL'avocat des riverains, installé à Nantes, conteste.",
     ["56260"]),
    ("Dix caméras de plus à Vannes\nLes images seront hébergées dans un centre de données à Brest.",
     ["56260"]),
    ("Dix caméras de plus à Vannes\nLe directeur de la police municipale, auparavant en poste "
     "à Lorient, a été recruté à Quimper.", ["56260"]),
    ("Dix caméras de plus à Vannes\nUn sociologue qui enseigne à Rennes critique le projet.",
     ["56260"]),
    ("Dix caméras de plus à Vannes\nLe logiciel a été présenté au salon Milipol, à Paris ; "
     "la formation des opérateurs aura lieu à Rennes.", ["56260"]),
    ("Dix caméras de plus à Vannes\nLe maire a longtemps travaillé à Nantes ; une pétition "
     "a été lancée depuis Lorient, et les bus de la ligne vers Auray seront équipés.",
     ["56260"]),
    ("Dix caméras de plus à Vannes\nLe rapport, rédigé à Rennes, a été voté à l'hôtel de "
     "région, à Rennes ; les caméras ont été testées dans un laboratoire à Lorient.",
     ["56260"]),
    ("Dix caméras de plus à Vannes\nLe projet rappelle l'expérience menée à Lorient ; le "
     "système est comparable à celui de Quimper.", ["56260"]),
    ("Dix caméras de plus à Vannes\nLa société, installée à Lorient, conservera les images "
     "sur un serveur à Brest ; des chercheurs de Rennes évalueront le dispositif, que le maire "
     "a présenté à ses homologues réunis à Auray.", ["56260"]),
    ("Dix caméras de plus à Vannes\nLe syndicat de police de Lorient réclame des agents ; la "
     "chambre d'agriculture de Quimper demande des caméras ; la direction interdépartementale "
     "des routes, à Rennes, gère celles de la voie express.", ["56260"]),
    # National figures and their stops: a minister's visit, a congress, a thesis, a
    # headquarters, a laboratory, who a speaker is (« son président, maire de… »).
    ("Dix caméras de plus à Vannes\nEn déplacement à Lorient, la ministre a annoncé un plan "
     "national ; réunie en congrès à Brest, l'association des maires, dont le président, "
     "maire de Quimper, a parlé, réclame une loi.", ["56260"]),
    ("Dix caméras de plus à Vannes\nUne thèse soutenue à Rennes critique ces outils ; le "
     "logiciel vient d'un laboratoire de Lannion ; le bilan a été présenté à Lorient, au "
     "siège du fabricant ; la sénatrice, élue de Quimper, demande un débat.", ["56260"]),
    # Council news: a supplier's branch, the prefecture « du Finistère, à Quimper », a
    # gendarmerie unit, a consultancy, a debate « comme celui organisé à », a feast;
    # but a neighbour « comme X en sont déjà équipées » is equipped, and a gendarmerie's
    # drones « au-dessus de » a town are there.
    ("Trois caméras pour Guidel\nLe marché revient à l'agence de Lorient d'un installateur ; "
     "la subvention est demandée auprès de la préfecture du Finistère, à Quimper ; les "
     "images iront à la gendarmerie de Quimperlé.", ["56078"]),
    ("Vingt caméras pour Landerneau\nLe cabinet d'études, installé à Brest, a rendu son "
     "diagnostic ; un débat public, comme celui organisé à Morlaix, aura lieu. Des communes "
     "voisines comme Plougastel-Daoulas en sont déjà équipées.", ["29103", "29189"]),
    ("Mont-de-Marsan : un drone pour les fêtes de la Madeleine\nLa police municipale fera "
     "voler son drone au-dessus des arènes.", ["40192"]),
    ("Opération de police : des drones de la gendarmerie au-dessus de Dzaoudzi\nLe préfet a "
     "autorisé la captation d'images.", ["97608"]),
    # A subject not on the agenda, spectators who attended, an official's own town after
    # a long title.
    ("Six caméras LAPI pour Montbard\nÀ Semur-en-Auxois, le sujet n'est pas à l'ordre du "
     "jour ; les élus de Châtillon-sur-Seine, invités, ont assisté à la réunion. La "
     "vice-présidente chargée de la sécurité, maire de Venarey-les-Laumes, salue le projet.",
     ["21425"]),
    # National stories: the government by its seats (Beauvau, Matignon), an industrial
    # supplier, where a speaker was reached; but schools « de X » are in X.
    ("Vidéoprotection : Beauvau double le fonds pour Alès\nMatignon a tranché ; les caméras "
     "seront livrées par un industriel de Nîmes. La ministre, interrogée à Montpellier, et "
     "son conseiller, joint à Lyon, saluent le projet.", ["30007"]),
    ("Caméras dans les écoles : l'inquiétude monte\nLa Défenseure des droits cite une école "
     "de Perpignan, filmée en continu, et deux collèges de Roubaix, équipés l'an dernier.",
     ["66136", "59512"]),
    # A dated past: a precedent far away is no deployment of the story (e027's label),
    # one nearby is (the label rules tag it), and its town noun still counts; towns
    # that « n'en ont jamais acquis » have none.
    ("Vingt caméras pour Épernay\nEn 2012, Nancy avait testé un logiciel semblable, jamais "
     "reconduit ; Châlons-en-Champagne et Vertus n'en ont jamais acquis.", ["51230"]),
    ("La vidéoverbalisation arrive à Albi\nLe procédé avait été essayé pour la première fois "
     "en France à Draguignan, en 2008.", ["81004"]),
    ("Vingt caméras pour Épernay\nLa ville d'Aÿ-Champagne avait signé une convention "
     "semblable en 2021.", ["51230", "51030"]),
    # « À X et au Y, aucune demande… »: both towns left out, the second after « au ».
    ("Drones autorisés pour la fête de Royan\nÀ Saintes et aux Mathes, aucune demande n'a "
     "été déposée.", ["17306"]),
    # « Roissy » is the airport, in Roissy-en-France, not the larger Roissy-en-Brie;
    # Roissy-en-Brie keeps its full name.
    ("Roissy : douze sas de reconnaissance faciale au terminal 2.", ["95527"]),
    ("Roissy-en-Brie installe vingt caméras de vidéoprotection.", ["77390"]),
    # An exhibition centre, the European Parliament's seat, and « l'Union » (of Europe)
    # with its article lowered, no L'Union (Haute-Garonne).
    ("Vingt caméras pour Vannes\nLe logiciel a été présenté au salon, au parc des "
     "expositions de Villepinte ; les eurodéputés ont adopté le règlement à Strasbourg, "
     "publié au Journal officiel de l’Union.", ["56260"]),
    # A meeting « en conseil national », a group's seat.
    ("Vingt caméras pour Vannes\nRéuni en conseil national à Lorient, le syndicat soutient "
     "le projet ; le matériel vient du groupe de Quimper.", ["56260"]),
    # Where agents were trained.
    ("Un drone pour la police municipale de Sélestat\nDeux agents ont été formés au "
     "pilotage à Colmar.", ["67462"]),
    # Comparisons written with curly apostrophes, as feeds write them (« à l’instar
    # de », « ce qu’avait envisagé »); a consultation's venues, each of a list.
    ("Vingt caméras pour Vannes\nÀ l’instar de Lorient, la ville s’équipe, sur le modèle "
     "de ce qu’avait envisagé Quimper.", ["56260"]),
    ("Vingt caméras pour Vannes\nUne consultation a été ouverte à Brest, Lorient et "
     "Quimper.", ["56260"]),
    # A hearing's venue, a few words after the hearing.
    ("Vingt caméras pour Vannes\nUn riverain conteste ; l'audience aura lieu en mars à "
     "Rennes.", ["56260"]),
    # « comme celles de X » after cameras or images: X's own are reported (the label
    # rules tag it); after a cost, a comparison.
    ("Vingt caméras pour Vannes.\nLes images de nos caméras y seront visionnées, comme "
     "celles de Lorient.", ["56260", "56121"]),
    ("Vingt caméras pour Vannes.\nLe chantier coûtera 40 000 euros, comme celui de Lorient.",
     ["56260"]),
    # The prefecture of a department with a long name, at its seat.
    ("Vingt caméras pour Aubervilliers.\nLa préfecture de la Seine-Saint-Denis, à Bobigny, "
     "suivra l'expérience ; la sous-préfecture des Alpes-de-Haute-Provence, à Forcalquier, "
     "aussi.", ["93001"]),
    # A surname named alone after the text gave it with a first name is the person
    # (not after a collective's or an intercommunality's name).
    ("Vidéoprotection : Royan installe vingt caméras.\nJean-Pierre Pons, adjoint, défend "
     "le projet. Pons rappelle que la ville compte déjà 40 caméras.", ["17306"]),
    ("Vidéoprotection : Royan installe vingt caméras.\nPatrick Fleury, directeur de la "
     "police municipale, salue le projet. Pour Fleury, les caméras rassurent.", ["17306"]),
    ("[Technopolice Nantes] 40 caméras votées.\nLe conseil de Nantes a voté l'extension "
     "de la vidéoprotection.", ["44109"]),
    # A factory's town, where someone grew up, a venue named after the town, who a
    # national figure is (« élu à »); but towns « comme » examples after « des villes »
    # are reported, not compared.
    ("Villeurbanne installe 30 caméras.\nElles viendront de l'usine de Lyon du groupe ; "
     "le maire, qui a grandi à Grenoble, défend le projet.", ["69266"]),
    ("La CNIL publie ses recommandations sur la VSA.\nSa présidente les a présentées mardi "
     "à Lyon, lors d'un colloque ; le député, élu à Nice, applaudit.", []),
    ("La CNIL publie ses recommandations sur la VSA.\nDes villes comme Nice ou Marseille "
     "testent déjà ces logiciels.", ["06088", "13055"]),
    ("La CNIL publie ses recommandations sur la VSA.\nDes communes comme Vannes testent "
     "déjà ces logiciels.", ["56260"]),
    # An edition's dateline the title leaves for another town, never named again; named
    # again (its community hosts the centre), it stays.
    ("Lyon : Vénissieux vote 40 caméras supplémentaires.\nLe conseil municipal de "
     "Vénissieux a voté lundi.", ["69259"]),
    ("Dunkerque : Grande-Synthe rejoint le centre de supervision.\nLa communauté urbaine "
     "de Dunkerque visionnera ses caméras.", ["59183", "59271"]),
    ("Lyon : Vénissieux vote 40 caméras supplémentaires", ["69123", "69259"]),  # title alone
    # Where a text was shown, a speech made, a meeting held, in a sentence naming no
    # surveillance; a sentence about the cameras themselves keeps its town.
    ("Reconnaissance faciale : le gouvernement prépare une loi.\nLe texte a été présenté "
     "mardi à Lyon ; le ministre s'exprimait à Brest, et le syndicat a tenu son "
     "assemblée générale à Rouen.", []),
    ("Vidéoprotection : un nouveau centre de supervision.\nLe nouveau CSU a été présenté "
     "mardi à Vannes.", ["56260"]),
    ("VSA : la CNIL publie ses recommandations.\nLe ministre a reçu les maires à Lyon ; le "
     "candidat a fait campagne à Brest ; une pétition a été lancée à Rouen ; le "
     "gouvernement a lancé une consultation depuis Dijon.", []),
    # A national figure, a union or activists somewhere, in a sentence naming no
    # surveillance; but a use or an opening there is reported.
    ("VSA : la CNIL publie ses recommandations.\nLa ministre a déjeuné avec les maires à "
     "Lyon ; des militants ont distribué des tracts à Brest.", []),
    ("Vidéoprotection : la ministre en visite.\nLa ministre a inauguré le centre de "
     "supervision à Vannes.", ["56260"]),
    ("Caméras-piétons : les syndicats réclament une généralisation.\nLe secrétaire général, "
     "policier à Villeurbanne, rappelle que son service en est équipé.", ["69266"]),
    # A founder's new home; a test modelled on one held far away.
    ("Saint-Étienne renonce aux micros.\nSon fondateur, installé désormais à Lyon, "
     "travaille ailleurs ; le nouveau test s'inspire de celui mené par la RATP à Paris.",
     ["42218"]),
    # A company named like a town, winning a contract (Orange, the telecom operator).
    ("Orange remporte le marché des caméras de la police.\nL'opérateur fournira le réseau "
     "de vidéoprotection de la préfecture de police.", []),
    # Where a speaker spoke from, an association's home, where a file is run from.
    ("Reconnaissance faciale : le gouvernement prépare une loi.\nLe texte sera présenté "
     "mercredi, a annoncé le Premier ministre depuis Bordeaux ; des associations de "
     "Strasbourg ont lancé une pétition ; la police utiliserait le fichier TAJ, géré depuis "
     "Rosny-sous-Bois.", []),
    # A meeting an association held, a senator's own town after her party, a national
    # body's plenary session.
    ("VSA : le gouvernement veut pérenniser les caméras.\nLa Quadrature du Net, qui a "
     "réuni ses militants samedi à Montreuil, appelle à manifester ; une sénatrice "
     "socialiste élue à Rennes s'y oppose ; la CNIL a adopté sa délibération en séance "
     "plénière à Paris.", []),
    # A short form in a mainland story is the mainland town, though an overseas city
    # bears the short name itself (and an overseas story keeps the overseas city).
    ("Saint-Leu : dix caméras près de la gare.\nLa commune du Val-d'Oise s'équipe.",
     ["95563"]),
    ("Saint-Pierre : vingt caméras près de la gare.\nLa commune voisine de Tours s'équipe.",
     ["37233"]),
    ("Saint-Paul vote la vidéoprotection.\nLe conseil de cette commune des Landes a voté "
     "douze caméras.", ["40279"]),
    ("Saint-Paul vote la vidéoprotection.\nLe conseil de cette commune de La Réunion a "
     "voté douze caméras.", ["97415"]),
    # The State police's command centre, where the images go, named with its seat a long
    # way after its name.
    ("Vitrolles et Marignane relient leurs caméras.\nLes images iront au centre "
     "d’information et de commandement de la police nationale, à Istres.",
     ["13117", "13054"]),
    # The prefecture named alone, at its seat.
    ("Drones autorisés à Menton et Sospel.\nSelon l'arrêté publié au recueil de la "
     "préfecture, à Nice, les vols dureront un mois.", ["06083", "06136"]),
    # A study's subject; a prefecture, the State's seat in the department.
    ("Dix caméras de plus à Vannes\nL'élu a cité une étude de l'Insee sur Lorient ; la "
     "réunion s'est tenue en visioconférence avec la préfecture de Quimper.", ["56260"]),
    # A league's local section.
    ("Arras : la VSA pendant le festival\nLa Ligue des droits de l'homme de Douai dénonce "
     "une surveillance de masse.", ["62041"]),
    # Where an act was signed.
    ("Quatre caméras LAPI pour Marmande\nLe préfet a signé l'autorisation mardi à Agen.",
     ["47157"]),
    # A person named by a title, or a report, law or government named after one.
    ("Vidéosurveillance : le rapport Gaillard demande une loi.\nLe député Gaillard a remis "
     "mercredi un rapport sur les caméras.", []),
    ("Vidéosurveillance algorithmique : le terrain préparé.\nLe Livre blanc publié sous le "
     "gouvernement Castex évoquait les caméras.", []),
    # A river or area another town of the story is named after (« Villefranche-sur-
    # Saône »), not the commune of that name; « lès » names the town near it.
    ("Vidéoprotection : huit caméras pour les bords de Saône.\nLa ville de "
     "Villefranche-sur-Saône complète son réseau.", ["69264"]),
    ("Vidéoprotection : huit caméras sur les quais de Saône.\nLa ville de "
     "Villefranche-sur-Saône complète son réseau.", ["69264"]),
    ("Caméras LAPI à Joué-lès-Tours.\nLa ville de Tours en installera aussi.", ["37122", "37261"]),
    # Stations named by the demonym, after a surveillance story's subject.
    ("La RATP teste la VSA\nLes caméras algorithmiques équipent plusieurs gares parisiennes.",
     ["75056"]),
    # Where a study was made, cited for or against cameras.
    ("Saint-Brieuc : huit caméras de plus\nLes opposants citent une étude réalisée à "
     "Lannion sur l'efficacité des caméras.", ["22278"]),
    # A comparative (« moins cher qu'à »), a contrast with « sa voisine », a person's new
    # post or former service, an institution's premises, a film's shoot, the State's
    # services: none is a deployment in the town named.
    ("Morlaix : dix caméras de vidéoprotection\nLe coût par caméra est plus élevé qu'à "
     "Landerneau.", ["29151"]),
    ("Auch renonce aux drones\nContrairement à son voisin Condom, la ville ne fera pas "
     "voler de drone municipal.", ["32013"]),
    ("Gap installe des caméras\nL'adjointe, devenue conseillère départementale à "
     "Embrun, suit le dossier.", ["05061"]),
    ("Dole : le nouveau chef de la police municipale\nIl vient du commissariat de "
     "Besançon et pilotera le projet de caméras.", ["39198"]),
    ("Vidéoprotection à Lannion\nLa chambre régionale des comptes, installée à Rennes, "
     "juge la dépense mal évaluée.", ["22113"]),
    ("Vidéoprotection à Mende\nLes élus ont vu un film promotionnel tourné à Rodez "
     "par l'installateur.", ["48095"]),
    ("Drones à Saint-Omer\nL'arrêté a été préparé par les services de l'État à Arras.",
     ["62765"]),
    ("Vannes double ses caméras\nUn bilan mitigé, à l'image de celui dressé à Quimper.",
     ["56260"]),
    ("Vidéoverbalisation à Laval\nLe règlement est calqué sur celui de Mayenne.", ["53130"]),
    ("Agen installe des caméras\nLe maire a fait ses études de droit à Toulouse.",
     ["47001"]),
    ("Caméras de vidéoprotection à Blois\nLa télévision locale de Vendôme a consacré un "
     "reportage au projet.", ["41018"]),
    ("Caméras-piétons à Sète\nLe dossier a été déposé au greffe de Montpellier.", ["34301"]),
    ("La VSA en débat\nLe ministre en parlera aux assises de la sécurité urbaine de "
     "Périgueux.", []),
    # From a batch of long stories: a vendor's clients listed after « les polices de »; a
    # precedent « pour la première fois à », dated or not; « inspiré d'une expérience
    # menée à »; « en gare de Rennes » in a story that names the Games of Paris.
    ("Caméras-piétons à Vierzon\nLe fournisseur, une PME de Tours, a déjà équipé les polices "
     "de Bourges et de Châteauroux.", ["18279", "18033", "36044"]),
    ("Vidéoverbalisation à Bastia\nLe procédé avait été expérimenté pour la première fois "
     "à Draguignan, dans le Var.", ["2B033"]),
    ("Capteurs sonores à Saint-Étienne\nLe projet, inspiré d'une expérience menée à Nice, "
     "est abandonné.", ["42218"]),
    ("VSA : la SNCF teste ses logiciels en gare de Rennes\nLe logiciel avait servi pendant "
     "les Jeux de Paris.", ["35238"]),
    # A former employer's town (« venu de la RTM à Marseille »).
    ("Caméras dans les bus de Clermont-Ferrand\nLe directeur, venu de la RTM à Marseille, "
     "assure que les images ne seront visionnées qu'en cas d'incident.", ["63113"]),
    # Units listed by their seats; a gendarmerie group's seat; a past service; a town
    # equipped, whatever it did not ask.
    ("Caméras-piétons pour les gendarmes de l'Hérault\nLes brigades de Lodève et de "
     "Clermont-l'Hérault testent les caméras ; les images sont stockées au groupement, à "
     "Montpellier. Le commandant, qui a servi à Nîmes, est convaincu.", []),
    ("Vidéoprotection : le département finance Porto-Vecchio\nBonifacio, qui a déjà 40 "
     "caméras, n'a rien demandé.", ["2A247", "2A041"]),
    # A town that has not taken a stand, or has no cameras (not a collective's name,
    # « Lorient sans caméras »); a test that follows another's.
    ("Villeurbanne refuse la VSA\nVaulx-en-Velin, voisine, n'a pas encore pris position.",
     ["69266"]),
    ("Montreuil : « Montreuil sans caméras » dénonce le projet\nBagnolet et Romainville "
     "sont citées en contre-exemples, sans caméras ni hausse de la délinquance.", ["93048"]),
    ("Châteauroux : la VSA testée à la gare\nLe test fait suite à celui mené à Limoges.",
     ["36044"]),
    # A vendor's client (« a déjà travaillé pour Rennes »); a chair's home town.
    ("Saint-Brieuc teste la VSA au festival.\nLa start-up, basée à Lannion, a déjà travaillé "
     "pour Rennes.", ["22278", "35238"]),
    ("Caméras : les maires ruraux se regroupent\nDes communes, dont Bourganeuf et Felletin, "
     "achètent 60 caméras. L'association des maires ruraux, présidée par un élu de Crocq, "
     "salue l'initiative.", ["23030", "23079"]),
    # « le même qu'à » elides its « que ».
    ("Vidéoverbalisation à Fréjus\nLe dispositif est le même qu'à Draguignan.", ["83061"]),
    # A departmental council's seat, as a prefecture's.
    ("Reconnaissance faciale : un collège de Montreuil renonce\nLe conseil départemental, "
     "à Bobigny, a mis son veto.", ["93048"]),
    # A river takes an article: « à Mayenne » is the town, even beside a town named
    # after the river.
    ("La VSA au conseil municipal de Laval\nUne élue cite un test à Mayenne ; "
     "Château-Gontier-sur-Mayenne a voté contre.", ["53130", "53147", "53062"]),
    # A rank in an area named like a commune: the area (« deuxième ville de Corrèze »).
    ("Vidéoverbalisation à Limoges\nBrive, deuxième ville de Corrèze, attend les premiers "
     "bilans avant de se décider.", ["87085", "19031"]),
    # A lone village of another region beside a city's department is no client (« le
    # carnaval des Deux Rives »); the last of a list after « des élus de ».
    ("Drones pour le carnaval de Bordeaux\nLe carnaval des Deux Rives défilera à Floirac, "
     "Lormont et Cenon.", ["33063", "33167", "33249", "33119"]),
    ("Quimper : un débat sur la vidéosurveillance\nDes élus de Douarnenez et de Concarneau, "
     "où des projets sont à l'étude, sont invités.", ["29232", "29046", "29039"]),
    # A device's place (« le même logiciel équipe Aix »); towns that have none (« n'en ont
    # presque pas »); activists « réunis samedi à ».
    ("Marseille : la VSA suspendue\nLe même logiciel équipe Aubagne, rappelle "
     "l'association.", ["13055", "13005"]),
    ("Rapport : 8 000 caméras de plus en dix ans\nLes plus équipées sont Nice et Cannes ; "
     "Mougins et Valbonne n'en ont presque pas.", ["06088", "06029"]),
    ("Technopolice ajoute Béziers à sa carte\nLes militants, réunis samedi à Montpellier, "
     "ont recensé les caméras algorithmiques de la ville.", ["34032"]),
    # A prefect named by the town of the prefecture; a past job with words between.
    ("Les Abymes inaugure un CSU de 120 caméras\nLe préfet de Basse-Terre a salué une "
     "première.", ["97101"]),
    ("Un drone pour la police municipale de Pornic\nLe maire, qui a travaillé vingt ans à "
     "Saint-Nazaire, assure que l'appareil ne filmera pas les baigneurs.", ["44131"]),
    # A town in brackets locates the one before it, as a department would.
    ("Saint-Jeannet (Vence) : six caméras autour du village\nLa commune des Alpes-Maritimes "
     "s'équipe.", ["06122"]),
    # A dateline homonyms of several departments bear locates no edition's town.
    ("Saint-Pierre : des caméras au front de mer, Le Tampon aussi\nLes deux communes de "
     "La Réunion équipent leurs centres.", ["97416", "97422"]),
    ("Caméras-piétons à Agde\nLe maire, qui fut policier à Béziers, a présenté les "
     "appareils.", ["34003"]),
    ("Drones pour la fête de Sète\nLa ville a obtenu l'autorisation de la préfète de "
     "l'Hérault, à Montpellier.", ["34301"]),
    ("Reconnaissance faciale : la proposition de loi examinée\nLe texte sera débattu à "
     "l'Assemblée nationale, à Paris, puis diffusé en direct depuis Strasbourg.", []),
    # The Games named after their city, a date or a law's frame (« depuis les JO de
    # Paris »), unless the text names places in Paris (« la gare du Nord »).
    ("VSA : le gouvernement veut prolonger le test\nL'expérimentation lancée pour les "
     "Jeux olympiques de Paris sera étendue aux transports de Marseille.", ["13055"]),
    ("VSA : le bilan\nLes caméras de la gare Saint-Lazare ont été testées pendant les JO "
     "de Paris 2024.", ["75056"]),
    ("PARIS 2024 : LES JEUX DE LA SURVEILLANCE\nLe gouvernement veut des caméras "
     "algorithmiques pour les Jeux.", []),  # a title in capitals
    # Paris for the French State, in a European story; not the city's own plans.
    ("AI Act : Paris obtient des exceptions pour la reconnaissance faciale\nÀ Bruxelles, "
     "Paris et Berlin ont défendu l'usage policier de la biométrie.", []),
    ("Paris veut mille caméras de plus\nLa maire a présenté son plan de vidéoprotection "
     "au Conseil de Paris, avant un déplacement à Bruxelles.", ["75056"]),
    # After a title's topic, a capitalised name and its verb: the clause's subject.
    ("Vidéoprotection : Lourdes double son réseau\nLa municipalité passera de 40 à 80 "
     "caméras.", ["65286"]),
    # An overseas region named is its one department: it places a town named like a word.
    ("Guyane : Mana installe des caméras de vidéoprotection.", ["97306"]),
    # Where cameras stand in a town named like a word: « aux entrées de », « au cœur de ».
    ("Lecture de plaques : un test\nDes caméras LAPI filmeront les entrées de Moulins.",
     ["03190"]),
    # A ceremony's venue, whatever the tense (« se tiendront à »).
    ("Drones au-dessus de Carnac pour le festival.\nLes concerts de clôture se tiendront "
     "à Vannes et à Lorient, hors du périmètre.", ["56034"]),
    # Districts listed after their noun, one or several.
    ("Grenoble : caméras pour trois quartiers\nLa ville en installe dans les quartiers "
     "Abbaye, Teisseire et Villeneuve.", ["38185"]),
    # Who a person is: a councillor of a region, a department or an intercommunality.
    ("Caméras dans les lycées de Nîmes\nLa gauche, menée par une conseillère régionale "
     "d'Alès, conteste le projet.", ["30189"]),
    # « À Y, la mairie… »: the town's own body acts there, even for a name that is a word.
    ("La Ciotat teste la vidéoverbalisation.\nÀ Cassis, la mairie a fait le même choix l'an "
     "dernier.", ["13028", "13022"]),
    # The subject of a reported clause, an aside before its verb.
    ("Vidéoprotection : Saint-Lô double son réseau.\nLe maire rappelle que Coutances, à "
     "trente kilomètres, a fait le même choix l'an dernier.", ["50502", "50147"]),
    # « La commune voisine de X » opening a later sentence names that neighbour; opening
    # the summary, it locates the story's own unnamed town.
    ("Firminy verbalise les dépôts sauvages.\nLa police municipale de Firminy a posé des "
     "caméras nomades. La ville voisine d'Unieux envisage le même dispositif.",
     ["42095", "42316"]),
    ("Dix caméras pour le quartier du Pont.\nLa commune voisine de Firminy installe dix "
     "caméras de vidéoprotection.", []),
    ("Bois-le-Roi signe avec la gendarmerie.\nLe maire a signé la convention sur les "
     "caméras. Les communes voisines d'Avon et de Samois-sur-Seine signeront en juin.",
     ["77037", "77014", "77441"]),
    # Where a person works: « agent à la mairie de Vannes ».
    ("Deux caméras nomades pour Theix-Noyalo.\nM. Leroy, conseiller d'opposition et agent à "
     "la mairie de Vannes, a demandé un bilan.", ["56251"]),
    # « St » for « Saint » inside a name, hyphens or spaces.
    ("Municipales : la vidéosurveillance divise Villeneuve-St-Georges.\nÀ Villeneuve St "
     "Georges, la liste de droite promet cent caméras.", ["94078"]),
    ("Caméras : Fontenay-St-Père équipe son bourg.", ["78246"]),
    # A zoo named after a place elsewhere; a named company's premises (not a CSU's home,
    # where the cameras are watched).
    ("Saint-Aignan installe huit caméras près du zoo de Beauval.", ["41198"]),
    ("Reconnaissance faciale : Idemia retenu.\nLe ministère a retenu Idemia, installé à "
     "Courbevoie, pour le fichier TAJ.", []),
    ("La commune adhère au CSU.\nLes images iront au centre de supervision de Grand "
     "Poitiers, installé à Poitiers.", ["86194"]),
    # An apposition naming a town, or a town's own body: the name is the commune, whatever
    # it means as a word.
    ("Brive : six caméras nomades.\nLa ville de Brive les déplacera chaque mois. Tulle, la "
     "préfecture, a fait le même choix l'an dernier.", ["19031", "19272"]),
    ("Caméras-piétons pour la police municipale de Marseille.\nLa police municipale de "
     "Cassis en porte déjà.", ["13055", "13022"]),
    # A former commune's name (Saint-Étienne-en-Coglès, now Maen Roch, Ille-et-Vilaine)
    # does not beat the current city of that name for a neighbour's sake.
    ("La carte des villes équipées.\nY figurent Marseille et Saint-Étienne. Le premier "
     "atelier aura lieu à Rennes.", ["13055", "42218"]),
    # A title about a court opens on the court's town, the judged town after it.
    ("Nantes : le tribunal valide les drones au-dessus de Saint-Herblain.\nSaisi en "
     "référé, le juge a estimé l'arrêté proportionné.", ["44162"]),
    ("À Poitiers, la justice suspend les caméras-piétons de Châtellerault.\nLe juge des "
     "référés a suspendu l'arrêté du maire.", ["86066"]),
    ("Toulon : le tribunal suspend la VSA de la ville.\nLa ville fera appel ; le même "
     "logiciel équipe Hyères.", ["83137", "83069"]),
    # A direction: « la voie ferrée vers Strasbourg », « en direction de Lyon ».
    ("Haguenau inaugure son centre de supervision.\nHuit caméras filment la voie ferrée "
     "vers Strasbourg et deux la route en direction de Brumath.", ["67180"]),
    # Neighbours locating a town: « qui jouxte Grenoble et Gières ».
    ("LAPI : Saint-Martin-d'Hères installe des lecteurs de plaques.\nLa ville, qui jouxte "
     "Grenoble et Gières, est traversée par la rocade sud.", ["38421"]),
    # A facility in the town: « le port de X sera équipé ».
    ("Caméras intelligentes au port du Havre.\nLe port de Rouen, également géré par "
     "Haropa, sera équipé en 2026.", ["76351", "76540"]),
    # Left out: « ne sont pas candidates », « ne sera pas survolée », « ont suivi
    # l'audience ».
    ("Rouen mutualise son centre de supervision.\nLe Petit-Quevilly le rejoint ; Darnétal "
     "et Bihorel ne sont pas candidates.", ["76540", "76498"]),
    ("Drones pour le Tour à Saint-Nazaire.\nLa manifestation prévue le même jour à Nantes "
     "ne sera pas survolée.", ["44184"]),
    ("Dijon : la justice valide les caméras.\nChenôve et Quetigny ont suivi l'audience.",
     ["21231"]),
    ("Dijon : la justice valide les caméras.\nChenôve et Quetigny ont suivi l’audience.",
     ["21231"]),  # a curly apostrophe, as feeds write it
    ("Grenoble : caméras pour trois quartiers\nLa ville en installe dans les quartiers "
     "d’Abbaye, de Teisseire et de Villeneuve.", ["38185"]),
    # An apposition is closed by a comma (« À Bastia, la préfecture de Haute-Corse… » is
    # no apposition); « n'a pas été saisie » leaves the town out.
    ("Drones pour le rallye en Corse-du-Sud.\nLe préfet autorise deux drones à Ajaccio. À "
     "Bastia, la préfecture de Haute-Corse n'a pas été saisie.", ["2A004"]),
    ("La VSA testée pendant les Francofolies de La Rochelle.\nRochefort, qui accueille aussi "
     "un festival, n'a rien sollicité.", ["17300"]),
    # A short form in the title beside two towns it may stand for, both named in full.
    ("Saint-Laurent : les polices s'équipent.\nLes agents de Saint-Laurent-du-Var portent "
     "des caméras-piétons. À Saint-Laurent-du-Maroni, en Guyane, les gendarmes aussi.",
     ["97311", "06123"]),
    # A short form leaving out a saint's name that ends the town's (Hérouville for
    # Hérouville-Saint-Clair, Oloron for Oloron-Sainte-Marie).
    ("Caen étudie la vidéoprotection.\nÀ Hérouville, vingt caméras filment déjà le centre.",
     ["14118", "14327"]),
    ("Oloron : la police municipale équipée de caméras-piétons.", ["64422"]),
    # The first of three capitalised parts (« Soultz » for Soultz-Haut-Rhin).
    ("Soultz : huit caméras pour le centre.", ["68315"]),
    # « celles de X » after cameras: X's own cameras.
    ("Le Creusot vote vingt caméras.\nL'opposition a demandé un bilan de celles de "
     "Montceau-les-Mines, installées en 2020.", ["71153", "71306"]),
    # Each of a list after a town's noun is a commune, whatever its word.
    ("Wintics dévoile ses clients.\nLe logiciel équipe les villes de Cannes, Sens, Vichy et "
     "Tours.", ["06029", "89387", "03310", "37261"]),
    # A foreign city named like a French village settles no homonym (« Saint-Denis » and
    # « Montréal » are both villages of the Aude): Saint-Denis alone is the largest.
    ("Les clients de Wintics.\nLes villes de Cannes et de Saint-Denis l'utilisent ; à "
     "l'étranger, la société travaille à Montréal.", ["06029", "97411"]),
])
def test_weighed_evidence_kinds(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize("text, scope, expected", [
    # A council feed's own town is the city its districts belong to, whatever its size.
    ("Conseil municipal : vidéoprotection.\nSix caméras seront posées à Sainte-Marthe, près "
     "du marché.", "13055", []),
    ("Caméras : les habitants de Maurepas soulagés.\nLes habitants de Maurepas attendaient "
     "ces caméras depuis l'été.", "35238", []),
    # A district beside a city in the title, settled only by the region; an overseas town
    # beside a mainland city.
    ("Metz : six caméras de plus à Magny.\nLa ville installe six caméras à Magny, près de "
     "l'école.", None, ["57463"]),
    ("Marseille : six caméras de plus à Saint-Louis.\nLa ville en installe six à "
     "Saint-Louis, près de l'école.", None, ["13055"]),
    # A town the title names, while no city of the story is in it, is the story's subject.
    ("Vidéoprotection à Flers.\nLes douze caméras seront reliées au serveur de Citeos, "
     "une filiale de Vinci installée à Lyon.", None, ["61169"]),
    # A place of another island in a story the title sets overseas: « Marigot » in
    # Saint-Martin is no Le Marigot of Martinique (but « la commune de » names one).
    ("Saint-Martin : douze caméras de plus.\nLa Collectivité en pose à Marigot et à "
     "Grand-Case.", None, ["97801"]),
    ("Saint-Martin : douze caméras de plus.\nLa commune du Marigot, en Martinique, "
     "en installe aussi.", None, ["97801", "97216"]),
    # Two names each borne by many communes, sharing one overseas department only, place
    # each other there: Saint-Denis and Sainte-Marie are both Réunion's.
    ("Vidéosurveillance à Sainte-Marie.\nAprès la ville de Saint-Denis, la commune de "
     "Sainte-Marie pose 72 caméras.", None, ["97418", "97411"]),
    # A town's own council keeps its weight even far from the story's city.
    ("Alençon vote 18 caméras.\nLe conseil municipal d'Alençon les a votées ; à La "
     "Réunion, onze communes sont équipées.", None, ["61001"]),
])
def test_districts_of_a_city_named_like_communes_elsewhere(text, scope, expected):
    assert codes(text, Scope(commune=scope)) == expected


def test_every_commune_and_rejected_name_carries_its_weighed_evidence():
    found, rejected = explain_communes(
        "Des caméras de plus à Tulle, rue de Brive.")
    assert [p.commune.code for p in found] == ["19272"]
    tulle = found[0]
    parts = dict(tulle.signals)
    assert parts["locative"] > 0 and parts["common_word"] < 0
    assert tulle.weight >= shipped_weights().threshold
    brive = next(r for r in rejected if r.mention == "Brive")
    assert brive.commune.name == "Brive-la-Gaillarde"
    assert dict(brive.signals)["street"] < 0 and brive.weight < shipped_weights().threshold
    assert brive.reason.startswith("a street or building is named after it")


def test_the_shipped_weights_cover_every_signal_and_nothing_else():
    weights = shipped_weights()
    assert set(weights.signals) == set(SIGNALS)
    assert 0 < weights.threshold < 1
    with pytest.raises(ValueError, match="unknown signals"):
        weights_from_json({"bias": 0, "threshold": 0.5, "signals": {"rumour": 1}})


def test_a_signal_against_a_name_lowers_its_weight():
    plain = weigh({"locative": 1.0, "unique": 1.0})
    street = weigh({"locative": 1.0, "unique": 1.0, "street": 1.0})
    assert street.probability < plain.probability
    assert street.contributions[0][0] == "street"  # the strongest part comes first


def test_a_sentence_denying_surveillance_does_not_count_as_naming_it():
    from bot.matching.places import candidates

    def signals_of(text: str, name: str) -> dict[str, float]:
        return next(c.signals for c in candidates(text)[0] if c.commune.name == name)

    denied = signals_of("Arrêtés anti-mendicité\nAgde en a pris un, sans caméra ni drone.",
                        "Agde")
    named = signals_of("Arrêtés anti-mendicité\nAgde en a pris un, avec des caméras.", "Agde")
    assert "surveillance_sentence" not in denied and "surveillance_sentence" in named


def test_a_digest_item_opens_with_its_town_as_a_dateline():
    """In a digest, « Rezé : … » reads like a title's « Nice : … »; the other towns'
    items, naming no surveillance, leave them out."""
    found, rejected = explain_communes(
        "Sud-Loire : l'essentiel\nRezé : six caméras au parc des Mahaudières.\n\n"
        "Vertou : la médiathèque rouvre.")
    assert [(p.commune.code, "dateline" in dict(p.signals)) for p in found] == [("44143", True)]
    assert [r.mention for r in rejected if dict(r.signals).get("left_out")] == ["Vertou"]


def test_a_homonym_ten_times_any_other_says_so_in_its_evidence():
    """Héricourt (Haute-Saône, 10,600) beside a Pas-de-Calais hamlet of 77 counts as the
    only one, and `match` says why: it is not the only commune of that name."""
    found, _ = explain_communes("Héricourt installe des caméras de vidéoprotection.")
    assert [(p.commune.code, p.evidence) for p in found] == [("70285", "largest by far")]


@pytest.mark.parametrize("text, expected", [
    # A name one letter away from a commune of the department of the towns it is listed
    # with: a letter dropped, changed, swapped; beside a homonym the list's other town
    # settles (Fontaine, Mérignac).
    ("Rodéos urbains : le préfet de l'Isère autorise les drones au-dessus d'Échirolles, "
     "de Fontaine et de Sasenage.", ["38151", "38169", "38474"]),
    ("Les caméras-piétons arrivent dans les polices municipales de Montauban, "
     "Castelsarasin et Moissac.", ["82121", "82033", "82112"]),
    ("Vidéoprotection : Pessac, Mérignac et Talense signent une convention avec la "
     "préfecture.", ["33318", "33281", "33522"]),
    ("Caméras : Cenon, Lormont et Floriac mutualisent leur centre de supervision.",
     ["33119", "33249", "33167"]),
    # Of two communes one letter away, the one far more populous (Bergerac, not Sergeac).
    ("Vidéoprotection : Périgueux, Bergeac et Sarlat-la-Canéda signent avec l'État.",
     ["24322", "24037", "24520"]),
    # Not a misspelling: a name alone, a name beside a town of another department,
    # people named after the towns.
    ("Vidéoprotection : Talense installe vingt caméras.", []),
    ("Vidéoprotection : les villes de Bordeaux et de Castelsarasin recrutent des "
     "opérateurs.", ["33063"]),
    ("Caméras : Agen et Nérac s'équipent, se félicitent Jean Dionis et Henri Tandonnet.",
     ["47001", "47195"]),
])
def test_a_misspelt_town_in_a_list_of_towns(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A title's first word, then the town: a question word, or any word before a name
    # written with its article contracted, makes no person's or club's name of it.
    ("Comment Saint-Jean-de-Braye finance ses nouvelles caméras de vidéoprotection.",
     ["45284"]),
    ("Pourquoi Villeurbanne renonce à la vidéoverbalisation.", ["69266"]),
    ("Caméras au Bourget : le conseil municipal vote l'extension.", ["93013"]),
    # but a first name before a town's name is still a person (« Gilles Platret »)
    ("Vidéoprotection : Gilles Platret défend le bilan des caméras.", []),
    # A town locating another: « en périphérie de », « à la lisière de ».
    ("Vidéoprotection : Avrillé, en périphérie d'Angers, installe trente caméras.",
     ["49015"]),
    ("Caméras-piétons : Saint-Cyr-sur-Loire, à la lisière de Tours, équipe ses agents.",
     ["37214"]),
    # A name followed by « , quartier de X » or « , hameau de X »: X's district.
    ("Six caméras pour Lorette, quartier de Saint-Chamond.", ["42207"]),
    ("Vidéoprotection : quatre caméras à Beaulieu, hameau de Saint-Affrique.", ["12208"]),
    # A title naming a town only an overseas commune bears sets the story there: a
    # mainland village named by its name alone is a local place (Soula, in the Ariège).
    ("Macouria équipe ses nouveaux quartiers de caméras.\nLes premières seront posées à "
     "Soula, près de l'école.", ["97305"]),
    # A long name written with spaces, its words after the particle in lower case: the
    # commune, not the « Saint-Germain » its first words also name.
    ("Vidéoprotection : Saint Germain en laye étend son réseau de caméras.", ["78551"]),
    ("Caméras : l'opposition de Villeneuve la garenne dénonce le coût.", ["92078"]),
    # Towns given as examples of what a clause says other towns do.
    ("Vidéoprotection : Landerneau installe vingt caméras.\nPlusieurs communes du "
     "Finistère s'équipent aussi, comme Morlaix et Quimperlé.", ["29103", "29151", "29233"]),
    # A mayor presenting an intercommunality's cameras: his town is his office, not
    # where the cameras go (it is named nowhere else); his own town's cameras are.
    ("La communauté de communes installe quarante caméras.\nJean Dupont, maire de Plouzané "
     "et vice-président de la communauté, a présenté le projet.", []),
    ("Caméras : la communauté d'agglomération vote le schéma.\nMarie Durand, maire de "
     "Lamballe-Armor, a présenté les quarante caméras des entrées de ville.", []),
    ("Plouzané installe quarante caméras.\nJean Dupont, maire de Plouzané, a présenté les "
     "caméras de sa commune.", ["29212"]),
    ("Caméras : le syndicat mixte, présidé par Jean Martin, maire de Plouguerneau, "
     "raccorde les caméras de trente communes.", []),
    # A commune named like its department, without its article, where the text also
    # names the department with it: the department; « la commune de Mayenne » the town.
    ("Des caméras devant les collèges de Mayenne.\nLe préfet de la Mayenne a donné son "
     "accord aux 40 caméras.", []),
    ("Caméras à Mayenne : la commune de Mayenne installe vingt caméras.\nLe préfet de la "
     "Mayenne a signé l'arrêté.", ["53147"]),
    # « des bourgs comme » gives examples, as « des villes comme » does.
    ("Vidéoprotection : dans le Gers, des bourgs comme Vic-Fezensac, Mirande et Nogaro ont "
     "installé des caméras.", ["32462", "32256", "32296"]),
    # « accolée à X »: the neighbour it is joined to.
    ("Vidéoprotection : accolée à Rennes, Cesson-Sévigné installe vingt caméras.",
     ["35051"]),
    # Where a past event happened, a few words after its noun: no deployment there.
    ("Reconnaissance faciale : le fichier des suspects sert de plus en plus.\nL'attentat "
     "à la voiture bélier de Strasbourg a été élucidé grâce à lui.", []),
    ("VSA : les vendeurs se préparent.\nLe souvenir du fiasco de la finale de rugby à "
     "Marseille pèse sur les organisateurs.", []),
    # but not when the cameras stand between (« l'attentat filmé par les caméras de Nice »
    # names the cameras' town)
    ("Vidéoprotection : l'attentat filmé par les caméras de Nice relance le débat sur la "
     "VSA.", ["06088"]),
    # Streets at a corner, each of the list; a short form opening a sentence as a noun.
    ("Vidéoprotection : Lille pose une caméra à l'angle des rues de Béthune et d'Arras.",
     ["59350"]),
    ("Plan de vidéoprotection : la ville de Tourcoing ajoute trente caméras.", ["59599"]),
])
def test_kinds_found_on_real_pages_in_session_16(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A name read as a district once is that district wherever it is written, even where
    # alone it would be a short form (Saint-Jacques-de-la-Lande).
    ("Caméras : le quartier Saint-Jacques sous surveillance.\nLa mairie installe six "
     "caméras à Saint-Jacques, devant l'école.", []),
    # A village inside a place's longer name (« au Clos-Perrier ») says nothing of the
    # story's department: « Villeneuve » stays unsettled, « Saint-Jacques » its largest.
    ("Caméras : la ville de Villeneuve en installe dix au Clos-Perrier.", []),
    ("Vidéoprotection : la commune de Saint-Jacques installe huit caméras au Bois-Perrier.",
     ["35281"]),
    # A city named exactly beside a longer-named town of another region, and nothing
    # placing the city: the other town's short form.
    ("Saint-Denis-d'Oléron : le maire de Saint-Denis présente six caméras de "
     "vidéoprotection.", ["17323"]),
    ("Saint-Pierre-d'Oléron installe des caméras au port.\nLe maire de Saint-Pierre "
     "en promet six autres.", ["17385"]),
    ("Vidéoprotection à Saint-Quentin-Fallavier.\nLe maire de Saint-Quentin inaugure "
     "douze caméras.", ["38449"]),
    # but not a city placed by its department, nor one of the same region (Clichy)
    ("Saint-Quentin-Fallavier installe douze caméras.\nÀ Saint-Quentin (Aisne), la "
     "vidéoprotection s'étend aussi.", ["38449", "02691"]),
    ("Caméras : Clichy-sous-Bois en pose quarante.\nÀ Clichy, la mairie en ajoute vingt.",
     ["93014", "92024"]),
    # A mayor speaking for the intercommunality, his town named twice, both times as
    # his office: still no place of the story.
    ("Le sénateur-maire de Chartres inaugure les caméras de Lucé.\nJean Martin, maire "
     "de Chartres et président de l'agglomération, a coupé le ruban.", ["28218"]),
    # Long names written with spaces, as with hyphens: both towns named in full stand;
    # the river a spaced name ends on is no commune.
    ("Saint-Laurent : des caméras pour deux polices.\nSaint Laurent du Var en installe "
     "dix. À Saint Laurent du Maroni, en Guyane, la mairie en pose vingt.",
     ["97311", "06123"]),
    ("Vidéoprotection : Chalon sur Saône filme les quais de Saône.", ["71076"]),
    # A city misspelt in a list of towns of several departments: the city five times as
    # populous as any other commune one letter away (not Montélier, in the Drôme).
    ("VSA : la campagne recense les logiciels de Bordaux, Lille et Montpelier.",
     ["33063", "59350", "34172"]),
    # but not a name one letter from a small town only, nor a commune's own name
    ("VSA : la campagne recense les logiciels de Lille, Lens et Vimy-sur-Mer.",
     ["59350", "62498"]),
    # A city, then « , le quartier de X »: the subject of the next clause, not the city
    # as X's district.
    ("Caméras : dans le 18e arrondissement de Paris, le quartier de La Chapelle en reçoit "
     "vingt.", ["75056"]),
    ("Vidéoprotection : à Toulouse, le quartier de Bellefontaine reçoit huit caméras.",
     ["31555"]),
    ("Caméras : à Vierzon, le quartier de Clos-du-Roy en reçoit huit.", ["18279"]),
    # A title listing a city's districts, one named like a small town elsewhere, and the
    # city named by its own body in the text: the city's district.
    ("Vidéoprotection : Bellefontaine et Mirail équipés.\nLa mairie de Toulouse installe "
     "des caméras à Bellefontaine et au Mirail.", ["31555"]),
    # « à mi-chemin de X et de Y » locates, as « entre X et Y » does.
    ("Caméras : Castelnaudary, à mi-chemin de Toulouse et de Carcassonne, en pose vingt.",
     ["11076"]),
    # A mayor judging another town's surveillance, her town named nowhere else; but not
    # her own town's cameras.
    ("Caméras-piétons à Coudekerque-Branche.\nPatrice Vergriete, maire de Dunkerque, a "
     "salué les caméras-piétons de la police municipale de Coudekerque-Branche.",
     ["59155"]),
    ("Caméras-piétons : Patrice Vergriete, maire de Dunkerque, défend les caméras de la "
     "police municipale.", ["59183"]),
    # A town that pioneered something, a year given, in the summary: a precedent; in the
    # title, the story's subject.
    ("Vidéoverbalisation : Reims s'y met.\nLa ville suit de nombreuses autres ; "
     "Montpellier l’a lancée la première, en 2011.", ["51454"]),
    ("Drones : Nantes, pionnière en 2020, range les siens.\nLa ville n'en fait plus "
     "voler depuis 2023.", ["44109"]),
    # A plural pluperfect after a town is not the town's (« les élus de X avaient… »).
    ("Caméras : la cour confirme l'annulation.\nEn 2019, trois élus d'opposition de "
     "Wattrelos avaient attaqué la délibération sur la vidéoprotection.", ["59650"]),
    # A commune written with its hamlet: its mayor's, or its department's number after it.
    ("Vidéoprotection : le maire de Nibas-Saucourt pose une caméra au cimetière.",
     ["80597"]),
    ("Vidéosurveillance : Hambach-Roth (57) met en service 22 caméras.", ["57289"]),
    # A capitalised name, then the town with its article contracted: a place there, not
    # a person or a club (« le lycée Claude-Monet du Havre »).
    ("Vidéoprotection : huit caméras pour le lycée Claude-Monet du Havre.", ["76351"]),
    # A car park named after a place (« le parking Serval »), not « le parking de X ».
    ("Caméras : à Chantilly, six au parking Serval et quatre au parking de Gouvieux.",
     ["60141", "60282"]),
    # A person presented by a post (not a mayor's) in a town the story names nowhere
    # else: who the person is, not where the story is; named again, the town stays.
    ("VSA : un guide pour les collectivités.\nSes auteurs sont Paul Henry, consultant, et "
     "Marie Petit, directrice de la police municipale de Tours.", []),
    ("Vidéosurveillance : le débat national.\n« Une fascination pour l'outil », analyse "
     "Anne Roux, adjointe chargée de la sécurité à Poitiers.", []),
    ("Poitiers : le débat sur la vidéosurveillance.\n« Une fascination pour l'outil », "
     "analyse Anne Roux, adjointe chargée de la sécurité à Poitiers.", ["86194"]),
])
def test_kinds_found_in_session_17(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A fair or a feast named after a saint is the saint's day, not a town of his name.
    ("Caméras : la préfecture exige un dispositif pour la foire Saint-Martin.\nÀ "
     "Saint-Hilaire-du-Harcouët, le maire étudie une vidéoprotection.", ["50484"]),
    ("Vidéoprotection : des caméras provisoires pour la Saint-Jean à Lorient.", ["56121"]),
    # « en » before a one-word name beginning with a consonant is a province's (« en
    # Roussillon », « en Béarn »); a town takes « à » (but the south writes « en Avignon »).
    ("En Roussillon, la gendarmerie lit les plaques d'immatriculation.\nDeux voitures "
     "équipées de caméras circulent dans les Pyrénées-Orientales.", []),
    ("Festival : la mairie installe vingt caméras en Avignon.", ["84007"]),
    # A postal address with « cedex » is a body's, not where the cameras are.
    ("Étude sur la vidéosurveillance des lycées.\nL'institut régional la publie (15 rue "
     "Falguière, 75740 Paris cedex 15).", []),
])
def test_kinds_found_in_session_18(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A list of buildings « name à town »: the name is the building's, not a town.
    ("Vidéoprotection : trois collèges pilotes.\nLes collèges pilotes sont Jean-Moulin à "
     "Royan, Saint-Simon à Saintes et Fénelon à La Rochelle.", ["17306", "17415", "17300"]),
    # A hyphened name after a lowered article (« à la Vieille-Lyre »), one town's alone,
    # is that town, however small.
    ("Vidéoprotection : à la Vieille-Lyre, 17 caméras contre les vols.", ["27685"]),
    # Towns given as examples of what towns do are peers: none is a district of another,
    # and a pronoun may stand for the towns (« certaines…, comme Bandol ; d'autres, comme
    # Argenteuil »).
    ("Vidéosurveillance : la Cour des comptes.\nDes communes comme Argenteuil ou Bandol "
     "ignorent le coût de leur CSU.", ["95018", "83009"]),
    ("Vidéosurveillance : la Cour des comptes.\nPeu de communes connaissent ce coût : "
     "certaines déclarent zéro malgré un CSU, comme Bandol ; d'autres, comme Argenteuil, "
     "ne ventilent rien.", ["83009", "95018"]),
    # A court named « de la ville de X » is a seat, as « le tribunal de X » is.
    ("Drones du 1er-Mai : la justice suspend en partie.\nLe tribunal administratif de la "
     "ville de Rouen a suspendu l'arrêté autorisant les drones au-dessus du cortège du "
     "Havre.", ["76351"]),
    # A word-like name in a long list of towns is a town even when its neighbours are a
    # word and a short form: the list is followed as far as it goes.
    ("Briefcam équipe des villes.\nLe logiciel équipe 34 villes, dont Roubaix, Vannes, "
     "Nice, Vienne, La Baule et Nîmes.", ["59512", "56260", "06088", "38544", "44055",
                                          "30189"]),
    # A speaker's past office (« j'ai été maire, d'une ville de 26 000 habitants, X »).
    ("Caméras-piétons : « enfin ! ».\nL'usage des caméras mobiles par les policiers "
     "municipaux est pérennisé. « J'ai été maire, d'une ville de 26 000 habitants, "
     "Cavaillon », rappelle le député.", []),
    # « à l'exemple de X » gives an example, as « comme X » does.
    ("Vidéosurveillance à Sens : le débat.\nLes villes qui ont fait baisser la délinquance, à "
     "l'exemple de la ville de Montereau voisine, l'ont fait sans caméras.", ["89387"]),
    # « De X à Y, en passant par Z »: the towns of a range, not a route's stops.
    ("Vidéoprotection : les villages s'équipent.\nDe Solaro à Ghisonaccia, en passant par "
     "Ventiseri, les communes installent des caméras.", ["2B283", "2B123", "2B342"]),
    # « la gare de Lyon », Lyon named nowhere else, is Paris's station (not « la gare de
    # Lyon Part-Dieu »).
    ("Caméras-piétons : lancement à la gare de Lyon.\nLe ministre des Transports a lancé "
     "les caméras-piétons des contrôleurs de la RATP.", []),
    ("Vidéoprotection : 300 caméras à la gare de Lyon Part-Dieu.\nLa SNCF renforce "
     "la vidéoprotection.", ["69123"]),
    # « quatre communes autour de Grenoble » are other towns (but « des drones autour de
    # Toulouse » watch a zone that holds it); « l'école des officiers de Melun » is a seat.
    ("Vidéosurveillance : une étude.\nLe chercheur a étudié les caméras de quatre "
     "communes autour de Grenoble pour l'école des officiers de Melun.", []),
    # « Strasbourg-centre », « Rouen-Centre »: the town's own centre, not a longer name.
    ("Vidéoprotection : 40 caméras pour Strasbourg-centre.\nLe dispositif couvre "
     "Strasbourg-centre et la Meinau.", ["67482"]),
])
def test_kinds_found_in_session_18_second_batch(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # « Sainte-Anne » beside Nantes or Rennes is a district, a square or a church: a
    # village's saint's name (Sainte-Anne-sur-Brivet, 3,000) is not settled by the story's
    # neighbours; a town's is (« Sainte-Luce », 16,000, beside Nantes).
    ("Vidéoprotection : Nantes ajoute 80 caméras.\nSix caméras iront à Chantenay et à "
     "Sainte-Anne, huit à Doulon.", ["44109"]),
    ("Vidéoprotection : le centre de la ville.\nLes caméras de Rennes filmeront Sainte-Anne "
     "et la place de la République.", ["35238"]),
    ("Vidéoprotection : un centre pour quatre villes.\nLe centre de supervision servira "
     "Nantes, Rezé, Sainte-Luce et Carquefou.", ["44109", "44143", "44172", "44026"]),
    # « la voie verte qui relie Vertou à Clisson »: a road's far end, a landmark.
    ("Vidéoprotection : Vertou pose six caméras.\nElles filmeront la voie verte qui relie "
     "Vertou à Clisson.", ["44215"]),
    # « la municipalité nantaise » is the town's own council.
    ("Vidéosurveillance : cinq caméras de plus.\nLa municipalité nantaise étend son réseau "
     "au quartier du Breil.", ["44109"]),
    # « on est loin de villes comme Nice »: a contrast, not towns given as examples.
    ("Vidéosurveillance : Brest vote 30 caméras.\nLa ville n’en pilotait que deux : on est "
     "loin de villes comme Nice ou Toulouse.", ["29019"]),
    # « deuxième ville de la région derrière Orléans »: a ranking's other towns.
    ("Vidéoprotection : la ville de Tours s’équipe.\nTours, deuxième ville de la région "
     "derrière Orléans, installera 40 caméras.", ["37261"]),
    ("Vidéosurveillance : Perpignan se hisse sur le podium.\nAvec 600 caméras, Perpignan "
     "prend la troisième place, derrière Nice et à égalité avec Béziers.", ["66136"]),
    # « À titre de comparaison, … »: every town of the sentence is a comparison.
    ("Vidéoprotection : le palmarès des villes.\nMulhouse compte 265 caméras. À titre de "
     "comparaison, Dijon n'en a que 40, Brest 12 et Limoges 90.", ["68224"]),
    # « douze villes se sont équipées, comme Montreuil »: examples of what towns did.
    ("Vidéosurveillance : le nouveau classement.\nQuatre villes se sont équipées depuis "
     "2013, comme Montreuil, en Seine-Saint-Denis, ou Lille.", ["93048", "59350"]),
    # A town the text locates by a town of its department (« Plouisy, près de Guingamp »)
    # is a town, not a district of the story's city.
    ("Vidéoprotection : le Finistère s’équipe.\nQuimper, Morlaix et Brest installent des "
     "caméras ; Plouisy, près de Guingamp, filme aussi son bourg.",
     ["29232", "29151", "29019", "22223"]),
    # « loin, très loin derrière Nice »: a comparison.
    ("Vidéosurveillance : Limoges compte 48 caméras.\nAvec 48 caméras, Limoges se situe "
     "loin, très loin derrière Nice et ses 600 objectifs.", ["87085"]),
    # « Nice avait déjà 1 257 caméras en 2016 »: what the town had (« avoir »), no
    # pluperfect of a precedent.
    ("Vidéosurveillance : le palmarès des villes filmées.\nNice avait déjà 1 257 caméras "
     "en 2016, Nîmes en a 411.", ["06088", "30189"]),
    # Towns of 3,000 to 5,000 get the short form the press gives them, as towns of 5,000
    # to 20,000 do (« Le Touquet », « Salses »).
    ("Vidéoprotection dans le Pas-de-Calais.\nLe Touquet installe trente caméras.",
     ["62826"]),
    ("Vidéoprotection dans les Pyrénées-Orientales.\nArgelès et Salses installent des "
     "caméras.", ["66008", "66190"]),
    # An overseas town chosen only as the largest of its name (Saint-Pierre, Réunion),
    # beside mainland towns and nothing overseas named, is a local place.
    ("Vidéoprotection : Hazebrouck étend son réseau.\nLes caméras filment le centre-ville, "
     "Saint-Pierre et la gare.", ["59295"]),
    # « Comines dépasse Nice », « quand Nice en a une pour 272 »: a ranking's rival, another
    # town's figure in a contrasting clause.
    ("Vidéosurveillance : Comines s’équipe.\nAvec une caméra pour 90 habitants, Comines "
     "dépasse Nice.", ["59152"]),
    ("Vidéosurveillance : Bailleul s’équipe.\nLa ville aura une caméra pour 200 habitants, "
     "quand Nice en a une pour 272.", ["59043"]),
    # A deputy mayor setting something up acts for the town (« adjoint au maire de Blois…,
    # lance un plan »); testifying in a national directory, the post is his own.
    ("Vidéoprotection : un plan de trois ans.\nMarc Durand, adjoint au maire de Blois "
     "chargé de la sécurité, lance un plan de vingt caméras.", ["41018"]),
    ("Vidéosurveillance : un annuaire national.\nMarc Durand, adjoint au maire de Blois, y "
     "témoigne aux côtés de vingt élus.", []),
    # « Dans la ville voisine de Cazères, dix caméras… » opens a sentence on the neighbour.
    ("Vidéoprotection : Montesquieu-Volvestre s’équipe.\nLe conseil municipal a voté six "
     "caméras. Dans la ville voisine de Cazères, dix caméras ont permis d’élucider deux "
     "vols.", ["31375", "31135"]),
    # A word-like town opening a title with its counted network (« Menton comptera 150
    # caméras ») is the town, as « Grasse renforce son réseau » is.
    ("Menton comptera 150 caméras d’ici l’été\nLa nouvelle caméra voit à 360 degrés la rue "
     "Saint-Charles et la place Ardoïno, près des dépôts sauvages.", ["06083"]),
    # « l'arrêt de tram Schoelcher »: a stop named after a person, not the Martinique town.
    ("Vidéoprotection : Rezé renforce son réseau.\nDeux caméras filmeront l’arrêt de tram "
     "Schoelcher et la rue de Dax.", ["44143"]),
    # « au carrefour des rues Chaussade et Crozatier »: streets, the « de » left out.
    ("Vidéoprotection : Aurillac ajoute six caméras.\nUne caméra ira au carrefour des rues "
     "Chaussade et Crozatier, une autre square Vermenouze.", ["15014"]),
    # « Dans l'agglomération de Rouen, Déville-lès-Rouen installe… »: the area locates the
    # town the sentence goes on with; alone, it is the town and its suburbs.
    ("Vidéoprotection : douze caméras de plus.\nDans l’agglomération de Rouen, "
     "Déville-lès-Rouen installe douze caméras aux entrées de ville.", ["76216"]),
    ("Vidéoprotection : douze caméras de plus.\nDans l’agglomération de Reims, les caméras "
     "se multiplient.", ["51454"]),
    # « la N2, qui file de Senlis à Soissons »: a numbered road's two ends.
    ("Vidéoprotection : Villers-Cotterêts s’équipe.\nLa N2, qui file de Senlis à Soissons, "
     "traverse la commune ; dix caméras filmeront ses entrées.", ["02810"]),
])
def test_kinds_found_in_session_19(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A mid-size town's district named like a village several communes share, in
    # another department, is the district (« à Saint-Siméon » in an Auxerre story, not
    # the Seine-et-Marne village); a neighbour called a village keeps its town.
    ("Vidéoprotection : Auxerre ajoute dix caméras.\nElles iront au centre historique, à "
     "Saint-Siméon et aux Rosoirs.", ["89024"]),
    ("Vidéoprotection : Nevers étend son réseau.\nSix caméras iront aux Courlis, à "
     "Saint-Agnan et à la Grande-Pâture.", ["58194"]),
    ("Vidéoprotection : Mâcon pose dix caméras.\nMâcon filmera la gare ; Saint-Agnan, "
     "village voisin, en pose deux.", ["71270", "71382"]),
    ("Vidéoprotection : Saint-Agnan pose trois caméras.\nLe village de l’Yonne filmera la "
     "place de la mairie et l’école.", ["89332"]),
    # « loin de la voisine Feurs » is a reference point, as « loin de Feurs » is; the
    # neighbour opening its own sentence is told.
    ("Vidéoprotection : Montbrison ajoute sept caméras.\nLa ville, qui compte douze "
     "caméras, en aura dix-neuf à la fin de l’année, loin de la voisine Feurs (28), "
     "souvent dite la plus vidéosurveillée de France.", ["42147"]),
    ("Vidéoprotection : Montbrison ajoute sept caméras.\nLa ville en aura dix-neuf, loin de "
     "sa voisine Feurs, souvent dite la plus vidéosurveillée de France.", ["42147"]),
    ("Vidéoprotection : Montbrison ajoute sept caméras.\nSa voisine Feurs en installe aussi "
     "douze.", ["42147", "42094"]),
    # A commune renamed since 2018 is still called by its former name.
    ("Vidéoprotection : Capavenir Vosges pose douze caméras.\nElles filmeront la mairie et "
     "le stade.", ["88465"]),
    ("Vidéoprotection : Valleraugue pose trois caméras.\nElles filmeront la place du "
     "village.", ["30339"]),
    # « comme c'est désormais le cas à Dreux » compares.
    ("Vidéoprotection : Châteaudun verbalise.\nCertaines caméras serviront à verbaliser le "
     "stationnement gênant, comme c'est désormais le cas à Dreux.", ["28088"]),
    # A fire station to be built, or a fire station's town, is no deployment; a barracks
    # the cameras film is a place in the town.
    ("Vidéoprotection : le département signe un contrat.\nIl finance 600 caméras pour les "
     "communes ; le SDIS aura une nouvelle caserne à Lisieux.", []),
    ("Vidéoprotection : Lisieux ajoute douze caméras.\nDeux filmeront les abords de la "
     "caserne Delaunay à Lisieux.", ["14366"]),
    # « les nouvelles majorités de Dole et de Saint-Claude »: the towns' councils.
    ("Lons-le-Saunier pose douze caméras\nLe sujet divise, alors que les nouvelles "
     "majorités de Dole et de Saint-Claude ont abandonné l’idée.", ["39300", "39198", "39478"]),
    ("Vesoul pose douze caméras\nLe sujet divise, alors que la nouvelle majorité de Gray a "
     "abandonné l’idée.", ["70550", "70279"]),
    # A counted network is a town's, whatever its name means as a word or first name.
    ("Vidéoprotection : 29 caméras pour le centre.\nJugée prioritaire par la préfecture, "
     "Lourdes aura 29 caméras d'ici 2018.", ["65286"]),
    # « les avenues Maransin et Maréchal-Foch »: streets named after their plural noun.
    ("Vidéoprotection : Tarbes ajoute seize caméras.\nElles iront par les avenues Maransin "
     "et Maréchal-Foch.", ["65440"]),
    # The same beside a town of 10,000 (Flers, 14,000: « quatre à Saint-Michel »).
    ("Vidéoprotection : Flers investit dans les caméras.\nLe conseil a voté dix-huit "
     "sites : neuf au centre-ville, quatre à Saint-Michel, trois à Saint-Sauveur, deux au "
     "Pont-Féron.", ["61169"]),
    # « 359 communes autour de Vitry-le-François, Saint-Dizier et Bar-le-Duc »: each town
    # of the list is a reference point, as the first is.
    ("Vidéoprotection : 73 caméras le long de la RN4.\nLe périmètre englobe 359 communes "
     "autour de Vitry-le-François, Saint-Dizier et Bar-le-Duc.", []),
    # « le parvis nord de la gare de Béthune »: a side of a place in the town, not a point
    # north of it; « au nord de Béthune » stays a landmark.
    ("Dix nouvelles caméras sur le parvis nord de la gare de Béthune\nElles s'ajoutent aux "
     "120 caméras de la ville.", ["62119"]),
    ("Vidéoprotection : Beuvry s'équipe.\nLa commune, au nord de Béthune, pose dix "
     "caméras.", ["62126"]),
])
def test_kinds_found_in_session_20(text, expected):
    assert sorted(codes(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # Towns « d'autres villes équipées » in the story's department report deployments
    # nearby, which the dev labels tag, as they tag « après Ars-sur-Moselle » in a Metz
    # story; deployments to come (« d'autres communes suivront : ») are tagged too.
    ("Vesoul : le maire défend son projet de caméras\nDes élus ont rencontré d'autres villes "
     "équipées, Gray, Lure et Luxeuil-les-Bains.", ["70550", "70279", "70310", "70311"]),
    ("Vesoul installe des caméras\nD'autres communes suivront : Gray, Lure et "
     "Luxeuil-les-Bains.", ["70550", "70279", "70310", "70311"]),
])
def test_kinds_found_in_session_21(text, expected):
    assert sorted(codes(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # « les chapelles Saint-Jean et Saint-Martin »: buildings named after saints, each of
    # the list, right after their plural noun (as « les avenues Maransin et Foch »).
    ("Vesoul pose dix caméras\nElles filmeront l'église et les chapelles Saint-Jean et "
     "Saint-Martin.", ["70550"]),
    ("Vesoul pose dix caméras\nElles filmeront les écoles Jules-Ferry, Saint-Martin et "
     "Saint-Jean.", ["70550"]),
    ("Vesoul pose dix caméras\nComme Saint-Jean-de-Luz, la ville filme ses écoles.",
     ["70550"]),
])
def test_kinds_found_in_session_21_named_buildings(text, expected):
    assert sorted(codes(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # « posées par ARS Télécom de Habsheim »: the installer's home town, not a deployment;
    # « posées par la ville de Habsheim » is the town acting.
    ("Vesoul pose quatre caméras\nPosées par ARS Télécom de Habsheim, elles filment le stade.",
     ["70550"]),
    ("Vesoul pose quatre caméras\nElles ont été installées par Vidéo Concept de Habsheim.",
     ["70550"]),
    ("Vesoul pose quatre caméras\nD'autres sont posées par la ville de Habsheim.",
     ["70550", "68118"]),
])
def test_kinds_found_in_session_21_installers(text, expected):
    assert sorted(codes(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # Each town of a list after a seat (« les brigades de gendarmerie de Gray, Lure et
    # Jussey ») is a seat, as the first is.
    ("Vesoul : la préfecture autorise les caméras\nL'arrêté vise aussi la convention avec "
     "les brigades de gendarmerie de Gray, Lure et Jussey.", ["70550"]),
    # « chez Bouygues Énergies et Services à Gray »: a company's site, named by its brand.
    ("Vesoul pose vingt caméras\nLes tranchées avancent, explique un conducteur de travaux "
     "chez Bouygues Énergies et Services à Jussey.", ["70550"]),
    ("Vesoul pose vingt caméras\nGray, Lure et Jussey en posent aussi.",
     ["70550", "70279", "70310", "70292"]),
])
def test_kinds_found_in_session_21_seat_lists(text, expected):
    assert sorted(codes(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # « le centre de supervision intercommunal, basé à Simiane »: where the town's cameras
    # are watched, which the labels tag; a company « basée à Simiane » is a seat.
    ("Cabriès (Bouches-du-Rhône) : 35 caméras\nElles sont reliées au centre de supervision "
     "intercommunal du syndicat, basé à Simiane.", ["13019", "13107"]),
    ("Cabriès (Bouches-du-Rhône) : 35 caméras\nElles ont été fournies par Axis, une société "
     "basée à Simiane.", ["13019"]),
])
def test_kinds_found_in_session_21_watched_where(text, expected):
    assert sorted(codes(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # « la police nationale intervient à Gray, Lure et Jussey »: a force's area, no
    # deployment, each town of the list (the towns' own cameras stay theirs).
    ("Sécurité en Haute-Saône\nLa police nationale intervient à Gray, Lure et Jussey ; 70 "
     "communes sont équipées de caméras.", []),
    ("Sécurité en Haute-Saône\nLa gendarmerie est compétente à Jussey, où la ville pose "
     "dix caméras.", ["70292"]),
])
def test_kinds_found_in_session_21_jurisdictions(text, expected):
    assert sorted(codes(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # « autorisant la vidéoprotection de la direction départementale…, à Lure »: an
    # authorised site's town, which the labels tag, not a State directorate's seat.
    ("Recueil des actes de la Haute-Saône\nArrêté autorisant l'installation d'un système "
     "de vidéoprotection à la direction départementale des territoires et à la pharmacie "
     "du Centre, à Lure.", ["70310"]),
    ("Vesoul pose vingt caméras\nLe dossier a été instruit par la direction départementale "
     "des territoires, à Lure.", ["70550"]),
    # A name without its article competes with the commune of that exact name, and wins
    # only by what places the story: Le Mont-Dore in New Caledonia against the Auvergne
    # village Mont-Dore, Le Lamentin in Martinique against Lamentin in Guadeloupe.
    ("Mont-Dore : quinze caméras de plus\nLa commune calédonienne étend son réseau.",
     ["98817"]),
    ("Mont-Dore : quinze caméras de plus\nLa commune étend son réseau.", ["63236"]),
    ("Mont-Dore (Puy-de-Dôme) : quinze caméras de plus\nLa station étend son réseau, "
     "comme l'a fait la Nouvelle-Calédonie.", ["63236"]),
    ("Lamentin : trente caméras de vidéoprotection\nLa ville martiniquaise étend son "
     "réseau.", ["97213"]),
    ("Lamentin : trente caméras de vidéoprotection\nLa ville guadeloupéenne étend son "
     "réseau.", ["97115"]),
    # Polynesian names keep their particles in lower case (« Teva i Uta »).
    ("Tahiti : Teva i Uta et Hitiaa o te Ra posent des caméras\nLes deux communes "
     "s'équipent.", ["98752", "98722"]),
    # « le Vieux Nice », « le Vieux-Lyon »: the town's old quarter is the town, not a
    # person's first name nor a longer name; « Vieux-Thann » is a commune of its own.
    ("Dix caméras de plus dans le Vieux Nice\nLa police municipale étend son réseau.",
     ["06088"]),
    ("Dix caméras de plus dans le Vieux-Lyon\nLa police municipale étend son réseau.",
     ["69123"]),
    ("Des caméras à Vieux-Thann\nLa police municipale étend son réseau.", ["68348"]),
    ("Dix caméras à Vesoul\nLe maire, Alain Chrétien, les a inaugurées avec Vieux Dupont.",
     ["70550"]),
    # « d'autres recours seront examinés lundi à Paris et à Bordeaux »: where appeals are
    # heard, the courts' seats; « un recours contre les drones à Paris et à Bordeaux »
    # names where the drones fly.
    ("Drones au Havre : la justice suspend l'arrêté\nD'autres recours seront examinés "
     "lundi à Paris et à Bordeaux.", ["76351"]),
    ("Drones de la police : un recours\nL'association dépose un recours contre les drones "
     "de la police à Paris et à Bordeaux.", ["75056", "33063"]),
    # A recueil's list of acts about camera systems: each shop's or bank's town is an
    # authorised site, even past « ; » or in the next paragraph (not a company's seat).
    ("Recueil des actes de la Haute-Saône\nArrêtés sur des systèmes de vidéoprotection : "
     "autorisation pour Noz à Gray.\nRenouvellement pour la Société générale à Lure ; "
     "modification pour la pharmacie du Centre à Jussey.", ["70279", "70310", "70292"]),
    # A short form many towns share, read as the largest by size alone (« six caméras à
    # Châteauneuf » in Châtellerault), beside a town of another department, is its
    # district, and no story town that makes the others far.
    ("Châtellerault : quinze caméras de plus\nQuatre au centre-ville, six à Châteauneuf "
     "et trois à Ozon.", ["86066"]),
    # « ça nous place juste derrière Nice »: a ranking, Nice a comparison.
    ("Quarante caméras au Blanc\nEn caméras par habitant, ça nous place juste derrière "
     "Nice, dit l'opposition.", ["36018"]),
    # « le stade de Pen ar Prat »: a Breton place name (« ar », « an », « al » its
    # article), not the village Prat; « à Prat » is the village.
    ("Vingt caméras à Quimper\nUne caméra au stade de Pen ar Prat et une à Kerfeunteun.",
     ["29232"]),
    ("Vingt caméras à Prat\nLa commune pose vingt caméras.", ["22254"]),
    # A two-word hyphenated name whose second word the writer lowered is the commune
    # (« Marcillac-vallon », « Saint-etienne »).
    ("Un projet de caméras à Marcillac-vallon\nLa mairie veut filmer les poubelles.",
     ["12138"]),
    ("Caméras à Saint-etienne\nLa ville pose vingt caméras.", ["42218"]),
    # « Saint-Barth », the island's usual name, is Saint-Barthélemy.
    ("Saint-Barth : vingt caméras de plus\nLa Collectivité étend son réseau.", ["97701"]),
    # Polynesian names with their glottal stop written as an apostrophe (« Faa'a » for
    # Faaa, « Hitia'a O Te Ra »), or as the ʻeta itself.
    ("Des caméras à Faa'a\nLa commune installe douze caméras le long de la route.",
     ["98715"]),
    ("Hitia'a O Te Ra s'équipe\nLa mairie pose six caméras au bord du lagon.", ["98722"]),
    ("Faʻaʻa installe des caméras\nLa mairie pose douze caméras.", ["98715"]),
    # Towns named by their size before « comme » (« des villes plus modestes, comme »,
    # « des communes de taille moyenne … , comme ») are examples of what towns do, not
    # comparisons; « des villes très surveillées comme Nice » after « dépasserait » stays
    # a comparison.
    ("La vidéoverbalisation gagne du terrain\nAprès les grandes métropoles, des villes plus "
     "modestes, comme Guingamp ou Sisteron, verbalisent aussi par caméra.",
     ["22070", "04209"]),
    ("Caméras : les petites villes s'équipent\nDes communes de taille moyenne ont elles "
     "aussi franchi le pas, comme Lamballe-Armor et Paimpol.", ["22093", "22162"]),
    ("Trente caméras à Vannes\nVannes dépasserait des villes très surveillées comme Nice, "
     "selon l'adjoint.", ["56260"]),
    ("Les caméras gagnent la Bretagne\nLes villes moyennes s'y mettent, comme Lannion et "
     "Loudéac ; des villages aussi, comme Plédran.", ["22113", "22136", "22176"]),
    # « comme dans l'arrêté concernant Pernes »: another town's act, compared
    ("Carpentras ajoute cinq caméras\nUn dôme compte pour cinq caméras, comme dans "
     "l'arrêté concernant Pernes-les-Fontaines.", ["84031"]),
    # … and the list of examples goes on with its town noun left out (« des villages comme
    # Loudéac, plus grandes comme Lannion, urbaines comme Brest »).
    ("La vidéoprotection en Bretagne\nDes villages comme Loudéac, plus grandes comme Lannion, "
     "urbaines comme Brest et Vannes : toutes s'équipent.",
     ["22136", "22113", "29019", "56260"]),
    # « la chambre de métiers et de l'artisanat de Rouen », the chamber's official name, is
    # its seat, as « la chambre des métiers » was.
    ("Caméras à Elbeuf\nUn conseiller de la chambre de métiers et de l'artisanat de Rouen "
     "recommande la vidéo aux commerçants.", ["76231"]),
    # A list of far precedents may hold a region or a department with its article, or end
    # with « ou encore » (« après la Gironde et Bordeaux », « après Lyon ou encore
    # Bordeaux »).
    ("Drones dans le Var\nAprès la Gironde et Bordeaux, c'est au tour de Toulon de faire "
     "voler des drones.", ["83137"]),
    ("Drones à Toulouse\nAprès Lyon ou encore Bordeaux, c'est au tour de Toulouse de tester "
     "les drones.", ["31555"]),
    # « comme celui des Pins à Granville, dont les caméras visent le portail »: an example
    # the relative clause reports as equipped (« dont » beside « qui » and « où »).
    ("Caméras dans les collèges de la Manche\nDouze collèges du département en ont, comme "
     "celui des Pins à Granville, dont les caméras visent le portail.", ["50218"]),
])
def test_kinds_found_in_session_22(text, expected):
    assert sorted(codes(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # « Celle de la gare… »: a pronoun opening a sentence, matched once accents are folded
    # to Cellé, a village whose unaccented name is a word; written with its accent, the
    # village.
    ("Vingt caméras à Blois, dans le Loir-et-Cher\nCelle de la gare sera posée en mai.",
     ["41018"]),
    ("Trois caméras à Cellé, dans le Loir-et-Cher\nLe village s'équipe enfin.", ["41030"]),
    # « la tour Saint-Martin », « le château Saint-Berthevin »: a monument's name.
    ("Douze caméras à Vendôme, dans le Loir-et-Cher\nL'une filmera la tour Saint-Martin, "
     "une autre la gare.", ["41269"]),
    ("Vidéoprotection à Laval, en Mayenne\nLe château Saint-Berthevin et le beffroi seront "
     "filmés.", ["53130"]),
    # « le maire de Pertuis Camille Durand »: the office's town, then its holder's first
    # name and surname without a comma, is the town (not « Crest Morel », a person).
    ("Vingt caméras de plus\nLe maire de Pertuis Camille Durand a reçu la sous-préfète. La "
     "ville en compte déjà cinquante.", ["84089"]),
    ("Un centre de supervision inauguré\nLe maire de Crest Daniel Morel a montré les écrans "
     "des trente caméras.", ["26108"]),
    # « signées à Souillac ou encore à Figeac »: each town of a list after « signé à », the
    # preposition repeated, is where an act is signed.
    ("Caméras à Gourdon\nLa ville pose dix caméras ; d'autres conventions doivent être "
     "signées en mai à Souillac ou encore à Figeac.", ["46127"]),
    # « certaines restent réticentes, ce qui n'est pas le cas d'Armentières »: the negation
    # of a refusal names a town that wants the cameras; after a town's cameras, « ce qui
    # n'est pas le cas de Grasse » leaves Grasse out.
    ("Caméras : les maires hésitent\nCertaines communes restent réticentes, ce qui n'est "
     "pas le cas d'Armentières et de Bailleul.", ["59017", "59043"]),
    ("Caméras à Cannes\nCannes compte 900 caméras, ce qui n'est pas le cas de Grasse.",
     ["06029"]),
    # « celles du Cannet » raises a doubt about the form (« du Palais »), which « Le Cannet
    # rejoindra… », the same town written plainly, lifts; alone, the doubt stays.
    ("Vidéoprotection à Mougins\nLa ville a mutualisé ses archives avec celles du Cannet. "
     "Le Cannet rejoindra aussi son centre de supervision des caméras.", ["06085", "06030"]),
    ("Vidéoprotection à Mougins\nLa ville a mutualisé ses archives avec celles du Cannet.",
     ["06085"]),
    # « devant la gendarmerie de Voreppe »: a police building named by its town, where
    # the cameras stand, not the unit's seat; « la gendarmerie de Voreppe réclame… » stays
    # the unit.
    ("Des caméras illégales\nDes caméras intelligentes ont été posées devant la gendarmerie "
     "de Voreppe.", ["38565"]),
    ("Des caméras au commissariat\nTrois caméras filment désormais les abords du "
     "commissariat de Vierzon.", ["18279"]),
    ("Des caméras réclamées\nLa gendarmerie de Voreppe réclame des caméras.", []),
    # Found by probing roles of our own: where cameras were made (« fabriquées à ») or
    # stored (« l'entrepôt de ») is the factory's town even in a sentence about cameras;
    # « un collectif d'habitants de Mauguio » is a local group, tagged where it contests
    # cameras (not « un collectif d'avocats du barreau de Montpellier »).
    ("Vingt caméras à Lunel\nLa ville pose vingt caméras ; elles ont été fabriquées à "
     "Vitrolles.", ["34145"]),
    ("Vingt caméras à Lunel\nLa ville pose vingt caméras, livrées depuis l'entrepôt de "
     "Vénissieux.", ["34145"]),
    ("Vingt caméras à Lunel\nLa ville pose vingt caméras. Un collectif d'habitants de "
     "Mauguio conteste celles de la commune voisine.", ["34145", "34154"]),
    ("Vingt caméras à Lunel\nLa ville pose vingt caméras. Un collectif d'avocats du barreau "
     "de Montpellier dénonce le projet.", ["34145"]),
    # « le préfet de région, installé à Lyon » is the State's seat, as « le préfet, à
    # Lyon » is; « les supporters de Montpellier » are a club's fans.
    ("Vingt caméras à Lunel\nLe préfet de région, installé à Toulouse, a validé le "
     "financement des caméras.", ["34145"]),
    ("Vidéoprotection : les communes du Luberon mutualisent\nApt, Pertuis et Cavaillon "
     "lancent un centre de supervision commun. Les supporters de Gentilly étaient attendus "
     "au stade.", ["84003", "84089", "84035"]),
    # « lors d'un voyage à Barcelone »: a trip's stop; « les policiers viennent de Sète »:
    # where they come from.
    ("Vidéoprotection : les communes du Luberon mutualisent\nApt, Pertuis et Cavaillon "
     "lancent un centre de supervision commun ; le maire d'Apt s'en est inspiré lors d'un "
     "voyage à Gentilly.", ["84003", "84089", "84035"]),
    ("Vidéoprotection : les communes du Luberon mutualisent\nApt, Pertuis et Cavaillon "
     "lancent un centre de supervision commun ; ses opérateurs viennent de Gentilly.",
     ["84003", "84089", "84035"]),
    # a company's new branch (« a ouvert une agence à »), a person's new post (« a pris
    # ses fonctions à »), a march's start (« le cortège est parti de »)
    ("Vidéoprotection : les communes du Luberon mutualisent\nApt, Pertuis et Cavaillon "
     "lancent un centre de supervision commun ; l'installateur a ouvert une agence à "
     "Gentilly.", ["84003", "84089", "84035"]),
    ("Vidéoprotection : les communes du Luberon mutualisent\nApt, Pertuis et Cavaillon "
     "lancent un centre de supervision commun, dirigé par un commissaire qui a pris ses "
     "fonctions à Gentilly en 2021.", ["84003", "84089", "84035"]),
    ("Vidéoprotection : les communes du Luberon mutualisent\nApt, Pertuis et Cavaillon "
     "lancent un centre de supervision commun ; le cortège des opposants est parti de "
     "Gentilly.", ["84003", "84089", "84035"]),
    # a company's offices (« qui a des bureaux à »), where a court gives its ruling (« a
    # rendu sa décision à »)
    ("Vidéoprotection : les communes du Luberon mutualisent\nApt, Pertuis et Cavaillon "
     "lancent un centre de supervision commun, installé par une société qui a des bureaux "
     "à Gentilly.", ["84003", "84089", "84035"]),
    ("Vidéoprotection : les communes du Luberon mutualisent\nApt, Pertuis et Cavaillon "
     "lancent un centre de supervision commun ; saisi, le juge des référés a rendu sa "
     "décision à Gentilly.", ["84003", "84089", "84035"]),
    # « ce que la préfecture de Clermont-Ferrand refuse »: the prefecture's town (as our
    # labels at007 and db117 have it); the end of a march's route (« de la place du Marché
    # à la préfecture de Poitiers ») stays a place drones fly over.
    ("Un drone pour Châtel-Guyon\nLe maire veut un drone pour les fêtes, ce que la "
     "préfecture de Clermont-Ferrand refuse.", ["63103"]),
    ("Drones sur la manifestation\nLes drones survoleront le cortège, de la place du "
     "Marché à la préfecture de Poitiers.", ["86194"]),
    # In a national story, the only town may still be a home (« qui habite Gentilly »), an
    # origin (« venus en bus de »), a company's seat (« une centrale d'achat basée à »).
    ("Caméras : la loi change\nLe gouvernement veut plus de caméras. La députée, qui "
     "habite Gentilly, a écrit au préfet.", []),
    ("Caméras : la loi change\nLe gouvernement veut plus de caméras ; les manifestants "
     "étaient venus en bus de Gentilly.", []),
    ("Caméras : la loi change\nLe gouvernement veut plus de caméras ; les communes passent "
     "par une centrale d'achat basée à Gentilly.", []),
    # Found by the clubs and venues probes: a team named by a capitalised plural and its
    # town (« les Dragons de Rouen ») or by its stadium (« le Stade Malherbe de Caen »),
    # where the sentence speaks of sport (not « les Vosges de Besançon »); a press point
    # and a recorded programme are venues.
    ("Des drones pour le match contre les Dragons de Rouen\nLe préfet autorise la captation "
     "d'images par drone aux abords du stade.", []),
    ("Vidéoprotection renforcée pour la venue du Stade Malherbe de Caen\nLe préfet autorise "
     "la captation d'images par drone aux abords du stade.", []),
    ("Drones policiers au-dessus des Vosges de Besançon ? Le tribunal dit non\nLe juge a "
     "suspendu l'arrêté autorisant les drones.", ["25056"]),
    ("Caméras : la loi change\nLe gouvernement veut plus de caméras ; le texte a été "
     "commenté lors d'un point presse à Gentilly.", []),
    ("Caméras : la loi change\nLe gouvernement veut plus de caméras ; le débat télévisé a "
     "été enregistré à Gentilly.", []),
    # a person's temporary post (« en stage à »), the post a prefect leaves (« qui quitte
    # Vannes »), a person's home in apposition (« habitant de Sète »); a topic opening a
    # sentence (« Direction Mauguio, où… ») and the people of a neighbour (« chez nos
    # voisins de Mauguio ») name the town.
    ("Vingt caméras à Lunel\nLa ville pose vingt caméras ; le policier qui les surveille, en "
     "stage à Gentilly, a rejoint l'équipe.", ["34145"]),
    ("Caméras : la loi change\nLe gouvernement veut plus de caméras. Le préfet, qui quitte "
     "Gentilly pour un nouveau poste, a signé l'arrêté.", []),
    ("Caméras : la loi change\nLe gouvernement veut plus de caméras. L'agent de sécurité, "
     "habitant de Gentilly, a été recruté par la ville.", []),
    ("Vingt caméras à Lunel\nLa ville pose vingt caméras. Direction Mauguio, où le maire a "
     "installé dix caméras.", ["34145", "34154"]),
    ("Vingt caméras à Lunel\nLa ville pose vingt caméras. Chez nos voisins de Mauguio, les "
     "caméras tournent depuis 2019.", ["34145", "34154"]),
    # a mayor speaking for the mayors' association (« maire de Bourg, président de
    # l'association des maires »), where people came from (« venaient de »), a car's
    # registration (« immatriculée à »), a book's publisher's town (« publié à »)
    ("Caméras : la loi change\nLe gouvernement veut plus de caméras, salué par le maire de "
     "Gentilly, président de l'association des maires du département.", []),
    ("Caméras : la loi change\nLe gouvernement veut plus de caméras ; les jeunes "
     "interpellés venaient de Gentilly.", []),
    ("Caméras : la loi change\nLe gouvernement veut plus de caméras ; la voiture, "
     "immatriculée à Gentilly, a été flashée.", []),
    ("Caméras : la loi change\nLe gouvernement veut plus de caméras ; l'expert, auteur d'un "
     "livre publié à Gentilly, met en garde.", []),
    # a twin town (« jumelée avec »), a start-up's incubator (« incubée à »)
    ("Vingt caméras à Lunel\nLa ville, jumelée avec Gentilly depuis 1990, pose vingt "
     "caméras.", ["34145"]),
    # what happened on an event's sidelines (« en marge du festival Technopolice à »)
    ("Caméras : la loi change\nLe gouvernement veut plus de caméras ; les plaintes ont été "
     "déposées en marge du festival Technopolice à Gentilly.", []),
    # where people are trained (« formés au lycée professionnel de Gentilly »)
    ("Vingt caméras à Lunel\nLa ville pose vingt caméras ; les opérateurs sont formés au "
     "lycée professionnel de Gentilly.", ["34145"]),
    ("Caméras : la loi change\nLe gouvernement veut plus de caméras ; la start-up, incubée "
     "à Gentilly, vend ses caméras aux communes.", []),
])
def test_kinds_found_in_session_23(text, expected):
    assert sorted(codes(text)) == sorted(expected)


def test_the_department_adjectives_name_real_departments():
    from bot.matching.homonyms import _DEPARTMENT_ADJECTIVES
    departments = gazetteer().departements
    codes_named = {c for value in _DEPARTMENT_ADJECTIVES.values() for c in value.split()}
    assert codes_named <= set(departments)
    assert len(codes_named) > 80  # most mainland departments


_CHAMBERY = Scope(commune="73065")


@pytest.mark.parametrize("text, scope, expected", [
    # A town the sentence reports as equipped (« rejoint ainsi Auxerre, déjà équipée ») is
    # tagged, as the label rules have it.
    ("Sens : 52 caméras quadrillent la ville\nLa maire livre le bilan des 52 caméras "
     "installées en 2016. La commune rejoint ainsi Auxerre, déjà équipée.", Scope(),
     ["89387", "89024"]),
    ("Vingt caméras à Lunel\nLa ville pose vingt caméras. Elle rejoint ainsi Lorient, déjà "
     "équipée.", Scope(), ["34145", "56121"]),
    # A model (« le modèle de Lorient », « cite Lorient en exemple », « prend Lorient pour
    # modèle », « s'inspire de l'exemple de ») is a comparison; « suit l'exemple de » a
    # precedent, tagged when it is nearby (the council feed's department here).
    ("Un centre de supervision urbain ouvre\nLes images des caméras seront regardées en "
     "direct. Le modèle de Lorient a séduit les élus.", _CHAMBERY, []),
    ("Un centre de supervision urbain ouvre\nLes images des caméras seront regardées en "
     "direct ; le maire cite volontiers Lorient en exemple.", _CHAMBERY, []),
    ("Un centre de supervision urbain ouvre\nLes images des caméras seront regardées en "
     "direct ; la ville s'inspire de l'exemple de Lorient.", _CHAMBERY, []),
    ("Caméras : la loi change\nLe gouvernement veut plus de caméras ; le ministre prend "
     "Lorient pour modèle.", Scope(), []),
    ("Un centre de supervision urbain ouvre\nLes images des caméras seront regardées en "
     "direct ; la ville suit l'exemple d'Aix-les-Bains.", _CHAMBERY, ["73008"]),
    # A department's adjective settles a homonym as the department's name does (« la
    # commune ardennaise »: Balan of the Ardennes, not of the Ain), but not a river's
    # (« le Gard rhodanien » says nothing of the Rhône).
    ("Balan installe quatre caméras\nLa commune ardennaise pose ses premières caméras près "
     "de la mairie.", Scope(), ["08043"]),
    ("Vidéoprotection à Balan\nLe village ardennais s'équipe de quatre caméras.", Scope(),
     ["08043"]),
    ("Saint-Louis pose dix caméras\nLa commune haut-rhinoise installe dix caméras près de la "
     "gare.", Scope(), ["68297"]),
    # A village of another region than the department the story names, settled by its
    # name alone, is a hamlet of the story's town (« à Malpas, aux Baraques »: not the
    # Doubs village).
    ("Huit caméras pour le village\nLa commune de Cussac-sur-Loire, en Haute-Loire, posera "
     "huit caméras à Malpas, aux Baraques et dans le bourg.", Scope(), ["43084"]),
    # Where a neighbourhood watch is set up (no camera between) is no deployment; a town
    # with cameras too is.
    ("Huit caméras pour le village\nLa commune de Cussac-sur-Loire, en Haute-Loire, posera "
     "huit caméras ; elles complètent la participation citoyenne (22 protocoles dans le "
     "département, le dernier à Vergongheon).", Scope(), ["43084"]),
    ("Huit caméras pour le village\nCussac-sur-Loire posera huit caméras, en plus des "
     "voisins vigilants déjà à l'œuvre à Vergongheon.", Scope(), ["43084"]),
    ("Huit caméras pour le village\nLa commune de Cussac-sur-Loire, en Haute-Loire, posera "
     "huit caméras ; Vergongheon, qui a signé la participation citoyenne, installe aussi des "
     "caméras.", Scope(), ["43084", "43258"]),
    # A title's dateline in capitals, then its first word (« NÎMES Treize caméras… »), is
    # the town, not a first name before a surname nor the start of a longer name.
    # France Bleu's stations, renamed « ici » and a town in 2025: the outlet, not the place
    ("Vingt caméras à Lunel\nLa ville pose vingt caméras, a appris ici Orléans.", Scope(),
     ["34145"]),
    ("Vingt caméras à Lunel\nLa ville pose vingt caméras, a indiqué le maire à ICI Besançon.",
     Scope(), ["34145"]),
    # « au stade de Lorient », in lower case, is the town's stadium (not « le Stade de
    # Reims », a club); a club named after its town watching its own ground (« le FC
    # Lorient a testé la reconnaissance faciale dans son stade ») is in that town, not a
    # club winning at home.
    ("Reconnaissance faciale : un test qui fait polémique\nUne start-up a testé la "
     "reconnaissance faciale au stade de Lorient sans prévenir les supporters.", Scope(),
     ["56121"]),
    ("Ligue 1 : la reconnaissance faciale au FC Lorient\nLe FC Lorient a testé la "
     "reconnaissance faciale dans son stade, sans prévenir les supporters.", Scope(),
     ["56121"]),
    ("Caméras : la loi change\nLe gouvernement veut plus de caméras ; le FC Lorient s'est "
     "imposé dans son stade.", Scope(), []),
    ("Caméras au stade\nLe Stade de Reims installe des caméras dans les tribunes.", Scope(), []),
    # an elided article whose apostrophe a PDF's text lost (« L Isle D Abeau »)
    ("Vidéoprotection de la médiathèque\nL'agglomération installe des caméras à L Isle D "
     "Abeau, en Isère.", Scope(), ["38193"]),
    # A list's heading is no digest item's town (« Et trois communes : La Milesse… »),
    # and a recueil's site is its town whatever company name comes before (« CIC Ouest
    # Ecommoy », « Electra Saint Saturnin »)
    ("Recueil des actes de la Sarthe\nArrêtés de vidéoprotection : la ville de "
     "Sablé-sur-Sarthe, le Lidl d'Arçonnay.\nEt trois communes : La Milesse, Ruaudin et "
     "Souligné-Flacé.", Scope(), ["72264", "72006", "72198", "72260", "72339"]),
    ("Recueil des actes de la Sarthe\nArrêtés de vidéoprotection : CIC Ouest Ecommoy, "
     "Electra Saint Saturnin et la commune de Ruaudin.", Scope(), ["72124", "72320", "72260"]),
    # « autorise des systèmes de vidéoprotection : … » heads a list of authorised sites,
    # each site's town tagged (not a seat), and a site's name after « et » then « à
    # Laval » is a business, not the Isère village La Terrasse
    ("Recueil des actes de la Mayenne\nLa préfecture autorise des systèmes de "
     "vidéoprotection : l'Ehpad Le Verger et La Terrasse à Laval, la chambre d'agriculture "
     "à Changé.", Scope(), ["53130", "53054"]),
    ("NÎMES Treize caméras de plus\nLa ville a installé treize caméras.", Scope(), ["30189"]),
    ("LE GRAU-DU-ROI Treize caméras de plus\nLa ville a installé treize caméras.", Scope(),
     ["30133"]),
    ("SAINT-LAURENT-D'AIGOUZE Treize caméras veillent sur le village\nLa commune a installé "
     "treize caméras.", Scope(), ["30276"]),
])
def test_kinds_found_in_session_23_with_scope(text, scope, expected):
    assert sorted(codes(text, scope)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # a recueil's other acts: a fish farm, balloons' landing grounds, a company's formal
    # notice for its warehouse, a cultural body created, schools' syndicates merged
    ("Recueil du 3 mars\nOuverture d'une pisciculture à Lachapelle-sous-Rougemont ; deux "
     "arrêtés autorisent la vidéoprotection à Giromagny.", ["90052"]),
    ("Recueil du 3 mars\nDeux plateformes aérostatiques autorisées à Saint-Pourçain-sur-Sioule "
     "et Yzeure ; la vidéoprotection autorisée à Commentry.", ["03082"]),
    ("Recueil du 3 mars\nMise en demeure de la société Durand pour son dépôt de Yzeure ; "
     "la vidéoprotection autorisée à Commentry.", ["03082"]),
    ("Recueil du 3 mars\nCréation de l'établissement public de coopération culturelle de "
     "Saint-Pourçain-sur-Sioule ; la vidéoprotection autorisée à Commentry.", ["03082"]),
    ("Recueil du 3 mars\nProjet de périmètre du syndicat issu de la fusion du SI des écoles "
     "de Lachapelle-sous-Rougemont et Grosmagny ; la vidéoprotection autorisée à Giromagny.",
     ["90052"]),
    # level crossings, a development zone, an election's voters and polling stations,
    # a sports club
    ("Recueil de la Nièvre\nSuppression de passages à niveau à Imphy ; vidéoprotection "
     "autorisée à Guérigny.", ["58131"]),
    ("Recueil de la Nièvre\nZone d'aménagement différé à Imphy ; vidéoprotection "
     "autorisée à Guérigny.", ["58131"]),
    ("Recueil de la Nièvre\nConvocation des électeurs de la commune d'Imphy ; "
     "vidéoprotection autorisée à Guérigny.", ["58131"]),
    ("Recueil de la Nièvre\nVidéoprotection autorisée à Guérigny ; bureaux de vote "
     "d'Imphy modifiés.", ["58131"]),
    ("Recueil de la Nièvre\nVidéoprotection autorisée à Guérigny ; subvention à "
     "l'Avenir sportif d'Imphy.", ["58131"]),
    # a clearing for a phone mast; an act's file name in capitals; a recueil's act dated
    # where the prefect signed it (but a story's dateline is its town)
    ("Recueil des Hautes-Alpes\nDéfrichement pour un relais de téléphonie à Champcella ; "
     "vidéoprotection autorisée à Tallard.", ["05170"]),
    ("Recueil des Hautes-Alpes\nCabinet : AP DRONE TALLARD 12052025 ; AP DRONE LA SAULCE "
     "12052025 — deux arrêtés autorisant des caméras installées sur des aéronefs.",
     ["05170", "05162"]),
    ("Recueil des Hautes-Alpes\nArrêté du cabinet. Gap, le 3 mai 2025 : le préfet autorise "
     "des caméras installées sur des aéronefs au-dessus de Tallard.", ["05170"]),
    ("Vingt caméras de plus\nTallard, le 3 mai 2025. La commune installe vingt caméras.",
     ["05170"]),
    # a recueil's list of sites, each then its town and the act (« Cléor Lille,
    # modification », « centre hospitalier du Quesnoy, renouvellement »)
    ("Recueil du Nord\nDirection des sécurités : Cléor Lille, modification ; centre "
     "hospitalier du Quesnoy, renouvellement ; vidéoprotection.", ["59350", "59481"]),
    # a boat's transfer, a commercial project's opinion: other acts
    ("Recueil du Nord\nTransfert de propriété d'un bateau au port de plaisance de "
     "Wambrechies ; vidéoprotection autorisée à Avesnelles.", ["59035"]),
    ("Recueil du Nord\nAvis de la commission d'aménagement commercial sur un retail park à "
     "Petite-Forêt ; vidéoprotection autorisée à Avesnelles.", ["59035"]),
    # an act's dateline (the prefect's town) before « Arrêté »; a compass word ending a
    # shop's name before a dash (« Pôle Sud – Ussel »), not « le Sud Ussel »
    ("Drones sur la commune de Tallard\nEmbrun, le 3 mai 2025. Arrêté autorisant la captation "
     "d'images par des caméras installées sur des aéronefs sur la commune de Tallard.",
     ["05170"]),
    ("Recueil de la Corrèze\nVidéoprotection renouvelée pour le magasin Pôle Sud – Ussel.",
     ["19275"]),
    # a vendor's own workshops (but a town's workshops filmed are its own)
    ("L'intégrateur mise sur l'IA\nSes murs d'écrans pour les centres de supervision sont "
     "fabriqués dans ses ateliers de Tallard.", []),
    # a public-utility declaration, a travel agency's licence: other acts
    ("Recueil d'Ille-et-Vilaine\nArrêté déclarant d'utilité publique l'acquisition d'un "
     "terrain à Vitré ; vidéoprotection autorisée à Fougères.", ["35115"]),
    ("Recueil de la Corrèze\nLicence de voyages de l'agence Sud Évasion à Égletons ; "
     "vidéoprotection autorisée à Ussel.", ["19275"]),
    # a Sainte's name with its « e » dropped
    ("Recueil de Loire-Atlantique\nVidéoprotection renouvelée pour Carter Cash – "
     "Saint-Luce-sur-Loire.", ["44172"]),
    # a contracted name in a list of towns each with its preposition
    ("Recueil de Loire-Atlantique\nVidéoprotection renouvelée pour les agences du "
     "Pouliguen, de Pornic et de Pornichet.", ["44135", "44131", "44132"]),
    # a company's site whose cameras are authorised (« chez Obry à Brive »), not its seat
    ("Recueil de la Corrèze\nImplantation de systèmes de vidéosurveillance chez Obry "
     "Matériaux à Ussel.", ["19275"]),
    # where the acts are dated, the prefecture's postal address
    ("Recueil des Hautes-Alpes\nDeux arrêtés, datés de Gap, autorisent des drones "
     "au-dessus de Briançon.", ["05023"]),
    ("Vidéoprotection : comment la demander\nÉcrire à la préfecture de l'Aube, 2 rue "
     "Pierre-Labonde, 10000 TROYES ; Romilly-sur-Seine vient d'être autorisée.", ["10323"]),
    # but a shop's address is where its cameras are
    ("Recueil du Nord\nVidéoprotection autorisée pour le magasin, place de la Gare, "
     "59140 Dunkerque.", ["59183"]),
])
def test_kinds_found_in_session_25(text, expected):
    assert sorted(codes(text)) == sorted(expected)
