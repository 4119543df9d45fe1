"""An item's link files the story under a department, a region or a town's postcode:
what it says, and the homonyms it settles (sentences and addresses of our own)."""
from __future__ import annotations

import json

import pytest

from bot.matching.communes import gazetteer
from bot.matching.link_places import places_in_link
from bot.matching.places import find_communes
from tests.conftest import cli


@pytest.mark.parametrize("link, departements, regions, postcodes", [
    ("https://www.journal-local.fr/morbihan/vannes/cameras", {"56"}, {"53"}, set()),
    ("https://www.quotidien.fr/haute-garonne-31/blagnac-drones", {"31"}, {"76"}, set()),
    ("https://www.quotidien.fr/bretagne/quimper-29000/cameras", set(), {"53"}, {"29000"}),
    ("https://www.hebdo.fr/auvergne-rhone-alpes/annecy_74010/lapi", set(), {"84"}, {"74000"}),
    ("https://guadeloupe.radio-ile.fr/infos/cameras", {"971"}, {"01"}, set()),
    ("https://www.journal-ocean-indien.re/saint-paul-cameras", {"974"}, {"04"}, set()),
    ("https://la-television.fr/regions/reunion/saint-paul", {"974"}, {"04"}, set()),
    # the collectivities' own domains: New Caledonia, French Polynesia
    ("https://www.journal-du-caillou.nc/2024/cameras", {"988"}, {"988"}, set()),
    ("https://www.infos-du-fenua.pf/papeete-cameras", {"987"}, {"987"}, set()),
    # words of the article's slug are no department (« var », « nord », « lot »)
    ("https://sport.fr/football/la-var-confirme-le-penalty-a-lens", set(), set(), set()),
    ("https://www.quotidien.fr/2024/05/12/un-lot-de-cameras-pour-le-nord", set(), set(), set()),
    # a number that is no department's, a name that is not the commune's code
    ("https://www.quotidien.fr/essonne-93/cameras", set(), set(), set()),
    ("https://www.hebdo.fr/normandie/rouen_14118/x", set(), {"28"}, set()),
    # an outlet's host that glues a common word to an area's name
    ("https://www.objectifgard.com/actualites/cameras", {"30"}, {"76"}, set()),
    ("https://www.charentelibre.fr/faits-divers/cameras", {"16"}, {"75"}, set()),
    ("https://www.infonormandie.fr/amp/cameras", set(), {"28"}, set()),
    # not a town's outlet (« nicematin »), nor a common word's (« radiofrance »)
    ("https://www.nicematin.com/cameras", set(), set(), set()),
    ("https://www.radiofrance.fr/cameras", set(), set(), set()),
    # an outlet's name in a press kiosk's address, after « de la », « du »… (not in the
    # article's own slug, the last part)
    ("https://www.kiosque.fr/france/la-gazette-de-la-manche/20170125/cameras", {"50"}, {"28"},
     set()),
    ("https://www.kiosque.fr/france/l-hebdo-local-de-l-ariege/2022/cameras", {"09"}, {"76"},
     set()),
    ("https://www.kiosque.fr/france/2022/dix-cameras-pour-la-voix-du-nord", set(), set(), set()),
    ("not a link at all", set(), set(), set()),
    ("http://[::1/broken", set(), set(), set()),
])
def test_what_a_link_says_of_where_the_story_is(link, departements, regions, postcodes):
    found = places_in_link(link, gazetteer())
    assert (set(found.departements), set(found.regions), set(found.postcodes)) \
        == (departements, regions, postcodes)


@pytest.mark.parametrize("text, link, expected, evidence", [
    # a name several towns bear: the link says which
    ("Saint-Joseph : la police municipale s'équipe de caméras-piétons",
     "https://www.info-antilles.fr/martinique/saint-joseph-cameras-pietons", "97224", "link"),
    ("Saint-Joseph : la police municipale s'équipe de caméras-piétons",
     "https://www.info-ocean.re/saint-joseph-cameras-pietons", "97412", "link"),
    ("Saint-Maur : neuf caméras au centre-bourg",
     "https://www.quotidien-centre.fr/indre/commune/saint-maur/cameras", "36202", "link"),
    ("Saint-Maur : neuf caméras sur les quais",
     "https://www.quotidien.fr/val-de-marne-94/saint-maur-cameras", "94068", "link"),
    ("Plouhinec vote l'extension de la vidéoprotection",
     "https://www.quotidien.fr/bretagne/plouhinec-29780/videoprotection", "29197", "link"),
    ("Plouhinec vote l'extension de la vidéoprotection",
     "https://www.quotidien.fr/videoprotection-plouhinec", "56169", "population"),
    # a short form of a longer name of the department the outlet files the story under
    ("Villeneuve : quinze caméras de vidéosurveillance supplémentaires",
     "https://www.objectifgard.com/actualites/villeneuve-cameras", "30351", "link"),
    # a name without its article (Le Mont-Dore, New Caledonia) against the village of
    # that exact name (Mont-Dore, Puy-de-Dôme): the link places the story
    ("Mont-Dore : la vidéoprotection s'étend",
     "https://www.journal-du-caillou.nc/2024/mont-dore-cameras", "98817", "link"),
    ("Mont-Dore : la vidéoprotection s'étend",
     "https://www.quotidien.fr/2024/mont-dore-cameras", "63236", "unique"),
    # the text's own department comes first
    ("Saint-Joseph (974) : la police municipale s'équipe de caméras-piétons",
     "https://www.info-antilles.fr/martinique/saint-joseph-cameras-pietons", "97412",
     "departement"),
])
def test_the_link_settles_a_homonym(text, link, expected, evidence):
    found = find_communes(text, link=link)
    assert [(p.commune.code, p.evidence) for p in found] == [(expected, evidence)]


def test_a_link_makes_no_name_a_place():
    # the link files the story in the Morbihan; a word that is also a village there
    # stays a word, and a town named only in the link is not tagged
    text = "Vidéoprotection : la ville installe douze caméras au centre"
    assert find_communes(text, link="https://www.journal-local.fr/morbihan/vannes/cameras") == []


def test_match_reads_the_link_of_each_line():
    item = {"title": "Saint-Joseph : la police municipale s'équipe de caméras-piétons",
            "summary": "Douze agents porteront une caméra individuelle dès janvier.",
            "link": "https://www.info-antilles.fr/martinique/saint-joseph-cameras-pietons"}
    result = cli("match", stdin=json.dumps(item) + "\n" + json.dumps(
        {**item, "link": "https://www.info-ocean.re/saint-joseph"}) + "\n")
    assert result.returncode == 0, result.stderr
    antilles, ocean = (json.loads(line) for line in result.stdout.splitlines())
    assert [(c["code"], c["evidence"]) for c in antilles["communes"]] == [("97224", "link")]
    assert [c["code"] for c in ocean["communes"]] == ["97412"]
