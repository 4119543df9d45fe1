"""Is a new item a story already on the forum (another outlet, a follow-up)? Pure.

Items are compared by word sets: the title's, and a signature of title plus the start
of the summary (accent-folded, lower-case, without French stop words). A syndicated
copy has a near-identical title or text; a follow-up shares a commune and enough words;
items about different towns are never the same story.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.matching.text import normalise

SIGNATURE_CHARS = 400
COPY_TITLE = 0.6  # title Jaccard at or above which an item is the same story
COPY_TEXT = 0.6
FOLLOW_UP_TITLE = 0.3  # with a shared commune
FOLLOW_UP_TEXT = 0.35
NATIONAL_TEXT = 0.45  # no commune on either side: the text must say much the same

_STOP_WORDS = frozenset("""
les des une dans pour par sur aux avec sans sous chez entre vers plus moins tres est sont
ete etre fait font fera ont avait avoir qui que quoi dont mais donc car comme ainsi aussi
cette ces ses leur leurs son sa notre nos votre vos elle elles ils lui eux nous vous
tout tous toute toutes deja encore apres avant depuis pendant lors selon contre afin
alors quand ou le la du de un et en au il on se ne pas ce cet qu lundi mardi mercredi
jeudi vendredi samedi dimanche annee annees mois jour jours semaine fois deux trois
""".split())
_WORD = re.compile(r"[a-z0-9œæ]+")


@dataclass(frozen=True)
class Signature:
    """What an item says, as word sets."""

    title: frozenset[str]
    text: frozenset[str]

    def to_json(self) -> dict:
        return {"title": sorted(self.title), "text": sorted(self.text)}

    @classmethod
    def from_json(cls, data: dict) -> "Signature":
        return cls(frozenset(data.get("title", ())), frozenset(data.get("text", ())))


@dataclass(frozen=True)
class StoryCandidate:
    """A story already opened (or previewed)."""

    story_id: str
    communes: frozenset[str]
    signature: Signature
    created_at: datetime
    feed: str = ""


@dataclass(frozen=True)
class StoryMatch:
    story_id: str
    reason: str


def _words(text: str) -> frozenset[str]:
    folded = normalise(text, fold_accents=True)
    return frozenset(w for w in _WORD.findall(folded)
                     if (len(w) >= 3 or w.isdigit()) and w not in _STOP_WORDS)


def signature(title: str, summary: str) -> Signature:
    title_words = _words(title)
    return Signature(title_words, title_words | _words(summary[:SIGNATURE_CHARS]))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def choose_story(item: Signature, communes: frozenset[str], candidates: list[StoryCandidate],
                 now: datetime, window_days: float, feed: str = "") -> StoryMatch | None:
    """The story this item belongs to, if any, and why. From the feed that opened the
    story, a similar item is a follow-up (an outlet does not copy itself)."""
    since = now - timedelta(days=window_days)
    best: tuple[float, StoryMatch] | None = None
    for story in candidates:
        if story.created_at < since:
            continue
        title = jaccard(item.title, story.signature.title)
        text = jaccard(item.text, story.signature.text)
        shared = communes & story.communes
        elsewhere = bool(communes and story.communes and not shared)
        reason = None
        if elsewhere:
            continue  # same words about other towns ("Conseil municipal du 12 mars")
        if (title >= COPY_TITLE or text >= COPY_TEXT) and not (feed and feed == story.feed):
            reason = f"same story (title {title:.2f}, text {text:.2f})"
        elif (title >= COPY_TITLE or text >= COPY_TEXT) and not story.communes:
            reason = f"follow-up (title {title:.2f}, text {text:.2f})"
        elif shared and (title >= FOLLOW_UP_TITLE or text >= FOLLOW_UP_TEXT):
            reason = (f"follow-up in {', '.join(sorted(shared))} "
                      f"(title {title:.2f}, text {text:.2f})")
        elif not communes and not story.communes and text >= NATIONAL_TEXT:
            reason = f"same national story (text {text:.2f})"
        if reason and (best is None or max(title, text) > best[0]):
            best = (max(title, text), StoryMatch(story.story_id, reason))
    return best[1] if best else None
