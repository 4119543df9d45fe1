"""Score how much a text is about French police surveillance technology (pure).

Terms are found with one Aho-Corasick automaton over accent-folded text; a plural
`s`/`x` is accepted after any term; an all-capitals term (VSA, CSU) must be written
in capitals. `needs_context` terms count only next to a `context` term, or in a
council feed (the publisher is itself the public authority).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from bot.text import is_word_char, normalise
from bot.vocabulary import Keyword


@dataclass(frozen=True)
class TermHit:
    """A vocabulary term found in a text, and whether it counted in the score."""

    term: str
    weight: float
    role: str
    counted: bool
    theme: str | None


@dataclass(frozen=True)
class Relevance:
    """The score of a text against the vocabulary."""

    score: float
    threshold: float
    hits: tuple[TermHit, ...]

    @property
    def relevant(self) -> bool:
        return self.score >= self.threshold

    @property
    def themes(self) -> list[str]:
        """Themes of counted positive terms, strongest first."""
        ranked = sorted((h for h in self.hits if h.counted and h.weight > 0 and h.theme),
                        key=lambda h: -h.weight)
        return list(dict.fromkeys(h.theme for h in ranked if h.theme))


@lru_cache(maxsize=8)
def _automaton(keywords: tuple[Keyword, ...]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    by_pattern: dict[str, list[Keyword]] = {}
    for keyword in keywords:
        by_pattern.setdefault(normalise(keyword.term, fold_accents=True), []).append(keyword)
    for pattern, entries in by_pattern.items():
        automaton.add_word(pattern, (len(pattern), tuple(entries)))
    automaton.make_automaton()
    return automaton


def _found_terms(text: str, keywords: tuple[Keyword, ...]) -> dict[str, Keyword]:
    folded = normalise(text, fold_accents=True)
    found: dict[str, Keyword] = {}
    for end_index, (length, entries) in _automaton(keywords).iter(folded):
        start, end = end_index - length + 1, end_index + 1
        if start > 0 and is_word_char(folded[start - 1]):
            continue
        if end < len(folded) and folded[end] in "sx":
            end += 1
        if end < len(folded) and is_word_char(folded[end]):
            continue
        for keyword in entries:
            if keyword.term.isupper() and not text[start:start + length].isupper():
                continue
            found.setdefault(keyword.term, keyword)
    return found


def score_text(text: str, keywords: tuple[Keyword, ...], threshold: float, *,
               authority: bool = False) -> Relevance:
    """Score `text`; `authority` says the publisher is a public body (council feed)."""
    found = _found_terms(text, keywords)
    has_context = authority or any(k.role == "context" for k in found.values())
    hits = []
    for keyword in found.values():
        counted = keyword.role != "needs_context" or has_context
        hits.append(TermHit(keyword.term, keyword.weight, keyword.role, counted, keyword.theme))
    hits.sort(key=lambda h: (-abs(h.weight), h.term))
    score = round(sum(h.weight for h in hits if h.counted), 3)
    return Relevance(score, threshold, tuple(hits))
