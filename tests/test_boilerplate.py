"""Press boilerplate (related links, photo credits, bylines) names other places: the
matcher reads summaries without it."""
from __future__ import annotations

import pytest

from bot.config import ForumConfig, MatchingConfig
from bot.matching.boilerplate import without_boilerplate
from bot.matching.matcher import MatchInput, match_item


@pytest.mark.parametrize("summary", [
    "Le conseil a voté dix caméras. Lire aussi : À Cahors, la VSA fait débat.",
    "Le conseil a voté dix caméras.\nÀ LIRE AUSSI. Cahors teste les drones municipaux",
    "Le conseil a voté dix caméras. (Photo d'illustration prise à Cahors)",
    "Le conseil a voté dix caméras. © Photo Ville de Cahors",
    "De notre correspondant à Cahors. Le conseil a voté dix caméras.",
])
def test_boilerplate_does_not_tag_its_towns(summary):
    result = match_item(MatchInput("Vidéoprotection : Figeac s'équipe", summary),
                        MatchingConfig(), ForumConfig())
    assert result.relevant and [p.commune.name for p in result.communes] == ["Figeac"]


@pytest.mark.parametrize("summary", [
    "Le maire veut lire aussi les rapports de la CNIL sur les caméras.",
    "Les photos de la place montrent les caméras.",
])
def test_ordinary_sentences_are_kept(summary):
    assert without_boilerplate(summary) == summary
