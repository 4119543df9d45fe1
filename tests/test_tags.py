"""Town tags: readable, deterministic, unique, within the forum's tag length."""
from __future__ import annotations

import pytest

from bot.config import ForumConfig
from bot.matching.communes import gazetteer
from bot.matching.tags import commune_tag


@pytest.mark.parametrize("code, tag", [
    ("75056", "paris"),
    ("93066", "saint-denis-93"),  # four Saint-Denis: the department settles it
    ("97411", "saint-denis-974"),
    ("78551", "st-germain-en-laye"),  # shortened, not silently truncated
    ("94038", "l-hay-les-roses"),
    ("33393", "saint-denis-de-pile"),
])
def test_readable_tags(code, tag):
    assert commune_tag(gazetteer().communes[code], ForumConfig()) == tag


@pytest.mark.parametrize("length", [20, 15, 30])
def test_every_commune_has_a_unique_tag_that_fits(length):
    forum = ForumConfig(max_tag_length=length)
    tags = [commune_tag(c, forum) for c in gazetteer().communes.values()]
    assert len(set(tags)) == len(tags)
    assert max(map(len, tags)) <= length


def test_maintainers_override_a_town_tag():
    forum = ForumConfig(tag_overrides={"93066": "saint-denis"})
    assert commune_tag(gazetteer().communes["93066"], forum) == "saint-denis"


@pytest.mark.parametrize("code, tag", [
    ("01093", "chatillon-chalaronne"),  # little words dropped: still reads as the town
    ("01348", "st-didier-chalaronne"),
    ("06129", "st-sauveur-sur-tinee"),
])
def test_long_names_are_shortened_into_words_not_codes(code, tag):
    assert commune_tag(gazetteer().communes[code], ForumConfig()) == tag


def test_the_insee_code_is_a_last_resort():
    tags = [commune_tag(c, ForumConfig()) for c in gazetteer().communes.values()]
    with_code = [t for t in tags if t[-5:-3].isdigit() and t[-3:].isdigit()]
    assert len(with_code) < 50  # of 34,969 communes (2,404 before names were shortened)
