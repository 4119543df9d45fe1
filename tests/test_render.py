"""What the bot writes on the forum: clean, in French, and inert."""
from __future__ import annotations

from datetime import datetime, timezone

from bot.threads.render import clean_title, render_body

HOSTILE = ("Bonjour @admin et @moderators ! Voir #staff et [b]gras[/b] "
           "<img src=x onerror=alert(1)> [clic](javascript:alert(1)) :smile:")


def body(summary: str = "Un résumé assez long pour être cité.", link: str = "https://e.fr/a"):
    return render_body(source="Le Média", link=link,
                       published=datetime(2024, 3, 12, tzinfo=timezone.utc), summary=summary,
                       communes=[{"name": "Saint-Denis", "departement": "93"}],
                       keywords=["Two-i", "caméra"], score=3.5, feed="Le Média")


def test_body_in_french_with_source_date_communes_and_reasons():
    text = body()
    assert "**Source :** [Le Média](https://e.fr/a)" in text
    assert "12 mars 2024" in text
    assert "Saint\\-Denis (93)" in text
    assert "Two\\-i, caméra" in text and "score 3.5" in text
    assert "hors\\-sujet" in text or "hors-sujet" in text


def test_a_town_with_thin_evidence_is_flagged_for_moderators():
    text = render_body(source="Le Média", link="https://e.fr/a", published=None,
                       summary="Résumé.", keywords=["caméra"], score=1.2, feed="Le Média",
                       communes=[{"name": "Nice", "departement": "06", "weight": 0.99},
                                 {"name": "Tulle", "departement": "19", "weight": 0.62}])
    assert "Nice (06), Tulle (19, à vérifier)" in text


def test_untrusted_text_cannot_mention_link_or_inject():
    text = body(HOSTILE)
    assert "@admin" not in text and "@moderators" not in text
    assert "<img" not in text and "[b]" not in text
    assert "](javascript" not in text and " #staff" not in text
    assert ":smile:" not in text


def test_only_http_links_are_linked():
    text = body(link="javascript:alert(1)")
    assert "javascript" not in text
    assert "**Source :** Le Média" in text


def test_titles_fit_discourse_limits():
    assert clean_title("  Un   titre\n correct  ", "Src") == "Un titre correct"
    assert 15 <= len(clean_title("VSA", "Le Média")) <= 255
    long = clean_title("mot " * 100, "Src")
    assert len(long) <= 255 and long.endswith("…")
