"""A prefect's act read for the forum (pure): its kind, communes, service, purpose,
period and forum tags, as `match_act`'s answer."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bot.matching.act_kinds import (
    DRONE,
    VIDEOPROTECTION,
    VSA,
    ActKind,
    classify_act,
    folded,
    period,
)
from bot.matching.act_places import act_communes
from bot.matching.matcher import commune_entry
from bot.matching.places import PlaceMatch
from bot.matching.tags import TagSettings, commune_tag, within_limit
from bot.sources.acts import ACT_ID

THEMES = {DRONE: "drones", VIDEOPROTECTION: "videoprotection", VSA: "vsa"}
_CITED_NUMBER = re.compile(r"(?i)arr[êeé]t[ée][^.;\n]{0,40}?n\s*[°º]\s*([0-9][0-9A-Z/._-]*\d)")


@dataclass(frozen=True)
class ActInput:
    """What the act matcher reads of an act."""

    title: str
    text: str
    departement: str
    identifier: str | None = None
    signed: date | None = None


@dataclass(frozen=True)
class ActMatch:
    """An act's kind and places; shaped like the press matcher's answer (`relevant`,
    `score`, `to_json`) so the pipeline records both alike."""

    kind: ActKind
    places: tuple[PlaceMatch, ...]
    period: str | None
    changes: str | None  # identifier of the act this one modifies or abrogates
    tags: tuple[str, ...]

    @property
    def relevant(self) -> bool:
        return self.kind.relevant

    @property
    def score(self) -> float:
        return 1.0 if self.relevant else 0.0

    @property
    def threshold(self) -> float:
        return 1.0

    def to_json(self, forum: TagSettings) -> dict:
        return {
            "relevant": self.relevant, "score": self.score, "threshold": self.threshold,
            "keywords": [{"term": reason, "weight": 1, "role": "term", "counted": True}
                         for reason in self.kind.reasons],
            "communes": [commune_entry(p, forum, "strong") for p in self.places],
            "tags": list(self.tags),
            "act": {"kind": self.kind.kind, "change": self.kind.change, "changes": self.changes,
                    "service": self.kind.service, "purposes": list(self.kind.purposes),
                    "drones": self.kind.drones, "period": self.period,
                    "why_not": list(self.kind.notes)},
        }


def match_act(act: ActInput, forum: TagSettings) -> ActMatch:
    """Classify the act; for a relevant one, find its communes and forum tags."""
    kind = classify_act(act.title, act.text)
    if not kind.relevant:
        return ActMatch(kind, (), None, None, ())
    places = tuple(act_communes(act.title, act.text, act.departement))
    changes = cited_act(act.title, act.text, act.identifier) if kind.change else None
    return ActMatch(kind, places, period(folded(act.text)), changes,
                    _tags(kind, places, forum))


def cited_act(title: str, text: str, own: str | None) -> str | None:
    """The identifier of the earlier act a modification or abrogation names."""
    for source in (title, text[:4000]):
        for found in ACT_ID.finditer(source):
            if found.group(1) != own:
                return found.group(1)
        for found in _CITED_NUMBER.finditer(source):
            number = found.group(1).rstrip(".-/")
            if number != own:
                return number
    return None


def _tags(kind: ActKind, places: tuple[PlaceMatch, ...], forum: TagSettings) -> tuple[str, ...]:
    extra = [THEMES[kind.kind]] if forum.theme_tags else []
    extra += [forum.triage_tag] if forum.triage_tag else []
    return within_limit((commune_tag(p.commune, forum) for p in places), extra, forum.max_tags)
